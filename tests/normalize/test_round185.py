"""Issue 29, round 185, from gm2 and gn1: a site's name in title capitals, a sign before an alarm level, a weather
station's KT."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("ThienNhien.Net – Lũ lụt hoành hành", "thiên nhiên chấm nét, Lũ lụt hoành hành"),
        ("(VOV.VN) - Bão số 3", "vê o vê chấm vê en, Bão số ba"),
    ],
)
def test_a_sites_name_in_title_capitals_is_an_address(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("là 2.72m (< BĐ1: 0.48m).", "là hai phẩy bảy mươi hai mét, dưới báo động một, không phẩy bốn mươi tám mét."),
        ("(> báo động 2: 0,3m)", "trên báo động hai, không phẩy ba mét"),
        ("trẻ < 1 tuổi", "trẻ dưới một tuổi"),
    ],
)
def test_a_sign_before_an_alarm_level_is_a_word(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "Trạm KT Nam Định (TP. Nam Định): 102,0mm;",
            "Trạm khí tượng Nam Định, thành phố Nam Định, một trăm linh hai phẩy không mi li mét",
        ),
        ("KT. CHỦ TỊCH", "Ký thay chủ tịch"),
    ],
)
def test_kt_after_a_station_is_its_weather(written: str, said: str) -> None:
    assert N.line(written) == said
