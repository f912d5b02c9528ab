"""Every error a user can cause, with where it is and how to fix it.

The CLI maps these to exit codes in one place (`cli.main`); nothing else
prints tracebacks to operators.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

EXIT_OK = 0
EXIT_USER_ERROR = 1  # bad input: fix the file named in the message
EXIT_BUSY = 2  # another build holds the workspace lock
EXIT_FALLBACK = 3  # published; some items were spoken by a fallback engine
EXIT_ITEMS_LEFT_OUT = 4  # published; some items were left out because every engine failed
EXIT_INTERNAL = 70  # a bug in Loa (EX_SOFTWARE)


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


class ValidationFailed(LoaError):
    """The workspace has one or more input problems."""


class ToolFailed(LoaError):
    """An external tool (ffmpeg, espeak-ng) failed or is missing."""


class BuildBusy(LoaError):
    """Another build holds the workspace lock."""

    exit_code = EXIT_BUSY


class EngineUnavailable(LoaError):
    """A speech engine cannot be constructed: a prerequisite is missing (the fix says which)."""


class EngineFailed(LoaError):
    """A speech engine could not speak one text (network down, rate limited, model error)."""
