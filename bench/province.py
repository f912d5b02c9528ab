"""Province-scale benchmark: a synthetic province, built cold, unchanged, with one change, and an emergency.

Generates (seeded, deterministic) N stations across districts and dialects and M
announcements of realistic length and mix (priorities, validity windows, repeats,
district targets), then measures each build. Runs again with 10 x N stations and
the same announcements, so the growth is visible.

With --peer, the cold build beside the naive script a district would otherwise write (bench/naive.py)
on the same workspace, in the same run, `--repeat` times: CPU seconds of each (this process and
every child: ffmpeg, espeak-ng, render workers) and the ratio.

With --cluster, the same on a local Dask cluster of `--workers` worker processes
(or on the scheduler at ADDRESS), then a national projection: per-task overhead,
renders per station per night (a next-day rebuild), and the time for 10,000
stations on N workers.

Run: .venv/bin/python -m bench.province [--stations 10] [--announcements 12] [--workers 0] [--cluster [ADDRESS]] [--peer [--repeat 3]]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import resource
import shutil
import tempfile
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from pipeline.adapters.clock import VIETNAM
from pipeline.adapters.proc import Runner
from pipeline.app.emergency import emergency
from pipeline.build.steps import build

from . import naive

SAMPLE = Path(__file__).resolve().parent.parent / "pipeline" / "sample"
DAY = date(2021, 8, 10)
NAMES = [
    "Tân Dĩnh",
    "Xương Lâm",
    "Thủ Thừa",
    "An Bình",
    "Hòa Phú",
    "Mỹ Lộc",
    "Phú Xuân",
    "Đông Hưng",
    "Tây Sơn",
    "Nam Thanh",
    "Bình Minh",
    "Hưng Đạo",
]
DISTRICTS = [
    ("Lạng Giang", "bac"),
    ("Yên Dũng", "bac"),
    ("Thủ Thừa", "nam"),
    ("Cần Đước", "nam"),
    ("Hương Thủy", "trung"),
]
SENTENCES = [
    "Thực hiện nghiêm thông điệp 5K của Bộ Y tế: khẩu trang, khử khuẩn, khoảng cách, không tụ tập, khai báo y tế.",
    "Bà con cài đặt ứng dụng Bluezone trên điện thoại thông minh để được cảnh báo khi tiếp xúc gần với người mắc bệnh.",
    "Mọi thắc mắc xin gọi đường dây nóng 19009095 hoặc liên hệ Trạm Y tế xã.",
    "Không chia sẻ thông tin chưa được kiểm chứng trên mạng xã hội Facebook, Zalo.",
    "Ủy ban nhân dân xã đề nghị các hộ gia đình chủ động phòng, chống dịch bệnh.",
    "Lịch tiêm vắc xin được thông báo trên Cổng thông tin điện tử của huyện từ ngày 05/8/2021.",
    "Người dân từ 18 tuổi trở lên mang theo căn cước công dân khi đến điểm tiêm.",
    "Các trường hợp có triệu chứng sốt, ho, khó thở cần báo ngay cho y tế địa phương.",
]


def workspace(root: Path, stations: int, announcements: int, seed: int = 1) -> Path:
    rng = random.Random(seed)
    shutil.copytree(SAMPLE, root)
    for old in (root / "scripts_vi" / "announcements").glob("*.md"):
        old.unlink()
    lines = ["stations:"]
    for n in range(stations):
        district, dialect = DISTRICTS[n % len(DISTRICTS)]
        minute = 30 + (n % 3) * 10
        name = f"Đài Truyền thanh xã {NAMES[n % len(NAMES)]} {_words(n)}"
        lines += [
            f"  - id: xa-{n:04d}",
            f"    name: {name}",
            f"    district: {district}",
            f"    dialect: {dialect}",
            "    slots:",
        ]
        lines += [f'      sang: "05:{minute:02d}-06:{minute:02d}"', f'      chieu: "17:{minute:02d}-18:{minute:02d}"']
    (root / "stations.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for n in range(announcements):
        _announcement(root, n, rng)
    return root


def _words(n: int) -> str:
    """A speakable number for station names: "số mười hai" (no digits in names)."""
    digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
    return "số " + " ".join(digits[int(d)] for d in str(n))


def _announcement(root: Path, n: int, rng: random.Random) -> None:
    priority = "khan-cap" if n == 0 else "uu-tien" if n < 3 else "thuong"
    body = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(3, 6)))
    start, end = rng.randint(1, 9), rng.randint(10, 31)
    target = "\nstations: [xa-0000, xa-0001]" if n == 0 else ""
    validity = f"valid_from: 2021-08-{start:02d}\nvalid_until: 2021-08-{end:02d}"
    front = f"title: Thông báo số {_words(n + 1)}\npriority: {priority}\n{validity}\nrepeat: {1 + (n % 3 == 1)}{target}"
    (root / "scripts_vi" / "announcements" / f"tb-{n:02d}.md").write_text(
        f"---\n{front}\n---\n{body}\n", encoding="utf-8"
    )


def peak_mb() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return max(me.ru_maxrss, kids.ru_maxrss) / 1024


def cpu() -> float:
    """CPU seconds of this process and its finished children (ffmpeg, espeak-ng, pool workers)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def timed(label: str, root: Path, workers: int, change: bool = False, cluster: str = "", day: date = DAY) -> Report:
    if change:
        item = sorted((root / "scripts_vi" / "announcements").glob("tb-*.md"))[-1]
        item.write_text(
            item.read_text(encoding="utf-8").replace("\n---\n", "\n---\nXin thông báo thêm.\n", 1), encoding="utf-8"
        )
    runner = Runner()
    start, start_cpu, start_workers = time.perf_counter(), cpu(), workers_cpu(cluster)
    report = build(root, day, runner=runner, workers=workers, cluster=cluster)
    elapsed, used, on_workers = time.perf_counter() - start, cpu() - start_cpu, workers_cpu(cluster) - start_workers
    print(f"  {label:26} {elapsed:7.1f} s  cpu {used:7.1f} s  rendered {report.rendered:4}  reused {report.reused:5}  "
          f"{report.seconds / 60:7.1f} min of audio  {runner.spawned:5} processes"
          + (f"  cluster workers' cpu {on_workers:6.1f} s" if cluster else ""))  # fmt: skip
    return Report(elapsed, report.rendered, used, on_workers)


