"""Why nothing airs: one announcement on a day it is not on, and a station's empty day, with plain dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pipeline.build.plan import make_plan
from pipeline.build.why import not_airing, not_airing_line
from pipeline.domain.model import Announcement, Workspace
from pipeline.domain.settings import Settings

from .test_plan import A, B, item

SUNDAY = date(2021, 8, 15)


def empty_reasons(*items: Announcement, day: date = SUNDAY, approval: bool = False) -> dict[str, str]:
    settings = Settings(require_approval=approval)
    notes = make_plan(Workspace(Path("."), settings, (A, B), items), day).notes
    return {n.station: n.what for n in notes if not n.announcement_id}


def test_an_announcement_outside_its_dates_days_stations_and_slots_says_why() -> None:
    notice = item("n", days=(0, 1, 2, 3, 4), stations=("a",), slots=("chieu",))
    assert not_airing(notice, A, date(2021, 9, 1)) == "expired after 31/08"
    assert not_airing(notice, A, date(2021, 7, 31)) == "not yet started; it starts on 01/08"
    assert not_airing(notice, A, SUNDAY) == "it does not air on Sunday"
    assert not_airing(notice, B, date(2021, 8, 16)) == "it is not for station b"
    assert not_airing(item("m", slots=("chieu",)), B, SUNDAY) == "none of its slots (chieu) is a slot of station b"
    assert not_airing(notice, A, date(2021, 8, 16)) is None
    assert (
        not_airing_line(notice, A, SUNDAY) == "this announcement does not air on 15/08/2021: it does not air on Sunday"
    )
    assert not_airing_line(notice, A, date(2021, 8, 16)) is None


def test_an_empty_day_says_why_for_each_station() -> None:
    assert empty_reasons(item("n"), day=date(2021, 9, 1)) == {
        "a": "nothing to air on this day: all announcements have expired",
        "b": "nothing to air on this day: all announcements have expired",
    }
    assert empty_reasons(item("n", valid_from=date(2021, 8, 20)))["a"] == (
        "nothing to air on this day: no announcement has started yet; the first starts on 20/08"
    )
    assert empty_reasons(item("n", days=(0,)))["a"] == "nothing to air on this day: no announcement airs on Sunday"
    assert empty_reasons(item("n", stations=("a",)))["b"] == (
        "nothing to air on this day: no announcement is for this station"
    )
    assert empty_reasons(item("n", slots=("chieu",)))["b"] == (
        "nothing to air on this day: no announcement airs in this station's slots on this day"
    )
    assert empty_reasons(item("n"), item("m"), approval=True)["a"] == (
        "nothing to air on this day: all 2 announcements valid on this day wait for approval"
    )
    mixed = (item("old", valid_until=date(2021, 8, 1)), item("later", valid_from=date(2021, 9, 1)))
    assert empty_reasons(*mixed)["a"] == "nothing to air on this day: no announcement is valid on this day"
