"""A district-sized workspace for bench/web.py: N announcements over a year, S stations with three slots, a
week of published days (synthetic manifests: no audio is made), and a year of play logs, both as the files the
statistics read (playlists/DAY/STATION/phat-thuc-te.csv) and as the rows the station API keeps in the database
(what the status page reads), with each station's token and last heartbeat.
"""

from __future__ import annotations

import hashlib
import json
import random
from datetime import date, datetime, timedelta
from pathlib import Path

from pipeline.adapters.database import connected
from pipeline.app import commands
from pipeline.app.published_days import version
from pipeline.domain.manifest import Item, Manifest, SlotEntry, StationEntry
from pipeline.domain.playout import COMPLETE, INTERRUPTED, PLAY_LOG, SKIPPED
from pipeline.onair.playout.playlog import log_line

NOW = datetime(2026, 8, 10, 10, 0)
SLOTS = (("sang", "05:30", "Buổi sáng"), ("trua", "11:00", "Buổi trưa"), ("chieu", "17:00", "Buổi chiều"))
SPANS = ("05:30-06:00", "11:00-11:30", "17:00-17:30")
BODY = ("UBND xã thông báo: từ ngày 10/8 đến 20/8/2026, trạm y tế tiêm vắc xin sởi cho trẻ từ 9 tháng tuổi. "
        "Liên hệ 0912 345 678 hoặc gọi 115 khi cần. ") * 14  # fmt: skip
VALID_DAYS = 7  # each announcement airs a week: some 190 are valid on any day of a 10,000-a-year district


def station_id(n: int) -> str:
    return f"xa-{n:03d}"


def announcement_id(n: int) -> str:
    return f"tin-{n:05d}"


def workspace(folder: Path, announcements: int, stations: int) -> Path:
    """The files: stations.yaml, and the announcements spread over the year before NOW (drafts and items waiting
    for approval among them; one in twenty for every station, the others for one to three)."""
    commands.init_workspace(folder, NOW)
    slots = "".join(f'      {name}: "{span}"\n' for (name, _, _), span in zip(SLOTS, SPANS, strict=True))
    text = "".join(f"  - id: {station_id(n)}\n    name: Đài xã số {n}\n    district: Lạng Giang\n    dialect: bac\n"
                   f"    slots:\n{slots}" for n in range(stations))  # fmt: skip
    (folder / "stations.yaml").write_text("stations:\n" + text, encoding="utf-8")
    folder_in = folder / "scripts_vi" / "announcements"
    for old in folder_in.glob("*.md"):
        old.unlink()
    for n in range(announcements):
        (folder_in / f"{announcement_id(n)}.md").write_text(_announcement(n, announcements, stations), encoding="utf-8")
    return folder


def _announcement(n: int, total: int, stations: int) -> str:
    first = first_day(n, total)
    targets = "all" if n % 20 == 0 else "[" + ", ".join(station_id((n * 7 + k) % stations) for k in range(n % 3 + 1))
    status = {0: "status: nhap\n", 1: "status: cho-duyet\n"}.get(n % 10, "")
    return (f"---\ntitle: Thông báo số {n}\nvalid_from: {first}\nvalid_until: {first + timedelta(VALID_DAYS - 1)}\n"
            f"stations: {targets}{']' if targets != 'all' else ''}\nslots: [{SLOTS[n % 3][0]}]\n{status}---\n"
            f"{BODY[: 300 + n % 700]}\n")  # fmt: skip


def first_day(n: int, total: int) -> date:
    return NOW.date() - timedelta(days=360) + timedelta(days=n * 367 // total)


def published(root: Path, stations: int, days: int, announcements: int) -> dict[str, dict[str, str]]:
    """Today's and the next days' manifests; each station's version of each day (what its heartbeat says)."""
    versions: dict[str, dict[str, str]] = {station_id(n): {} for n in range(stations)}
    for offset in range(days):
        day = NOW.date() + timedelta(days=offset)
        entries = tuple(_entry(station_id(n), n, day, announcements) for n in range(stations))
        folder = root / "playlists" / day.isoformat()
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "manifest.json").write_text(Manifest(day.isoformat(), entries).to_json(), encoding="utf-8")
        for entry in entries:
            versions[entry.id][day.isoformat()] = version(entry)
    return versions


def _entry(station: str, n: int, day: date, announcements: int) -> StationEntry:
    slots = []
    for k, (name, start, label) in enumerate(SLOTS):
        items = [_item(f"{announcement_id((n + day.toordinal() * 27 + k * 8 + i) % announcements)}", i)
                 for i in range(8)]  # fmt: skip
        slots.append(SlotEntry(station, name, label, start, 1800, f"{day}_{name}.mp3", f"{name}.m3u8",
                               sum(i.duration for i in items), _sha(station, day, name), False, tuple(items)))  # fmt: skip
    return StationEntry(station, f"Đài xã số {n}", tuple(slots))


def _item(key: str, i: int) -> Item:
    return Item(f"phan-doan/{key}.mp3", key, key, "speech", i * 60.0, 55.0, _sha(key), -16.0, -1.5, 0.4, "espeak")


def _sha(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def logs(root: Path, stations: int, days: int, announcements: int, rng: random.Random) -> int:
    """Every station's play log of each of the `days` before today, as files and as the API's rows; the rows."""
    written = 0
    with connected(root) as db:
        for offset in range(days, 0, -1):
            day = NOW.date() - timedelta(days=offset)
            batch = []
            for n in range(stations):
                rows = [row for slot in SLOTS for row in _slot(day, slot, announcements, rng)]
                path = root / "playlists" / day.isoformat() / station_id(n) / PLAY_LOG
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text("".join(log_line(r, header=i == 0) for i, r in enumerate(rows)), encoding="utf-8")
                batch += [(station_id(n), f"{day}-{i}", day.isoformat(), *r, "") for i, r in enumerate(rows)]
            db.executemany("INSERT INTO station_playlog VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch)
            written += len(batch)
    return written


def _slot(day: date, slot: tuple[str, str, str], announcements: int, rng: random.Random) -> list[tuple[str, ...]]:
    name, start, _ = slot
    at = f"{day}T{start}:00.000+07:00"
    rows = [(at, at, "phan-doan/mo-dau.mp3", "Giới thiệu", "", "jingle", name, "6.0", COMPLETE)]
    for _ in range(8):
        key = announcement_id(rng.randrange(announcements))
        result = rng.choices([COMPLETE, INTERRUPTED, SKIPPED], [20, 1, 1])[0]
        rows.append((at, at, f"phan-doan/{key}.mp3", key, key, "speech", name, f"{rng.uniform(20, 90):.1f}", result))
    return rows


def on_the_line(root: Path, versions: dict[str, dict[str, str]]) -> None:
    """A token and a recent heartbeat for every station (one in ten a day behind, one in twenty silent)."""
    since = (NOW - timedelta(days=400)).isoformat(timespec="seconds")
    with connected(root) as db:
        for n, (station, held) in enumerate(versions.items()):
            db.execute("INSERT INTO station_tokens (station, hash, created) VALUES (?, ?, ?)",
                       (station, _sha(station), since))  # fmt: skip
            days = {day: ("cu" if n % 10 == 0 and k == 1 else v) for k, (day, v) in enumerate(held.items())}
            beat = NOW - timedelta(seconds=3600 if n % 20 == 0 else 20)
            body = {"days": days, "playing": {}}
            db.execute("INSERT INTO station_heartbeats VALUES (?, ?, ?)",
                       (station, beat.isoformat(timespec="seconds"), json.dumps(body)))  # fmt: skip
