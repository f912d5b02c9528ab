"""The commands on a workspace and its days: validate, script, preview, build, lint, new, approve, normalize
(and init, from app/starting.py)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ...adapters.proc import Runner
from ...build.check import load_workspace
from ...build.history import COMMAND_LINE, Origin
from ...build.lint import Linted, lint_all
from ...build.program import ProgramWriter
from ...build.steps import BuildReport, Progress, render_item
from ...build.steps import build as run_build
from ...build.warnings import BuildWarning, stranger
from ...build.why import not_airing_line
from ...domain.model import Announcement, Station, Workspace
from ...errors import LoaError, Problem
from ...i18n import tr
from ...normalize import Normalizer, load_context
from ...workspace.ledger import load_verified
from ...workspace.stations import station_id as station_id_typed
from .. import approvals
from ..editing import version_of
from ..new import Draft, new_announcement
from ..snapshot import Snapshot
from .clock import today
from .signing import signed_in


@dataclass(frozen=True)
class Validated:
    stations: int
    announcements: int
    notices: tuple[BuildWarning, ...] = ()


@dataclass(frozen=True)
class ScriptText:
    written: str  # as templated
    spoken: str  # what the voice reads
    not_airing: str | None = None  # why it does not air at the station on the day asked (shown, not refused)


@dataclass(frozen=True)
class Preview:
    seconds: float  # to render
    not_airing: str | None = None  # as in ScriptText


def validate(root: Path) -> Validated:
    workspace = load_workspace(root)
    return Validated(len(workspace.stations), len(workspace.announcements), tuple(map(stranger, workspace.strangers)))


def _pick(workspace: Workspace, announcement_id: str, station_id: str) -> tuple[Announcement, Station]:
    item = workspace.announcement(announcement_id)
    if item is None:
        known = ", ".join(a.id for a in workspace.announcements)
        raise LoaError(
            Problem(
                None,
                None,
                tr("no announcement with id '{announcement_id}'", announcement_id=announcement_id),
                tr("use one of: {known}", known=known),
            )
        )
    station = workspace.station(station_id_typed(workspace.stations, station_id) or station_id)
    if station is None:
        known = ", ".join(s.id for s in workspace.stations)
        raise LoaError(
            Problem(
                workspace.root / "stations.yaml",
                None,
                tr("no station with id '{station_id}'", station_id=station_id),
                tr("use one of: {known}", known=known),
            )
        )
    return item, station


def script(root: Path, announcement_id: str, station_id: str, day: date) -> ScriptText:
    """The written script and its spoken form, of one announcement at one station."""
    workspace = load_workspace(root)
    item, station = _pick(workspace, announcement_id, station_id)
    writer = ProgramWriter(workspace)
    written = writer.scripts.item(item, station, day, station.slots[0])
    return ScriptText(written, writer.normalizer(station.dialect).text(written), not_airing_line(item, station, day))


def preview(root: Path, announcement_id: str, station_id: str, day: date, output: Path) -> Preview:
    """Render one announcement (cached like a build) and copy it to `output`."""
    runner = Runner()
    workspace = load_workspace(root, runner)
    item, station = _pick(workspace, announcement_id, station_id)
    seconds = render_item(workspace, runner, item, station, day, output)
    return Preview(seconds, not_airing_line(item, station, day))


def approve(root: Path | None, file: Path, name: str, password: str, now: datetime) -> Announcement:
    """Approve one announcement as the account `name` (its password), by the web's rules: an approver, not
    the text's last editor; the edit lock, the ledger and the audit row as on the web."""
    snapshot = Snapshot((root or workspace_of(file)).resolve())
    user = signed_in(snapshot.root, name, password, now)
    item = approvals.find(snapshot, file)
    approvals.approve(snapshot, item.id, version_of(item.file), user, now)
    return load_verified(item.file, snapshot.root)


def workspace_of(file: Path) -> Path:
    """The workspace a file is in: the nearest folder above it holding stations.yaml (else the current one)."""
    return next((d for d in file.resolve().parents if (d / "stations.yaml").is_file()), Path.cwd())


def new(root: Path, draft: Draft, now: datetime) -> Path:
    return new_announcement(root, draft, now)


def lint(root: Path) -> Linted:
    """Words to fix; as information, abbreviations read letter by letter and spans that read two ways."""
    return lint_all(load_workspace(root))


def build(
    root: Path,
    day: date,
    stations: Iterable[str],
    progress: Progress,
    workers: int = 0,
    cluster: str = "",
    origin: Origin = COMMAND_LINE,
) -> BuildReport:
    """`loa build`, and "Dựng ngay" on the web (`origin` says which, and who, for the build history)."""
    workers = workers or os.cpu_count() or 1
    return run_build(root, day, stations, progress, workers=workers, cluster=cluster, today=today(root), origin=origin)


def normalize_lines(lines: Iterable[str], dialect: str, lexicon: Path | None) -> Iterator[str]:
    normalizer = Normalizer(load_context(dialect, lexicon))
    for line in lines:
        yield normalizer.line(line.rstrip("\n"))
