"""The editor's language fields: the language an announcement is in and, for a translation, its Vietnamese
original (`language:` and `version_of:`, see domain/languages.py). A language Loa has no voice for airs from a
recording, so the form asks for one on its recording field."""

from __future__ import annotations

from datetime import date

from ..domain.languages import VIETNAMESE, language
from ..domain.model import Announcement, Workspace
from ..i18n import tr


def originals(workspace: Workspace, item_id: str = "") -> list[Announcement]:
    """What a translation may name as its original: the Vietnamese announcements that are not translations."""
    return [a for a in workspace.announcements if a.language == VIETNAMESE and a.version_of is None and a.id != item_id]


def offered(workspace: Workspace, item_id: str, today: date, chosen: str = "") -> list[Announcement]:
    """The originals the form offers: those that still air or will (a translation airs only right after its
    original), and the one already chosen; a district's year holds 10,000 announcements, a page of 10,000 options
    is neither read nor quick."""
    return [a for a in originals(workspace, item_id)
            if a.valid_until is None or a.valid_until >= today or a.id == chosen]  # fmt: skip


def language_wrong(code: str, version_of: str, workspace: Workspace, recorded: bool) -> dict[str, str]:
    """Field by field, what is wrong with the language fields (empty when nothing is)."""
    found = language(code)
    wrong: dict[str, str] = {}
    if found is None:
        wrong["language"] = tr("choose a language from the list")
    elif not found.voiced and not recorded:
        wrong["recording"] = tr("Loa has no voice for {name}: record the {name} version and choose its recording "
                                "file here", name=found.name)  # fmt: skip
    if not version_of:
        return wrong
    if version_of not in {a.id for a in originals(workspace)}:
        wrong["version_of"] = tr("choose the Vietnamese announcement this one translates from the list")
    elif found is not None and found.code == VIETNAMESE:
        wrong["language"] = tr("a translation is in another language than Vietnamese: choose its language")
    return wrong
