"""The two pages a district reads at its size, looked at in a real browser on a phone (390 px) and a desk (1280 px).

"Tình trạng các đài", built from the kept manifests, with every state a station can be in side by side: on the
line and current, offline ("mất kết nối", a slot missed), holding an older version of a day, an emergency
confirmed and one "chưa xác nhận", and a station with no token; an admin sees them all, an operator their own.
The announcements' list on page 2 of 3 of a search over a workspace of 121. No page scrolls sideways; the
screenshots are kept in LOA_SCREENSHOTS (or the test's folder) as `web-<page>-<width>.png`, to be opened and judged.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from pipeline.adapters.clock import VIETNAM
from pipeline.app import accounts, station_events, station_link, stations
from pipeline.domain.manifest import Item, Manifest, SlotEntry, StationEntry

from ..conftest import MINI_STATIONS, SECOND_STATION, make_mini_ws
from . import test_browser
from .test_browser import PASSWORD, look, sign_in

waitress = pytest.importorskip("waitress")
By = pytest.importorskip("selenium.webdriver.common.by").By
browser, shots = test_browser.browser, test_browser.shots  # the same Chromium and screenshot folder
NOW = datetime(2021, 8, 9, 10, 0, tzinfo=VIETNAM)
TODAY, TOMORROW = "2021-08-09", "2021-08-10"
SHA = "0" * 64
MORE_STATIONS = """\
  - id: hoa-phu
    name: Đài Truyền thanh xã Hòa Phú
    district: Lạng Giang
    dialect: bac
    slots:
      sang: "05:00-05:30"
      chieu: "17:30-18:00"
  - id: tan-lap
    name: Đài Truyền thanh xã Tân Lập
    district: Lạng Giang
    dialect: bac
    slots:
      sang: "05:30-06:00"
