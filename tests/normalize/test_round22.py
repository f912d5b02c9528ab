"""Round 22 (issue 29): readings the annotators of all batches agree on, and the house conventions
(/work/notes/corpus.md) where the code said otherwise; the house pairs (real_pairs.tsv) keep their readings."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("qua Zalo, Facebook, SMS có nội dung", "qua da lô, phây búc, ét em ét có nội dung"),
        ("tin nhắn SMS hoặc mạng xã hội.", "tin nhắn ét em ét hoặc mạng xã hội."),  # the spans, round 39
        ("Nhận kết quả từ tổng đài SMS 8088", "Nhận kết quả từ tổng đài ét em ét tám không tám tám"),
    ],
)
def test_sms_is_spelled_unless_tin_nhan_has_just_said_it(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Quảng Tiến (H.Trảng Bom)", "Quảng Tiến, huyện Trảng Bom"),
        ("An Phước (H.Long Thành)", "An Phước, huyện Long Thành"),
        ("Ảnh: H. Nguyễn", "Ảnh, hát Nguyễn"),  # with a space it is a person's initial
        ("Nguyễn Văn H.Hùng viết", "Nguyễn Văn hát Hùng viết"),  # after a name too
    ],
)
def test_h_glued_to_a_place_name_is_huyen(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


def test_an_m_before_a_letter_in_an_address_is_short() -> None:
    assert (
        READ.line("địa chỉ: https://luquetsatlo.nchmf.gov.vn")
        == "địa chỉ, lũ quét sạt lở chấm en nờ xê hát em ép chấm gốp chấm vê en"
    )
