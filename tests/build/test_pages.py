"""The program sheet and the pre-air report in a real browser (Debian's chromium via chromium-driver), phone and desk.

Each page is opened at 390 px (a phone) and 1280 px wide; the test measures what a person would see: no sideways
scrolling, type large enough to read, the KHẨN CẤP badge red and on screen. The screenshots are kept in the test's
folder (LOA_SCREENSHOTS=DIR keeps them there too) so they can be opened and judged.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from pipeline import i18n
from pipeline.adapters.clock import VIETNAM
from pipeline.app.emergency import emergency

from ..conftest import make_mini_ws
from .test_programming import DAY, EMERGENCY

webdriver = pytest.importorskip("selenium.webdriver")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    DRIVER is None, reason="chromium-driver is not installed (tools/bootstrap.sh installs it)"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    options.binary_location = shutil.which("chromium") or ""
    service = webdriver.ChromeService(executable_path=DRIVER)
    driver = webdriver.Chrome(options=options, service=service)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two stations; a storm warning sent at 05:00 airs in an-binh's morning slot; the pages in Vietnamese."""
    ws = make_mini_ws(tmp_path_factory.mktemp("pages") / "ws", stations=2)
    source = ws / "bao-so-5.md"
    source.write_text(EMERGENCY, encoding="utf-8")
    i18n.use("vi")
    try:
        emergency(ws, source, (), datetime(2021, 8, 10, 5, 0, tzinfo=VIETNAM))
    finally:
        i18n.use("en")
    return ws / "playlists" / DAY.isoformat()


def _look(browser: object, page: Path, width: int, shots: Path) -> dict[str, object]:
    driver = browser  # selenium's WebDriver (untyped here)
    driver.set_window_size(width, 900)  # type: ignore[attr-defined]
    driver.get(page.as_uri())  # type: ignore[attr-defined]
    shots.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(shots / f"{page.stem}-{page.parent.name}-{width}.png"))  # type: ignore[attr-defined]
    return driver.execute_script(  # type: ignore[attr-defined, no-any-return]
        """const body = getComputedStyle(document.body);
        const badge = document.querySelector('.badge.khan, .alert');
        const box = badge ? badge.getBoundingClientRect() : null;
        return {overflow: document.documentElement.scrollWidth - window.innerWidth,
                font: parseFloat(body.fontSize),
                viewport: !!document.querySelector('meta[name=viewport]'),
                badge: badge ? getComputedStyle(badge).backgroundColor : null,
                badgeRight: box ? box.right : null, width: window.innerWidth};"""
    )


@pytest.mark.slow
@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("page", ["an-binh/lich-phat.html", "bao-cao.html"])
def test_pages_read_well_on_a_phone_and_a_desk(
    browser: object, published: Path, page: str, width: int, tmp_path: Path
) -> None:
    shots = Path(os.environ.get("LOA_SCREENSHOTS", tmp_path))
    seen = _look(browser, published / page, width, shots)
    assert seen["viewport"]
    assert seen["overflow"] <= 0, f"{page} scrolls sideways at {width} px"
    assert seen["font"] >= 16
    assert seen["badge"] == "rgb(204, 0, 0)"  # the emergency is marked red
    assert 0 < seen["badgeRight"] <= seen["width"]  # type: ignore[operator]
    shot = shots / f"{(published / page).stem}-{(published / page).parent.name}-{width}.png"
    assert shot.stat().st_size > 10_000
