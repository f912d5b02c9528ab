"""The operator's page tells versions of a rebuilt day apart: when it was published, its short id, what changed
since the version on the USB stick, and the zips named with the version (PHIEN-BAN.txt inside)."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from flask import Flask

from pipeline.app import accounts, commands
from pipeline.web import create_app

from ..conftest import make_mini_ws
from .test_web import NOW, PASSWORD, login

DAY = date(2021, 8, 10)  # tomorrow for the tests' clock (9 August, 10:00)
STORM = """\
---
title: Khẩn cấp bão số 5
priority: khan-cap
stations: [an-binh]
valid_until: "2021-08-10 21:00"
---
Bão số 5 sắp đổ bộ. Bà con chằng chống nhà cửa.
"""
VERSION = re.compile(
    r'id="version-2">Cập nhật lúc (\d\d:\d\d), (Thứ [^<]+|Chủ Nhật [^<]+) · phiên bản <strong>([0-9a-f]{6})</strong>'
)


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    root = make_mini_ws(tmp_path / "ws", stations=2)
    accounts.add_user(root, "van-hanh", "operator", ("an-binh",), PASSWORD, NOW)
    return root


@pytest.fixture
def app(ws: Path) -> Flask:
    return create_app(ws, now=lambda: NOW)


def _build(ws: Path) -> None:
    commands.build(ws, DAY, (), lambda _: None, workers=1)


def _zip(response_data: bytes) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(response_data))


@pytest.mark.slow
def test_the_usb_zip_holds_one_file_per_slot_the_sheet_the_guide_and_its_version(app: Flask, ws: Path) -> None:
    _build(ws)
    client, _ = login(app, "van-hanh")
    page = client.get("/dai/an-binh").text
    found = VERSION.search(page)
    assert found, page
    short = found[3]
    assert "Tải cả ngày" in page and "Lịch phát (in được)" in page and "Tải cả phần đoạn (cho bảng điều khiển)" in page
    usb = client.get(f"/dai/an-binh/{DAY}.zip")
    assert f'filename="an-binh_{DAY}_v{short}.zip"' in usb.headers["Content-Disposition"]
    names = _zip(usb.data).namelist()
    assert not [n for n in names if "phan-doan/" in n or n.endswith(".m3u8")], names
    assert {"an-binh/lich-phat.html", "an-binh/HUONG-DAN.txt", "an-binh/PHIEN-BAN.txt"} <= set(names)
    assert "an-binh/2021-08-10_0530_sang.mp3" in names
    guide = _zip(usb.data).read("an-binh/HUONG-DAN.txt").decode("utf-8")  # never points to what the zip lacks
    assert "Tải cả phần đoạn" in guide and "dùng tệp .m3u8" not in guide and "Thư mục phan-doan chứa" not in guide
    note = _zip(usb.data).read("an-binh/PHIEN-BAN.txt").decode("utf-8")
    assert f"Phiên bản: {short}" in note and f"Cập nhật lúc: {found[1]}" in note and "10/08/2021" in note
    full = client.get(f"/dai/an-binh/{DAY}/phan-doan.zip")
    full_names = _zip(full.data).namelist()
    assert any(n.startswith("an-binh/phan-doan/") for n in full_names) and "an-binh/PHIEN-BAN.txt" in full_names
    assert f"_v{short}_phan-doan.zip" in full.headers["Content-Disposition"]
    assert len(usb.data) < len(full.data) * 0.7  # the items are not carried twice onto the stick
    assert client.get(f"/dai/binh-an/{DAY}/phan-doan.zip").status_code == 404


@pytest.mark.slow
def test_after_a_rebuild_with_an_emergency_the_page_lists_it_since_the_version_on_the_stick(
    app: Flask, ws: Path
) -> None:
    _build(ws)
    client, _ = login(app, "van-hanh")
    usb = client.get(f"/dai/an-binh/{DAY}.zip")
    held = re.search(r"_v([0-9a-f]{6})\.zip", usb.headers["Content-Disposition"])[1]  # type: ignore[index]
    same = client.get(f"/dai/an-binh?ban={held}").text
    assert "đã là bản mới nhất" in same and "tải lại cho USB" not in same
    (ws / "scripts_vi" / "announcements" / "bao-so-5.md").write_text(STORM, encoding="utf-8")
    gone = ws / ".loa" / "versions" / "2021-07-01" / "an-binh"  # a day pruned long ago
    gone.mkdir(parents=True)
    _build(ws)
    page = client.get(f"/dai/an-binh?ban={held.upper()}").text
    now = VERSION.search(page)
    assert now and now[3] != held, page
    assert f"Có tin khẩn cấp mới lúc {now[1]} — tải lại cho USB" in page
    changes = re.search(r'id="changes-2".*?</div>', page, re.S)[0]  # type: ignore[index]
    assert "Thêm: " in changes and "Khẩn cấp bão số 5" in changes and "KHẨN CẤP" in changes
    assert "Họp thôn" not in changes  # unchanged items are not listed
    assert 'id="held-unknown"' not in page and not gone.parent.exists()
    unknown = client.get("/dai/an-binh?ban=zzz999").text
    assert 'id="held-unknown"' in unknown and "Khẩn cấp bão số 5" in unknown  # the program itself still shows


def test_an_operator_of_one_station_lands_on_its_program_and_one_of_two_chooses(app: Flask, ws: Path) -> None:
    client, _ = login(app, "van-hanh")
    assert client.get("/dai").headers["Location"].endswith("/dai/an-binh")  # no list of one to tap through
    accounts.add_user(ws, "hai-dai", "operator", ("an-binh", "binh-an"), PASSWORD, NOW)
    accounts.add_user(ws, "quan-tri", "admin", (), PASSWORD, NOW)
    for name in ("hai-dai", "quan-tri"):
        page = login(app, name)[0].get("/dai")
        assert page.status_code == 200 and "/dai/binh-an" in page.text
