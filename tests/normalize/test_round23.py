"""Round 23 (issue 29): the team's decisions of 2026-12-03 (/work/notes/corpus.md) where the annotators of all
batches agree, and round 22's leftovers; the house pairs (real_pairs.tsv) take the annotators' reading."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Sáng 27-8, vùng áp thấp", "Sáng ngày hai mươi bảy tháng tám, vùng áp thấp"),
        ("lúc 20 giờ tối 2-11.", "lúc hai mươi giờ tối ngày mồng hai tháng mười một."),
        ("rạng sáng 21-10 (giờ Việt Nam)", "rạng sáng ngày hai mươi mốt tháng mười, giờ Việt Nam"),
        ("Chiều 4.3 thông báo", "Chiều ngày mồng bốn tháng ba thông báo"),
        ("trong đêm 30-4, cấm", "trong đêm ngày ba mươi tháng tư, cấm"),  # after "đêm": "ngày" (rounds 74, 81)
    ],
)
def test_a_date_after_a_time_of_day_says_ngay(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Kỷ niệm 80 năm Quốc khánh 2/9, Hà Nội", "Kỷ niệm tám mươi năm Quốc khánh mồng hai tháng chín, Hà Nội"),
        ("kỳ nghỉ lễ 2/9, giao thông", "kỳ nghỉ lễ mồng hai tháng chín, giao thông"),
        ("bắn pháo hoa cả dịp 30/4.", "bắn pháo hoa cả dịp ba mươi tháng tư."),
    ],
)
def test_a_holiday_date_is_said_without_ngay(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("nhiệm vụ chi và tỷ lệ % phân chia các khoản thu", "nhiệm vụ chi và tỷ lệ phần trăm phân chia các khoản thu"),
        ("sau đó trích % lên cho trường", "sau đó trích phần trăm lên cho trường"),
        ("theo tỉ lệ phần trăm (%) trên mức đóng", "theo tỉ lệ phần trăm trên mức đóng"),
        ("giảm 5 % so với", "giảm năm phần trăm so với"),
    ],
)
def test_a_percent_sign_without_a_number_is_the_word(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


def test_a_tilde_before_a_number_is_about() -> None:
    assert READ.line("đạt 566.516 (~44,42%) lượt.") == (
        "đạt năm trăm sáu mươi sáu nghìn năm trăm mười sáu, khoảng bốn mươi tư phẩy bốn mươi hai phần trăm, lượt."
    )


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("sẽ rào chắn 1/3 mặt đường hướng Đông Anh", "sẽ rào chắn một phần ba mặt đường hướng Đông Anh"),
        ("rào chắn 1/3 mặt cầu sát làn xe máy", "rào chắn một phần ba mặt cầu sát làn xe máy"),
        ("Ngày 1/3 mặt trận xã họp", "Ngày mồng một tháng ba mặt trận xã họp"),  # a date stays one
    ],
)
def test_a_share_of_a_road_surface_is_a_fraction(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


def test_a_roman_numeral_after_chi_so_is_a_number() -> None:
    assert READ.line("biển báo mũi tên chỉ số II).") == "biển báo mũi tên chỉ số hai."


def test_a_news_date_with_a_dash_spaced_on_one_side() -> None:
    assert (
        READ.line("rạng sáng nay 25 -11 (giờ Việt Nam)")
        == "rạng sáng nay ngày hai mươi lăm tháng mười một, giờ Việt Nam"
    )
