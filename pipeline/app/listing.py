"""The editors' list: where each announcement stands today, in their words, searched and filtered."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ..domain.model import Announcement, Workspace
from ..workspace.fields import slugify


def no(_item: Announcement) -> bool:
    return False


@dataclass(frozen=True)
class Row:
    """One line of the editors' list."""

    id: str
    title: str
    status: str  # nhap, cho-duyet, da-duyet, can-duyet-lai, tu-choi, het-han, phat-ngay (approval not required)
    priority: str
    valid_from: str
    valid_until: str
    stations: str


def status_of(item: Announcement, today: date, approval_required: bool, drifted: bool = False) -> str:
    """Where the announcement stands today, in the editors' words (`drifted`: approved, but it would now say
    something else; it airs as approved and waits for an approver)."""
    if item.valid_until is not None and item.valid_until < today and not item.in_workflow:
        return "het-han"
    if item.in_workflow:
        return item.status
    if item.approved:
        return "can-duyet-lai" if drifted else "da-duyet"
    return "cho-duyet" if approval_required else "phat-ngay"


def rows(
    workspace: Workspace, today: date, query: str = "", status: str = "", drifted: Callable[[Announcement], bool] = no
) -> list[Row]:
    """The announcements in file order, filtered by words of the title, id or text, and by status."""
    words = slugify(query).split("-") if query.strip() else []
    found = []
    for item in workspace.announcements:
        state = status_of(item, today, workspace.settings.require_approval, drifted(item))
        haystack = slugify(f"{item.id} {item.title} {item.body[:2000]}")
        if (not status or state == status) and all(word in haystack for word in words):
            stations = ", ".join(item.stations) if item.stations else "tất cả"
            found.append(Row(item.id, item.title, state, item.priority.slug, _day(item.valid_from),
                             _day(item.valid_until), stations))  # fmt: skip
    return found


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""
