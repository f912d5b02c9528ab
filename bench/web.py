"""Web app response times at district scale: 10,000 announcements, 200 stations, a year of play logs.

Run: .venv/bin/python -m bench.web [--announcements 10000] [--stations 200] [--log-days 365] [--runs 40]
Prints, per page, the first request (cold: every file parsed once), the 50th and 95th percentile of the next ones
(the Flask test client, signed in as an approver, who sees every page), a baseline measured in the same run and
the target: pages (the list, the calendar's day and week, "Tình trạng các đài", the month's Thống kê and `loa report
--month`) p95 <= 200 ms, live lint of a 3,000-character body <= 100 ms. The machine may be shared: compare a page
with its baseline, which bears the same load. Baselines: the least each page's data asks for without Loa (a stat of
every announcement file; reading the published manifests; csv over the month's play logs) or a page that reads
nothing (the guide).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from flask.testing import FlaskClient

from pipeline.app import accounts
from pipeline.app import statistics as official
from pipeline.domain.playout import PLAY_LOG
from pipeline.web import create_app

from . import district
from .district import NOW

PUBLISHED_DAYS = 7
MONTH = (NOW.date().replace(day=1) - timedelta(days=1)).replace(day=1)  # last month: what /thong-ke opens on


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--announcements", type=int, default=10_000)
    parser.add_argument("--stations", type=int, default=200)
    parser.add_argument("--log-days", type=int, default=365, help="days of play logs before today")
    parser.add_argument("--runs", type=int, default=40, help="timed requests per page (fewer for a page over 1 s)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        root = _district(Path(tmp) / "ws", args)
        print(f"made in {time.perf_counter() - started:.0f} s; times in ms, p95 over up to {args.runs} runs")
        client = _signed_in(root)
        print(f"{'page':30} {'cold':>8} {'p50':>8} {'p95':>8} {'target':>7}   baseline (same run): p50")
        for name, (call, target, base, base_name) in _cases(root, client, args.announcements).items():
            cold, times = timed(call, args.runs)
            _, floor = timed(base, min(args.runs, 10))
            print(f"{name:30} {cold * 1000:8.1f} {_ms(times, 50):8.1f} {_ms(times, 95):8.1f} {target:7}   "
                  f"{statistics.median(floor) * 1000:8.1f}  {base_name}")  # fmt: skip


def _district(root: Path, args: argparse.Namespace) -> Path:
    district.workspace(root, args.announcements, args.stations)
    versions = district.published(root, args.stations, PUBLISHED_DAYS, args.announcements)
    district.on_the_line(root, versions)
    rows = district.logs(root, args.stations, args.log_days, args.announcements, random.Random(31))
    print(f"{args.announcements:,} announcements, {args.stations} stations, {PUBLISHED_DAYS} published days, "
          f"{args.log_days} days of play logs ({rows:,} rows)")  # fmt: skip
    return root


def _signed_in(root: Path) -> FlaskClient:
    accounts.add_user(root, "lanh-dao", "approver", (), "mat-khau-123", NOW)
    client = create_app(root, now=lambda: NOW).test_client()
    token = _csrf(client.get("/dang-nhap").text)
    client.post("/dang-nhap", data={"name": "lanh-dao", "password": "mat-khau-123", "csrf": token})
    return client


def _csrf(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    if found is None:
        raise SystemExit("no CSRF token on the page: did signing in fail?")
    return found[1]


Case = tuple[Callable[[], object], str, Callable[[], object], str]


def _cases(root: Path, client: FlaskClient, announcements: int) -> dict[str, Case]:
    csrf = _csrf(client.get("/lich").text)
    body = (district.BODY * 2)[:3000]
    month, station, day = f"{MONTH:%Y-%m}", district.station_id(42), NOW.date() + timedelta(days=2)
    first, last = official.period_of(month)

    def get(url: str) -> Callable[[], object]:
        return lambda: _ok(client.get(url))

    guide = get("/huong-dan"), "the guide (reads no workspace file)"
    listing = (lambda: _stat_all(root)), "stat of every announcement file"
    one, week = lambda: _manifests(root, 1), lambda: _manifests(root, PUBLISHED_DAYS)
    logs = (lambda: _naive_month(root)), "csv.reader over the month's play logs"
    lint = (lambda: _ok(client.post("/tin/xem-truoc", data={"title": "Tin", "body": body},
                                    headers={"X-CSRF-Token": csrf})))  # fmt: skip
    return {
        "list": (get("/tin"), "200", *listing),
        "list, searched": (get("/tin?q=so+12"), "200", *listing),
        "calendar, one day": (get(f"/lich?dai={station}&ngay={day}"), "200", one, "json of its manifest"),
        "calendar, week": (get(f"/lich?dai={station}&ngay={day}&xem=tuan"), "200", week, "json of 7 manifests"),
        "Tình trạng các đài": (get("/tinh-trang"), "200", week, "json of 7 manifests"),
        "  its refresh (cap-nhat)": (get("/tinh-trang/cap-nhat"), "200", week, "json of 7 manifests"),
        "Thống kê, a month": (get(f"/thong-ke?thang={month}"), "200", *logs),
        "loa report --month": (lambda: official.statistics(root, first, last, NOW.date()), "200", *logs),
        "editor page": (get(f"/tin/{district.announcement_id(announcements // 2)}"), "200", *guide),
        "live lint, 3,000 chars": (lint, "100", *guide),
    }


def _ok(response: object) -> object:
    code = getattr(response, "status_code", 200)
    if code != 200:
        raise SystemExit(f"the page answered {code}")
    return response


def _stat_all(root: Path) -> int:
    return sum(entry.stat().st_size for entry in os.scandir(root / "scripts_vi" / "announcements"))


def _manifests(root: Path, days: int) -> int:
    return sum(len(json.loads((root / "playlists" / str(NOW.date() + timedelta(days=n)) / "manifest.json")
                              .read_text(encoding="utf-8"))["stations"]) for n in range(days))  # fmt: skip


def _naive_month(root: Path) -> float:
    seconds = 0.0
    for path in root.glob(f"playlists/{MONTH:%Y-%m}-*/*/{PLAY_LOG}"):
        with path.open(encoding="utf-8", newline="") as rows:
            seconds += sum(float(row["seconds"]) for row in csv.DictReader(rows) if row["kind"] == "speech")
    return seconds


def timed(call: Callable[[], object], runs: int) -> tuple[float, list[float]]:
    """The first call's time, then `runs` more (fewer when one takes over a second: the bench stays minutes)."""
    start = time.perf_counter()
    call()
    cold = time.perf_counter() - start
    times = []
    for _ in range(max(3, min(runs, int(20 / max(cold, 0.001))))):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return cold, times


def _ms(times: list[float], percentile: int) -> float:
    if percentile == 50:
        return statistics.median(times) * 1000
    return statistics.quantiles(times, n=20)[-1] * 1000


if __name__ == "__main__":
    main()
