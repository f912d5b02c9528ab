"""The web app end to end in a real browser (Debian's chromium with chromium-driver, through Selenium).

An editor writes an announcement, sees the spoken text and lint appear as she types, listens (the audio element
plays the real render, whose length the page states), submits; an approver approves; an admin builds the day; the
operator downloads the day's zip; an approver sends an emergency and the page says where and when it airs. Every
page (the builds, people, stations and status pages too) is also looked at on a phone (390 px) and a desk
(1280 px): no sideways scrolling, fields at 16 px; screenshots are kept in
LOA_SCREENSHOTS (or the test's folder) to be opened and judged.
"""

from __future__ import annotations

import base64
import io
import os
import shutil
import threading
import urllib.request
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from pipeline.adapters.clock import VIETNAM
from pipeline.app import accounts

from ..conftest import make_mini_ws, tone

webdriver = pytest.importorskip("selenium.webdriver")
waitress = pytest.importorskip("waitress")
from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    DRIVER is None, reason="chromium-driver is not installed (tools/bootstrap.sh installs it)"
)
NOW = datetime(2021, 8, 9, 10, 0, tzinfo=VIETNAM)
PASSWORD = "mat-khau-123"
BODY = "UBND xã An Bình thông báo: sáng 10/8 tiêm vắc xin sởi cho trẻ. Cần hỗ trợ gọi 113 hoặc hỏi BQLDA."


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    from pipeline.web import create_app

    ws = make_mini_ws(tmp_path_factory.mktemp("web") / "ws", stations=2)
    for name, role in (
        ("bien-tap", "editor"),
        ("lanh-dao", "approver"),
        ("quan-tri", "admin"),
        ("van-hanh", "operator"),
    ):
        accounts.add_user(ws, name, role, ("an-binh",) if role == "operator" else (), PASSWORD, NOW)
    server = waitress.create_server(create_app(ws, now=lambda: NOW), host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}", ws
    server.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--disable-dev-shm-usage",
                 "--autoplay-policy=no-user-gesture-required", "--lang=vi-VN"):  # fmt: skip
        options.add_argument(flag)
    options.binary_location = shutil.which("chromium") or ""
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=DRIVER))
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("LOA_SCREENSHOTS", tmp_path_factory.mktemp("shots")))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def look(driver, shots: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    """Screenshots at a phone's and a desk's width; the page never scrolls sideways and reads at 16 px or more."""
    for width in (390, 1280):
        driver.set_window_size(width, 1000)
        seen = driver.execute_script(
            "return {over: document.documentElement.scrollWidth - window.innerWidth,"
            " font: parseFloat(getComputedStyle(document.body).fontSize), fields: [...document.querySelectorAll("
            "'input:not([type=checkbox]):not([type=hidden]), select, textarea')].map(f => [f.name,"
            " parseFloat(getComputedStyle(f).fontSize), parseInt(getComputedStyle(f).fontWeight)])};"
        )
        assert seen["over"] <= 0, f"{name} scrolls sideways at {width} px"
        assert seen["font"] >= 16
        # what a person types reads plainly at 16 px (a phone zooms into a smaller field), not in the label's bold
        assert [f for f in seen["fields"] if f[1] < 16 or f[2] > 400] == [], name
        whole_page(driver, shots / f"web-{name}-{width}.png")
        assert (shots / f"web-{name}-{width}.png").stat().st_size > 8_000
    driver.set_window_size(1280, 1000)


def whole_page(driver, path: Path) -> None:  # type: ignore[no-untyped-def]
    """The page from top to bottom, not the window's first screen: what is cut off below it can be judged too."""
    size = driver.execute_script("return [window.innerWidth, document.documentElement.scrollHeight];")
    clip = {"x": 0, "y": 0, "width": size[0], "height": size[1], "scale": 1}
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"captureBeyondViewport": True, "clip": clip})
    path.write_bytes(base64.b64decode(shot["data"]))


def sign_in(driver, url: str, name: str) -> None:  # type: ignore[no-untyped-def]
    driver.delete_all_cookies()
    driver.get(f"{url}/dang-nhap")
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    driver.find_element(By.ID, "login").click()
    WebDriverWait(driver, 10).until(lambda d: "/dang-nhap" not in d.current_url)


def wait_text(driver, element_id: str, text: str, seconds: float = 20) -> None:  # type: ignore[no-untyped-def]
    """Until the element shows `text` (htmx swaps it as the user types: a stale element is looked up again)."""
    WebDriverWait(driver, seconds, ignored_exceptions=[StaleElementReferenceException]).until(
        lambda d: text in d.find_element(By.ID, element_id).text
    )


