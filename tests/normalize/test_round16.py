"""Round 16 (issue 29): shapes the annotators agree on, and the house conventions of /work/notes/corpus.md."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.toneless import fold_marks, restore_tones

CTX = load_context()
READ = Normalizer(CTX)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("dancuquocgia.bocongan.gov.vn", "dân cư quốc gia chấm bộ công an chấm gốp chấm vê en"),
        ("https://quanlynhanuoc.vn", "quản lý nhà nước chấm vê en"),
        ("https://dangky.thuongtruong.vn", "đăng ký chấm thương trường chấm vê en"),
        ("Baoquangngai.vn", "báo quảng ngãi chấm vê en"),
        ("tongdieutradanso.vn", "tổng điều tra dân số chấm vê en"),
    ],
)
def test_vietnamese_words_without_marks_in_an_address_are_read_with_their_tones(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


@pytest.mark.parametrize("run", ["co", "otit", "vneid", "nchmf"])
def test_a_run_without_a_known_pair_of_syllables_is_not_given_tones(run: str) -> None:
    assert restore_tones(run, CTX.toneless) is None


def test_marks_fold_away_as_an_address_writes_them() -> None:
    assert fold_marks("Đăng Ký Thường Trú") == "dang ky thuong tru"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [("bão Kajiki", "bão ca gi ki"), ("ông Fujita", "ông phu gi ta"), ("bão Kalmaegi", "bão can ma e gi")],
)
def test_ji_and_gi_in_a_foreign_name_read_gi_as_the_house_does(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("xe biển số 29X-123.45 vi phạm", "xe biển số hai chín ích, một hai ba bốn năm vi phạm"),
        ("xe 30A-12345 đỗ", "xe ba không a, một hai ba bốn năm đỗ"),
        ("xe máy 29-B1 123.45", "xe máy hai chín bê một, một hai ba bốn năm"),
        ("lớp 12A-2024", "lớp mười hai a hai nghìn không trăm hai mươi tư"),
    ],
)
def test_a_number_plate_is_read_digit_by_digit_not_as_a_decimal(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("dự án nhóm C và nhóm B", "dự án nhóm xê và nhóm bê"),
        ("giấy phép lái xe hạng C", "giấy phép lái xe hạng xê"),
        ("Đại hội khóa XV", "Đại hội khóa mười lăm"),
    ],
)
def test_a_lone_c_after_a_grouping_word_is_a_letter_not_a_hundred(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Ban kinh tế - xã hội HĐND huyện", "Ban kinh tế, xã hội Hội đồng nhân dân huyện"),
        ("nhập mã OTP", "nhập mã ô tê pê"),
    ],
)
def test_a_lower_case_word_just_said_does_not_shorten_a_name_in_capitals(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken
