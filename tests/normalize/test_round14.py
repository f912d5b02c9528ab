"""Round 14 (issue 29): words of buildings, schools, data, the merged provincial departments, fertilizer, online
shops and the US states (general knowledge, checked against every batch's annotations), and shapes the readers of
the n batches agree on."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

CTX = load_context()
READ = Normalizer(CTX)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("thông báo của BQT tòa nhà", "thông báo của ban quản trị tòa nhà"),
        ("Phí CSVC thu một lần", "Phí cơ sở vật chất thu một lần"),
        ("bấm Kiểm tra CSDL", "bấm Kiểm tra cơ sở dữ liệu"),
        ("Tờ trình của SNNMT", "Tờ trình của Sở Nông nghiệp và Môi trường"),
        ("(Đvt : VNĐ)", "đơn vị tính, Việt Nam đồng"),
        ("làn ôtô", "làn ô tô"),
        ("bệnh MERS-CoV", "bệnh méc cô vi"),
        ("bón urea và lân super", "bón u rê và lân xu pe"),
        ("theo hướng VietGap", "theo hướng Việt Gáp"),
        ("các shop trên Shopee, Lazada, Tiki", "các sốp trên Sốp pi, La da đa, Ti ki"),
        ("bang Kentucky", "bang Ken tắc ki"),
        ("Ảnh: Bộ NN.", "Ảnh, Bộ Nông nghiệp."),
        ("Trung tâm VH, TT và TT huyện", "Trung tâm Văn hóa, Thể thao và Truyền thông huyện"),
    ],
)
def test_words_of_buildings_schools_departments_fertilizer_and_shops_are_read_as_words(
    written: str, spoken: str
) -> None:
    assert READ.text(written) == spoken


def test_an_ampersand_inside_a_spelled_acronym_is_said_va() -> None:
    # round 245 gave the lexicon `ĐS&PL`, the newspaper, as 2 spans of 3 read it: letters no table holds here
    assert READ.text("(ĐK&PT) - Ngày 21/9") == "đê ca và pê tê, Ngày hai mươi mốt tháng chín"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("chỉ là 38.000 đồng một kg", "chỉ là ba mươi tám nghìn đồng một ki lô gam"),
        ("(222,9 ca mắc/100.000 dân)", "hai trăm hai mươi hai phẩy chín ca mắc trên một trăm nghìn dân"),
        ("Bé từ 7 tháng - 12 tháng", "Bé từ bảy tháng đến mười hai tháng"),
        ("từ Thứ 2 - Thứ 6", "từ Thứ hai đến Thứ sáu"),
        ("(nhằm ngày 18/5/Đinh Dậu)", "nhằm ngày mười tám tháng năm Đinh Dậu"),
    ],
)
def test_rates_repeated_word_ranges_and_lunar_years_read_as_annotated(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken
