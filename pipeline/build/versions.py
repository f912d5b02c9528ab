"""Languages in the plan: what a station airs by the languages it lists, translations paired with their originals.

An announcement airs at a station only when the station lists its language (`languages:` in stations.yaml; every
station airs Vietnamese). A translation (`version_of:`) never airs on its own: it airs right after each airing
of its Vietnamese original, in the same slot, where it may air itself (valid, targeted, cleared, its language
listed). The pre-air report warns when a station that lists a language airs an original without its version in
that language, and when a translation that could air has no original airing beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..domain.languages import VIETNAMESE, language_name
from ..domain.model import Announcement, Slot, Station
from ..i18n import tr

MayAir = Callable[[Announcement, Slot], bool]  # valid in the slot that day, targeted at it, cleared to air


@dataclass(frozen=True)
class LanguageNote:
    """A note of the plan about languages (plan.py makes it a Note): `warn` when the report should warn."""

    slot: str
    announcement_id: str
    what: str
    warn: bool


def speaks(station: Station, item: Announcement) -> bool:
    return item.language in station.languages


def alone(item: Announcement) -> bool:
    """Planned on its own: not a translation (a translation follows its original)."""
    return item.version_of is None


def paired(
    items: Iterable[Announcement], station: Station, slot: Slot, may_air: MayAir
) -> dict[str, tuple[Announcement, ...]]:
    """Original id -> its translations that air right after it in this slot, in file order."""
    found: dict[str, tuple[Announcement, ...]] = {}
    for item in items:
        if item.version_of is not None and speaks(station, item) and may_air(item, slot):
            found[item.version_of] = (*found.get(item.version_of, ()), item)
    return found


def language_notes(
    items: tuple[Announcement, ...], station: Station, aired: set[str], may_air: MayAir
) -> list[LanguageNote]:
    """What the report says about languages at one station on a day, given the ids that air there."""
    could = [a for a in items if any(may_air(a, slot) for slot in station.slots)]
    notes: list[LanguageNote | None] = [_unheard(a) for a in could if not speaks(station, a)]
    notes += [_orphan(a) for a in could if speaks(station, a) and not alone(a) and a.id not in aired]
    for original in (a for a in items if a.id in aired and alone(a) and a.language == VIETNAMESE):
        notes += [_missing(original, code, items, aired) for code in station.languages if code != VIETNAMESE]
    return [note for note in notes if note is not None]


def _unheard(item: Announcement) -> LanguageNote:
    name = language_name(item.language)
    what = tr("in {name}, which this station does not broadcast: it airs only the Vietnamese here "
              "(add {code} to the station's languages in stations.yaml to air it)",
              name=name, code=item.language)  # fmt: skip
    return LanguageNote("", item.id, what, False)


def _orphan(item: Announcement) -> LanguageNote:
    what = tr("does not air: a translation airs only right after its Vietnamese original '{original}', which does "
              "not air here in the same slot today", original=item.version_of)  # fmt: skip
    return LanguageNote("", item.id, what, True)


def _missing(
    original: Announcement, code: str, items: tuple[Announcement, ...], aired: set[str]
) -> LanguageNote | None:
    version = next((a for a in items if a.version_of == original.id and a.language == code), None)
    if version is not None and version.id in aired:
        return None
    name = language_name(code)
    what = (
        tr("its {name} version '{version}' does not air with it here today", name=name, version=version.id)
        if version is not None
        else tr(
            "no {name} version airs with it, and this station broadcasts in {name}: add one "
            "(language: {code}, version_of: {id})",
            name=name,
            code=code,
            id=original.id,
        )
    )
    return LanguageNote("", original.id, what, True)
