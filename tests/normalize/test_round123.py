"""Issue 29, round 123: what blind batches dq1, dq2, dr1 and dr2 (now development) showed."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("giao lộ ĐT.743B với đường Độc Lập", "giao lộ đường tỉnh bảy trăm bốn mươi ba bê với đường Độc Lập"),
        ("trên quốc lộ QL.279D", "trên quốc lộ hai trăm bảy mươi chín dê"),  # the kind said once, as before
        ("Đường ĐT.747, đoạn từ ngã tư", "Đường đường tỉnh bảy trăm bốn mươi bảy, đoạn từ ngã tư"),
        ("với đường ĐT.743A - giáp", "với đường đường tỉnh bảy trăm bốn mươi ba a, giáp"),
    ],
)
def test_a_provincial_road_after_a_crossroads_or_the_word_duong(written: str, spoken: str) -> None:
    """`giao lộ ĐT.743B` (dq2) lost its "ĐT": "giao lộ" (a crossroads) was taken for "quốc lộ", a kind said before
    the code. After "đường" the road is "đường đường tỉnh", as 9 spans of 11 say (round 26 spelled "đê tê")."""
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("hiệp định Mỹ-Mexico-Canada (USMCA)", "hiệp định Mỹ, Mê hi cô, Ca na đa, u ét em xê a"),  # was "mê xi cô"
        ("xung đột Nga-Ukraine", "xung đột Nga, U crai na"),  # two, as before
        ("báo Ouest-France", "báo u ét phran xê"),  # neither known: one name, as before
    ],
)
def test_a_chain_of_three_names_joined_by_hyphens(written: str, spoken: str) -> None:
    """`Mỹ-Mexico-Canada` (dr2): three names in a chain hid "Mexico" and "Canada" from the foreign table."""
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "(từ 26 đến 28/5/2024)",
            "từ ngày hai mươi sáu đến ngày hai mươi tám tháng năm năm hai nghìn không trăm hai mươi tư",
        ),
        ("từ 5 đến 11/4/2025,", "từ ngày mồng năm đến ngày mười một tháng tư năm hai nghìn không trăm hai mươi lăm"),
        ("từ 26 đến 28/5,", "từ ngày hai mươi sáu đến ngày hai mươi tám tháng năm"),  # as before
        ("từ 3 đến 5/2024", "từ tháng ba đến tháng năm năm hai nghìn không trăm hai mươi tư"),  # months, as before
    ],
)
def test_a_span_of_days_whose_last_date_has_a_year(written: str, spoken: str) -> None:
    """`từ 26 đến 28/5/2024` (dr2, w1): the last date's year kept the span rule off, and the first day was read as a
    bare number ("từ hai mươi sáu đến ngày hai mươi tám")."""
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("The Japan Times đưa tin", "Đờ Gia pan Tai mơ đưa tin"),  # was "Đờ Nhật Bản tai"
        ("theo tờ Khmer Times.", "theo tờ Khơ me Tai mơ."),
        ("Quỹ Ronald Reagan", "Quỹ rô nan Rê gân"),
        ("đường dây 22 Kv đoạn", "đường dây hai mươi hai ki lô vôn đoạn"),
        ("trạm 110 kv", "trạm một trăm mười ki lô vôn"),
        ("Ảnh: THX/TTXVN", "Ảnh, Tân Hoa xã, Thông tấn xã Việt Nam"),
    ],
)
def test_table_rows_from_the_batches(written: str, spoken: str) -> None:
    """Rows the blind batches agree on: a paper's `Times` (8 spans of 9), `The Japan Times` (3 of 3), `Reagan`
    (4 of 4), a kilovolt written `Kv` or `kv` after a voltage (dq1: 2 of 2), Xinhua's `THX` in a photo credit (dr1)."""
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("25/08/22", "ngày hai mươi lăm tháng tám năm hai nghìn không trăm hai mươi hai"),  # was "hai mươi lăm, tám, …"
        ("sinh 12/5/98", "sinh ngày mười hai tháng năm năm một nghìn chín trăm chín mươi tám"),
        ("ngày 16/7/20 21 của", "ngày mười sáu tháng bảy năm hai nghìn không trăm hai mươi mốt của"),  # a split year
        ("tỷ lệ 1/2/3", "tỷ lệ một, ngày mồng hai tháng ba"),  # no two-digit year: as before
        ("lúc 06h30/18/10)", "lúc sáu giờ ba mươi phút ngày mười tám tháng mười"),  # a time and a day, as before
    ],
)
def test_a_date_whose_year_has_two_digits(written: str, spoken: str) -> None:
    """`25/08/22` (ds1, a table cell), `25/3/15` (n1: 2 spans): the year is read whole, as 3 spans of 3 say."""
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("ở tỉ số sít sao 3 - 2 trước đội", "ở tỉ số sít sao ba hai trước đội"),  # was "ba đến hai"
        ("chiến thắng tối thiểu 1-0 dành cho", "chiến thắng tối thiểu một không dành cho"),
        ("thắng đậm 5-0", "thắng đậm năm không"),
        ("thua lỗ 2-3 tỷ đồng", "thua lỗ hai đến ba tỷ đồng"),  # an amount, no score: was "hai ba tỷ"
        ("chiến thắng thuyết phục 2-0", "chiến thắng thuyết phục hai không"),  # as before
    ],
)
def test_a_score_after_a_word_that_qualifies_it(written: str, spoken: str) -> None:
    """`tỉ số sít sao 3 - 2` (ds1), `chiến thắng tối thiểu 1-0` (dp2): a word between the score's cue and the score
    ("close", "minimal") left the dash a range; an amount after a loss (`thua lỗ 2-3 tỷ`) is no score."""
    assert N.line(written) == spoken
