"""The editors' list: where each announcement stands today, in their words, searched, filtered and paged.

A district keeps some 10,000 announcements a year: the page shows PAGE_ROWS of them at a time (bench/web.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from ..domain.model import Announcement, Workspace
from ..workspace.fields import slugify

PAGE_ROWS = 50  # a phone's few screens; the search and the status filter find the rest


def no(_item: Announcement) -> bool:
    return False


def searchable(item: Announcement) -> str:
    """What a search looks in: the id, the title and the start of the text, without accents ("so 12" finds "Số 12")."""
    return slugify(f"{item.id} {item.title} {item.body[:2000]}")


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


@dataclass(frozen=True)
class Page:
    """One page of the rows found: `number` counts from 1 and is within 1..pages (a page past the end is the last);
    `first` and `last` count the rows shown from 1 among those found."""

    rows: tuple[Row, ...]
    found: int
    number: int
    pages: int

    @property
    def first(self) -> int:
        return self.last - len(self.rows) + 1 if self.rows else 0

    @property
    def last(self) -> int:
        return min(self.found, self.number * PAGE_ROWS) if self.rows else 0


Found = tuple[Announcement, str]  # an announcement and its status today


def rows(
    workspace: Workspace,
    today: date,
    query: str = "",
    status: str = "",
    drifted: Callable[[Announcement], bool] = no,
    haystack: Callable[[Announcement], str] = searchable,
) -> list[Row]:
    """The announcements in file order, filtered by words of the title, id or text, and by status."""
    return [row(*found) for found in matching(workspace, today, query, status, drifted, haystack)]


def matching(
    workspace: Workspace,
    today: date,
    query: str = "",
    status: str = "",
    drifted: Callable[[Announcement], bool] = no,
    haystack: Callable[[Announcement], str] = searchable,
) -> list[Found]:
    """`rows` before they are made rows: a page makes only the rows it shows (`haystack`: the searched text of an
    item, which a long-running app keeps rather than computes on every search)."""
    words = slugify(query).split("-") if query.strip() else []
    found = []
    for item in workspace.announcements:
        state = status_of(item, today, workspace.settings.require_approval, drifted(item))
        if (not status or state == status) and (not words or _has(haystack(item), words)):
            found.append((item, state))
    return found


def row(item: Announcement, state: str) -> Row:
    stations = ", ".join(item.stations) if item.stations else "tất cả"
    return Row(item.id, item.title, state, item.priority.slug, _day(item.valid_from), _day(item.valid_until), stations)


def page(found: Sequence[Found], number: int) -> Page:
    pages = max(1, -(-len(found) // PAGE_ROWS))
    number = min(max(number, 1), pages)
    shown = found[(number - 1) * PAGE_ROWS : number * PAGE_ROWS]
    return Page(tuple(row(*one) for one in shown), len(found), number, pages)


def _has(text: str, words: list[str]) -> bool:
    return all(word in text for word in words)


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""
