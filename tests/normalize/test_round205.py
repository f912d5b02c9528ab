"""Issue 29, round 205, from blind batches hm1, ho1 and ho2 after their scores: a reservoir's level over its normal
level, two standards of one year, a substation's number, a power line after `ĐD`, Saudi Arabia written glued."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Thượng Sông Trí 27,6/32m", "Thượng Sông Trí hai mươi bảy phẩy sáu trên ba mươi hai mét"),
        ("Kim Sơn 94,65/97 m", "Kim Sơn chín mươi tư phẩy sáu mươi lăm trên chín mươi bảy mét"),
        ("tháng 6,7/2024", "tháng sáu,tháng bảy năm hai nghìn không trăm hai mươi tư"),  # two months, as before
    ],
)
def test_a_level_over_its_normal_level_is_over(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "(theo QCVN 02-19 và 02-20: 2014/BNNPTNT)",
            "theo quy chuẩn Việt Nam không hai mười chín và không hai hai mươi, năm hai nghìn không trăm mười bốn, "
            "Bộ Nông nghiệp và Phát triển nông thôn",
        ),  # the second standard was a range, "hai đến hai mươi", the first word spelled
        ("theo QCVN hiện hành", "theo quy chuẩn Việt Nam hiện hành"),
        (
            "QCVN 41: 2016/BGTVT",
            "quy chuẩn Việt Nam bốn mươi mốt, năm hai nghìn không trăm mười sáu, Bộ Giao thông vận tải",
        ),
    ],
)
def test_standards(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("110kV Lào Cai (E20.2) gây", "một trăm mười ki lô vôn Lào Cai, e hai mươi chấm hai, gây"),
        ("00:00 06:00 ĐD 373 E15.43", "từ không giờ đến sáu giờ đường dây ba bảy ba e mười lăm chấm bốn ba"),
        ("cấp điện từ đường dây 971 E18.8", "cấp điện từ đường dây chín bảy một e mười tám chấm tám"),
        ("đường dây 471 E9.37", "đường dây bốn bảy một e chín chấm ba bảy"),  # as before
    ],
)
def test_a_substations_number_is_a_number_and_a_lines_its_digits(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


def test_saudi_arabia_written_glued() -> None:
    assert N.text("giữa Ảrập Xêút và vùng Vịnh") == "giữa Ả Rập Xê út và vùng Vịnh"
