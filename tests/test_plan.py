"""Planning with plain dates: validity, targets, priority order, repeats."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from pipeline.model import Announcement, Priority, Slot, Station, Workspace
from pipeline.plan import make_plan
from pipeline.settings import Settings

SANG = Slot("sang", time(5, 30), time(6, 0))
CHIEU = Slot("chieu", time(17, 0), time(17, 30))
A = Station("a", "Đài A", "", "bac", (SANG, CHIEU))
B = Station("b", "Đài B", "", "nam", (SANG,))


def item(id: str, priority: Priority = Priority.THUONG, **fields: object) -> Announcement:
    values: dict[str, object] = {
        "title": id, "valid_from": date(2021, 8, 1), "valid_until": date(2021, 8, 31), "stations": None,
        "slots": None, "repeat": 1, "template": None, "body": "x", "file": Path(f"{id}.md"), "body_line": 5,
    } | fields  # fmt: skip
    return Announcement(id=id, priority=priority, **values)  # type: ignore[arg-type]


def plan(*items: Announcement, day: date = date(2021, 8, 10)) -> dict[tuple[str, str], list[str]]:
    ws = Workspace(Path("."), Settings(), (A, B), items)
    return {(p.station.id, s.slot.name): [f"{i.announcement.id}{'+' * i.repeat_index}" for i in s.items] for p in make_plan(ws, day) for s in p.slots}


def test_validity_is_inclusive() -> None:
    notice = item("n", valid_from=date(2021, 8, 10), valid_until=date(2021, 8, 12))
    assert plan(notice, day=date(2021, 8, 9)) == {}
    assert plan(notice, day=date(2021, 8, 10))[("a", "sang")] == ["n"]
    assert plan(notice, day=date(2021, 8, 12))[("a", "sang")] == ["n"]
    assert plan(notice, day=date(2021, 8, 13)) == {}


def test_open_ended_validity() -> None:
    assert plan(item("n", valid_from=None, valid_until=None), day=date(2030, 1, 1))[("b", "sang")] == ["n"]


def test_priority_order_then_file_order() -> None:
    items = (item("thuong-1"), item("khan", Priority.KHAN_CAP), item("uu", Priority.UU_TIEN), item("thuong-2"))
    assert plan(*items)[("a", "sang")] == ["khan", "uu", "thuong-1", "thuong-2"]


def test_station_and_slot_targets() -> None:
    result = plan(item("chi-a-chieu", stations=("a",), slots=("chieu",)))
    assert result == {("a", "chieu"): ["chi-a-chieu"]}


def test_repeats_follow_first_airings() -> None:
    result = plan(item("hai-lan", repeat=2), item("mot-lan"))
    assert result[("a", "sang")] == ["hai-lan", "mot-lan", "hai-lan+"]


def test_only_requested_stations() -> None:
    ws = Workspace(Path("."), Settings(), (A, B), (item("n"),))
    assert [p.station.id for p in make_plan(ws, date(2021, 8, 10), ["b"])] == ["b"]
