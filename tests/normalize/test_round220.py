"""Issue 29, round 220, from blind batches ij1, ij2, ik1 and ik2 after their scores: a name's vowel pair closed by a
consonant, an abbreviation defined in brackets with a long hyphened group, the Đồng Nai paper's tag, a table word
with a plural's s, the sets in brackets after a score, and `VOA`."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.guess import guess_reading

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("word", "spoken"),
    [
        ("Saiq", "xa ích"),  # was "xaíc": no Vietnamese syllable closes "ai" with a consonant
        ("Luis", "lu ít"),  # was "luít"
        ("Ismail", "ít ma in"),  # was "ít main"
        ("Manaus", "ma nau xơ"),  # a glide o or u keeps its own way (round 198)
        ("Dubai", "đu bai"),  # an open pair stays one syllable
        ("Quintana", "cuin ta na"),  # the u of qu is a glide, no vowel of its own (round 173)
        ("Bahrain", "ba ra in"),  # was "ba rain" (round 187's test; the table says "Ba ranh")
    ],
)
def test_a_pair_ending_on_the_glide_i_is_split_before_a_consonant(word: str, spoken: str) -> None:
    assert guess_reading(word) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (  # was the abbreviation read out again as its words
            "Ban chỉ huy Phòng, chống thiên tai, Tìm kiếm cứu nạn và Phòng thủ dân sự (PCTT-TKCN&PTDS) đề nghị",
            "Ban chỉ huy Phòng, chống thiên tai, Tìm kiếm cứu nạn và Phòng thủ dân sự đề nghị",
        ),
        ("(ĐN)- Chủ tịch UBND huyện Xuân Lộc", "Đồng Nai, Chủ tịch Ủy ban nhân dân huyện Xuân Lộc"),  # "đê en nờ"
        ("(BĐT) - Thông tin từ Tổng cục", "Báo Đấu thầu, Thông tin từ Tổng cục"),
        ("mạnh 6,3 độ richters đã xảy ra", "mạnh sáu phẩy ba độ rích te đã xảy ra"),  # was "rích tơ"
        ("với tỷ số 2 - 0 (7 - 5, 6 - 0)", "với tỷ số hai không, bảy năm, sáu không"),  # was "bảy đến năm"
        ("với tỷ số 2-0 (7/5, 6/0) để", "với tỷ số hai không, bảy năm, sáu không, để"),  # was a date, "mồng bảy"
        ("Reuters, VOA, 11/05/2024", "Roi tơ, vê o a, ngày mười một tháng năm năm hai nghìn không trăm hai mươi tư"),
    ],
)
def test_what_ij_and_ik_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Hãng tin ABS-News dẫn lời", "Hãng tin a bê ét nêu xơ dẫn lời"),  # a name's s is no plural: not "Niu"
        ("(ĐN)", "đê en nờ"),  # a tag only at a line's start before a dash
        ("Đồng Nai (ĐN) - nơi", "Đồng Nai, nơi"),  # after its words it is their abbreviation, not said again
        ("thắng 2-1 vào ngày 7/5", "thắng hai một vào ngày mồng bảy tháng năm"),  # a date after a score, no bracket
    ],
)
def test_what_round_220_leaves(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
