"""The `loa` command. Commands are thin: they parse options and call the library.

`LoaGroup.invoke` is the one place that maps errors to messages and exit codes.
"""

from __future__ import annotations

from . import cap, days, onair, people, report, stations, upkeep  # noqa: F401 (each adds its commands to the group)
from .base import cli

__all__ = ["cli", "main"]


def main() -> None:
    cli(prog_name="loa")
