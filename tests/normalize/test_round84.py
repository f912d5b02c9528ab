"""Issue 29, round 84: what batches br1 and br2 (now development) showed, and words run together with one
Vietnamese mark or none (`càphê`, `Katê`), which no batch's annotator left whole where they were not one syllable."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.rules_glued import space_glued_full_stops, split_marked_runs, well_formed
from pipeline.normalize.syllable import unspeakable

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("gần 300ha càphê bị hạn", "gần ba trăm héc ta cà phê bị hạn"),  # aw1: `càp|hê` is no parting
        ("các hoạt động Lễ hội Katê", "các hoạt động Lễ hội Ca tê"),  # bq2, bv2, ca2: not `Kat|ê`; k before a is c
        ("tuyến đường bêtông dân sinh", "tuyến đường bê tông dân sinh"),  # g1
        ("Chính phủ số, định hướng đếnnăm sau", "Chính phủ số, định hướng đến năm sau"),  # ar2: the page ran them
        ("vụ Đôngxuân", "vụ Đông xuân"),  # no tone mark at all, but ô
        ("nênít", "nên ít"),  # the commoner syllables (toneless.tsv), not "nê nít"
        ("khônước", "khô nước"),  # not "khôn ước": khôn is mostly read khốn
        ("Vănhoá", "Văn hoá"),  # `Vă|nhoá` is no parting: ă closes on a consonant
        ("Pô Rômê", "Pô Rô mê"),  # neither is commoner: the syllables that open on a consonant
    ],
)
def test_a_run_of_syllables_with_one_mark_or_none_is_said_apart(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


def test_a_heading_run_together_is_read_as_its_words() -> None:
    """v2: `NÔNG THÔNNÔNG NGHIỆP`; in small letters as the capitals rule gives the heading's other words (a second
    pass would otherwise lower them, and normalizing twice must change nothing)."""
    once = N.line("TỔNG ĐIỀU TRA NÔNG THÔNNÔNG NGHIỆP")
    assert (once, N.line(once)) == ("tổng điều tra nông thôn nông nghiệp", "tổng điều tra nông thôn nông nghiệp")


@pytest.mark.parametrize("word", ["Nguyễn", "Srêpôk", "COVIDá", "Mátxcơva"])  # `Québec`: round 104 reads it
def test_what_parts_into_no_syllables_or_mixes_capitals_is_left_as_written(word: str) -> None:
    assert split_marked_runs(word, N.ctx) == word


@pytest.mark.parametrize(
    ("piece", "formed"),
    [("càp", False), ("Kat", False), ("vă", False), ("cát", True), ("tê", True), ("lạc", True), ("ăn", True)],
)
def test_a_well_formed_syllable_closes_on_a_stop_only_with_a_rising_or_heavy_tone(piece: str, formed: bool) -> None:
    assert well_formed(piece) is formed


def test_the_parted_words_are_speakable() -> None:
    assert unspeakable(N.line("Lễ hội Katê, phân urê, càphê, bêtông")) == []


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Cần Thơ 62.000/kg; Đồng Nai", "Cần Thơ sáu mươi hai nghìn một ki lô gam, Đồng Nai"),  # br1
        ("giá 12.000/ha", "giá mười hai nghìn một héc ta"),
        ("200.000 yên/người", "hai trăm nghìn yên một người"),  # br2: a currency in words, then a slash
        ("10.320 won/giờ", "mười nghìn ba trăm hai mươi uôn một giờ"),
        (
            "Bộ Lao động – Thương binh và Xã hội (LĐ-TB&XH) với",
            "Bộ Lao động, Thương binh và Xã hội với",
        ),  # br2: a hyphen parts the defined letters; the words were said a second time
        ("Cơ quan Lao động Liên bang Đức (BA) về việc", "Cơ quan Lao động Liên bang Đức, bê a, về việc"),  # br2
        ("trí tuệ nhân tạo (AI) vào", "trí tuệ nhân tạo, a i, vào"),  # h1: a bracket's lone capitals are letters
        ("12/kg", "mười hai, ki lô gam"),  # no amount in thousands: no price; the unit after the pause (round 204)
    ],
)
def test_what_br_showed(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("còn hàng VIP vẫn giữ", "còn hàng víp vẫn giữ"),  # bs1, bk1, r1: the house's "víp" (web.tsv too)
        ("tin HOT", "tin hót"),  # ai2
        ("Theo AP", "Theo a pê"),  # two letters closed by p: letters, as before
        ("giảm VAT", "giảm vê a tê"),  # the lexicon's initialism, as before
        ("ngay từ sáng sớm 4-3, tại", "ngay từ sáng sớm ngày mồng bốn tháng ba, tại"),  # bs2: not "bốn đến ba"
        ("Đăng ngày 17 - 05 - 2024", "Đăng ngày mười bảy tháng năm năm hai nghìn không trăm hai mươi tư"),  # bs2
        ("từ 3 - 5 ngày", "từ ba đến năm ngày"),  # no year: a range, as before
        (
            "Nghị quyết số 35/2023/UBTVQH15 ngày",
            "Nghị quyết số ba mươi lăm, năm hai nghìn không trăm hai mươi ba, Ủy ban Thường vụ Quốc hội khóa mười lăm"
            " ngày",
        ),  # bs2: the Standing Committee of the fifteenth National Assembly, as `QH15` says "khóa"
        (
            "Thủ tướng Nhật Bản Ishiba Shigeru.Bà Kang nói",
            "Thủ tướng Nhật Bản I si ba Si ghê ru. Bà Kang nói",
        ),  # bs2: a full stop typed against the next sentence
        ("thành phố.Hà Nội", "thành phố. Hà Nội"),
    ],
)
def test_what_bs_showed(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize("text", ["Izumi.Edu.VN", "anh N.Đức nói", "TP.Hà Nội", "v.v. Ông", "3.Hà"])
def test_a_dot_in_a_name_an_initial_or_after_a_number_is_left(text: str) -> None:
    assert space_glued_full_stops(text, N.ctx) == text


def test_a_long_run_of_letters_is_not_parted_every_way() -> None:
    """A pasted paragraph with its spaces lost is one 'word' of many syllables: it is left as written (more than four
    pieces of seven letters) and tried no further; parted every way at each start, 36 letters took minutes."""
    run = "anhoanhoanhoanhoanhoanhoanhoanhoanhà"
    assert split_marked_runs(f"x {run} y", N.ctx) == f"x {run} y"
