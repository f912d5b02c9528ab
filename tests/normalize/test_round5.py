"""General shapes of any notice (issue 29, round 5): dates, document numbers, web addresses, foreign words."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("từ 22-1 đến 2-2-2017", "từ ngày hai mươi hai tháng một đến ngày mồng hai tháng hai năm hai nghìn không trăm mười bảy"),
        ("từ 7.12 đến 10.12.2024", "từ ngày mồng bảy tháng mười hai đến ngày mồng mười tháng mười hai năm hai nghìn không trăm hai mươi tư"),
        ("từ ngày 4 đến 6-12-2022", "từ ngày mồng bốn đến ngày mồng sáu tháng mười hai năm hai nghìn không trăm hai mươi hai"),
    ],
)  # fmt: skip
def test_the_first_date_of_a_span_takes_the_year_of_the_last(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("từ đêm mai 7.1, trời rét", "từ đêm mai ngày mồng bảy tháng một, trời rét"),  # "ngày" since round 81
        ("chiều qua 15-3", "chiều qua ngày mười lăm tháng ba"),
    ],
)
def test_a_dotted_or_dashed_date_after_a_part_of_tomorrow_or_yesterday(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("đến ngày (04/11)", "đến ngày, mồng bốn tháng mười một"),
        ("trong 2 ngày (26/6)", "trong hai ngày, ngày hai mươi sáu tháng sáu"),  # "ngày" counts here
    ],
)
def test_a_bracketed_date_after_ngay_does_not_say_ngay_twice(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Thông tư số 10/2024/ TT-BYT", "Thông tư số mười, năm hai nghìn không trăm hai mươi tư, Bộ Y tế"),
        ("số 55/ĐA-UBND", "số năm mươi lăm, đề án Ủy ban nhân dân"),
        ("số 01/VBHN-BYT", "số một, văn bản hợp nhất Bộ Y tế"),
        ("số 15/HĐ-UBND", "số mười lăm, hợp đồng Ủy ban nhân dân"),
    ],
)
def test_a_document_symbol_of_any_kind_with_a_space_after_its_year(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


def test_an_issuer_in_a_symbol_reads_as_the_ministry_not_as_the_lexicon_word() -> None:
    assert (
        READ.text("Thông tư 39/2020/TT-BTC") == "Thông tư ba mươi chín, năm hai nghìn không trăm hai mươi, Bộ Tài chính"
    )
    assert READ.text("BTC giải chạy") == "ban tổ chức giải chạy"
    assert READ.text("Nghị quyết số 151/NQ-HĐBCQG") == "Nghị quyết số một trăm năm mươi mốt, Hội đồng Bầu cử quốc gia"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Theo chinhphu.vn", "Theo chính phủ chấm vê en"),
        ("www.danang.gov.vn", "vê kép vê kép vê kép chấm đà nẵng chấm gốp chấm vê en"),
        ("ban@phunuvietnam.vn", "ban a còng phụ nữ việt nam chấm vê en"),
        ("https://dichvucong.gov.vn", "dịch vụ công chấm gốp chấm vê en"),  # the scheme is not read
    ],
)
def test_vietnamese_words_written_without_marks_in_an_address_get_their_marks(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("chung cư Apollo", "chung cư a pô lô"),  # a doubled l closes no syllable
        ("công viên Park", "công viên pác"),  # an r before the last consonant is silent
        ("điều tra Webform", "điều tra oép phom"),
    ],
)
def test_the_foreign_word_guess_reads_endings_as_vietnamese_loanwords_do(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("✅✅Khi trẻ vào lớp 1", "Khi trẻ vào lớp một"),
        ("🔹Ngày 13/06", "Ngày mười ba tháng sáu"),
        ("❄️ Rét đậm", "Rét đậm"),
    ],
)
def test_pictographs_pasted_from_social_pages_are_not_read(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken
