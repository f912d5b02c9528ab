"""Issue 29, round 122: what blind batches do1, dp1 and dp2 (now development) showed, and a counterexample."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.rules_forms import read_per_field_slashes

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("ở Seoul.Khi phóng viên", "ở Xơ un. Khi phóng viên"),  # was "Seoul. Khi": the lexicon never saw the name
        ("tại Davos.Thông cáo", "tại Đa vốt. Thông cáo"),
        ("Mark Rutte.Trong cuộc điện đàm", "Mác Rút tơ. Trong cuộc điện đàm"),
        ("(31 ca).Từ nay", "ba mươi mốt ca. Từ nay"),  # a bracket between: split once the bracket is silent
        ("ở TP.Hà Nội", "ở thành phố Hà Nội"),  # a title's dot, as before
    ],
)
def test_a_full_stop_glued_to_the_next_sentence_is_parted_before_the_lexicon(written: str, spoken: str) -> None:
    """`Seoul.Khi` (dm1), `Davos.Thông` (bk2): a sentence's full stop typed against the next sentence hid the
    name before it from the lexicon, which reads whole words; parted only at the end, the name was left in Latin
    letters and a second reading said it."""
    assert N.line(written) == spoken


def test_a_stop_tidied_against_a_capital_is_parted_too() -> None:
    """`0./.Ká0` (drawn by test_idempotent) was read "không.Ká không", then "không. Ká không": tidying the pauses
    of `./.` glued the stop to the next word after the glued-stop rule had run."""
    once = N.line("0./.Ká0")
    assert once == "không. Ká không"
    assert N.line(once) == once


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("bắt đầu xảy ra khoảng 18g cùng ngày", "bắt đầu xảy ra khoảng mười tám giờ cùng ngày"),  # was "gam"
        ("lúc 20g hôm qua", "lúc hai mươi giờ hôm qua"),
        ("cân 500g cùng ngày", "cân năm trăm gam cùng ngày"),  # no hour of a day: grams
        ("thêm 5g muối", "thêm năm gam muối"),
    ],
)
def test_an_hour_written_with_g_before_the_same_day(written: str, spoken: str) -> None:
    """`khoảng 18g cùng ngày` (do1): an hour given before "cùng ngày" or "hôm qua" is a time, as before "ngày"."""
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Sáng 18/8, tại Km số", "Sáng ngày mười tám tháng tám, tại ki lô mét số"),
        ("Km số 230 + 400 Quốc lộ 6", "ki lô mét số hai trăm ba mươi cộng bốn trăm Quốc lộ sáu"),
        ("tại km số 5", "tại ki lô mét số năm"),
    ],
)
def test_a_kilometre_post_numbered_with_so(written: str, spoken: str) -> None:
    """`tại Km số 230 + 400` (do1: 2 spans): "số" between the post and its number; "Km" was left in letters."""
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("giai đoạn quyết định số dảnh/m2.", "giai đoạn quyết định số dảnh trên mét vuông."),  # was "dảnh, m hai"
        ("Để đảm bảo số bông/ m2 có thể", "Để đảm bảo số bông trên mét vuông có thể"),
        ("số hạt /bông và số hạt chắc/bông", "số hạt trên bông và số hạt chắc trên bông"),
        ("xác định mật độ sâu non/m2.", "xác định mật độ sâu non một mét vuông."),
        ("5 tạ phân chuồng hoai/sào, bừa", "năm tạ phân chuồng hoai một sào, bừa"),
        ("Mật độ hàng trăm con/khóm, rầy còn", "Mật độ hàng trăm con một khóm, rầy còn"),
        ("mời Anh/chị đến", "mời Anh, chị đến"),  # two nouns, as before
    ],
)
def test_a_field_count_per_area_clump_or_ear_without_a_number(written: str, spoken: str) -> None:
    """`số dảnh/m2`, `số hạt /bông` (do1: 4 spans), `sâu non/m2` (de1), `hoai/sào` (d1, o2): per square metre,
    sào, clump or ear, "trên" after "số" (a ratio), otherwise "một"."""
    assert N.line(written) == spoken


def test_the_per_field_rule_leaves_other_slashes() -> None:
    assert read_per_field_slashes("tháng/năm học, Anh/chị, 10/2", N.ctx) == "tháng/năm học, Anh/chị, 10/2"
