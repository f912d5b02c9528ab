"""The words of the machine's upkeep: the cache, doctor, inspect and verify."""

from __future__ import annotations

from pathlib import Path

from ..adapters.ffmpeg import Measure
from ..app.cache import KINDS, CacheStats, Pruned
from ..app.doctor import Check
from ..i18n import number, tr
from ..onair.verify import VerifyReport


def cache_lines(stats: CacheStats) -> list[str]:
    files, minutes, everything = tr("files"), tr("min"), tr("total")
    rows = [
        f"{kind:7} {stats.files[kind]:6} {files} {number(stats.size[kind] / 1e6):>9} MB "
        f"{number(stats.seconds.get(kind, 0.0) / 60):>8} {minutes}"
        for kind in KINDS
    ]
    size = number(sum(stats.size.values()) / 1e6)
    total = f"{everything:7} {sum(stats.files.values()):6} {files} {size:>9} MB"
    made = ", ".join(f"{engine} {count}" for engine, count in sorted(stats.engines.items()))
    return [*rows, total, tr("speech by engine: {engines}", engines=made or tr("none"))]


def pruned(done: Pruned, days: int) -> str:
    line = tr("Removed {files} files ({size} MB) not used for {days} days", files=done.files,
              size=number(done.size / 1e6), days=days)  # fmt: skip
    if done.kept_published:
        line += tr("; kept {count} old files that published playlists use", count=done.kept_published)
    return line


def check(result: Check) -> str:
    verdict = tr("ok") if result.ok else tr("FAIL")
    return f"{verdict:4}  {result.name}: {result.detail}"


def no_engine(stations: list[str]) -> str:
    return tr("No working engine for: {stations} — fix one of the failures above", stations=", ".join(stations))


def measured(path: Path, m: Measure) -> str:
    layout = "mono" if m.channels == 1 else "stereo" if m.channels == 2 else f"{m.channels} channels"
    return (
        f"{path}: {m.duration:.2f} s, {m.lufs:.1f} LUFS, true peak {m.true_peak:.1f} dBTP, LRA {m.lra:.1f} LU, "
        f"max short-term {m.max_short_term:.1f} LUFS, {m.sample_rate} Hz {layout}, "
        f"longest silence {m.longest_silence:.1f} s"
    )  # an engineer's measurement line: the units and terms are international, not translated


def verified(result: VerifyReport, repair: bool) -> list[str]:
    left = result.unrepaired if repair else result.problems
    lines = [tr("damaged: {problem}", problem=problem) for problem in result.problems]
    lines += [tr("repaired: {line}", line=line) for line in result.repaired]
    return [
        *lines,
        tr("Checked {days} days ({files} files) and {stored} stored files: {problems} problems, {repaired} repaired, "
           "{left} left", days=result.days, files=result.files, stored=result.store_files,
           problems=len(result.problems), repaired=len(result.repaired), left=len(left)),
    ]  # fmt: skip
