"""What each CLI command does, as plain functions returning data (the CLI parses options and words the results).

This is the surface a web app or another front end calls: values in, values out.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..adapters import ffmpeg as audio
from ..adapters.clock import now_in, tomorrow_in, zone
from ..adapters.ffmpeg import Measure
from ..adapters.proc import Runner
from ..build.check import load_workspace
from ..build.history import COMMAND_LINE, Origin
from ..build.lint import Linted, lint_all
from ..build.program import ProgramWriter
from ..build.report import period, played
from ..build.steps import BuildReport, Progress, render_item
from ..build.steps import build as run_build
from ..build.warnings import BuildWarning, stranger
from ..build.why import not_airing_line
from ..domain.model import Announcement, Station, Workspace
from ..errors import LoaError, NotAllowed, Problem
from ..i18n import tr
from ..normalize import Normalizer, load_context
from ..onair.publish import workspace_lock
from ..onair.verify import VerifyReport, verify_workspace
from ..workspace.first_seen import dated, read_ledger
from ..workspace.ledger import load_verified
from ..workspace.settings_file import timezone_of
from ..workspace.stations import station_id as station_id_typed
from . import accounts, approvals, cache
from .cap import CapDecision, import_alerts
from .cap_feed import feed as write_feed
from .cap_poll import CapPoller
from .doctor import Check, diagnose
from .editing import version_of
from .emergency import EmergencyReport
from .emergency import emergency as run_emergency
from .emergency_stop import StopReport, stop_emergency
from .keeper import Keeper
from .new import Draft as Draft
from .new import new_announcement
from .nightly import Nightly, nightly_logger, parse_clock_time
from .repair import verify_and_repair
from .snapshot import Snapshot
from .starting import build_first_days as build_first_days
from .starting import init_workspace as init_workspace


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


@dataclass(frozen=True)
class Period:
    """Airings and minutes of one announcement at one station over a period."""

    announcement: str
    station: str
    airings: int
    minutes: float
    aired: int | None = None  # what the station's play log says aired; None: the station sent no log
    aired_minutes: float = 0.0
    title: str = ""  # the announcement's title and the station's name, as people say them
    station_name: str = ""


@dataclass(frozen=True)
class Emergency:
    report: EmergencyReport
    seconds: float  # from the command to the published day


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


def cache_stats(root: Path) -> cache.CacheStats:
    return cache.stats(root.resolve() / "audio_out")


def cache_prune(root: Path, days: int, now: datetime) -> cache.Pruned:
    root = root.resolve()
    with workspace_lock(root):  # never under a running build
        return cache.prune(root / "audio_out", root / "playlists", days, now)


def doctor(root: Path) -> tuple[list[Check], list[str]]:
    runner = Runner()
    return diagnose(load_workspace(root, runner), runner)


def inspect(paths: Iterable[Path]) -> Iterator[tuple[Path, Measure]]:
    """The measurements of each file (what an engineer checks)."""
    runner = Runner()
    for path in paths:
        yield path, audio.measure(runner, path)


def verify(root: Path, repair: bool, today: date) -> VerifyReport:
    """Every published day and the store, hashed in full; with `repair`, fixed and rebuilt where possible."""
    root = root.resolve()
    if not root.is_dir():
        raise LoaError(Problem(root, None, tr("this folder does not exist"), tr("give the path of a workspace")))
    return verify_and_repair(root, today) if repair else verify_workspace(root, False, today)


def approve(root: Path | None, file: Path, name: str, password: str, now: datetime) -> Announcement:
    """Approve one announcement as the account `name` (its password), by the web's rules: an approver, not
    the text's last editor; the edit lock, the ledger and the audit row as on the web."""
    snapshot = Snapshot((root or workspace_of(file)).resolve())
    user = signed_in(snapshot.root, name, password, now)
    item = approvals.find(snapshot, file)
    approvals.approve(snapshot, item.id, version_of(item.file), user, now)
    return load_verified(item.file, snapshot.root)


def signed_in(root: Path, name: str, password: str, now: datetime) -> accounts.User:
    """The account whose name and password these are, or an error that says how to get one."""
    user = accounts.authenticated(root, name, password, now)
    if user is None:
        what = tr("wrong account name or password for '{name}'", name=name)
        fix = tr("use your web account; an admin makes one with 'loa user add'")
        raise NotAllowed("password", Problem(None, None, what, fix))
    return user


