"""What a build did, as data (BuildReport) and the warnings it carries, for the summary line and the nightly log."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import Status
from ..render.renderer import Fallback
from .plan import Note
from .report import DayDigest
from .warnings import BuildWarning, warning

if TYPE_CHECKING:  # a name only: lint's tables stay out of `loa emergency`'s start (it sends before it lints)
    from .lint import Finding


@dataclass(frozen=True)
class BuildReport:
    """What a build did, for the summary line and the nightly log."""

    day: date
    stations: int
    slots: int
    items: int
    seconds: float
    rendered: int
    reused: int
    published: Path | None
    warnings: tuple[BuildWarning, ...] = field(default=())  # worded by warnings.worded
    fallbacks: tuple[Fallback, ...] = field(default=())
    left_out: tuple[BuildWarning, ...] = field(default=())  # items no engine could speak, with the reason

    @property
    def status(self) -> Status:
        return Status.LEFT_OUT if self.left_out else Status.FALLBACK if self.fallbacks else Status.OK

    @property
    def exit_code(self) -> int:
        return int(self.status)


@dataclass(frozen=True)
class Tally:
    """What the render stage did: files rendered, parts found already made, and fallbacks."""

    rendered: int = 0
    reused: int = 0
    fallbacks: tuple[Fallback, ...] = ()


def report(
    day: date,
    digest: DayDigest,
    tally: Tally,
    unspeakable: list[Finding],
    left_out: list[BuildWarning],
    notes: tuple[Note, ...],
    found: Iterable[BuildWarning] = (),
) -> BuildReport:
    """What the build did, from what the day's report gathered of its stations as they were assembled."""
    warnings = (*digest.overlong, *digest.silent.values())
    if unspeakable:
        first = unspeakable[0]
        warnings += (
            warning("misread", count=len(unspeakable), word=first.token, file=first.file.name, line=first.line),
        )
    warnings += tuple(warning("fallback", title=f.title, engine=f.engine, reasons=f.reasons) for f in tally.fallbacks)
    warnings += tuple(left_out)
    warnings += tuple(found)
    if not digest.shown:
        warnings += (warning("empty_day", day=day.isoformat()),)
    warnings += tuple(note_warning(n) for n in notes if n.warn or not n.announcement_id)
    return BuildReport(
        day,
        len(digest.shown),
        digest.slots,
        digest.items,
        digest.seconds,
        tally.rendered,
        tally.reused,
        None,
        warnings,
        tally.fallbacks,
        tuple(left_out),
    )


def note_warning(note: Note) -> BuildWarning:
    return warning("note", note.announcement_id, note.station, slot=note.slot, what=note.what)
