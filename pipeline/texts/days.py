"""Everything Loa says to a person about a result: the CLI and the nightly log word the data the use cases return.

Use cases return values (reports, rows, checks); nothing in `pipeline/app` or below builds a
sentence for a person except errors' own problems and a build's warnings (`build.warnings.worded`: the build
words them itself for the pre-air report and its history; `warning` here calls it). Every sentence goes through
`tr`, so it reads in Vietnamese by default and in English with `--lang en` (catalog:
pipeline/locale/vi/LC_MESSAGES/loa.po).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from types import MappingProxyType

from .adapters.cap_web import is_address
from .adapters.ffmpeg import Measure
from .app import cap
from .app.cache import KINDS, CacheStats, Pruned
from .app.commands import Period, ScriptText, Validated
from .app.doctor import Check
from .app.emergency import EmergencyReport
from .app.emergency_stop import StopReport
from .app.playout import Prepared
from .app.station_events import Sent
from .app.station_status import StationState
from .build.letter import APPARATUS_KINDS, Apparatus
from .build.lint import Ambiguous, Finding, Guessed, Spelled
from .build.statistics import Figure
from .build.steps import BuildReport
from .build.warnings import BuildWarning, worded
from .domain.model import Announcement
from .i18n import N_, number, tr
from .onair.verify import VerifyReport


def summary(report: BuildReport) -> str:
    """The one line a build ends with."""
    line = tr(
        "{day}: {stations} stations, {slots} slots, {items} items, {minutes} minutes of audio; "
        "rendered {rendered}, reused {reused} from cache",
        day=report.day, stations=report.stations, slots=report.slots, items=report.items,
        minutes=number(report.seconds / 60), rendered=report.rendered, reused=report.reused,
    )  # fmt: skip
    if report.fallbacks:
        line += tr("; {count} spoken by a fallback engine", count=len(report.fallbacks))
    if report.left_out:
        line += tr("; {count} left out (no engine could speak them)", count=len(report.left_out))
    return line


def where(report: BuildReport) -> str:
    if report.published is None:
        return tr("Nothing was published")
    return tr("Published in {folder} (report: {report})", folder=report.published,
              report=report.published / "bao-cao.html")  # fmt: skip


def approved(item: Announcement) -> str:
    when = item.approved_at.strftime("%H:%M %d/%m/%Y") if item.approved_at else ""
    return tr(
        "Approved: {file} ({id}) by {by} at {when}", file=item.file.name, id=item.id, by=item.approved_by, when=when
    )


def written_new(path: Path, workspace: Path, emergency: bool) -> str:
    if emergency:
        return tr('Wrote {file}. Check it, then put it on air: loa emergency {workspace} {file} --as TÀI-KHOẢN',
                  file=path, workspace=workspace)  # fmt: skip
    return tr("Wrote {file}. Edit it if needed, then: loa approve {file} --as TÀI-KHOẢN", file=path)


def created_only(directory: Path) -> str:
    return tr("Created workspace {folder}. Next: loa build {folder}", folder=directory)


def building_first_days(directory: Path) -> str:
    return tr("Created workspace {folder}; building today and tomorrow (some seconds)...", folder=directory)


def created(directory: Path, built: Iterable[BuildReport]) -> list[str]:
    """What `loa init` did: the workspace, the days it built (what the operator sees at once), what next."""
    lines = [tr("Built today and tomorrow in {folder}:", folder=directory)]
    lines += [summary(report) for report in built]
    lines.append(tr("Next: loa serve {folder} (the web pages), or loa build {folder} --date DD/MM/YYYY",
                    folder=directory))  # fmt: skip
    return lines


def wrote(output: Path, seconds: float) -> str:
    return tr("Wrote {file} ({seconds} s)", file=output, seconds=number(seconds))


def validated(result: Validated) -> str:
    return tr("OK: {stations} stations, {announcements} announcements", stations=result.stations,
              announcements=result.announcements)  # fmt: skip


def script(result: ScriptText) -> str:
    written, spoken = tr("written"), tr("spoken")
    return f"--- {written} ---\n{result.written}\n--- {spoken} ---\n{result.spoken}"
