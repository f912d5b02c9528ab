"""Issue 29, round 104: what blind batches ct1, ct2, cu1 and cu2 (now development) and older misses showed."""

from __future__ import annotations

import pytest

from pipeline.build.lint import letters_read
from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.rules_glued import western_words

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("từ 28.6 đến ngày 9.7.", "từ ngày hai mươi tám tháng sáu đến ngày mồng chín tháng bảy."),
        (
            "có mưa từ 31.8 cho đến hết ngày 2.9",
            "có mưa từ ngày ba mươi mốt tháng tám cho đến hết ngày mồng hai tháng chín",
        ),
        (
            "từ 21.6 đến 24.6, không",
            "từ ngày hai mươi mốt tháng sáu đến ngày hai mươi tư tháng sáu, không",
        ),  # as before
        ("từ 20.12 đến 5.1 năm sau", "từ ngày hai mươi tháng mười hai đến ngày mồng năm tháng một năm sau"),
    ],
)
def test_dotted_date_spans_after_from(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a heat index's scale runs back a month read as dates: decimals, as an English text writes them
        ("từ 2.5 - 5.4 là trung bình", "từ hai phẩy năm đến năm phẩy bốn là trung bình"),
        ("từ 7.5 - 10.4 là rất cao", "từ bảy phẩy năm đến mười phẩy bốn là rất cao"),
        # an amount after the end keeps the numbers, with "đến" as with the dash
        ("mực nước từ 2.5 đến 3.5 mét", "mực nước từ hai phẩy năm đến ba phẩy năm mét"),
    ],
)
def test_spans_that_are_no_dates(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Thị lực đạt 1/10 trở lên và đạt 7/10 nếu đeo kính",
            "Thị lực đạt một trên mười trở lên và đạt bảy trên mười nếu đeo kính",
        ),
        ("thị lực từ 7/10 (có kính)", "thị lực từ bảy trên mười, có kính"),
        ("khám thị lực. Ngày 7/10 nhập ngũ", "khám thị lực. Ngày mồng bảy tháng mười nhập ngũ"),  # a new sentence
    ],
)
def test_sight_in_tenths(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("sông Maspéro", "sông mát pê rô"),
        ("ông Martínez", "ông mác ti nét"),  # an ar before a consonant is "ác" (round 135)
        ("Cecafé", "xê ca phê"),
        ("Peña Nieto", "pê nha ni tô"),
        ("Québec", "Kê bếch"),
        ("càphê, bêtông, hécta", "cà phê, bê tông, héc ta"),  # Vietnamese run together: split_marked_runs' still
        ("giá cà phê", "giá cà phê"),
    ],
)
def test_western_marked_names(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


def test_western_marked_names_are_listed_as_guesses() -> None:
    assert western_words("sông Maspéro và càphê, Élysée") == ["Maspéro"]
    _spelled, guessed = letters_read(N, [("thong-bao.txt", 1, "Lễ hội trên sông Maspéro.")])
    assert [(g.token, g.spoken) for g in guessed] == [("Maspéro", "mát pê rô")]


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Trung tâm GDNN&GDTX quận", "Trung tâm giáo dục nghề nghiệp và giáo dục thường xuyên quận"),
        ("(GDNN&GDTX)", "giáo dục nghề nghiệp và giáo dục thường xuyên"),
        ("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),  # the pair's own entry
        ("hệ thống đường ĐH&GTNT", "hệ thống đường đê hát và giê tê en nờ tê"),  # two letters: too many things
        ("Ảnh: AFP/TTXVN", "Ảnh, a ép pê, Thông tấn xã Việt Nam"),
        ("TRẦN QUYÊN/TTXVN", "trần quyên, Thông tấn xã Việt Nam"),
        ("Tên đăng nhập (số CMT/CCCD)", "Tên đăng nhập, số chứng minh thư, căn cước công dân"),
    ],
)
def test_bodies_beside_marks(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("tức từ mùng 01-10/3 năm Giáp Thìn", "tức từ mùng một đến mười tháng ba năm Giáp Thìn"),
        ("từ mồng 5-7/3 âm lịch", "từ mồng năm đến bảy tháng ba âm lịch"),
        ("ngày 24 - 27/8", "ngày hai mươi tư đến ngày hai mươi bảy tháng tám"),  # as before
    ],
)
def test_a_day_range_after_a_written_mung_says_it_once(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
