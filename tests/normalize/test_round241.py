"""Issue 29, round 241, from blind batches jp1 and jp2 after their scores: a title's next word is no king's numeral,
two dates after "các ngày", a list of Tết days after one "mùng", Vietnamese sides after a degree, a bare day before
its written month and year, a report's "so CK", a paper's site and a storm's Vietnamese name."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Thái tử Iran Reza Pahlavi kêu gọi", "Thái tử I ran rê da pa la vi kêu gọi"),
        (
            "trong các ngày 11-2 đến 13-2 (tức mùng 4, 5, 6 Tết),",
            "trong các ngày mười một tháng hai đến mười ba tháng hai, tức mùng bốn, năm, sáu Tết",
        ),
        ("giữa 5°B-25°B", "giữa năm độ Bắc đến hai mươi lăm độ Bắc"),
        ("giữa 135°Đ và 115°Đ", "giữa một trăm ba mươi lăm độ Đông và một trăm mười lăm độ Đông"),
        (
            "Lần cuối cùng tan 4 tháng 12 năm 2013",
            "Lần cuối cùng tan mồng bốn tháng mười hai năm hai nghìn không trăm mười ba",
        ),
        ("tăng 46,74% so CK;", "tăng bốn mươi sáu phẩy bảy mươi tư phần trăm so cùng kỳ"),
        ("Nguồn: baogiaothong.vn", "Nguồn, báo giao thông chấm vê en"),
        ("Bão mạnh nhất Haiyan", "Bão mạnh nhất Hải Yến"),
    ],
)
def test_what_jp1_and_jp2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


def test_a_monarchs_numeral_after_his_name_is_still_regnal() -> None:
    assert N.text("Quốc vương Anh Charles III") == "Quốc vương Anh Sác lơ Đệ tam"


def test_days_listed_before_one_month_stay_days() -> None:
    assert N.text("các ngày 19-20 và 21-2") == "các ngày mười chín, hai mươi và hai mươi mốt tháng hai"


def test_months_counted_before_a_year_are_no_day() -> None:
    assert N.text("trong 3 tháng 2 năm 2020") == "trong ba tháng hai năm hai nghìn không trăm hai mươi"
