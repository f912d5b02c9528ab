"""Everything Loa says to a person, in one place: the CLI and the nightly log word the data the use cases return.

Use cases return values (reports, rows, checks); nothing below `pipeline/usecases` builds a
sentence for a person except errors' own problems. This module is where a translation
catalog plugs in.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .adapters.ffmpeg import Measure
from .domain.model import Announcement
from .i18n import tr
from .stages.lint import Finding
from .usecases.build import BuildReport
from .usecases.cache import KINDS, CacheStats, Pruned
from .usecases.commands import Period, ScriptText, Validated
from .usecases.doctor import Check
from .usecases.emergency import EmergencyReport
from .usecases.verify import VerifyReport


def summary(report: BuildReport) -> str:
    """The one line a build ends with."""
    line = (
        f"{report.day}: {report.stations} stations, {report.slots} slots, {report.items} items, "
        f"{report.seconds / 60:.1f} minutes of audio; rendered {report.rendered}, reused {report.reused} from cache"
    )
    if report.fallbacks:
        line += f"; {len(report.fallbacks)} spoken by a fallback engine"
    if report.left_out:
        line += f"; {len(report.left_out)} left out (no engine could speak them)"
    return line


def where(report: BuildReport) -> str:
    if report.published is None:
        return "Nothing was published"
    return f"Published in {report.published} (report: {report.published / 'bao-cao.html'})"


def validated(result: Validated) -> str:
    return f"OK: {result.stations} stations, {result.announcements} announcements"


def approved(item: Announcement) -> str:
    when = item.approved_at.strftime("%H:%M %d/%m/%Y") if item.approved_at else ""
    return tr(
        "Approved: {file} ({id}) by {by} at {when}", file=item.file.name, id=item.id, by=item.approved_by, when=when
    )


def script(result: ScriptText) -> str:
    return f"--- written ---\n{result.written}\n--- spoken ---\n{result.spoken}"


def cache_lines(stats: CacheStats) -> list[str]:
    rows = [
        f"{kind:7} {stats.files[kind]:6} files {stats.size[kind] / 1e6:9.1f} MB "
        f"{stats.seconds.get(kind, 0.0) / 60:8.1f} min"
        for kind in KINDS
    ]
    total = f"{'total':7} {sum(stats.files.values()):6} files {sum(stats.size.values()) / 1e6:9.1f} MB"
    made = ", ".join(f"{engine} {count}" for engine, count in sorted(stats.engines.items()))
    return [*rows, total, f"speech by engine: {made or 'none'}"]


def pruned(done: Pruned, days: int) -> str:
    kept = f"; kept {done.kept_published} old files that published playlists use" if done.kept_published else ""
    return f"Removed {done.files} files ({done.size / 1e6:.1f} MB) not used for {days} days{kept}"


def check(result: Check) -> str:
    return f"{'ok  ' if result.ok else 'FAIL'}  {result.name}: {result.detail}"


def no_engine(stations: list[str]) -> str:
    return f"No working engine for: {', '.join(stations)} — fix one of the failures above"


def finding(found: Finding) -> str:
    return f'{found.file}:{found.line}: "{found.token}" — add it to the lexicon (scripts_vi/lexicon.tsv) or rewrite it'


def measured(path: Path, m: Measure) -> str:
    layout = "mono" if m.channels == 1 else "stereo" if m.channels == 2 else f"{m.channels} channels"
    return (
        f"{path}: {m.duration:.2f} s, {m.lufs:.1f} LUFS, true peak {m.true_peak:.1f} dBTP, LRA {m.lra:.1f} LU, "
        f"max short-term {m.max_short_term:.1f} LUFS, {m.sample_rate} Hz {layout}, "
        f"longest silence {m.longest_silence:.1f} s"
    )


def emergency(done: EmergencyReport, source: Path, seconds: float) -> list[str]:
    lines = (
        [f"Saved as {done.file.name} (another announcement already had the name {source.name})"] if done.renamed else []
    )
    if done.ended:
        lines.append(
            f"warning: {source.name} had no valid_until: it airs until {done.ended}; add valid_until to keep it longer"
        )
    lines += [f"{a.station}: airs in slot {a.slot} of {a.day} (slot starts {a.start})" for a in done.airs]
    lines += [f"warning: {w}" for b in done.builds for w in b.warnings if done.announcement_id in w]
    return [*lines, f"Published in {seconds:.1f} s"]


def period(rows: Iterable[Period]) -> list[str]:
    lines = [f"{'announcement':30} {'station':20} {'airings':>7} {'minutes':>8}"]
    return lines + [f"{r.announcement:30} {r.station:20} {r.airings:7d} {r.minutes:8.1f}" for r in rows]


def verified(result: VerifyReport, repair: bool) -> list[str]:
    left = result.unrepaired if repair else result.problems
    lines = [f"damaged: {problem}" for problem in result.problems]
    lines += [f"repaired: {line}" for line in result.repaired]
    counts = f"{len(result.problems)} problems, {len(result.repaired)} repaired, {len(left)} left"
    return [
        *lines,
        f"Checked {result.days} days ({result.files} files) and {result.store_files} stored files: {counts}",
    ]
