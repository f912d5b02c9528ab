"""Round 28 (issue 29): shapes and words the ab batches and earlier annotators agree on. A spaced dash after a word
that asks for a value (`là - 0,9 độ C`) is the number's minus."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Cụ thể, nhiệt độ tại đây là - 0,9 độ C.", "Cụ thể, nhiệt độ tại đây là âm không phẩy chín độ xê."),
        ("nhiệt độ xuống – 2 độ C", "nhiệt độ xuống âm hai độ xê"),
        ("mực nước ở mức - 0,5 m", "mực nước ở mức âm không phẩy năm mét"),
    ],
)
def test_spaced_dash_after_a_word_asking_for_a_value_is_a_minus(written: str, spoken: str) -> None:
    """Batch ab1: the dash after "là" was read as a pause and the frost became a warmth (a sign error)."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "vị trí bão 14,8 độ Vĩ Bắc - 109,8 độ Kinh Đông",
            "vị trí bão mười bốn phẩy tám độ Vĩ Bắc, một trăm linh chín phẩy tám độ Kinh Đông",
        ),
        ("nhiệt độ từ 20 - 25 độ C", "nhiệt độ từ hai mươi đến hai mươi lăm độ xê"),
        ("Hà Nội - 35 độ C", "Hà Nội, ba mươi lăm độ xê"),
    ],
)
def test_spaced_dash_after_a_place_or_a_unit_stays_a_pause_or_range(written: str, spoken: str) -> None:
    """A coordinate pair, a range of temperatures and a place before its reading keep their dash unsigned."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Theo phân loại của PAGASA, bão", "Theo phân loại của pa ga sa, bão"),
        ("Fengshen đã mạnh lên", "phêng sen đã mạnh lên"),
        ("thang sức gió Beaufort mở rộng", "thang sức gió Bô pho mở rộng"),
        ("cách Đông Visayas về phía Đông", "cách Đông Vi xai át về phía Đông"),
    ],
)
def test_storm_names_services_and_scales_said_as_the_annotators_say_them(written: str, spoken: str) -> None:
    """PAGASA was "pa ga xa" (4 spans of aa1 say "sa"), Fengshen "pheng xen" (q1 and aa1 "phêng sen")."""
    assert READ.line(written) == spoken


def test_a_range_of_years_before_a_closing_quote_is_read_with_den() -> None:
    """Batch aa1: `“Trồng 1 tỷ cây xanh giai đoạn 2021-2025”` ran the two years together."""
    spoken = (
        "Đề án Trồng một tỷ cây xanh giai đoạn hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi lăm"
    )
    assert READ.line("Đề án “Trồng 1 tỷ cây xanh giai đoạn 2021-2025”;") == spoken