def workspace_of(file: Path) -> Path:
    """The workspace a file is in: the nearest folder above it holding stations.yaml (else the current one)."""
    return next((d for d in file.resolve().parents if (d / "stations.yaml").is_file()), Path.cwd())


def new(root: Path, draft: Draft, now: datetime) -> Path:
    return new_announcement(root, draft, now)


def now(root: Path) -> datetime:
    """The time now in the workspace's time zone (the clock is read at the edge, by the commands)."""
    return now_in(_timezone(root))


def today(root: Path) -> date:
    return now_in(_timezone(root)).date()


def tomorrow(root: Path) -> date:
    return tomorrow_in(_timezone(root))


def _timezone(root: Path) -> str:
    return timezone_of(root)  # the command itself reports bad settings


def emergency(root: Path, source: Path, stations: tuple[str, ...], name: str = "", password: str = "") -> Emergency:
    """Put an emergency on air; with `name`, signed off by that approver (their password)."""
    start = time.perf_counter()
    now = now_in(_timezone(root))
    approver = signed_in(root.resolve(), name, password, now) if name else None
    done = run_emergency(root, source, stations, now, approver=approver)
    return Emergency(done, time.perf_counter() - start)


def emergency_stop(root: Path, item_id: str, name: str, password: str) -> StopReport:
    """Ngừng phát: withdraw an emergency everywhere, in the name of an approver or an admin (their password)."""
    now = now_in(_timezone(root))
    return stop_emergency(root, item_id, signed_in(root.resolve(), name, password, now), now)


def cap_import(root: Path, sources: tuple[str, ...]) -> tuple[CapDecision, ...]:
    """Decide each CAP alert file or address (app/cap.py) now, on the workspace's clock."""
    return import_alerts(root, sources, now_in(_timezone(root)))


def cap_feed(root: Path) -> bytes:
    """The Atom feed of the khẩn-cấp announcements on air now, each as a CAP alert."""
    return write_feed(root, now_in(_timezone(root)))


def nightly(
    root: Path, at: str, days_ahead: int, describe: Callable[[BuildReport], str], words: Callable[[CapDecision], str]
) -> None:
    """Forever: `describe` words each build's report for the log, `words` each CAP alert's decision."""
    zone_name = _timezone(root)
    parse_clock_time(at)  # a mistyped time is an error now, not in the middle of the night
    logger = nightly_logger(root.resolve())
    job = Nightly(
        root.resolve(), at, days_ahead, lambda: now_in(zone_name), logger, describe=describe, zone=zone(zone_name)
    )
    job.loop(keeper=keeper(root, describe, words))


def keeper(root: Path, describe: Callable[[BuildReport], str], words: Callable[[CapDecision], str]) -> Keeper:
    """The keeper of `root`'s published days, on the machine's clocks, logging to logs/loa.log; it polls the
    CAP feeds of loa.toml too."""
    root, zone_name = root.resolve(), _timezone(root)
    poller = CapPoller(root, lambda: now_in(zone_name), time.monotonic, nightly_logger(root), words)
    return Keeper(
        root,
        lambda day: run_build(root, day, today=now_in(zone_name).date(), origin=Origin("keeper")),
        lambda: now_in(zone_name).date(),
        time.monotonic,
        lambda: now_in(zone_name),
        nightly_logger(root),
        describe=describe,
        also=poller.look,
    )


def period_report(root: Path, first: date, last: date) -> list[Period]:
    """Airings per announcement and station; none on days before Loa first saw the announcement."""
    workspace = load_workspace(root)
    workspace = dated(workspace, read_ledger(workspace.root), today(root))
    aired, reporting = played(workspace.root, first, last)

    titles = {a.id: a.title for a in workspace.announcements}
    names = {s.id: s.name for s in workspace.stations}

    def row(announcement: str, station: str, airings: int, minutes: float) -> Period:
        count, seconds = aired.get((announcement, station), (0, 0.0))
        logged = count if station in reporting else None
        title, name = titles.get(announcement, announcement), names.get(station, station)
        return Period(announcement, station, airings, minutes, logged, seconds / 60, title, name)

    return [row(*planned) for planned in period(workspace, first, last)]


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
