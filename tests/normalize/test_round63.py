"""Issue 29, round 63: what batches bc1 and bc2 (now development) showed that any notice may hold."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.rules_foreign import guess_reading

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("word", "said"),
    [
        ("Solutions", "xô lu sần"),  # bc1: the suffix by its sound, as every annotator said it (7 of 7)
        ("National", "na sần nồ"),
        ("International", "in tơ na sần nồ"),
        ("Tillerson", "ti lơ xơn"),  # as2: an unstressed final -son, -ton, -don is "ơn" (Oa-sinh-tơn)
        ("Anderson", "an đơ xơn"),
        ("Gabon", "ga bôn"),  # no s, t or d before it; a foreign o before n is ô (round 92)
    ],
)
def test_english_endings_said_by_their_sound(word: str, said: str) -> None:
    assert guess_reading(word) == said


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Từ 10h - 17h các ngày 2-9 và 3-9.",  # bc1: two dates after a plural "ngày", not days of one month
            "Từ mười giờ đến mười bảy giờ các ngày mồng hai tháng chín và mồng ba tháng chín.",
        ),
        ("các ngày 13-16/4", "các ngày mười ba đến mười sáu tháng tư"),  # days of one month, as before
        (
            "118 baht (80.000 đồng)/bao (5kg)",  # bc1: the slash after a converted price is its "per"
            "một trăm mười tám bạt, tám mươi nghìn đồng, một bao, năm ki lô gam",
        ),
        (
            "nhà máy đạt 160/150 m (mực nước chết)",
            "nhà máy đạt một trăm sáu mươi trên một trăm năm mươi mét, mực nước chết",
        ),
        (
            "Điện Thoại: 024.37332997 - 024.38464921",  # bc2: two landlines, not a range of decimals
            "Điện Thoại, không hai bốn, ba bảy ba ba, hai chín chín bảy, không hai bốn, ba tám bốn sáu, bốn chín hai một",
        ),
        ("Nga, Hàn Quốc, Australia và Ấn Độ", "Nga, Hàn Quốc, Ô xtrây li a và Ấn Độ"),  # 7 spans of 7
        ("trước cuộc họp UN", "trước cuộc họp u en nờ"),  # N is "en nờ" in every initialism
        ("đăng nhập bằng CMT/CCCD.", "đăng nhập bằng chứng minh thư, căn cước công dân."),
        ("Truy cập Cổng DVCQG, chọn", "Truy cập Cổng Dịch vụ công quốc gia, chọn"),
    ],
)
def test_what_bc1_and_bc2_showed(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (  # ad1, round 64: after "hết" a day of a month, whichever is higher
            "hoãn các công tác có cắt điện từ ngày 31-8 đến hết 2-9",
            "hoãn các công tác có cắt điện từ ngày ba mươi mốt tháng tám đến hết ngày mồng hai tháng chín",
        ),
        ("đến hết 3-5 ngày", "đến hết ba đến năm ngày"),  # a count after it: a range
        (  # round 64: abbreviations of official life from general knowledge
            "Phòng Cảnh sát QLHC về TTXH, Công an TP Đà Nẵng",
            "Phòng Cảnh sát quản lý hành chính về trật tự xã hội, Công an thành phố Đà Nẵng",
        ),
        ("Xí nghiệp KTCTTL Lương Tài", "Xí nghiệp Khai thác công trình thủy lợi Lương Tài"),
        ("Kỹ thuật CNC, phiên dịch", "Kỹ thuật xê en nờ xê, phiên dịch"),  # a machine's letters, no office
    ],
)
def test_round_64_days_through_and_office_abbreviations(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