"""
SLOTS = {"an-binh": (("sang", "05:30"),), "binh-an": (("sang", "06:00"), ("chieu", "17:00")),
         "hoa-phu": (("sang", "05:00"), ("chieu", "17:30")), "tan-lap": (("sang", "05:30"),)}  # fmt: skip
FLOOD = """\
---
title: Cảnh báo lũ quét trên sông Thương
priority: khan-cap
valid_from: 2021-08-09
valid_until: 2021-08-10
---
Nước sông Thương lên nhanh. Bà con vùng trũng di chuyển lên chỗ cao.
"""


def _publish(ws: Path, day: str) -> None:
    """A published day by hand, as the status page reads it: the manifest only (no audio is rendered)."""
    entries = []
    for station, slots in SLOTS.items():
        made = []
        for slot, start in slots:
            name = f"{day}_{start.replace(':', '')}_{slot}"
            item = Item("phan-doan/hop-thon.mp3", "Họp thôn", "hop-thon", "speech", 0.0, 30.0, SHA, -20.0, -3.0,
                        0.0, "espeak")  # fmt: skip
            made.append(SlotEntry(station, slot, "Buổi sáng" if slot == "sang" else "Buổi chiều", start, 1800,
                                  f"{name}.mp3", f"{name}.m3u8", 30.0, SHA, False, (item,)))  # fmt: skip
        entries.append(StationEntry(station, station, tuple(made)))
    (ws / "playlists" / day).mkdir(parents=True, exist_ok=True)
    (ws / "playlists" / day / "manifest.json").write_text(Manifest(day, tuple(entries)).to_json(), encoding="utf-8")


def _announcements(ws: Path) -> None:
    """Hop-thon, the flood warning and 119 notices: 121 announcements."""
    folder = ws / "scripts_vi" / "announcements"
    (folder / "canh-bao-lu.md").write_text(FLOOD, encoding="utf-8")
    for n in range(119):
        (folder / f"tin-{n:03d}.md").write_text(
            f"---\ntitle: Thông báo số {n} về lịch tiêm chủng và họp thôn\nvalid_from: 2021-08-01\n"
            f"valid_until: 2021-08-31\n---\nNội dung {n}.\n",
            encoding="utf-8",
        )


def _stations_report(ws: Path) -> None:
    """an-binh on the line and current, playing, its emergency confirmed; binh-an silent for 12 minutes (its 06:00
    slot missed); hoa-phu on the line with an older version of tomorrow, its emergency not confirmed; tan-lap no
    token."""
    for station in ("an-binh", "binh-an", "hoa-phu"):
        station_link.add_token(ws, station, NOW - timedelta(days=1))
    current = {s: {d.date: d.version for d in stations.days(ws, s, NOW)} for s in ("an-binh", "hoa-phu")}
    playing = {
        "file": "phan-doan/hop-thon.mp3",
        "title": "Họp thôn",
        "since": (NOW - timedelta(seconds=40)).isoformat(),
    }
    stations.heartbeat(ws, "an-binh", {"days": current["an-binh"], "playing": playing}, NOW - timedelta(seconds=20))
    stations.heartbeat(ws, "binh-an", {"days": {}, "playing": None}, NOW - timedelta(minutes=12))
    older = {**current["hoa-phu"], TOMORROW: "cu"}
    stations.heartbeat(ws, "hoa-phu", {"days": older, "playing": None}, NOW - timedelta(seconds=35))
    airs = [("an-binh", TODAY, "sang", "05:30", []), ("hoa-phu", TODAY, "chieu", "17:30", [])]
    station_events.queue_emergency(ws, "canh-bao-lu", airs, NOW - timedelta(minutes=5))
    stations.confirm(ws, "an-binh", {"announcement_id": "canh-bao-lu", "started": "2021-08-09T09:58:31+07:00"}, NOW)
    for station, start in (("an-binh", "05:30"), ("hoa-phu", "05:00")):
        row = {"id": "1", "day": TODAY, "started": f"{TODAY}T{start}:02+07:00", "ended": f"{TODAY}T{start}:32+07:00",
               "file": "phan-doan/hop-thon.mp3", "title": "Họp thôn", "announcement_id": "hop-thon", "kind": "speech",
               "slot": "sang", "seconds": 30, "result": "trọn vẹn"}  # fmt: skip
        stations.play_log(ws, station, {"rows": [row]}, NOW)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from pipeline.web import create_app

    ws = make_mini_ws(tmp_path_factory.mktemp("district") / "ws")
    (ws / "stations.yaml").write_text(MINI_STATIONS + SECOND_STATION + MORE_STATIONS, encoding="utf-8")
    _announcements(ws)
    for day in (TODAY, TOMORROW):
        _publish(ws, day)
    _stations_report(ws)
    for name, role, own in (("quan-tri", "admin", ()), ("van-hanh", "operator", ("hoa-phu",)),
                            ("bien-tap", "editor", ())):  # fmt: skip
        accounts.add_user(ws, name, role, own, PASSWORD, NOW)
    server = waitress.create_server(create_app(ws, now=lambda: NOW), host="127.0.0.1", port=0, threads=2)
    threading.Thread(target=server.run, daemon=True).start()
    yield f"http://127.0.0.1:{server.effective_port}"
    server.close()


def _card(driver, station: str) -> str:  # type: ignore[no-untyped-def]
    return str(driver.find_element(By.ID, f"state-{station}").text)


@pytest.mark.slow
def test_the_status_page_shows_every_state_of_a_station_on_a_phone_and_a_desk(browser, site, shots) -> None:  # type: ignore[no-untyped-def]
    driver = browser
    sign_in(driver, site, "quan-tri")
    driver.get(f"{site}/tinh-trang")
    current = _card(driver, "an-binh")
    assert "trực tuyến" in current and "đủ, đúng bản mới nhất" in current and "Đang phát\nHọp thôn" in current
    assert "Cảnh báo lũ quét trên sông Thương: đã phát tại Đài Truyền thanh xã An Bình lúc 09:58:31" in current
    offline = _card(driver, "binh-an")
    assert (
        "mất kết nối" in offline and "09:48:00 09/08" in offline and "Đang phát\nkhông rõ: đài mất kết nối" in offline
    )
    # a slot of a station off the line is named in words and not said to be missed: its log may not have come yet
    assert "Buổi sáng lúc 06:00 — chưa nhận được nhật ký phát vì đài mất kết nối" in offline
    older = _card(driver, "hoa-phu")
    assert "chưa nhận bản mới: 10/08" in older and "chưa xác nhận" in older
    assert "chưa nối mạng" in _card(driver, "tan-lap")
    look(driver, shots, "tinh-trang-quan-tri")


@pytest.mark.slow
def test_an_operator_sees_their_own_station_on_a_phone_and_a_desk(browser, site, shots) -> None:  # type: ignore[no-untyped-def]
    driver = browser
    sign_in(driver, site, "van-hanh")
    driver.get(f"{site}/tinh-trang")
    cards = driver.find_elements(By.CSS_SELECTOR, "li.state")
    assert [c.get_attribute("id") for c in cards] == ["state-hoa-phu"]
    assert "chưa nhận bản mới: 10/08" in cards[0].text and "chưa xác nhận" in cards[0].text
    look(driver, shots, "tinh-trang-van-hanh")


@pytest.mark.slow
def test_page_2_of_a_search_over_121_announcements_on_a_phone_and_a_desk(browser, site, shots) -> None:  # type: ignore[no-untyped-def]
    driver = browser
    sign_in(driver, site, "bien-tap")
    driver.get(f"{site}/tin?q=thong+bao+so&trang=2")
    assert driver.find_element(By.ID, "found").text == "Tìm thấy 119 thông báo, đang xem 51–100"
    assert driver.find_element(By.NAME, "q").get_attribute("value") == "thong bao so"
    pager = driver.find_element(By.ID, "pager-top").text
    assert "‹ Trang trước" in pager and "Trang 2/3" in pager and "Trang sau ›" in pager
    assert len(driver.find_elements(By.CSS_SELECTOR, "table.list tbody tr")) == 50
    look(driver, shots, "danh-sach-trang-2")
    driver.set_window_size(390, 1000)  # the table's head is hidden on a phone: the cells that need it say what they are
    said = "return [...document.querySelectorAll('tbody tr:first-child td')].map(td => getComputedStyle(td, '::before').content);"
    assert driver.execute_script(said)[3:] == ['"Phát: "', '"Đài: "']
    driver.set_window_size(1280, 1000)
