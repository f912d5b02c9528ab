"""The words of a workspace's days: what init, validate, script, preview, build, new and approve did."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..app.commands.days import ScriptText, Validated
from ..build.steps import BuildReport
from ..domain.model import Announcement
from ..i18n import number, tr


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
