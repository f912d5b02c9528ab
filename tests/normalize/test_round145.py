"""Issue 29, round 145: a country's code after an address's common ending; a date with the year first and slashes;
two names (ex1, ex2)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("(Nguồn: pm.gov.au)", "Nguồn, pê em chấm gốp chấm a u"),
        ("xem abc.net.au nhé", "xem a bê xê chấm nét chấm a u nhé"),
        (
            "- cskh-evnspc.softonic.com.br",
            "xê ét ca hát gạch ngang e vê en ét pê xê chấm ét o ép tê o en nờ i xê chấm com chấm bê e rờ",
        ),
    ],
)
def test_a_countrys_code_after_a_common_ending_is_read_with_the_address(written: str, said: str) -> None:
    assert N.line(written) == said


def test_an_address_that_ends_a_sentence_keeps_its_full_stop_apart() -> None:
    assert N.line("vào vnexpress.net.") == "vào vê en nờ Ếch pờ rét chấm nét."


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "2026/01/23 16:04",
            "ngày hai mươi ba tháng một năm hai nghìn không trăm hai mươi sáu, mười sáu giờ bốn phút",
        ),
        ("(2021-09-10)", "ngày mồng mười tháng chín năm hai nghìn không trăm hai mươi mốt"),
    ],
)
def test_a_date_with_the_year_first_is_the_day_of_that_year(written: str, said: str) -> None:
    assert N.line(written) == said


def test_a_year_and_numbers_joined_by_different_marks_are_no_date() -> None:
    assert N.line("2026/01-23") == "hai nghìn không trăm hai mươi sáu, một đến hai mươi ba"


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Lãnh tụ tối cao Iran Ali Khamenei.", "Lãnh tụ tối cao I ran A li Kha mê nây."),
        ("khu vực Mỹ Latinh và Caribe”, đồng thời", "khu vực Mỹ la tinh và Ca ri bê, đồng thời"),
    ],
)
def test_khamenei_and_the_caribbean_as_the_annotators_say_them(written: str, said: str) -> None:
    assert N.line(written) == said