@pytest.mark.slow
def test_write_listen_submit_approve_build_download_and_emergency(browser, site, shots) -> None:  # type: ignore[no-untyped-def]
    url, _ = site
    driver = browser
    sign_in(driver, url, "bien-tap")
    look(driver, shots, "danh-sach")
    driver.find_element(By.ID, "new").click()
    driver.find_element(By.ID, "title").send_keys("Tiêm vắc xin sởi")
    driver.find_element(By.ID, "body").send_keys(BODY)
    wait_text(driver, "spoken-text", "một một ba")  # live, as she types: 113 is read digit by digit
    wait_text(driver, "spelled", "BQLDA")  # lint: an abbreviation the voice would spell
    assert driver.find_elements(By.CSS_SELECTOR, "#spoken-text mark")
    driver.find_element(By.ID, "listen-button").click()
    WebDriverWait(driver, 120).until(lambda d: d.find_elements(By.ID, "preview-audio"))
    played = WebDriverWait(driver, 30).until(
        lambda d: d.execute_script(
            "const a = document.getElementById('preview-audio'); return a.duration > 0 && a.duration;"
        )
    )
    stated = float(driver.find_element(By.ID, "preview-duration").get_attribute("data-seconds") or 0)
    assert abs(played - stated) < 0.2, (played, stated)
    look(driver, shots, "bien-tap")
    driver.find_element(By.ID, "submit").click()
    # the address changes when the navigation commits, the page a moment later: wait for both
    WebDriverWait(driver, 10).until(lambda d: "da_luu=gui" in d.current_url and "Đã lưu và gửi duyệt" in d.page_source)
    assert "Chờ duyệt" in driver.page_source

    sign_in(driver, url, "lanh-dao")
    driver.get(f"{url}/tin?trang-thai=cho-duyet")
    driver.find_element(By.LINK_TEXT, "Duyệt").click()
    look(driver, shots, "duyet")
    driver.find_element(By.ID, "approve").click()
    WebDriverWait(driver, 10).until(
        lambda d: "/tin?xong=duyet" in d.current_url and "Đã duyệt — sẽ phát" in d.page_source
    )

    sign_in(driver, url, "quan-tri")
    driver.get(f"{url}/ban-dung")
    driver.execute_script("document.getElementById('build-day').value = '2021-08-10';")
    driver.find_element(By.ID, "build").click()
    # htmx replaces #progress as it polls: an element found just before a swap goes stale; look again
    WebDriverWait(driver, 180, ignored_exceptions=[StaleElementReferenceException]).until(
        lambda d: "Đã xong" in d.find_element(By.ID, "progress").text
    )
    driver.get(f"{url}/ban-dung")
    assert "Xong" in driver.find_element(By.ID, "history").text
    look(driver, shots, "dung")
    driver.get(f"{url}/lich?dai=an-binh&ngay=2021-08-10")
    assert "Tiêm vắc xin sởi" in driver.page_source
    look(driver, shots, "lich")
    driver.get(f"{url}/nguoi-dung")
    assert "van-hanh" in driver.find_element(By.ID, "user-list").text
    look(driver, shots, "nguoi-dung")
    driver.get(f"{url}/cac-dai")  # the stations page: its slot rows sit side by side on a desk, stacked on a phone
    assert "Đài Truyền thanh xã An Bình" in driver.find_element(By.ID, "station-list").text
    look(driver, shots, "cac-dai")

    sign_in(driver, url, "van-hanh")
    driver.get(f"{url}/dai/an-binh")
    look(driver, shots, "dai")
    link = driver.find_element(By.ID, "zip-2").get_attribute("href")
    cookie = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    with urllib.request.urlopen(urllib.request.Request(link, headers={"Cookie": cookie})) as answer:
        names = zipfile.ZipFile(io.BytesIO(answer.read())).namelist()
    assert "an-binh/2021-08-10_0530_sang.mp3" in names and "an-binh/PHIEN-BAN.txt" in names  # the USB zip: a file
    assert not [n for n in names if "phan-doan/" in n]  # per slot, the sheet, the guide and its version; no parts

    sign_in(driver, url, "lanh-dao")
    driver.get(f"{url}/khan-cap")
    driver.find_element(By.ID, "title").send_keys("Bão số 5")
    driver.find_element(By.ID, "body").send_keys("Bão số 5 đổ bộ trong đêm nay. Bà con chằng chống nhà cửa.")
    driver.find_element(By.CSS_SELECTOR, "input[name=stations][value=an-binh]").click()
    driver.execute_script("document.getElementById('valid_until').value = '2021-08-10';")  # today's slot is over
    driver.set_window_size(390, 1000)  # side by side on a phone, the two warning selects sit on one line
    tops = [driver.find_element(By.ID, name).rect["y"] for name in ("hazard", "risk_level")]
    assert abs(tops[0] - tops[1]) < 2, tops  # though "Cấp độ rủi ro thiên tai" wraps onto two lines
    driver.set_window_size(1280, 1000)
    driver.find_element(By.ID, "send").click()
    WebDriverWait(driver, 180).until(lambda d: d.find_elements(By.ID, "emergency-report"))
    report = driver.find_element(By.ID, "emergency-report").text
    assert (
        "Đài Truyền thanh xã An Bình: Thứ Ba, ngày 10/08/2021, Buổi sáng lúc 05:30" in report
    )  # the next slot after 10:00 on the 9th
    look(driver, shots, "khan-cap")


