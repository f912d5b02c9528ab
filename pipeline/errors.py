"""Every error a user can cause, with where it is and how to fix it.

The CLI maps these to exit codes in one place (`cli.LoaGroup.invoke`); nothing
else prints tracebacks to operators. The tree:

    LoaError                  exit 1: fix what the message names
    ├── ValidationFailed      an input file is wrong (file:line problems)
    ├── ToolFailed            ffmpeg or espeak-ng failed or is missing
    │   ├── DiskFull          no space left while writing (published days untouched)
    │   └── TimedOut          a tool did not finish in the time it was given
    ├── EngineUnavailable     a speech engine's prerequisite is missing
    ├── EngineFailed          a speech engine could not speak one text
    ├── WouldNotAir           an emergency has no slot left today or tomorrow (nothing installed)
    ├── NotAllowed            this user may not do this (their role, or an approver's own text)
    ├── NotOnAir              exit 4: an emergency did not reach the air it was sent for
    ├── DamageFound           exit 6: `loa verify` found damaged files it did not repair
    ├── BuildBusy             exit 75: another build holds the workspace (try again later)
    ├── LineDown              a station agent cannot reach its district now (it keeps playing and retries)
    ├── BadToken              exit 77: the district refused the station's token
    └── UnknownStation        exit 67: the district knows no such station, or not for this token
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path


class Status(enum.IntEnum):
    """How a command ended: its exit code (README: "Exit codes")."""

    OK = 0
    INPUT = 1  # bad input, a tool or the disk: fix what the message names
    USAGE = 2  # a command-line option is wrong (click's own code)
    FALLBACK = 3  # published; some items were spoken by a fallback engine
    LEFT_OUT = 4  # published; some items were left out because every engine failed (or an emergency did not air)
    STATION_DOWN = 5  # `loa station status`: a station on the line is offline over 2 minutes or missed a slot
    DAMAGE = 6  # `loa verify`: damaged or missing files remain
    INTERNAL = 70  # a bug in Loa (EX_SOFTWARE)
    BUSY = 75  # another build holds the workspace lock: try again later (EX_TEMPFAIL)
    NO_STATION = 67  # `loa station run`: the district knows no such station for this token (EX_NOUSER)
    BAD_TOKEN = 77  # `loa station run`: the district refused the token (EX_NOPERM)


EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = Status.OK, Status.INPUT, Status.USAGE
EXIT_FALLBACK, EXIT_ITEMS_LEFT_OUT, EXIT_DAMAGE = Status.FALLBACK, Status.LEFT_OUT, Status.DAMAGE
EXIT_INTERNAL, EXIT_BUSY = Status.INTERNAL, Status.BUSY


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input.

    Attributes:
        file: the file the problem is in (None when it is not about a file).
        line: 1-based line in that file, when known.
        what: what is wrong, in plain words.
        fix: how to fix it, in plain words.
    """

    file: Path | None
    line: int | None
    what: str
    fix: str

    @property
    def plain(self) -> str:
        """What and how to fix, without the place: for a page that shows it next to the field or file it is about."""
        return f"{self.what} — {self.fix}"

    def __str__(self) -> str:
        where = ""
        if self.file is not None:
            where = f"{self.file}:{self.line}: " if self.line else f"{self.file}: "
        return f"{where}{self.what} — {self.fix}"


class LoaError(Exception):
    """Base class: an error with a plain-words message for the operator."""

    exit_code = EXIT_USER_ERROR

    def __init__(self, *problems: Problem) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems

    @property
    def plain(self) -> str:
        """Every problem's what and fix, on one line (a web page's message)."""
        return "; ".join(p.plain for p in self.problems)


class ValidationFailed(LoaError):
    """The workspace has one or more input problems."""


class ToolFailed(LoaError):
    """An external tool (ffmpeg, espeak-ng) failed or is missing."""


class DiskFull(ToolFailed):
    """No space left on the disk while writing; what was published before is untouched."""


class TimedOut(ToolFailed):
    """A tool ran longer than its runner allows (a hung tool, or a file that takes too long to decode)."""


class WouldNotAir(LoaError):
    """An emergency would not air at `station` today or tomorrow (its end, days or slots leave none); checked
    before anything is installed."""

    def __init__(self, station: str, *problems: Problem) -> None:
        super().__init__(*problems)
        self.station = station


class NotAllowed(LoaError):
    """The user may not do this: their role does not allow it ("role"), an approver would decide on their own
    text ("own-text"), a rejection without a reason ("no-reason"), a wrong name or password ("password")."""

    def __init__(self, reason: str, *problems: Problem) -> None:
        super().__init__(*problems)
        self.reason = reason


class NotOnAir(LoaError):
    """An emergency was accepted but its build left it out (every engine failed): it does not air."""

    exit_code = EXIT_ITEMS_LEFT_OUT


class DamageFound(LoaError):
    """`loa verify` found published or stored files that are missing or damaged."""

    exit_code = EXIT_DAMAGE


class BuildBusy(LoaError):
    """Another build holds the workspace lock."""

    exit_code = EXIT_BUSY


class EngineUnavailable(LoaError):
    """A speech engine cannot be constructed: a prerequisite is missing (the fix says which)."""


class EngineFailed(LoaError):
    """A speech engine could not speak one text (network down, rate limited, model error)."""


class LineDown(LoaError):
    """A station agent cannot reach its district now (no network, a timeout, a server error): it retries."""


class BadToken(LoaError):
    """The district refused the station's token (401): wrong, revoked or for another district."""

    exit_code = Status.BAD_TOKEN


class UnknownStation(LoaError):
    """The district knows no such station, or this token does not reach it (404, 403)."""

    exit_code = Status.NO_STATION
