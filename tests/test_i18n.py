"""Vietnamese first: every message in the catalog, the catalog compiled, and the main messages in both languages."""

from __future__ import annotations

import re
import string
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from pipeline import i18n

from .conftest import ROOT
from .test_cli import run, shape

CATALOG = ROOT / "pipeline" / "locale" / "vi" / "LC_MESSAGES"


def _fields(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name)


@pytest.mark.slow
def test_every_marked_message_has_a_vietnamese_translation(tmp_path: Path) -> None:
    """Extracted afresh with Babel, as tools/i18n.sh does: nothing new is left untranslated, no place is lost."""
    pot = tmp_path / "loa.pot"
    subprocess.run(
        [str(ROOT / ".venv" / "bin" / "pybabel"), "-q", "extract", "--no-location", "-k", "tr", "-k", "N_",
         "-o", str(pot), str(ROOT / "pipeline")],
        check=True,
    )  # fmt: skip
    subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), str(ROOT / "tools" / "extract_help.py"), str(pot)], check=True
    )
    wanted = {m.id for m in read_po(pot.open("rb")) if m.id}
    catalog = {m.id: m.string for m in read_po((CATALOG / "loa.po").open("rb")) if m.id}
    assert len(wanted) > 300 and "Show this message and exit." in wanted  # the calls and click's help texts
    assert sorted(wanted - catalog.keys()) == []
    assert [m for m in wanted if not catalog[m]] == []
    assert [m for m in wanted if _fields(m) != _fields(catalog[m])] == []


def test_the_compiled_catalog_is_the_po_file() -> None:
    compiled = {m.id: m.string for m in read_mo(BytesIO((CATALOG / "loa.mo").read_bytes())) if m.id}
    source = {m.id: m.string for m in read_po((CATALOG / "loa.po").open("rb")) if m.id and m.string}
    assert compiled == source, "run tools/i18n.sh to compile pipeline/locale/vi/LC_MESSAGES/loa.mo"


def test_no_message_is_hidden_from_the_extractor() -> None:
    """Babel on Python 3.11 does not look inside f-strings: a tr() there would never be translated."""
    hidden = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in (ROOT / "pipeline").rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if re.search(r"\{tr\([\"']", line)
    ]
    assert hidden == []


@pytest.mark.parametrize(("lang", "text"), [("vi", "3,6"), ("en", "3.6")])
def test_numbers_as_the_reader_writes_them(lang: str, text: str) -> None:
    i18n.use(lang)
    assert i18n.number(3.6) == text
    assert i18n.number(1234.5) == ("1.234,5" if lang == "vi" else "1,234.5")


def test_the_language_comes_from_the_option_then_loa_lang_then_vietnamese(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LOA_LANG")
    assert i18n.chosen() == "vi"
    monkeypatch.setenv("LOA_LANG", "en_US.UTF-8")
    assert i18n.chosen() == "en"
    assert i18n.chosen("vi") == "vi"
    monkeypatch.setenv("LOA_LANG", "fr")
    assert i18n.chosen() == "vi"


def test_help_in_both_languages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOA_LANG", "vi")
    out, _ = run("build", "--help")
    assert (
        "Dựng và xuất bản danh sách phát của mọi đài cho một ngày." in out and "Ngày phát (mặc định: ngày mai)." in out
    )
    out, _ = run("--lang", "en", "build", "--help")
    assert "Render and publish the playlists of every station for one day." in out


def test_main_messages_in_both_languages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "xa-moi"
    monkeypatch.delenv("LOA_LANG")
    assert run("init", "--no-build", str(target)) == (
        f"Đã tạo thư mục làm việc {target}. Bước tiếp: loa build {target}\n",
        "",
    )
    assert run("validate", str(target)) == ("Tốt: 3 đài, 3 thông báo\n", "")
    assert run("--lang", "en", "validate", str(target)) == ("OK: 3 stations, 3 announcements\n", "")
    assert run("validate", str(target)) == ("Tốt: 3 đài, 3 thông báo\n", "")  # --lang is for that command only
    missing = tmp_path / "khong-co"
    _, err = run("validate", str(missing), code=1)
    assert err == (
        f"lỗi: {missing}: thư mục này không tồn tại — cho đường dẫn tới một thư mục làm việc, "
        "hoặc tạo mới bằng 'loa init DIR'\n"
    )
    _, err = run("--lang", "en", "validate", str(missing), code=1)
    assert err == (
        f"error: {missing}: this folder does not exist — give the path of a workspace, "
        "or create one with 'loa init DIR'\n"
    )


def test_validation_errors_in_vietnamese_name_the_file_line_and_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "ws"
    run("init", "--no-build", str(target))
    item = target / "scripts_vi" / "announcements" / "tin-gia.md"
    item.write_text(item.read_text("utf-8").replace("\ntitle:", "\nrepat: 2\ntitle:", 1), encoding="utf-8")
    monkeypatch.setenv("LOA_LANG", "vi")
    _, err = run("validate", str(target), code=1)
    assert re.fullmatch(
        rf"lỗi: {re.escape(str(item))}:\d+: trường không hợp lệ 'repat' — có phải ý bạn là 'repeat'\?\n", err
    )


@pytest.mark.slow
def test_a_build_summary_in_both_languages(mini_ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOA_LANG", "vi")
    out, err = run("build", str(mini_ws), "--date", "10/08/2021", "--workers", "1")
    folder = mini_ws.resolve() / "playlists" / "2021-08-10"
    assert shape(out) == "#-#-#: # đài, # buổi, # tin, #,# phút âm thanh; dựng mới #, dùng lại # từ bộ nhớ đệm\n"
    assert err == f"Đã xuất bản vào {folder} (báo cáo: {folder / 'bao-cao.html'})\n"
    report = (folder / "bao-cao.html").read_text(encoding="utf-8")
    assert "<h1>Báo cáo trước giờ phát</h1>" in report and 'lang="vi"' in report
    out, _ = run("--lang", "en", "build", str(mini_ws), "--date", "10/08/2021", "--workers", "1")
    assert shape(out) == "#-#-#: # stations, # slots, # items, # minutes of audio; rendered #, reused # from cache\n"
