"""Official statistics benchmark: `loa report --month` over 200 stations × 30 days of play logs (target ≤ 10 s).

Generates (seeded) a workspace of N stations with three slots each and a handful of announcements (normal,
priority, a CAP emergency, a Hmong one from the province), then a play log per station per day as the player
writes it (onair/playout/playlog.log_line): about 10 rows a slot, jingles, interrupted and skipped items and a
relay among them. Times the statistics (figures, CSV and XLSX) beside a naive baseline: csv.DictReader over every
file, summing seconds per station. Checks the two agree to the second.

Run: .venv/bin/python -m bench.report [--stations 200] [--days 30]
"""

from __future__ import annotations

import argparse
import csv
import math
import random
import shutil
import struct
import tempfile
import time
import wave
from datetime import date, timedelta
from pathlib import Path

from pipeline.app import statistics as official
from pipeline.domain.playout import PLAY_LOG
from pipeline.onair.playout.playlog import log_line

SAMPLE = Path(__file__).resolve().parent.parent / "pipeline" / "sample"
FIRST = date(2026, 11, 1)
ANNOUNCEMENTS = {
    "hop-thon": "title: Họp thôn\npriority: thuong",
    "tiem-chung": "title: Tiêm chủng\npriority: uu-tien",
    "bao": 'title: Bão\npriority: khan-cap\nvalid_until: 2026-11-30\norigin: "cap:kttv@example.gov.vn/B1"',
    "tiem-hmn": 'title: Tiêm chủng (tiếng Mông)\npriority: uu-tien\nlanguage: hmn\naudio: recordings/tiem-hmn.wav\norigin: "province:bacgiang"',
}


def workspace(folder: Path, stations: int) -> Path:
    root = folder / "ws"
    shutil.copytree(SAMPLE, root, ignore=shutil.ignore_patterns("__pycache__"))
    lines = ["stations:"]
    for n in range(stations):
        lines += [f"  - id: dai-{n:03d}", f"    name: Đài Truyền thanh xã {n}", "    district: Lạng Giang",
                  "    dialect: bac", "    slots:", '      sang: "05:30-06:00"', '      trua: "11:00-11:30"',
                  '      chieu: "17:00-17:30"']  # fmt: skip
    (root / "stations.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    folder = root / "scripts_vi" / "announcements"
    for old in folder.glob("*.md"):
        old.unlink()
    recording(root / "recordings" / "tiem-hmn.wav")  # Loa has no Hmong voice: that announcement airs a recording
    for name, fields in ANNOUNCEMENTS.items():
        (folder / f"{name}.md").write_text(f"---\n{fields}\ncreated: 2026-10-01\n---\nNội dung.\n", encoding="utf-8")
    return root


def recording(path: Path) -> None:
    """Two seconds of a quiet tone, written with the wave module (no ffmpeg needed to set the bench up)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    samples = (int(3000 * math.sin(2 * math.pi * 440 * n / 22050)) for n in range(2 * 22050))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(22050)
        out.writeframes(b"".join(struct.pack("<h", s) for s in samples))


def logs(root: Path, stations: int, days: int, rng: random.Random) -> int:
    """Write every station's play log of every day; the number of rows."""
    written = 0
    for offset in range(days):
        day = (FIRST + timedelta(days=offset)).isoformat()
        for n in range(stations):
            path = root / "playlists" / day / f"dai-{n:03d}" / PLAY_LOG
            path.parent.mkdir(parents=True, exist_ok=True)
            rows = [row for slot in ("sang", "trua", "chieu") for row in _slot(day, slot, rng)]
            path.write_text("".join(log_line(r, header=i == 0) for i, r in enumerate(rows)), encoding="utf-8")
            written += len(rows)
    return written


def _slot(day: str, slot: str, rng: random.Random) -> list[tuple[str, ...]]:
    at = f"{day}T05:30:00.000+07:00"
    rows = [(at, at, "phan-doan/mo-dau.mp3", "Giới thiệu", "", "jingle", slot, "6.0", "trọn vẹn")]
    for _ in range(8):
        item = rng.choice(list(ANNOUNCEMENTS))
        seconds = f"{rng.uniform(20, 90):.1f}"
        result = rng.choices(["trọn vẹn", "bị ngắt", "bỏ qua (tệp thiếu hoặc hỏng)"], [20, 1, 1])[0]
        rows.append((at, at, f"phan-doan/{item}.mp3", item, item, "speech", slot, seconds, result))
    rows.append((at, at, "", "VOV1", "", "relay", slot, f"{rng.uniform(300, 900):.1f}", "trọn vẹn"))
    return rows


def baseline(root: Path) -> dict[str, float]:
    """The naive loop: csv.DictReader over every play log, seconds of the rows that count, per station."""
    seconds: dict[str, float] = {}
    for path in root.glob(f"playlists/*/*/{PLAY_LOG}"):
        with path.open(encoding="utf-8", newline="") as rows:
            for row in csv.DictReader(rows):
                if row["kind"] in ("speech", "relay") and not row["result"].startswith("bỏ qua"):
                    seconds[path.parent.name] = seconds.get(path.parent.name, 0.0) + float(row["seconds"])
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=int, default=200)
    parser.add_argument("--days", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = workspace(Path(folder), args.stations)
        rows = logs(root, args.stations, args.days, random.Random(30))
        print(f"{args.stations} stations × {args.days} days: {rows:,} play-log rows")
        started = time.perf_counter()
        naive = baseline(root)
        naive_s = time.perf_counter() - started
        started = time.perf_counter()
        stats = official.statistics(root, FIRST, FIRST + timedelta(days=args.days - 1), FIRST)
        figures_s = time.perf_counter() - started
        official.csv_bytes(stats)
        official.xlsx_bytes(stats)
        total_s = time.perf_counter() - started
        _agree(stats, naive)
        print(f"baseline (csv.DictReader, seconds per station only): {naive_s:.2f} s")
        print(f"loa report --month (every figure):                   {figures_s:.2f} s")
        print(f"  with the CSV and the XLSX ({len(stats.figures):,} lines):         {total_s:.2f} s  (target ≤ 10 s)")


def _agree(stats: official.Statistics, naive: dict[str, float]) -> None:
    for station, seconds in naive.items():
        (mine,) = [f.seconds for f in stats.figures if (f.station, f.group) == (station, "tổng")]
        if abs(mine - seconds) > 0.05:  # the logs write tenths; the report sums them exactly
            raise SystemExit(f"{station}: {mine} s in the report, {seconds} s in the logs")
    print(f"every station's seconds agree with the logs to the second ({len(naive)} stations)")


if __name__ == "__main__":
    main()
