"""`loa lint`: every word a voice would misread, with its file and line; the build warns too."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.build.check import load_workspace
from pipeline.build.lint import Defined, lint_all
from pipeline.cli import cli

from ..conftest import ROOT


def _add_line(ws: Path, text: str) -> Path:
    item = ws / "scripts_vi" / "announcements" / "hop-thon.md"
    item.write_text(item.read_text(encoding="utf-8") + text + "\n", encoding="utf-8")
    return item


def test_sample_workspace_is_speakable() -> None:
    result = CliRunner().invoke(cli, ["lint", str(ROOT)])
    assert (result.exit_code, result.output) == (0, "OK: every word is speakable\n")


def test_unknown_words_are_listed_with_file_and_line(mini_ws: Path) -> None:
    item = _add_line(mini_ws, "Liên hệ qua Vinhphuc hoặc {{ station.name }}, giá ¤ 38 nghìn.")
    result = CliRunner(mix_stderr=False).invoke(cli, ["lint", str(mini_ws)])
    fix = "add it to the lexicon (scripts_vi/lexicon.tsv) or rewrite it"
    assert result.exit_code == 1
    assert result.stdout == f'{item}:7: "¤" — {fix}\n'
    guess = 'the voice guesses "vinh phúc"'  # toneless syllables run together: guessed, so information, not an error
    assert result.stderr.startswith(f'info: {item}:7: "Vinhphuc" is not in the lexicon; {guess}')
    assert result.stderr.endswith("\nwords to fix before they reach the voice: 1\n")


def test_foreign_words_the_voice_guesses_are_listed_with_their_guess(mini_ws: Path) -> None:
    item = _add_line(mini_ws, "Liên hệ qua Signal; bão WIPHA, bão số 6 (NOCTEN) đi vào Philippines.")
    result = CliRunner(mix_stderr=False).invoke(cli, ["lint", str(mini_ws)])
    assert (result.exit_code, result.stdout) == (0, "OK: every word is speakable\n")  # information, not an error
    assert result.stderr == (
        f'info: {item}:7: "NOCTEN" is not in the lexicon; the voice guesses "nốc ten"; if that is wrong, add a line '
        '"NOCTEN<TAB>how to say it" to scripts_vi/lexicon.tsv\n'
        f'info: {item}:7: "Signal" is not in the lexicon; the voice guesses "xích nan"; if that is wrong, '
        'add a line "Signal<TAB>how to say it" to scripts_vi/lexicon.tsv\n'
    )  # WIPHA and Philippines have their reading in pipeline/data/foreign.tsv; a storm's name is never spelled


def test_templates_and_station_names_are_checked(mini_ws: Path) -> None:
    template = mini_ws / "scripts_vi" / "templates" / "ket-thuc.j2"
    template.write_text("Xin hết.\nHẹn gặp lại {{ station.name }} trên ¤.\n", encoding="utf-8")
    result = CliRunner(mix_stderr=False).invoke(cli, ["lint", str(mini_ws)])
    assert result.stdout == f'{template}:2: "¤" — add it to the lexicon (scripts_vi/lexicon.tsv) or rewrite it\n'


def test_a_lexicon_entry_fixes_the_word(mini_ws: Path) -> None:
    _add_line(mini_ws, "Liên hệ qua Telegram.")
    (mini_ws / "scripts_vi" / "lexicon.tsv").write_text("telegram\ttê lê gờ ram\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["lint", str(mini_ws)])
    assert (result.exit_code, result.output) == (0, "OK: every word is speakable\n")


@pytest.mark.slow
def test_build_warns_about_unspeakable_words(mini_ws: Path) -> None:
    item = _add_line(mini_ws, "Liên hệ qua ¤.")
    result = CliRunner(mix_stderr=False).invoke(cli, ["build", str(mini_ws), "--date", "2021-08-10"])
    assert result.exit_code == 0, result.output
    first = f'"¤" ({item.name}:7)'
    assert f"warning: words the voice would misread: 1, first {first}; loa lint lists them all\n" in result.stderr


def test_abbreviations_read_letter_by_letter_are_listed_as_information(mini_ws: Path) -> None:
    item = _add_line(mini_ws, "BQLDA và HTX Phú Lộc mời họp; BQLDA chủ trì.")
    result = CliRunner(mix_stderr=False).invoke(cli, ["lint", str(mini_ws)])
    assert (result.exit_code, result.stdout) == (0, "OK: every word is speakable\n")  # information, not an error
    assert result.stderr == (
        f'info: {item}:7: "BQLDA" is read letter by letter ("bê quy e lờ dê a"); to give it words, add a line '
        '"BQLDA<TAB>how to say it" to scripts_vi/lexicon.tsv\n'
    )  # once, where it first appears; HTX is in Loa's lexicon ("hợp tác xã")
    (mini_ws / "scripts_vi" / "lexicon.tsv").write_text("BQLDA\tBan quản lý dự án\n", encoding="utf-8")
    result = CliRunner(mix_stderr=False).invoke(cli, ["lint", str(mini_ws)])
    assert result.stderr == ""


def test_an_abbreviation_the_text_defines_is_found_where_it_is_defined_and_no_longer_spelled(mini_ws: Path) -> None:
    item = _add_line(mini_ws, "BQLDA mời họp.")
    assert [s.token for s in lint_all(load_workspace(mini_ws)).spelled] == ["BQLDA"]  # undefined, it is spelled
    item.write_text(item.read_text(encoding="utf-8").replace("BQLDA", "Ban quản lý dự án (BQLDA)"), encoding="utf-8")
    _add_line(mini_ws, "Cuộc Tổng điều tra (TĐT) năm nay do BQLDA chủ trì; TĐT kéo dài một tháng.")
    linted = lint_all(load_workspace(mini_ws))
    assert linted.defined == [
        Defined(item, 7, "BQLDA", "Ban quản lý dự án"),
        Defined(item, 8, "TĐT", "Tổng điều tra"),
    ]  # the line of each definition, the words before the bracket ("Cuộc" is no initial of TĐT)
    assert linted.spelled == []  # BQLDA on line 8 is read "Ban quản lý dự án", not letter by letter


def test_lint_says_which_abbreviations_a_text_defines_and_how_they_are_read(mini_ws: Path) -> None:
    item = _add_line(mini_ws, "Cuộc Tổng điều tra (TĐT) bắt đầu hôm nay.")
    _add_line(mini_ws, "Mọi hộ dân tham gia TĐT; BQLDA chủ trì.")
    result = CliRunner(mix_stderr=False).invoke(cli, ["lint", str(mini_ws)])
    assert (result.exit_code, result.stdout) == (0, "OK: every word is speakable\n")  # information, not an error
    assert result.stderr == (
        f'info: {item}:7: TĐT is defined as "Tổng điều tra"; the bracket is not read, and later uses of TĐT are '
        'read "Tổng điều tra"\n'
        f'info: {item}:8: "BQLDA" is read letter by letter ("bê quy e lờ dê a"); to give it words, add a line '
        '"BQLDA<TAB>how to say it" to scripts_vi/lexicon.tsv\n'
    )


def test_a_slash_that_may_be_a_date_or_a_ratio_is_pointed_out(mini_ws: Path) -> None:
    item = _add_line(mini_ws, "Đạt 4/5 chỉ tiêu, họp ngày 4/5, 12/15 xã; tỷ lệ 3/4 hộ dân, hạn 30/4.")
    _add_line(mini_ws, "Kết quả 4/5.")
    result = CliRunner(mix_stderr=False).invoke(cli, ["lint", str(mini_ws)])
    assert (result.exit_code, result.stdout) == (0, "OK: every word is speakable\n")
    assert result.stderr == (
        f'info: {item}:8: "4/5" may be a date or a ratio; write "ngày 4/5" for a date or "4 trên 5" for a ratio\n'
    )  # "4/5 chỉ tiêu", "3/4 hộ": counted, so ratios; "ngày 4/5", "hạn 30/4": dates; 12/15 is no date


LETTERS = Path(__file__).parent.parent / "data" / "letters"  # two real directives, pasted whole as editors do


def _paste(ws: Path, name: str) -> Path:
    item = ws / "scripts_vi" / "announcements" / "hop-thon.md"
    item.write_text(item.read_text(encoding="utf-8") + (LETTERS / name).read_text(encoding="utf-8"), encoding="utf-8")
    return item


def test_a_pasted_directive_has_its_apparatus_and_long_links_flagged(mini_ws: Path) -> None:
    item = _paste(mini_ws, "bac-giang-2021-05-tang-cuong-tuyen-truyen.txt")
    before = item.read_text(encoding="utf-8")
    result = CliRunner(mix_stderr=False).invoke(cli, ["lint", str(mini_ws)])
    assert result.exit_code == 1
    delete = "not for reading aloud; fix: delete the line"
    for line in (
        f'{item}:9: "ỦY BAN NHÂN DÂN" is the issuing body\'s heading of an official letter, {delete}',
        f'{item}:13: "Độc lập - Tự do - Hạnh phúc" is the national motto of an official letter, {delete}',
        f'{item}:15: "Số: /UBND-KGVX" is the letter\'s number and symbol, {delete}',
        f'{item}:23: "Kính gửi:" is the letter\'s addressees (Kính gửi), {delete}',
        f'{item}:27: "UBND huyện, thành phố;" is the letter\'s addressees (Kính gửi), {delete}',
        f'{item}:53: "Lưu: VT, KGVX." is the letter\'s list of recipients and filing (Nơi nhận, Lưu), {delete}',
        f'{item}:55: "KT. CHỦ TỊCH" is the letter\'s signature block, {delete}',
        f'{item}:58: "Mai Sơn" is the letter\'s signature block, {delete}',
        f'{item}:67: "https://www.facebook.com/ubndtinhbacgiang" is a link too long to read aloud; fix: say the '
        'site\'s name instead (e.g. "trang dịch vụ công quốc gia") or write the address as it is read',
        f'{item}:69: "Quét mã QR code để tham gia:" is an instruction to scan a QR code, which a listener cannot see; '
        "fix: delete the line",
    ):
        assert line in result.stdout.splitlines()
    assert "Trước diễn biến phức tạp" not in result.stdout  # the letter's body is the announcement
    assert result.stderr.endswith("lines of an official letter or long links would be read aloud\n")
    assert item.read_text(encoding="utf-8") == before  # flagged, never changed behind the editor's back


def test_a_cloud_drive_link_and_a_subject_line_are_flagged(mini_ws: Path) -> None:
    item = _paste(mini_ws, "long-an-2020-08-bluezone.txt")
    result = CliRunner(mix_stderr=False).invoke(cli, ["lint", str(mini_ws)])
    subject = (
        "is the letter's subject line (V/v), not for reading aloud; fix: delete it, or make it the announcement's title"
    )
    assert f'{item}:13: "V/v tuyên truyền cài đặt ứng dụng" {subject}' in result.stdout.splitlines()
    assert f'{item}:16: "COVID-19" {subject}' in result.stdout.splitlines()  # the subject's wrapped lines too
    assert f'{item}:43: "https://1drv.ms/u/s!Ap2uc_Ywbfy_qUJY4RcLM14aZyAx?e=6MRIjD" is a link' in result.stdout
    assert "https://www.bluezone.gov.vn/tai-lieu" not in result.stdout  # short enough to read