@dataclass(frozen=True)
class Report:
    seconds: float
    rendered: int
    cpu: float = 0.0  # this process and its finished children
    workers_cpu: float = 0.0  # the cluster's workers and their children (ffmpeg, espeak-ng), when on a cluster


def peer(stations: int, announcements: int, workers: int, repeat: int) -> None:
    """Loa's cold build and the naive script on the same fresh workspace, `repeat` times; CPU of each, the ratio."""
    ratios = []
    for n in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            root = workspace(Path(tmp) / "province", stations, announcements)
            print(f"run {n + 1}: {stations} stations, {announcements} announcements, {workers} workers")
            loa = timed("Loa cold build", root, workers)
            start, start_cpu = time.perf_counter(), cpu()
            slots = naive.run(root, DAY, Path(tmp) / "naive")
            elapsed, used = time.perf_counter() - start, cpu() - start_cpu
            print(f"  {'naive script (peer)':26} {elapsed:7.1f} s  cpu {used:7.1f} s  {slots} slot files")
            ratios.append(used / loa.cpu)
            print(f"  peer / Loa CPU: {ratios[-1]:.2f} x")
    ratios.sort()
    print(f"peer / Loa CPU, median of {repeat}: {ratios[len(ratios) // 2]:.2f} x (goal: 5 x)")


def emergency_path(root: Path, tmp: Path) -> float:
    source = tmp / "bao-khan.md"
    source.write_text(
        "---\ntitle: Bão khẩn cấp\npriority: khan-cap\nstations: [xa-0001]\n---\nBão số năm sắp đổ bộ, bà con không ra khơi.\n"
    )
    start = time.perf_counter()
    emergency(root, source, (), datetime(2021, 8, 10, 5, 45, tzinfo=VIETNAM))
    elapsed = time.perf_counter() - start
    print(f"  {'emergency (1 station)':26} {elapsed:7.1f} s")
    return elapsed