@pytest.mark.slow
def test_an_editor_sends_a_phone_recording_and_hears_it_back(browser, site, shots, tmp_path) -> None:  # type: ignore[no-untyped-def]
    url, ws = site
    driver = browser
    sign_in(driver, url, "bien-tap")
    driver.get(f"{url}/tin/moi")
    driver.find_element(By.ID, "title").send_keys("Lời kêu gọi hiến máu")
    driver.find_element(By.ID, "body").send_keys("Lời trong bản ghi: mời bà con đi hiến máu.")
    driver.find_element(By.ID, "recording").send_keys(str(tone(tmp_path / "hien-mau.m4a", 5.0, -14.0)))
    driver.find_element(By.ID, "save").click()
    WebDriverWait(driver, 20).until(lambda d: "da_luu=luu" in d.current_url and "Đang dùng bản ghi" in d.page_source)
    driver.execute_script("const a = document.querySelector('#recording-field audio'); a.preload = 'auto'; a.load();")
    played = WebDriverWait(driver, 20).until(
        lambda d: d.execute_script(
            "const a = document.querySelector('#recording-field audio'); return a.duration > 0 && a.duration;"
        )
    )
    assert abs(played - 5.0) < 0.1, played  # the server keeps the phone's file as it was sent
    assert [p.suffix for p in (ws / "recordings").iterdir()] == [".m4a"]
    driver.execute_script("document.getElementById('recording-field').scrollIntoView();")
    look(driver, shots, "ban-ghi")


@pytest.mark.slow
def test_the_stations_status_page_reads_on_a_phone_and_a_desk(browser, site, shots) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from pipeline.app import station_events, station_link, stations

    url, ws = site
    station_link.add_token(ws, "an-binh", NOW - timedelta(hours=1))
    station_link.add_token(ws, "binh-an", NOW - timedelta(days=1))
    held = {d.date: d.version for d in stations.days(ws, "an-binh", NOW)}
    playing = {
        "file": "phan-doan/x.mp3",
        "title": "Tiêm vắc xin sởi",
        "since": (NOW - timedelta(seconds=40)).isoformat(),
    }
    stations.heartbeat(ws, "an-binh", {"days": held, "playing": playing}, NOW - timedelta(seconds=20))
    stations.heartbeat(ws, "binh-an", {"days": {"2021-08-10": "cu"}, "playing": None}, NOW - timedelta(minutes=12))
    station_events.queue_emergency(ws, "canh-bao-lu", [("an-binh", "2021-08-09", "sang", "05:30", [])], NOW)
    stations.confirm(ws, "an-binh", {"announcement_id": "canh-bao-lu", "started": "2021-08-09T09:58:31+07:00"}, NOW)
    row = {"id": "1", "day": "2021-08-09", "started": "2021-08-09T05:30:02+07:00", "ended": "2021-08-09T05:31:02+07:00",
           "file": "a.mp3", "title": "Họp thôn", "announcement_id": "hop-thon", "kind": "speech", "slot": "sang",
           "seconds": 60, "result": "trọn vẹn"}  # fmt: skip
    stations.play_log(ws, "an-binh", {"rows": [row]}, NOW)
    driver = browser
    sign_in(driver, url, "lanh-dao")
    driver.get(f"{url}/tinh-trang")
    page = driver.find_element(By.TAG_NAME, "main").text
    assert (
        "trực tuyến" in page
        and "mất kết nối" in page
        and "đã phát tại Đài Truyền thanh xã An Bình lúc 09:58:31" in page
    )
    look(driver, shots, "tinh-trang")
