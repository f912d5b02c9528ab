"""Chimes: the built-in public-address chimes, and jingle files a workspace brings."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

from ..errors import LoaError, Problem
from ..i18n import tr

CHIMES = MappingProxyType(
    {
        # (start s, frequency Hz, length s): the classic public-address chimes.
        "chuong-ba-xuong": ((0.0, 659.25, 1.3), (0.45, 523.25, 1.3), (0.9, 392.0, 1.8)),
        "chuong-ba-len": ((0.0, 392.0, 1.3), (0.45, 523.25, 1.3), (0.9, 659.25, 1.8)),
        "chuong-hai": ((0.0, 659.25, 1.0), (0.4, 523.25, 1.4)),
    }
)


def jingle_file(workspace: Path, source: str) -> Path | None:
    """The file of a jingle inside the workspace (None for a built-in chime), or an error saying what to do."""
    where = workspace / "loa.toml"
    if source.startswith("builtin:"):
        if source.removeprefix("builtin:") not in CHIMES:
            fix = tr("use one of: {chimes}, or a file under jingles/", chimes=", ".join("builtin:" + c for c in CHIMES))
            raise LoaError(Problem(where, None, tr("there is no built-in chime '{source}'", source=source), fix))
        return None
    path = (workspace / source).resolve()
    if not path.is_relative_to(workspace.resolve()):
        raise LoaError(
            Problem(
                where,
                None,
                tr("the jingle '{source}' is outside the workspace", source=source),
                tr("put the file under jingles/ and name it as jingles/<file>"),
            )
        )
    if not path.is_file():
        raise LoaError(
            Problem(
                where,
                None,
                tr("the jingle file '{source}' does not exist", source=source),
                tr("put the file there, or use a built-in chime such as builtin:chuong-hai"),
            )
        )
    return path
