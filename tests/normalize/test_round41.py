"""Round 41 (issue 29): the misses of blind batches al1 and al2 that recur or that any notice of the kind holds."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Ngân hàng TMCP Quân đội", "Ngân hàng thương mại cổ phần Quân đội"),
        (
            "Ngân hàng TMCP Kỹ thương Việt Nam (Techcombank)",
            "Ngân hàng thương mại cổ phần Kỹ thương Việt Nam, Tếch com banh",
        ),
        ("qua HDBank hoặc BIDV", "qua hát dê banh hoặc bê i dê vê"),
    ],
)
def test_bank_names_read_as_the_spans_say(written: str, spoken: str) -> None:
    """al2: TMCP was spelled in 6 bank names; D is "dê" (GUIDE: 61 to 16), com as in Vietcombank (10 of 10)."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("PGS-TS Nguyễn Thị Xuyến", "phó giáo sư, tiến sĩ Nguyễn Thị Xuyến"),
        ("GS-TS Trần Văn A", "giáo sư, tiến sĩ Trần Văn A"),
        ("TS. Đặng Thị Huyền", "tiến sĩ Đặng Thị Huyền"),
    ],
)
def test_titles_joined_by_a_hyphen_are_the_titles(written: str, spoken: str) -> None:
    """al2: `PGS-TS` was "pê giê ét tiến sĩ": the TS after a hyphen belongs to the title, as in `PGS.TS`."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Theo BCH Phòng chống thiên tai", "Theo Ban Chỉ huy Phòng chống thiên tai"),
        ("BCH PCTT tỉnh", "Ban Chỉ huy phòng, chống thiên tai tỉnh"),
        ("BCH quân sự huyện", "Ban Chỉ huy quân sự huyện"),
        ("Ủy viên BCH Đảng bộ", "Ủy viên Ban Chấp hành Đảng bộ"),
    ],
)
def test_bch_of_disasters_and_the_military_is_a_command_board(written: str, spoken: str) -> None:
    """al2: a disaster board commands ("Ban Chỉ huy"); a Party or union BCH stays "Ban Chấp hành"."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("chủng virus EV71 gây bệnh", "chủng vi rút e vê bảy mươi mốt gây bệnh"),
    ],
)
def test_names_a_notice_of_the_kind_holds(written: str, spoken: str) -> None:
    """al1, al2: EV71 said as its number, as its full name Enterovirus 71 is (2 spans of 2)."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Hồi 10g, vị trí tâm bão", "Hồi mười giờ, vị trí tâm bão"),
        ("Bến xe: 8g-14g, các TBA", "Bến xe, tám giờ đến mười bốn giờ, các trạm biến áp"),
        ("Trần Bình Trọng: 14g-19g", "Trần Bình Trọng, mười bốn giờ đến mười chín giờ"),
        ("pha từ 5g muối", "pha từ năm gam muối"),
        ("cân 30g đến 50g muối", "cân ba mươi gam đến năm mươi gam muối"),
        ("ranh mặn 4g/l", "ranh mặn bốn gam một lít"),
    ],
)
def test_a_glued_g_after_hoi_or_in_a_range_of_hours_is_gio(written: str, spoken: str) -> None:
    """al2: `Hồi 10g`, `8g-14g` were grams; every glued `\\d+g` of the corpus without a slash is an hour (20 of 20)."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("trên báo động 2 (BĐ2): 0,45m", "trên báo động hai, không phẩy bốn mươi lăm mét"),
        ("Công an Quận 1 (CAQ1) liên tiếp", "Công an Quận một liên tiếp"),
        ("báo động 3 (BĐ2) nay", "báo động ba, báo động hai, nay"),
        ("tiêm mũi hai văcxin sởi (MCV2) của", "tiêm mũi hai vắc xin sởi, em mờ xê vê hai, của"),
        ("trên báo động 2 (BĐ2)\nmức BĐ2 rồi", "trên báo động hai\nmức báo động hai rồi"),
    ],
)
def test_an_abbreviation_with_the_number_its_words_end_on_is_defined(written: str, spoken: str) -> None:
    """al1 `báo động 2 (BĐ2)` was read twice; it and ai1's `Công an Quận 1 (CAQ1)` are defined as `(TĐT)` is
    (2 spans of 2 drop it); a bracket whose number differs from the words' (or has no number before) is read."""
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("ĐVT: Đồng/kg", "đơn vị tính, Đồng một ki lô gam"),
        ("Giá: đồng/kg", "Giá, đồng một ki lô gam"),
        ("giá 50.000 đồng/kg", "giá năm mươi nghìn đồng một ki lô gam"),
    ],
)
def test_a_currency_word_over_a_unit_as_a_heading_is_per_unit(written: str, spoken: str) -> None:
    """al2: `ĐVT: Đồng/kg` was "Đồng, kg"; a heading's `Đồng/kg` is the column's unit, as `VND/kg` is (452 to 0)."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Trong tuần 19 đến 26-10, giá lúa", "Trong tuần mười chín đến hai mươi sáu tháng mười, giá lúa"),
        ("trong tuần (từ ngày 10 đến 17/5), trên", "trong tuần, từ ngày mồng mười đến ngày mười bảy tháng năm, trên"),
        ("Tuần 42 năm 2025", "Tuần bốn mươi hai năm hai nghìn không trăm hai mươi lăm"),
        ("trong tuần (từ 18 – 24/9).", "trong tuần, từ ngày mười tám đến ngày hai mươi tư tháng chín."),
    ],
)
def test_a_week_opens_days_of_one_month_as_a_plural_ngay_does(written: str, spoken: str) -> None:
    """al2: `tuần 19 đến 26-10` was "hai mươi sáu đến mười"; a week's days right after it are named once, as after
    `các ngày`; in brackets after "từ" u1's annotator said "ngày" before each."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("ba tháng (từ 5 đến 7-2025),", "ba tháng, từ tháng năm đến tháng bảy năm hai nghìn không trăm hai mươi lăm"),
        ("từ 5 - 7/2025 có", "từ tháng năm đến tháng bảy năm hai nghìn không trăm hai mươi lăm có"),
        ("từ 15 đến 7-2025", "từ mười lăm đến tháng bảy năm hai nghìn không trăm hai mươi lăm"),
        ("từ 2009-2013 tỉ lệ", "từ hai nghìn không trăm linh chín đến hai nghìn không trăm mười ba tỉ lệ"),
    ],
)
def test_a_span_that_ends_on_a_month_and_year_opens_on_a_month(written: str, spoken: str) -> None:
    """al1: `từ 5 đến 7-2025` was "từ năm đến tháng bảy"; the start is a month too, as `từ tháng 8 - 11/2022` says."""
    assert READ.line(written) == spoken


def test_deaths_over_cases_is_a_ratio() -> None:
    """al2, z1, d1: `chết/mắc` was a pause, "chết, mắc"; all 3 spans say the ratio "chết trên mắc"."""
    assert READ.line("Tỷ lệ chết/mắc do sốt xuất huyết") == "Tỷ lệ chết trên mắc do sốt xuất huyết"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ('"vdbank[.]com[.]vn" giả mạo', "vê dê banh chấm com chấm vê en giả mạo"),
        ("trang vdbank [.] com [.] vn giả mạo", "trang vê dê banh chấm com chấm vê en giả mạo"),
    ],
)
def test_a_defanged_address_is_read_as_the_address(written: str, spoken: str) -> None:
    """al2: a scam warning writes the dots of a fake address `[.]`; 4 spans of 4 read them "chấm"."""
    assert READ.line(written) == spoken


def test_cbcs_are_officers_and_men() -> None:
    """al1: `CBCS CA` was spelled "xê bê xê ét Công an"; the police's officers and men, as CBCNV is spelled out."""
    assert READ.line("thông báo cho CBCS CA các đơn vị") == "thông báo cho cán bộ, chiến sĩ công an các đơn vị"
