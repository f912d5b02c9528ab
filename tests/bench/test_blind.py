"""bench.blind --flagged: which misses lint warns the editor about, and the silent ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import blind
from bench.agreement import agrees

SPANS = (
    "a.txt\tforeign-name\tgặp ông Smithson hôm nay\tgặp ông Xmít xơn hôm nay\n"  # guessed: lint flags it
    "a.txt\tdate\thọp ngày 4/5 tại nhà văn hóa\thọp ngày bốn tháng năm tại nhà văn hóa\n"  # said with mồng: silent
    "a.txt\ttime\tlúc 8 giờ sáng\tlúc tám giờ sáng\n"  # right
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    batch = tmp_path / "batch-x"
    batch.mkdir()
    (batch / "spans.tsv").write_text("# file\tcategory\twritten\tspoken\n" + SPANS, encoding="utf-8")
    (tmp_path / "batch-y").mkdir()  # a folder without spans is not a batch
    return tmp_path


def test_flagged_counts_misses_lint_warns_about_and_silent_ones(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blind.main_flagged(corpus=corpus)
    assert capsys.readouterr().out == (
        "batch-x: 2 misses of 3 spans, 1 flagged, 1 silent (33.3% of spans); flagged by guessed 1\n"
        "  date             1 misses   0 flagged   1 silent  of 1 spans\n"
        "  foreign-name     1 misses   1 flagged   0 silent  of 1 spans\n"
        "all: 2 misses of 3 spans, 1 flagged, 1 silent (33.3% of spans)\n"
    )


def test_first_look_flags_the_misses_of_the_file_only_for_batches_that_have_one(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header = "file\tcategory\twritten\texpected\tgot\n"
    miss = "a.txt\tforeign-name\tgặp ông Smithson hôm nay\tgặp ông Xmít xơn hôm nay\tgặp ông xờ mít xon hôm nay\n"
    (corpus / "batch-x" / blind.FIRST_LOOK).write_text(header + miss, encoding="utf-8")
    other = corpus / "batch-w"  # no first look: left out
    other.mkdir()
    (other / "spans.tsv").write_text(SPANS, encoding="utf-8")
    blind.main_flagged(first=True, corpus=corpus)  # the date span, missed today, is not in the file: not counted
    assert capsys.readouterr().out == (
        "batch-x: 1 misses of 3 spans, 1 flagged, 0 silent (0.0% of spans); flagged by guessed 1\n"
        "  foreign-name     1 misses   1 flagged   0 silent  of 1 spans\n"
        "all: 1 misses of 3 spans, 1 flagged, 0 silent (0.0% of spans)\n"
    )


@pytest.mark.parametrize(
    ("spoken", "read"),
    [
        ("đội tuyển Bra-xin thắng", "đội tuyển Bra xin thắng"),  # a hyphen between letters is not heard
        ("In-đô-nê-xi-a,", "in đô nê xi a"),
    ],
)
def test_fold_ignores_hyphens_between_letters(spoken: str, read: str) -> None:
    assert blind.fold(spoken) == blind.fold(read)


def test_fold_keeps_a_hyphen_beside_a_digit_which_is_a_symbol_left_unread() -> None:
    assert blind.fold("từ 5-7 ngày") != blind.fold("từ 5 7 ngày")


def test_agreement_scores_one_annotator_by_the_other_as_loa_is_scored() -> None:
    first = ["a.txt", "date", "ngày 4/5", "ngày mồng bốn tháng năm"]
    second = ["a.txt", "date", "ngày 4/5", "ngày bốn tháng năm", "ngày mồng bốn tháng năm"]
    assert agrees(first, second) and not agrees(second, first)  # only the annotation's alternatives count


@pytest.mark.parametrize(
    ("spoken", "read"),
    [("chín tỷ đồng", "chín tỉ đồng"), ("kỹ thuật", "kĩ thuật"), ("lý do", "lí do"), ("quý một", "quí một")],
)
def test_fold_ignores_i_or_y_ending_a_syllable_after_its_consonant(spoken: str, read: str) -> None:
    assert blind.fold(spoken) == blind.fold(read)


def test_fold_keeps_y_that_ends_a_vowel_pair() -> None:
    assert blind.fold("tuy nhiên") != blind.fold("tui nhiên")  # uy and ui are two sounds
    assert blind.fold("ngày") != blind.fold("ngài")


@pytest.mark.parametrize(
    ("spoken", "read"),
    [("huyện Đăk Tô", "huyện Đắc Tô"), ("tỉnh Đắk Lắk", "tỉnh Đắc Lắc"), ("thẻ gắn chip", "thẻ gắn chíp")],
)
def test_fold_hears_a_stop_closed_syllable_rising_and_its_final_k_as_c(spoken: str, read: str) -> None:
    assert blind.fold(spoken) == blind.fold(read)


def test_fold_keeps_the_heavy_tone_of_a_stop_closed_syllable_and_the_tone_of_an_open_one() -> None:
    assert blind.fold("hạt") != blind.fold("hát")  # the heavy tone is heard
    assert blind.fold("má") != blind.fold("ma")  # an open syllable is said level or rising
    assert blind.fold("Đắk Nông") != blind.fold("Đắc Nóng")


@pytest.mark.parametrize(
    ("spoken", "read"),
    [("bão số năm, Ka gi ki", "bão số năm, ca gi ki"), ("sông Mê Kông", "sông Mê Công"), ("xi gêm", "Xi Ghêm")],
)
def test_fold_hears_k_before_a_o_u_as_c_and_gh_before_e_as_g(spoken: str, read: str) -> None:
    assert blind.fold(spoken) == blind.fold(read)


def test_fold_keeps_gi_apart_from_ghi_and_k_before_a_front_vowel() -> None:
    assert blind.fold("bão ya gi") != blind.fold("bão ya ghi")  # two sounds
    assert blind.fold("Kiên") == blind.fold("Kiên") != blind.fold("Ciên")
