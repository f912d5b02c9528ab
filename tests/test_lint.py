"""`loa lint`: every word a voice would misread, with its file and line; the build warns too."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import cli

from .conftest import ROOT


def _add_line(ws: Path, text: str) -> Path:
    item = ws / "scripts_vi" / "announcements" / "hop-thon.md"
    item.write_text(item.read_text(encoding="utf-8") + text + "\n", encoding="utf-8")
    return item


def test_sample_workspace_is_speakable() -> None:
    result = CliRunner().invoke(cli, ["lint", str(ROOT)])
    assert (result.exit_code, result.output) == (0, "OK: every word is speakable\n")


def test_unknown_words_are_listed_with_file_and_line(mini_ws: Path) -> None:
    item = _add_line(mini_ws, "Liên hệ qua Hanoi hoặc {{ station.name }}, nhiệt độ ≥ 38 độ.")
    result = CliRunner(mix_stderr=False).invoke(cli, ["lint", str(mini_ws)])
    fix = "add it to the lexicon (scripts_vi/lexicon.tsv) or rewrite it"
    assert result.exit_code == 1
    assert result.stdout == f'{item}:7: "Hanoi" — {fix}\n{item}:7: "≥" — {fix}\n'  # syllables run together
    assert result.stderr == "2 words to fix before they reach the voice\n"


def test_foreign_words_the_voice_guesses_are_listed_with_their_guess(mini_ws: Path) -> None:
    item = _add_line(mini_ws, "Liên hệ qua Telegram; bão WIPHA, bão số 6 (NOCTEN) đi vào Philippines.")
    result = CliRunner(mix_stderr=False).invoke(cli, ["lint", str(mini_ws)])
    assert (result.exit_code, result.stdout) == (0, "OK: every word is speakable\n")  # information, not an error
    assert result.stderr == (
        f'info: {item}:7: "NOCTEN" is not in the lexicon; the voice guesses "nóc ten"; if that is wrong, add a line '
        '"NOCTEN<TAB>how to say it" to scripts_vi/lexicon.tsv\n'
        f'info: {item}:7: "Telegram" is not in the lexicon; the voice guesses "tê lê gờ ram"; if that is wrong, '
        'add a line "Telegram<TAB>how to say it" to scripts_vi/lexicon.tsv\n'
    )  # WIPHA and Philippines have their reading in pipeline/data/foreign.tsv; a storm's name is never spelled


def test_templates_and_station_names_are_checked(mini_ws: Path) -> None:
    template = mini_ws / "scripts_vi" / "templates" / "ket-thuc.j2"
    template.write_text("Xin hết.\nHẹn gặp lại {{ station.name }} trên Hanoi.\n", encoding="utf-8")
    result = CliRunner(mix_stderr=False).invoke(cli, ["lint", str(mini_ws)])
    assert result.stdout == f'{template}:2: "Hanoi" — add it to the lexicon (scripts_vi/lexicon.tsv) or rewrite it\n'


def test_a_lexicon_entry_fixes_the_word(mini_ws: Path) -> None:
    _add_line(mini_ws, "Liên hệ qua Telegram.")
    (mini_ws / "scripts_vi" / "lexicon.tsv").write_text("telegram\ttê lê gờ ram\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["lint", str(mini_ws)])
    assert (result.exit_code, result.output) == (0, "OK: every word is speakable\n")


def test_build_warns_about_unspeakable_words(mini_ws: Path) -> None:
    item = _add_line(mini_ws, "Liên hệ qua Hanoi.")
    result = CliRunner(mix_stderr=False).invoke(cli, ["build", str(mini_ws), "--date", "2021-08-10"])
    assert result.exit_code == 0, result.output
    first = f'"Hanoi" ({item.name}:7)'
    assert f"warning: 1 words the voice would misread, first {first}; loa lint lists them all\n" in result.stderr


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


def test_a_slash_that_may_be_a_date_or_a_ratio_is_pointed_out(mini_ws: Path) -> None:
    item = _add_line(mini_ws, "Đạt 4/5 chỉ tiêu, họp ngày 4/5, 12/15 xã; tỷ lệ 3/4 hộ dân, hạn 30/4.")
    _add_line(mini_ws, "Kết quả 4/5.")
    result = CliRunner(mix_stderr=False).invoke(cli, ["lint", str(mini_ws)])
    assert (result.exit_code, result.stdout) == (0, "OK: every word is speakable\n")
    assert result.stderr == (
        f'info: {item}:8: "4/5" may be a date or a ratio; write "ngày 4/5" for a date or "4 trên 5" for a ratio\n'
    )  # "4/5 chỉ tiêu", "3/4 hộ": counted, so ratios; "ngày 4/5", "hạn 30/4": dates; 12/15 is no date
