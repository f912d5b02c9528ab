"""Issue 29, round 67: what batches be1 and be2 (now development) showed that any notice may hold."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (  # be2: an area code, a hyphen, the number; the label `ĐT:` before a phone is "điện thoại"
            "nhà C1, ĐT: 04-38693108,",
            "nhà xê một, điện thoại, không bốn, ba tám sáu chín, ba một không tám",
        ),
        ("Điện thoại: 024-38693108", "Điện thoại, không hai bốn, ba tám sáu chín, ba một không tám"),
        (
            "ĐT 741 và ĐT: 0913123456",
            "đường tỉnh bảy trăm bốn mươi mốt và điện thoại, không chín một ba, một hai ba, bốn năm sáu",
        ),
        ("năm 2020-2025", "năm hai nghìn không trăm hai mươi đến hai nghìn không trăm hai mươi lăm"),  # no phone
        ("Cứ vào ngày Tết Độc lập 2/9,", "Cứ vào ngày Tết Độc lập mồng hai tháng chín"),  # a holiday names its day
        ("chuyển đổi số tại xã/tổng số cán bộ", "chuyển đổi số tại xã trên tổng số cán bộ"),  # a part over its total
        (  # bb2, be2: the abbreviation with the year just said repeats the name
            "năm 2025 (TĐTNN 2025) vào ngày 1/7/2025,",
            "năm hai nghìn không trăm hai mươi lăm vào ngày mồng một tháng bảy năm hai nghìn không trăm hai mươi lăm",
        ),
        ("E-mail: ctsv@hust.edu.vn", "i meo, xê tê ét vê a còng hát u ét tê chấm e dê u chấm vê en"),
        ("Một cố vấn của Tổng thống Macron nhấn mạnh:", "Một cố vấn của Tổng thống Ma crông nhấn mạnh"),  # 21 of 21
    ],
)
def test_what_be1_and_be2_showed(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Tổng thống Hàn Quốc Lee Jae Myung ngày 7/10", "Tổng thống Hàn Quốc Li Chê miêng ngày mồng bảy tháng mười"),
        ("Tổng thống Hàn Quốc Roh Moo-hyun", "Tổng thống Hàn Quốc Rô Mu hiên"),  # bb2: yu before n is "iê"
        ("Hàn Quốc Yoon Suk-yeol", "Hàn Quốc Yun Xúc yơn"),  # no consonant before it: as before
        ("tiệc tối tại thành phố Busan.", "tiệc tối tại thành phố Bu xan."),  # 3 spans of 3
    ],
)
def test_korean_myung_and_hyun_and_busan(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
