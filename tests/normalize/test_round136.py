"""Issue 29, round 136: rules from blind batches eh1 and eh2 (now development)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("tuyến ống D800 nhà máy", "tuyến ống dê tám trăm nhà máy"),
        ("đoạn ống DN700 trên", "đoạn ống dê en nờ bảy trăm trên"),
        ("trên tuyến ống D500, D600 thuộc", "trên tuyến ống dê năm trăm, dê sáu trăm thuộc"),
        ("đường ống D800mm tại", "đường ống dê tám trăm mi li mét tại"),
        ("tuyến ống DN100PVC đường", "tuyến ống dê en nờ một trăm pê vê xê đường"),
    ],
)
def test_a_pipes_diameter_is_a_whole_number(written: str, said: str) -> None:
    assert N.line(written) == said


def test_letters_and_digits_away_from_a_pipe_stay_a_code() -> None:
    assert N.line("xe D800 trên") == "xe dê tám không không trên"


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("giá 600 nghìn – 750 nghìn đồng/kg", "giá sáu trăm nghìn đến bảy trăm năm mươi nghìn đồng một ki lô gam"),
        ("giá 35 triệu – 40 triệu đồng", "giá ba mươi lăm triệu đến bốn mươi triệu đồng"),
    ],
)
def test_a_dash_between_two_amounts_of_the_same_multiplier_is_a_range(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Đây là đợt KKL mạnh", "Đây là đợt không khí lạnh mạnh"),
        ("các cơ quan HCNN", "các cơ quan hành chính nhà nước"),
    ],
)
def test_abbreviations_of_weather_and_administration(written: str, said: str) -> None:
    assert N.line(written) == said


def test_angela_merkel_as_the_news_agency_writes_her() -> None:
    assert N.line("Thủ tướng Angela Merkel") == "Thủ tướng Ăng ghê la Méc ken"


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Thủ tướng Đức Olaf Scholz (Ô.Sôn) nhấn mạnh", "Thủ tướng Đức ô láp Sôn nhấn mạnh"),
        ("nhà đàm phán Mykhailo Podolyak (M.Pô-đô-li-ắc) khẳng định", "nhà đàm phán mi khai lô Pô đô li ắc khẳng định"),
        ("Tổng thống Pháp Emmanuel Macron (E.Ma-crông) thông báo", "Tổng thống Pháp Em ma nu en Ma crông thông báo"),
    ],
)
def test_the_news_agencys_gloss_of_a_name_is_said_once_in_its_place(written: str, said: str) -> None:
    assert N.line(written) == said


def test_a_glossed_name_is_said_as_glossed_on_the_lines_after() -> None:
    text = "Thủ tướng Olaf Scholz (Ô.Sôn) nhấn mạnh.\nÔng Scholz cho biết thêm."
    assert N.text(text).splitlines()[1] == "Ông Sôn cho biết thêm."


def test_a_bracket_of_initials_and_a_vietnamese_name_is_no_gloss() -> None:
    assert N.line("Ảnh: Nguyễn Văn (T.Hà)") == "Ảnh, Nguyễn Văn, tê Hà"


def test_a_score_brought_down_to_is_two_numbers() -> None:
    assert N.line("rút ngắn tỉ số xuống còn 1-2 trước giờ nghỉ.") == "rút ngắn tỉ số xuống còn một hai trước giờ nghỉ."


def test_the_schools_sports_festival() -> None:
    assert N.line("tham gia HKPĐ tỉnh") == "tham gia Hội khỏe Phù Đổng tỉnh"