def run(stations: int, announcements: int, workers: int, cluster: str = "") -> tuple[Report, Report]:
    """Cold build, rebuilds, an emergency; (cold, next day) figures."""
    with tempfile.TemporaryDirectory() as tmp:
        root = workspace(Path(tmp) / "province", stations, announcements)
        print(f"{stations} stations, {announcements} announcements, {workers} workers {cluster}")
        cold = timed("cold build", root, workers, cluster=cluster)
        timed("no-change rebuild", root, workers, cluster=cluster)
        timed("one announcement changed", root, workers, change=True, cluster=cluster)
        next_day = timed("next day", root, workers, cluster=cluster, day=DAY + timedelta(days=1))
        emergency_path(root, Path(tmp))
        print(f"  peak memory (largest process): {peak_mb():.0f} MB")
        return cold, next_day


def task_overhead(address: str, tasks: int = 500) -> float:
    """Seconds the cluster spends per task on tasks that do nothing (scheduling, sending, results)."""
    from distributed import Client

    with Client(address) as client:
        start = time.perf_counter()
        client.gather(client.map(_nothing, range(tasks), pure=False))
        return (time.perf_counter() - start) / tasks


def _nothing(n: int) -> int:
    return n


def workers_cpu(address: str) -> float:
    """CPU seconds the cluster's workers and their finished children have used so far (0 without a cluster).

    Unlike wall time, this does not grow when other work shares the machine."""
    if not address:
        return 0.0
    from distributed import Client

    with Client(address) as client:
        return sum(client.run(cpu).values())


def projection(address: str, workers: int, stations: int, cold: Report, next_day: Report) -> None:
    """10,000 stations on N workers, from this run's figures: a next-day build's renders and workers' CPU per
    station (what a night costs once the stations' own parts are stored), and the scheduler's cost per task.

    Workers' CPU, not wall time, so that other work on the machine does not inflate it; the build's own
    process (plan, scripts, assembly, publish) runs on each province's machine, beside the cluster."""
    overhead = task_overhead(address)
    nightly, per_station = next_day.rendered / stations, next_day.workers_cpu / stations
    print(f"national projection: the scheduler's cost {overhead * 1000:.1f} ms per task (500 empty tasks)")
    print(f"  cold build: {cold.rendered} renders, {cold.seconds * workers / max(cold.rendered, 1):.2f} worker-s "
          f"(wall) and {cold.workers_cpu / max(cold.rendered, 1):.2f} worker CPU-s per render")  # fmt: skip
    print(f"  next day: {nightly:.2f} renders and {per_station:.3f} worker CPU-s per station "
          f"({next_day.workers_cpu / max(next_day.rendered, 1):.3f} per render); the build's own process "
          f"{next_day.cpu / stations:.3f} CPU-s per station; wall {next_day.seconds:.1f} s")  # fmt: skip
    for n in (8, 32, 128):
        night = 10_000 * (per_station / n + nightly * overhead)
        print(f"  10,000 stations, {n:3} workers: about {night / 60:5.1f} min per night")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stations", type=int, default=10)
    parser.add_argument("--announcements", type=int, default=12)
    parser.add_argument("--workers", type=int, default=0)
    parser.add_argument("--cluster", nargs="?", const="local", default="", help="a scheduler address, or local")
    parser.add_argument("--peer", action="store_true", help="cold build beside the naive script, CPU ratio")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    workers = args.workers or os.cpu_count() or 1
    if args.peer:
        peer(args.stations, args.announcements, workers, args.repeat)
        return
    with contextlib.ExitStack() as stack:
        address = args.cluster
        if args.cluster == "local":
            from distributed import LocalCluster

            local = stack.enter_context(LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None))
            address = local.scheduler_address
        small, _ = run(args.stations, args.announcements, workers, address)
        large, next_day = run(args.stations * 10, args.announcements, workers, address)
        print(f"cold build, {args.stations * 10} vs {args.stations} stations: {large.seconds / small.seconds:.2f} x "
              f"the time; per added station {(large.seconds - small.seconds) / (args.stations * 9):.2f} s")  # fmt: skip
        if address:
            projection(address, workers, args.stations * 10, large, next_day)


if __name__ == "__main__":
    main()
