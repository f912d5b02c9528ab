"""Issue 29, round 247, from blind batches jx1, jx2, jy1 and jy2 after their scores: decimal degrees with an English
point, a dashed date after "từ", zero minutes before seconds, help around the clock online, and rows."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "tại tọa độ 14.843 độ Vĩ Bắc - 108.261 độ Kinh Đông,",
            "tại tọa độ mười bốn phẩy tám trăm bốn mươi ba độ Vĩ Bắc, một trăm linh tám phẩy hai trăm sáu mươi mốt độ"
            " Kinh Đông",
        ),
        (
            "nghỉ từ 1-9-2022 đến hết ngày 2-9-2022.",
            "nghỉ từ ngày mồng một tháng chín năm hai nghìn không trăm hai mươi hai đến hết ngày mồng hai tháng chín năm"
            " hai nghìn không trăm hai mươi hai.",
        ),
        ("vào lúc 04 giờ 00 phút 58 giây", "vào lúc bốn giờ không phút năm mươi tám giây"),
        ("hỗ trợ trực tuyến 24/7:", "hỗ trợ trực tuyến hai mươi tư trên bảy"),
        ("siêu bão RAGASA", "siêu bão Ra ga sa"),
        ("công tác PCCC và CHCN trên", "công tác phòng cháy, chữa cháy và cứu hộ cứu nạn trên"),
    ],
)
def test_what_jx1_to_jy2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


def test_a_span_of_months_before_a_dashed_year_is_still_months() -> None:
    assert N.text("(từ 5 đến 7-2025)") == "từ tháng năm đến tháng bảy năm hai nghìn không trăm hai mươi lăm"


def test_zero_minutes_without_seconds_are_still_not_said() -> None:
    assert N.text("lúc 22 giờ 00 phút") == "lúc hai mươi hai giờ"


def test_a_dotted_number_before_other_degrees_keeps_its_thousands() -> None:
    assert N.text("nhiệt độ 1.200 độ C") == "nhiệt độ một nghìn hai trăm độ xê"
