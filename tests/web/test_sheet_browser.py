"""The program sheet opened from the web app, in a real browser: styled as from the USB stick, the app's CSP kept.

The sheet carries its style inline (it must read the same opened from a USB stick); the app's strict CSP used to
strip it, so an operator saw plain serif text, no red KHẨN CẤP, times run into titles. Screenshots at 390 and
1280 px are kept in LOA_SCREENSHOTS (or the test's folder) as `web-sheet-<width>.png`.
"""

from __future__ import annotations

import threading
import urllib.request
from collections.abc import Iterator
from datetime import datetime

import pytest

from pipeline import i18n
from pipeline.adapters.clock import VIETNAM
from pipeline.app import accounts
from pipeline.app.emergency import emergency

from ..build.test_programming import DAY, EMERGENCY
from ..conftest import make_mini_ws
from . import test_browser
from .test_browser import PASSWORD, sign_in

waitress = pytest.importorskip("waitress")
NOW = datetime(2021, 8, 10, 5, 0, tzinfo=VIETNAM)
browser, shots = test_browser.browser, test_browser.shots  # the same Chromium and screenshot folder
SHEET = f"/dai/an-binh/{DAY.isoformat()}/lich-phat.html"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A storm warning sent at 05:00 airs in an-binh's morning slot; an operator of an-binh."""
    from pipeline.web import create_app

    ws = make_mini_ws(tmp_path_factory.mktemp("sheet") / "ws", stations=2)
    (ws / "bao-so-5.md").write_text(EMERGENCY, encoding="utf-8")
    i18n.use("vi")
    try:
        emergency(ws, ws / "bao-so-5.md", (), NOW)
    finally:
        i18n.use("en")
    accounts.add_user(ws, "van-hanh", "operator", ("an-binh",), PASSWORD, NOW)
    server = waitress.create_server(create_app(ws, now=lambda: NOW), host="127.0.0.1", port=0, threads=2)
    threading.Thread(target=server.run, daemon=True).start()
    yield f"http://127.0.0.1:{server.effective_port}"
    server.close()


SEEN = """const badge = document.querySelector('.badge.khan'), alert = document.querySelector('.alert');
const at = document.querySelector('li .at').getBoundingClientRect();
const title = document.querySelector('li .title').getBoundingClientRect();
return {badge: getComputedStyle(badge).backgroundColor, alert: getComputedStyle(alert).backgroundColor,
        font: getComputedStyle(document.body).fontFamily, size: parseFloat(getComputedStyle(document.body).fontSize),
        gap: title.left - at.right, sameLine: Math.abs(title.top - at.top) < 2,
        over: document.documentElement.scrollWidth - window.innerWidth};"""


@pytest.mark.slow
def test_the_program_sheet_opened_from_the_app_is_styled_on_a_phone_and_a_desk(browser, site, shots) -> None:  # type: ignore[no-untyped-def]
    driver = browser
    sign_in(driver, site, "van-hanh")
    for width in (390, 1280):
        driver.set_window_size(width, 1000)
        driver.get(site + SHEET)
        seen = driver.execute_script(SEEN)
        assert seen["badge"] == "rgb(204, 0, 0)" and seen["alert"] == "rgb(204, 0, 0)", (width, seen)
        assert seen["font"].startswith("system-ui") and seen["size"] >= 16, (width, seen)
        assert seen["sameLine"] and seen["gap"] > 0, (width, seen)  # the time and the title in their own columns
        assert seen["over"] <= 0, f"the sheet scrolls sideways at {width} px"
        driver.save_screenshot(str(shots / f"web-sheet-{width}.png"))
    assert "KHẨN CẤP" in driver.page_source


@pytest.mark.slow
def test_only_the_sheet_gets_its_own_style_and_the_app_keeps_its_strict_policy(site: str, browser) -> None:  # type: ignore[no-untyped-def]
    sign_in(browser, site, "van-hanh")
    cookie = "; ".join(f"{c['name']}={c['value']}" for c in browser.get_cookies())

    def policy(path: str) -> str:
        with urllib.request.urlopen(urllib.request.Request(site + path, headers={"Cookie": cookie})) as answer:
            return str(answer.headers["Content-Security-Policy"])

    sheet, page = policy(SHEET), policy("/dai/an-binh")
    assert "style-src 'sha256-" in sheet and "unsafe-inline" not in sheet and "script-src" not in sheet
    assert "default-src 'none'" in sheet and "frame-ancestors 'none'" in sheet
    assert "style-src 'self';" in page and "sha256" not in page
