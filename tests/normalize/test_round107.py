"""Issue 29, round 107: what blind batches cw1, cw2, cx1 and cx2 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("thì cháu Khánh Ng. tử vong", "thì cháu Khánh Ngờ tử vong"),
        ("bé gái Văn Thị Khánh Ng. (4 tuổi)", "bé gái Văn Thị Khánh Ngờ bốn tuổi"),
        ("ông Nguyễn Văn Th.", "ông Nguyễn Văn Thờ."),  # a line's end keeps its full stop
        ("theo Ng. cho biết", "theo Ng. cho biết"),  # no name or person's word before it
        ("chị N. T (SN 1990)", "chị en nờ tê, sinh năm một nghìn chín trăm chín mươi"),  # one letter: its name
    ],
)
def test_a_two_letter_initial_is_said_as_its_consonant(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Bệnh viện Quân Y 24, Bệnh viện", "Bệnh viện Quân Y hai mươi tư, Bệnh viện"),
        ("Bệnh viện Quân y 175", "Bệnh viện Quân y một trăm bảy mươi lăm"),  # as before
        ("lúa OM 5451", "lúa o em mờ năm bốn năm một"),  # a code still
    ],
)
def test_a_military_hospital_number_is_no_code(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("và km9 600 ĐT.450", "và ki lô mét chín cộng sáu trăm đường tỉnh bốn trăm năm mươi"),
        ("tại Km57 250 trên QL12B", "tại ki lô mét năm mươi bảy cộng hai trăm năm mươi trên quốc lộ mười hai bê"),
        ("dài 5 km 600 mét", "dài năm ki lô mét sáu trăm mét"),  # no post: km after its number
        ("Km 57+250", "ki lô mét năm mươi bảy cộng hai trăm năm mươi"),  # as before
    ],
)
def test_a_km_post_whose_plus_the_page_lost(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Phú Tân (12/1968-12/2018),",
            "Phú Tân, tháng mười hai năm một nghìn chín trăm sáu mươi tám đến tháng mười hai năm hai nghìn không trăm"
            " mười tám",
        ),
        (
            "nhiệm kỳ 2023 – 2028…Đại hội",
            "nhiệm kỳ hai nghìn không trăm hai mươi ba đến hai nghìn không trăm hai mươi tám. Đại hội",
        ),
    ],
)
def test_spans_of_months_and_years(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("từ 24 đến 26/ 6 với 4 nội dung", "từ ngày hai mươi tư đến ngày hai mươi sáu tháng sáu với bốn nội dung"),
        ("Tổ công tác Điều tra DS&NƠ cấp tỉnh", "Tổ công tác Điều tra dân số và nhà ở cấp tỉnh"),
        ("tổ chức đợt HMTN", "tổ chức đợt hiến máu tình nguyện"),
    ],
)
def test_what_cy2_showed(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
