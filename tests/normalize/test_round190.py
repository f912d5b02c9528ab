"""Issue 29, round 190, from gs1 and gs2: capitals a glide closes, an e or i before rr, a plate, five names."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.guess import guess_reading

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("những người tham gia cuộc họp OIC đã lên án", "những người tham gia cuộc họp o i xê đã lên án"),
        ("tiếng HUÝT sáo", "tiếng huýt sáo"),  # uy takes a final consonant: a word
        ("danh sách VIP", "danh sách víp"),
    ],
)
def test_capitals_a_glide_closes_with_a_stop_are_letters(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [("Jerry", "giê ri"), ("Mirra", "mi ra"), ("Canberra", "can bê ra"), ("Murray", "mơ rai"), ("Harris", "ha rít")],
)
def test_an_e_or_i_before_a_doubled_r_keeps_its_sound(written: str, said: str) -> None:
    assert guess_reading(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "xe ô tô khách 16 chỗ BKS 29E-024.89.",
            "xe ô tô khách mười sáu chỗ biển kiểm soát hai chín e, không hai bốn tám chín.",
        ),
        ("Thiếu tướng Hossein Salami", "Thiếu tướng Hô xê in xa la mi"),
        ("Ngoại trưởng Hossein Amirabdollahian.", "Ngoại trưởng Hô xê in A mia Áp đô la hi an."),
        ("cuộc họp báo ở Jeddah,", "cuộc họp báo ở Gi đa"),
        ("như Hezbollah ở Libanon", "như Hê dơ bô la ở Li băng"),
        ("ASEAN lần thứ 25 tại Nay Pyi Taw (Myanmar)", "A xê an lần thứ hai mươi lăm tại Nây Pi Tô, Mi an ma"),
    ],
)
def test_a_number_plate_and_names_the_press_reads_one_way(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("tại hộ anh Y Kring Rơ Lưk", "tại hộ anh y Kring Rơ Lưk"),
        ("tại xã Bông Krang ghi nhận", "tại xã Bông Krang ghi nhận"),
        ("sớm của Bryan Mbeumo", "sớm của bri an em bêu mô"),  # a cluster not on k is still guessed
    ],
)
def test_a_highland_name_on_k_before_r_or_l_is_said_as_written(written: str, said: str) -> None:
    assert N.line(written) == said
