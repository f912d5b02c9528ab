"""Planning with plain dates: validity, targets, priority order, repeats."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from pipeline.build import plan as planning
from pipeline.build.check import load_workspace
from pipeline.build.plan import make_plan
from pipeline.domain.model import Announcement, Priority, Slot, Station, Workspace
from pipeline.domain.settings import Settings

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
    return {
        (p.station.id, s.slot.name): [f"{i.announcement.id}{'+' * i.repeat_index}" for i in s.items]
        for p in make_plan(ws, day).stations
        for s in p.slots
    }


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
    assert [p.station.id for p in make_plan(ws, date(2021, 8, 10), ["b"]).stations] == ["b"]


def notes(
    *items: Announcement, day: date = date(2021, 8, 10), stations: tuple[Station, ...] = (A, B)
) -> list[tuple[str, str, str, str]]:
    ws = Workspace(Path("."), Settings(), stations, items)
    return [(n.station, n.slot, n.announcement_id, n.what) for n in make_plan(ws, day).notes]


def test_weekdays() -> None:
    thu_hai_tu_sau = item("n", days=(0, 2, 4))  # t2, t4, t6
    assert plan(thu_hai_tu_sau, day=date(2021, 8, 9))[("a", "sang")] == ["n"]  # a Monday
    assert plan(thu_hai_tu_sau, day=date(2021, 8, 10)) == {}  # a Tuesday
    assert plan(thu_hai_tu_sau, day=date(2021, 8, 13))[("a", "sang")] == ["n"]  # a Friday


def test_times_bound_the_first_and_last_day() -> None:
    notice = item(
        "n", valid_from=date(2021, 8, 10), from_time=time(12, 0), valid_until=date(2021, 8, 11), until_time=time(12, 0)
    )
    assert plan(notice, day=date(2021, 8, 10)) == {("a", "chieu"): ["n"]}  # 05:30 is before it is valid
    assert plan(notice, day=date(2021, 8, 11)) == {("a", "sang"): ["n"], ("b", "sang"): ["n"]}  # 17:00 is after


def test_a_newer_notice_supersedes_an_older_one() -> None:
    old, new = item("lich-cu"), item("lich-moi", supersedes="lich-cu", valid_from=date(2021, 8, 10))
    assert plan(old, new, day=date(2021, 8, 9))[("b", "sang")] == ["lich-cu"]
    assert plan(old, new, day=date(2021, 8, 10))[("b", "sang")] == ["lich-moi"]
    assert ("b", "sang", "lich-cu", "superseded by lich-moi") in notes(old, new)


def test_spread_repeats_go_to_different_slots() -> None:
    result = plan(item("rai", repeat=3, spread=True), item("thuong"))
    assert result[("a", "sang")] == ["rai", "thuong", "rai+"]  # the third airing wraps round, as a repeat
    assert result[("a", "chieu")] == ["rai", "thuong"]
    assert result[("b", "sang")] == ["rai", "thuong", "rai+", "rai++"]  # one slot: all three there


def long_item(id: str, priority: Priority = Priority.THUONG, minutes: float = 10, **fields: object) -> Announcement:
    words = int((minutes * 60 - 12) * 3)  # estimate_seconds: words / 3 + 12 s
    return item(id, priority, body=" ".join(["chữ"] * words), **fields)


def test_an_overfull_slot_keeps_emergency_items_and_reports_the_rest() -> None:
    items = (
        long_item("thuong-1"),
        long_item("khan", Priority.KHAN_CAP, stations=("b",)),
        long_item("thuong-2"),
        long_item("thuong-3"),
    )
    ws = Workspace(Path("."), Settings(), (B,), items)
    result = make_plan(ws, date(2021, 8, 10))
    kept = [i.announcement.id for i in result.stations[0].slots[0].items]
    assert kept[0] == "khan" and len(kept) == 2  # 30 min slot: the frame, 10 min emergency, one 10 min normal item
    dropped = [(n.announcement_id, n.what) for n in result.notes]
    assert len(dropped) == 2 and all(what == "did not fit the slot; waits for a later day" for _, what in dropped)


def test_items_left_out_rotate_from_day_to_day() -> None:
    items = tuple(long_item(f"t{n}", minutes=15) for n in range(3))  # a 30 min slot holds the frame and one of them
    ws = Workspace(Path("."), Settings(), (B,), items)
    aired = [
        {i.announcement.id for i in make_plan(ws, date(2021, 8, d)).stations[0].slots[0].items} for d in (10, 11, 12)
    ]
    assert all(len(day) == 1 for day in aired)
    assert set.union(*aired) == {"t0", "t1", "t2"}  # over three days each got its turn


def test_a_priority_item_that_overfills_is_never_dropped() -> None:
    ws = Workspace(Path("."), Settings(), (B,), (long_item("uu", Priority.UU_TIEN, minutes=40),))
    result = make_plan(ws, date(2021, 8, 10))
    assert [i.announcement.id for i in result.stations[0].slots[0].items] == ["uu"]
    assert result.stations[0].slots[0].overfull
    assert any("emergency and priority items alone need" in n.what for n in result.notes)


def test_a_recently_expired_notice_is_reported() -> None:
    assert ("b", "", "cu", "expired on 2021-08-08; no longer airs") in notes(item("cu", valid_until=date(2021, 8, 8)))


def test_the_script_step_fills_in_the_plans_tree_not_a_copy_of_another_shape(mini_ws: Path) -> None:
    """One station -> slot -> item tree (domain/day.py): the scripted slots are the planned ones with segments."""
    from pipeline.build.check import load_workspace
    from pipeline.build.program import ProgramWriter

    workspace = load_workspace(mini_ws)
    planned = make_plan(workspace, date(2021, 8, 10))
    scripted = ProgramWriter(workspace).programs(planned, date(2021, 8, 10))
    assert [p.station for p in scripted] == [p.station for p in planned.stations]
    for plan_day, script_day in zip(planned.stations, scripted, strict=True):
        for plan_slot, script_slot in zip(plan_day.slots, script_day.slots, strict=True):
            assert plan_slot.segments == () and script_slot.segments
            assert script_slot == plan_slot.scripted(script_slot.segments)  # items, estimate, overfull carried on
            spoken = [s.announcement_id for s in script_slot.segments if s.announcement_id]
            assert spoken == [i.announcement.id for i in script_slot.items]


def test_plans_made_station_by_station_count_each_text_once_and_plan_alike(
    sample_ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An emergency plans every station alone before it airs: each announcement's words are counted once for all
    of them (`counted_once`), and every plan is the plan made without it."""
    workspace, day = load_workspace(sample_ws), date(2021, 8, 10)
    alone = [make_plan(workspace, day, [s.id]) for s in workspace.stations]
    counted: list[str] = []
    original = planning.estimate_seconds
    monkeypatch.setattr(
        planning, "estimate_seconds", lambda item, station=None: counted.append(item.id) or original(item)
    )
    estimate = planning.counted_once()
    assert [make_plan(workspace, day, [s.id], estimate) for s in workspace.stations] == alone
    assert len(workspace.stations) > 1 and counted and len(counted) == len(set(counted))
