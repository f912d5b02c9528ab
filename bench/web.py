"""Web app response times on a district-sized workspace: 1,000 announcements, 100 stations.

Run: .venv/bin/python -m bench.web
Prints the 50th and 95th percentile of the list, calendar (day and week) and editor pages, and of live lint
(the spoken text and findings) for a 3,000-character body. Targets: pages under 200 ms, live lint under 100 ms
at the 95th percentile. The first request of each page (cold: every file parsed once) is shown apart.
"""

from __future__ import annotations

import re
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from pipeline.app import accounts, commands
from pipeline.web import create_app

NOW = datetime(2021, 8, 9, 10, 0)
BODY = ("UBND xã thông báo: từ ngày 10/8 đến 20/8/2021, trạm y tế tiêm vắc xin sởi cho trẻ từ 9 tháng tuổi. "
        "Liên hệ 0912 345 678 hoặc gọi 115 khi cần. ") * 14  # fmt: skip


def workspace(folder: Path) -> Path:
    commands.init_workspace(folder, NOW)
    slots = '      sang: "05:30-06:00"\n      chieu: "17:00-17:30"\n'
    stations = "".join(f"  - id: xa-{n:03d}\n    name: Đài xã số {n}\n    district: Lạng Giang\n    dialect: bac\n"
                       f"    slots:\n{slots}" for n in range(100))  # fmt: skip
    (folder / "stations.yaml").write_text("stations:\n" + stations, encoding="utf-8")
    folder_in = folder / "scripts_vi" / "announcements"
    for old in folder_in.glob("*.md"):
        old.unlink()
    for n in range(1000):
        targets = "all" if n % 3 else f"[xa-{n % 100:03d}, xa-{(n + 7) % 100:03d}]"
        (folder_in / f"tin-{n:04d}.md").write_text(
            f"---\ntitle: Thông báo số {n}\nvalid_from: 2021-08-0{1 + n % 9}\nvalid_until: 2021-08-{10 + n % 19}\n"
            f"stations: {targets}\nslots: [sang]\n---\n{BODY[: 300 + n % 700]}\n", encoding="utf-8")  # fmt: skip
    return folder


def timed(call: Callable[[], object], runs: int) -> tuple[float, list[float]]:
    start = time.perf_counter()
    call()
    cold = time.perf_counter() - start
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return cold, times


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = workspace(Path(tmp) / "ws")
        accounts.add_user(root, "bien-tap", "editor", (), "mat-khau-123", NOW)
        app = create_app(root, now=lambda: NOW)
        client = app.test_client()
        token = re.search(r'name="csrf" value="([^"]+)"', client.get("/dang-nhap").text)[1]  # type: ignore[index]
        client.post("/dang-nhap", data={"name": "bien-tap", "password": "mat-khau-123", "csrf": token})
        csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/lich").text)[1]  # type: ignore[index]
        body = (BODY * 2)[:3000]
        cases = {
            "list (1,000 rows)": lambda: client.get("/tin"),
            "list, searched": lambda: client.get("/tin?q=so+12"),
            "calendar, one day": lambda: client.get("/lich?dai=xa-042&ngay=2021-08-12"),
            "calendar, week": lambda: client.get("/lich?dai=xa-042&ngay=2021-08-12&xem=tuan"),
            "editor page": lambda: client.get("/tin/tin-0500"),
            "live lint, 3,000 chars": lambda: client.post(
                "/tin/xem-truoc", data={"title": "Tin", "body": body}, headers={"X-CSRF-Token": csrf}
            ),
        }
        print(f"{'page':26} {'cold':>8} {'p50':>8} {'p95':>8}   (ms, 40 runs)")
        for name, call in cases.items():
            cold, times = timed(call, 40)
            p95 = statistics.quantiles(times, n=20)[-1]
            print(f"{name:26} {cold * 1000:8.1f} {statistics.median(times) * 1000:8.1f} {p95 * 1000:8.1f}")


if __name__ == "__main__":
    main()
