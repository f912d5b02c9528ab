"""What editors type as they know it: `loa new`, station names for ids, spaces in the lexicon, stray files."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest

from pipeline.app.new import Draft, new_announcement
from pipeline.build.check import load_workspace
from pipeline.domain.model import Slot, Station
from pipeline.errors import ValidationFailed
from pipeline.normalize.lexicon_file import lexicon_columns, parse_lexicon
from pipeline.workspace.stations import StationNames

from ..test_cli import run

NOW = datetime(2021, 8, 10, 9, 15)


def test_loa_new_writes_a_complete_announcement_that_validates(sample_ws: Path) -> None:
    out, _ = run("new", "-w", str(sample_ws), "--title", "Lịch tiêm vắc xin đợt 2", "--text", "Trạm y tế tiêm từ 7 giờ.",
                 "--station", "Tân Dĩnh", "--from", "01/08/2021", "--to", "31/08/2021", "--priority", "ưu tiên")  # fmt: skip
    path = sample_ws / "scripts_vi" / "announcements" / "lich-tiem-vac-xin-dot-2.md"
    assert out == f"Wrote {path}. Edit it if needed, then: loa approve {path} --as TÀI-KHOẢN\n"
    item = load_workspace(sample_ws).announcement("lich-tiem-vac-xin-dot-2")
    assert item is not None and item.stations == ("tan-dinh",) and item.valid_until == date(2021, 8, 31)
    assert item.priority.name == "UU_TIEN" and item.created is not None and item.body == "Trạm y tế tiêm từ 7 giờ.\n"


def test_loa_new_emergency_airs_from_now_to_the_end_of_the_day(sample_ws: Path) -> None:
    path = new_announcement(sample_ws, Draft("Bão số 5", "Bão số 5 sắp đổ bộ.", emergency=True), NOW)
    text = path.read_text(encoding="utf-8")
    assert 'valid_from: "2021-08-10 09:15"\nvalid_until: "2021-08-10 23:59"' in text
    assert "priority: khan-cap" in text and "template: khan-cap" in text
    again = new_announcement(sample_ws, Draft("Bão số 5", "Cập nhật.", emergency=True), NOW)
    assert again.name == "bao-so-5-2.md" and path.read_text(encoding="utf-8") == text  # never replaces a file


def test_loa_new_refuses_an_unknown_station_and_leaves_nothing(sample_ws: Path) -> None:
    before = sorted((sample_ws / "scripts_vi" / "announcements").iterdir())
    _, err = run("new", "-w", str(sample_ws), "--title", "X", "--text", "Y", "--station", "Hà Nội", code=1)
    assert err == "error: unknown station 'Hà Nội' — use ids from stations.yaml: tan-dinh, xuong-lam, thu-thua\n"
    assert sorted((sample_ws / "scripts_vi" / "announcements").iterdir()) == before


@pytest.mark.parametrize("typed", ["tan-dinh", "Tân Dĩnh", "xã Tân Dĩnh", "Đài Truyền thanh xã Tân Dĩnh", "TAN DINH"])
def test_stations_by_name_where_a_person_types_them(sample_ws: Path, typed: str) -> None:
    out, _ = run("script", "tin-gia", "--station", typed, "--date", "10/08/2021", "-w", str(sample_ws))
    assert out == run("script", "tin-gia", "--station", "tan-dinh", "--date", "10/08/2021", "-w", str(sample_ws))[0]
    item = sample_ws / "scripts_vi" / "announcements" / "tin-gia.md"
    text = item.read_text(encoding="utf-8")
    item.write_text(text.replace("stations: [tan-dinh, xuong-lam]", f"stations: [{typed}, Xương Lâm]"), "utf-8")
    loaded = load_workspace(sample_ws).announcement("tin-gia")
    assert loaded is not None and loaded.stations == ("tan-dinh", "xuong-lam")


def test_a_station_name_that_matches_nothing_is_still_an_error(sample_ws: Path) -> None:
    item = sample_ws / "scripts_vi" / "announcements" / "tin-gia.md"
    text = item.read_text(encoding="utf-8")
    item.write_text(text.replace("stations: [tan-dinh, xuong-lam]", "stations: [Hà Nội]"), encoding="utf-8")
    with pytest.raises(ValidationFailed) as err:
        load_workspace(sample_ws)
    assert "Hà Nội" in str(err.value) and "tan-dinh, thu-thua, xuong-lam" in str(err.value)


@pytest.mark.parametrize(
    ("line", "columns"),
    [
        ("HTX\thợp tác xã", ("HTX", "hợp tác xã")),
        ("HTX hợp tác xã", ("HTX", "hợp tác xã")),
        ("Covid 19  cô vít mười chín", ("Covid 19", "cô vít mười chín")),
        ("5K năm ca", ("5K", "năm ca")),
        ("xem thêm ở trang", None),  # no capital, no digit, one space: which words are written? not guessed
        ("HTX", None),
    ],
)
def test_lexicon_lines_typed_with_spaces(line: str, columns: tuple[str, str] | None) -> None:
    assert lexicon_columns(line) == columns


def test_an_ambiguous_lexicon_line_says_how_to_fix_it(tmp_path: Path) -> None:
    with pytest.raises(ValidationFailed) as err:
        parse_lexicon("HTX\thợp tác xã\nxem thêm ở trang\n", tmp_path / "lexicon.tsv")
    assert str(err.value) == (
        f"{tmp_path / 'lexicon.tsv'}:2: this lexicon line has no TAB-separated spoken form — "
        "write the written form, a TAB (or two spaces), then how to say it"
    )


def test_a_file_that_is_not_an_announcement_is_named_not_ignored(sample_ws: Path) -> None:
    stray = sample_ws / "scripts_vi" / "announcements" / "hop-dan.txt"
    stray.write_text("Họp dân lúc 19h", encoding="utf-8")
    (sample_ws / "scripts_vi" / "announcements" / "~hop-dan.md").write_text("x", encoding="utf-8")  # Word's lock file
    out, err = run("validate", str(sample_ws))
    assert out == "OK: 3 stations, 3 announcements\n"
    assert err == (
        f"warning: {stray} is not an announcement and does not air: only .md files are read; save it as hop-dan.md\n"
    )


def test_a_typed_station_is_the_first_in_the_file_it_names() -> None:
    """StationNames finds what a search through stations.yaml in order finds: an id, else a name, else the one
    name that ends with what was typed."""
    slot = (Slot("sang", time(5, 30), time(6, 0)),)
    stations = (Station("dinh", "Tân Dĩnh", "", "bac", slot), Station("tan-dinh", "Phường Dĩnh Kế", "", "bac", slot),
                Station("xuong-lam", "Xã Xương Lâm", "", "bac", slot))  # fmt: skip
    names = StationNames.of(stations)
    assert names.ids_of(("tan-dinh", "Tân Dĩnh", "dinh-ke", "lam", "Hà Nội")) == (
        "dinh", "dinh", "tan-dinh", "xuong-lam", "Hà Nội")  # fmt: skip
