"""Check every published day and the store, repair what files can, and build again the days from today on
that they cannot (the nightly job's first step, `loa verify --repair`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from ..build.history import Origin
from ..build.steps import build
from ..errors import LoaError
from ..i18n import tr
from ..onair.verify import VerifyReport, verify_workspace


def verify_and_repair(root: Path, today: date, builder: Callable[..., object] | None = None) -> VerifyReport:
    """Check and repair; days from today on that files cannot repair are built again (the nightly job's first step)."""
    report = verify_workspace(root, True, today)
    for day, stations in sorted(report.rebuild.items()):
        try:
            (builder or _repair_build)(root, day, sorted(stations))
            which = ", ".join(sorted(stations)) or tr("every station")
            report.repaired.append(tr("{day}: built again ({stations})", day=day, stations=which))
        except LoaError as err:
            report.unrepaired += err.problems
    return report


def _repair_build(root: Path, day: date, stations: list[str]) -> object:
    return build(root, day, stations, origin=Origin("repair"))
