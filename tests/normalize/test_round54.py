"""Issue 29, round 54: what batches au1 and au2 (now development) showed that any notice may hold."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.syllable import other_tone_placement

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "other"),
    [("Tỉnh ủy", "Tỉnh uỷ"), ("HÒA", "HOÀ"), ("sức khoẻ", "sức khỏe"), ("quý", "quý"), ("hoàn", "hoàn")],
)
def test_the_other_tone_placement_of_oa_oe_uy_and_never_of_qu_or_a_closed_syllable(written: str, other: str) -> None:
    assert other_tone_placement(written) == other
    assert other_tone_placement(other) == written


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Uỷ viên BTV Tỉnh uỷ, Phó Chủ tịch", "Uỷ viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch"),  # the lexicon's entry
        ("Uỷ viên BTV Tỉnh ủy", "Uỷ viên Ban Thường vụ Tỉnh ủy"),
    ],
)
def test_a_lexicon_entry_matches_in_either_tone_placement(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("giá gạo các loại đứng gía.", "giá gạo các loại đứng giá."),  # au2
        ("Qúy khách", "Quý khách"),
        ("GÍA LÚA", "giá lúa"),
        ("gỉa mạo", "giả mạo"),
        ("giữ gìn", "giữ gìn"),  # gi's i is the vowel here: its mark stays
    ],
)
def test_a_tone_typed_on_the_i_of_gi_or_the_u_of_qu_goes_onto_the_vowel(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "có địa chỉ baohiemxahoi[.]biz đặt máy chủ",
            "có địa chỉ bảo hiểm xã hội chấm bít đặt máy chủ",
        ),  # au2; biz round 119
        ('"vietgcv [.] cc" giả mạo', "viêt giê xê vê chấm xê xê giả mạo"),
        ('"vdbank[.]com[.]vn" giả mạo', "vê dê banh chấm com chấm vê en giả mạo"),  # al2, as before
    ],
)
def test_an_address_broken_at_its_dots_is_read_as_an_address_whatever_its_ending(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("thông báo của UB.MTTQ xã", "thông báo của Ủy ban Mặt trận Tổ quốc xã"),  # au1
        ("VOV.VN - Dự báo", "vê o vê chấm vê en, Dự báo"),  # a web tag stays an address
        ("ở TP.HCM", "ở Thành phố Hồ Chí Minh"),  # an entry written with its dot stays that entry
        ("khí hậu COP 21 tại Paris", "khí hậu Cốp hai mươi mốt tại Pa ri"),  # au1, at2
        ("khiến cho người dân ko nhận ra", "khiến cho người dân không nhận ra"),  # au2
        (
            "Quyết định số 294/QĐ-LĐTBXH giao",
            "Quyết định số hai trăm chín mươi tư, Bộ Lao động, Thương binh và Xã hội giao",
        ),
        ("Hội An lần thứ VI–2014 diễn ra", "Hội An lần thứ sáu năm hai nghìn không trăm mười bốn diễn ra"),  # au1
        ("tuyến Hà Nội–Hải Phòng", "tuyến Hà Nội, Hải Phòng"),  # a glued en dash is a pause, a hyphen is not
        ("khẳng định Moskva sẵn sàng", "khẳng định Mát xcơ va sẵn sàng"),
    ],
)
def test_initials_joined_by_a_dot_names_as_words_and_dashes_glued_between_words(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
