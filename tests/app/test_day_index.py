"""The calendar's index by validity (app/day_index.py): a day planned over the announcements its plan reads is the
day planned over all of them, notes included, and the index follows a changed announcement."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

from pipeline.app.day_index import ByValidity
from pipeline.build.plan import Plan, make_plan
from pipeline.domain.model import Priority, Workspace
from pipeline.domain.settings import Settings

from ..build.test_plan import A, B, item

FIRST = date(2021, 8, 1)
DAYS = [FIRST + timedelta(days=n) for n in range(45)]
ITEMS = (
    item("thang-tam"),  # all August
    item("thang-tam-hmn", valid_from=date(2021, 8, 20), language="hmn", version_of="thang-tam"),  # named when missing
    item("mai-mai", valid_from=None, valid_until=None),
    item("tuan-dau", valid_until=date(2021, 8, 7), stations=("a",)),  # expires: a week of notes after
    item("tuan-dau-hmn", valid_until=date(2021, 8, 20), language="hmn", version_of="tuan-dau"),
    item("moi", valid_from=date(2021, 8, 20), valid_until=None, created=date(2021, 8, 25), priority=Priority.UU_TIEN),
    item("thu-hai", days=(0,), valid_until=date(2021, 9, 5)),
    item("thay-the", valid_from=date(2021, 8, 15), supersedes="thang-tam", slots=("chieu",)),
    item("cho-duyet", valid_from=date(2021, 8, 10), valid_until=date(2021, 8, 12), status="cho-duyet"),
    item("chi-b", valid_from=date(2021, 9, 1), valid_until=date(2021, 9, 9), stations=("b",)),
)


def plans(workspace: Workspace, index: ByValidity) -> list[Plan]:
    on = index.on(workspace, DAYS)
    return [make_plan(on[day], day, whole=workspace) for day in DAYS]


def test_a_day_planned_over_its_valid_announcements_is_the_day_planned_over_all_of_them() -> None:
    workspace = Workspace(Path("."), Settings(), (A, dataclasses.replace(B, languages=("vi", "hmn"))), ITEMS)
    index = ByValidity()
    assert plans(workspace, index) == [make_plan(workspace, day) for day in DAYS]
    assert len(index.on(workspace, [date(2021, 8, 30)])[date(2021, 8, 30)].announcements) < len(ITEMS)


def test_the_index_follows_an_announcement_whose_dates_changed_or_that_was_added() -> None:
    workspace = Workspace(Path("."), Settings(), (A, B), ITEMS)
    index = ByValidity()
    plans(workspace, index)
    changed = (dataclasses.replace(ITEMS[0], valid_until=date(2021, 8, 5)), *ITEMS[1:], item("them", valid_from=None))
    later = dataclasses.replace(workspace, announcements=changed)
    assert plans(later, index) == [make_plan(later, day) for day in DAYS]


def test_an_empty_days_reason_still_looks_at_every_announcement() -> None:
    workspace = Workspace(Path("."), Settings(), (A,), (item("thang-bay", valid_until=date(2021, 7, 31)),))
    day = date(2021, 8, 20)  # nothing the plan reads: expired over a week before
    assert index_plan(workspace, day).notes == make_plan(workspace, day).notes
    assert "expired" in make_plan(workspace, day).notes[0].what


def index_plan(workspace: Workspace, day: date) -> Plan:
    return make_plan(ByValidity().on(workspace, [day])[day], day, whole=workspace)


def station_plans(workspace: Workspace, index: ByValidity, station: str) -> list[Plan]:
    on = index.on(workspace, DAYS)
    return [make_plan(on[day], day, (station,), whole=index.own(workspace, station)) for day in DAYS]


def test_an_empty_days_reason_over_the_stations_own_announcements_is_the_reason_over_all_of_them() -> None:
    ending = tuple(a for a in ITEMS if a.valid_until is not None)  # the days after 9 September are empty
    workspace = Workspace(Path("."), Settings(), (A, B), ending)
    index = ByValidity()
    for station in ("a", "b"):
        assert station_plans(workspace, index, station) == [make_plan(workspace, day, (station,)) for day in DAYS]
    notes = [n for p in station_plans(workspace, index, "b") for n in p.notes]
    assert any(n.announcement_id == "" for n in notes)  # an empty day's reason was asked for
    assert [a.id for a in index.own(workspace, "b").announcements] == [a.id for a in ending if a.id != "tuan-dau"]


def test_the_index_by_station_follows_an_announcement_whose_stations_changed() -> None:
    workspace = Workspace(Path("."), Settings(), (A, B), ITEMS)
    index = ByValidity()
    station_plans(workspace, index, "b")
    moved = tuple(dataclasses.replace(a, stations=("b",)) if a.id == "tuan-dau" else a for a in ITEMS)
    later = dataclasses.replace(workspace, announcements=moved)
    assert "tuan-dau" in [a.id for a in index.own(later, "b").announcements]
    assert station_plans(later, index, "b") == [make_plan(later, day, ("b",)) for day in DAYS]


EDGES = (
    item("het-som", valid_from=date(2021, 8, 1), valid_until=date(2021, 8, 3), stations=("b",)),
    item("tao-muon", valid_from=date(2021, 8, 1), valid_until=date(2021, 8, 5), created=date(2021, 8, 9)),  # both
    item("sau-nay", valid_from=date(2021, 8, 22), valid_until=date(2021, 8, 30), stations=("b",)),
    item("sau-nua", valid_from=date(2021, 8, 18), valid_until=date(2021, 8, 19), created=date(2021, 8, 25)),
    item("thu-hai", valid_from=date(2021, 8, 10), valid_until=date(2021, 8, 12), days=(0,), stations=("b",)),
    item("cho", valid_from=date(2021, 8, 14), valid_until=date(2021, 8, 14), status="cho-duyet"),
    item("chieu", valid_from=date(2021, 8, 15), valid_until=date(2021, 8, 15), slots=("chieu",), stations=("b",)),
)


def test_an_empty_days_reason_over_what_the_index_keeps_of_the_station_is_the_reason_over_all() -> None:
    """Every reason why.empty_day gives (expired, not started and its first day, weekday, slots, approval) over the
    few announcements `own_on` keeps of a day, even one created after it ended (ended and not started at once)."""
    index, reasons = ByValidity(), set()
    for kept in range(len(EDGES) + 1):
        workspace = Workspace(Path("."), Settings(), (A, B), EDGES[:kept] + EDGES[kept + 1 :])
        own = index.own_on(workspace, "b", DAYS)
        for day in DAYS:
            plan = make_plan(index.on(workspace, [day])[day], day, ("b",), whole=own[day])
            assert plan == make_plan(workspace, day, ("b",))
            reasons |= {n.what for n in plan.notes if not n.announcement_id}
    assert (
        len(reasons) >= 6
        and len(index.own_on(workspace, "b", [date(2021, 8, 16)])[date(2021, 8, 16)].announcements) < 5
    )


def test_a_stations_day_planned_over_what_the_index_keeps_for_it_is_its_day_planned_over_all() -> None:
    """Another station's announcements left out; a translation for another station still named by the note on its
    original's missing version."""
    other = (item("chi-a", stations=("a",)), item("chi-a-hmn", language="hmn", version_of="mai-mai", stations=("a",)))
    workspace = Workspace(Path("."), Settings(), (A, dataclasses.replace(B, languages=("vi", "hmn"))), ITEMS + other)
    index = ByValidity()
    for station in ("a", "b"):
        on = index.on(workspace, DAYS, station)
        assert [make_plan(on[day], day, (station,)) for day in DAYS] == [
            make_plan(workspace, day, (station,)) for day in DAYS
        ]
    assert "chi-a" not in [a.id for a in index.on(workspace, [FIRST], "b")[FIRST].announcements]
