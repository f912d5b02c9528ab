"""Issue 29, round 142: rules from blind batches es1 and es2 (now development)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


def test_a_double_exclamation_mark_glued_to_a_word_is_dropped() -> None:
    assert N.line("đại dịch. ‼Vì vậy trong thời gian tới") == "đại dịch. Vì vậy trong thời gian tới"


def test_a_wards_block_in_roman_numerals() -> None:
    assert N.line("trú tại khối I phường Vĩnh Trại") == "trú tại khối một phường Vĩnh Trại"


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("ở mức báo động I-II.", "ở mức báo động một đến hai."),
        ("cấp độ II - III", "cấp độ hai đến ba"),
        ("quý IV-2019", "quý bốn năm hai nghìn không trăm mười chín"),
    ],
)
def test_a_range_of_numbered_levels_in_roman_numerals(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Đơn vị: cm", "Đơn vị, xăng ti mét"),
        ("Đơn vị tính: ha", "Đơn vị tính, héc ta"),
        ("Đơn vị: Trường THCS", "Đơn vị, Trường trung học cơ sở"),
    ],
)
def test_a_unit_after_a_label_with_no_number(written: str, said: str) -> None:
    assert N.line(written) == said
