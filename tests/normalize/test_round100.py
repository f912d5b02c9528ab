"""Issue 29, round 100: what blind batches co1 and co2 (now development) showed, and the voice's own spelling."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.syllable import unspeakable

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("tỉnh Đắk Lắk và Đắk Nông", "tỉnh Đắk Lắk và Đắk Nông"),  # as written: the voice says "ắk" as "ắc"
        ("ĐắkLắk", "Đắk Lắk"),
        ("TỈNH ĐẮK NÔNG", "tỉnh đắk nông"),
        ("huyện Đăk Tô, Đak Pơ", "huyện Đắc Tô, Đắc Pơ"),  # without the tone the voice reads English: the tone said
    ],
)
def test_dak_lak_with_its_tone_is_read_as_written(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


def test_a_highland_ak_is_speakable_and_without_its_tone_is_not() -> None:
    assert unspeakable("Đắk Lắk ĐẮK Đăk Lăk Bók") == ["Đăk", "Lăk", "Bók"]


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("qua trạm Kratie ở mức", "qua trạm Cra chê ở mức"),
        ("trình duyệt Google Chrome sẽ", "trình duyệt Gu gồ Crôm sẽ"),
        ("Sâu cuốn lá nhỏ (Cnaphalocrocis)", "Sâu cuốn lá nhỏ, cờ na pha lô crô xít"),  # a name's cluster kept
    ],
)
def test_c_before_r_or_l_is_kept_as_a_cluster_in_names(written: str, spoken: str) -> None:
    assert N.line(written).lower() == spoken.lower()


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "gió mạnh nhất từ 16 giờ đến khuya 19-12",
            "gió mạnh nhất từ mười sáu giờ đến khuya ngày mười chín tháng mười hai",
        ),
        ("Từ 6 giờ đến 11 giờ 19-12, Lý Sơn", "Từ sáu giờ đến mười một giờ ngày mười chín tháng mười hai, Lý Sơn"),
        ("khoảng 7 giờ 5-10 phút", "khoảng bảy giờ năm đến mười phút"),  # minutes, not a date
        ("sáng 5-10 giờ", "sáng năm đến mười giờ"),
    ],
)
def test_a_day_and_month_after_an_hour_or_khuya_is_that_day(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("khai mạc lúc 07.30 phút với", "khai mạc lúc bảy giờ ba mươi phút với"),
        ("vào lúc 19.45 ngày", "vào lúc mười chín giờ bốn mươi lăm ngày"),
        ("lúc 1 giờ ngày 12.11 trên", "lúc một giờ ngày mười hai tháng mười một trên"),  # a date
        ("ngày 19.10 trên", "ngày mười chín tháng mười trên"),
    ],
)
def test_an_hour_and_its_minutes_with_a_dot(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("nâng tỷ số lên 3-0.", "nâng tỷ số lên ba không."),
        ("vươn lên dẫn trước 2-1.", "vươn lên dẫn trước hai một."),
        ("từ 3-5 người", "từ ba đến năm người"),  # a range, as before
    ],
)
def test_a_score_after_ty_so_len_or_dan_truoc(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Công ty TNHHMTV Cà phê", "Công ty trách nhiệm hữu hạn một thành viên Cà phê"),
        ("Trung ương Hội NDVN.", "Trung ương Hội Nông dân Việt Nam."),
    ],
)
def test_abbreviations_of_co2(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("điểm đo mưa Mường Toong 70mm", "điểm đo mưa Mường Toong bảy mươi mi li mét"),  # a name, not a guess
        ("(kin chiêng booc mạy) của dân tộc Thái", "kin chiêng booc mạy, của dân tộc Thái"),
    ],
)
def test_the_long_o_written_twice_before_c_or_ng_is_a_syllable(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


def test_oo_rhymes_and_x_before_r_are_speakable() -> None:
    assert unspeakable("Niu Oóc, cái xoong, I xra en, goo") == ["goo"]
