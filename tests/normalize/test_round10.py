"""Round 10 (issue 29): words nobody had listed (the rest of the UN's member states, cities, abbreviations of
official life), and an abbreviation a text defines for itself, read as its words wherever the text uses it."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.definitions import find_definitions

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("đội tuyển Trinidad and Tobago", "đội tuyển Tri ni đát và Tô ba gô"),
        ("đảo quốc Tuvalu", "đảo quốc Tu va lu"),
        ("hội nghị tại Munich", "hội nghị tại Muy ních"),
        ("thành phố Kharkiv", "thành phố Khác cốp"),
        ("du khách tới Hanoi", "du khách tới Hà Nội"),
        ("các nước OPEC", "các nước Ô pếch"),
    ],
)
def test_more_countries_and_cities_read_their_vietnamese_name(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("trong lĩnh vực NLTS", "trong lĩnh vực nông, lâm, thủy sản"),
        ("Ban Chấp hành T.Ư Đảng", "Ban Chấp hành Trung ương Đảng"),
        ("cuộc TĐT đạt kết quả", "cuộc Tổng điều tra đạt kết quả"),
        ("hỗ trợ TĐC cho dân", "hỗ trợ tái định cư cho dân"),
        ("Ủy viên BTV Tỉnh ủy", "Ủy viên Ban Thường vụ Tỉnh ủy"),
        ("phóng viên BTV Thu Hà", "phóng viên bê tê vê Thu Hà"),
        ("Phòng NN-PTNT huyện", "Phòng Nông nghiệp và Phát triển nông thôn huyện"),
        ("Nên đi xklđ nước nào", "Nên đi xuất khẩu lao động nước nào"),
        ("Theo AP", "Theo a pê"),
    ],
)
def test_abbreviations_that_recur_across_provinces_are_expanded(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


def test_a_bracketed_abbreviation_of_the_words_before_it_is_a_definition() -> None:
    text = "Kế hoạch Bảo vệ và phát triển rừng (KHBV&PTR) năm nay. Trung tâm kiểm soát bệnh tật (CDC) cho biết."
    assert find_definitions(text) == {"KHBV&PTR": "Kế hoạch Bảo vệ và phát triển rừng"}


def test_a_defined_abbreviation_is_read_as_its_words_on_later_lines() -> None:
    text = "Tổ tự quản (TTQ) thôn Tân Lập họp ngày 5/3.\nTTQ đề nghị các hộ tham gia.\nTTQ xã cũng dự."
    assert READ.text(text).split("\n")[1:] == ["Tổ tự quản đề nghị các hộ tham gia.", "Tổ tự quản xã cũng dự."]


def test_an_abbreviation_no_text_defines_is_not_read_as_another_texts_words() -> None:
    READ.text("Tổ tự quản (TTQ) thôn.")
    assert READ.text("TTQ họp.") == "tê tê quy họp."
