"""Issue 29, round 232, from blind batches jf1 and jf2 after their scores: no year below zero, an ampersand typed
against the initials after it, a republic before its country's name, and `B/N/ĐP`."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (  # was "Bắc Hà âm hai nghìn"
            "Festival “Cao nguyên trắng Bắc Hà -2023”",
            "phe xti van Cao nguyên trắng Bắc Hà hai nghìn không trăm hai mươi ba",
        ),
        ("trường THCS &THPT;", "trường trung học cơ sở và trung học phổ thông"),  # was "và tê hát pê tê"
        (
            "cuộc bầu cử Tổng thống CH Kazakhstan trước",
            "cuộc bầu cử Tổng thống Cộng hòa Ca dắc xtan trước",
        ),
        ("về cổng của B/N/ĐP tương ứng", "về cổng của Bộ, ngành, địa phương tương ứng"),
    ],
)
def test_what_jf1_and_jf2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("nhiệt độ -2°C", "nhiệt độ âm hai độ xê"),  # a temperature keeps its sign
        ("mực nước -1,5 m", "mực nước âm một phẩy năm mét"),
        ("giảm xuống -2023 đồng", "giảm xuống âm hai nghìn không trăm hai mươi ba đồng"),  # a word, not a name
        ("tải trên CH Play (đối với", "tải trên xê hát plây, đối với"),  # the app store
        ("lúc 3:00 CH hôm nay", "lúc ba giờ chiều hôm nay"),  # a Vietnamese page's PM
        ("S&P 500", "ét và pê năm trăm"),
    ],
)
def test_what_round_232_leaves(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
