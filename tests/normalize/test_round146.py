"""Issue 29, round 146: a score between two teams' names (ey1); two names joined by a hyphen (ez1): a pause; HĐQT."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "Anh 4-0 Bulgaria (Vòng loại Euro 2020):",
            "Anh bốn không Bun ga ri, Vòng loại Ơ rô hai nghìn không trăm hai mươi",
        ),
        ("Argentina 1-0 Colombia: Messi khóc", "Ác hen ti na một không Cô lôm bi a, Mét xi khóc"),
        ("Việt Nam 2-1 Thái Lan", "Việt Nam hai một Thái Lan"),
    ],
)
def test_a_score_between_two_teams_names_is_a_score(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Tháng 4-5 Hà Nội nắng", "Tháng tư đến tháng năm Hà Nội nắng"),
        ("Quận 1-3 Hồ Chí Minh", "Quận một đến ba Hồ Chí Minh"),
        ("thôn 2-3 Hà Nội", "thôn hai đến ba Hà Nội"),
    ],
)
def test_a_month_a_ward_or_a_small_word_before_the_numbers_is_no_team(written: str, said: str) -> None:
    assert N.line(written) == said


def test_two_names_joined_by_a_hyphen_are_said_with_a_pause_between() -> None:
    assert N.line("lối thoát cho xung đột Nga-Ukraine.") == "lối thoát cho xung đột Nga, U crai na."


def test_a_companys_board() -> None:
    assert (
        N.line("Chủ tịch HĐQT Công ty CP Cấp thoát nước") == "Chủ tịch Hội đồng quản trị Công ty cổ phần Cấp thoát nước"
    )


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("tham gia Hội nghị thượng đỉnh EU-Ukraine do", "tham gia Hội nghị thượng đỉnh e u, U crai na do"),
        ("quan hệ ASEAN-Australia tổ chức", "quan hệ A xê an, Ô xtrây li a tổ chức"),
        ("QĐ-UBND", "quyết định, Ủy ban nhân dân"),
    ],
)
def test_a_bodys_initials_joined_to_a_name_of_the_table_are_two_names(written: str, said: str) -> None:
    assert N.line(written) == said
