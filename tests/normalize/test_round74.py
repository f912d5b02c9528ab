"""Issue 29, round 74: what the development corpus (120 batches) showed again, read by the house guide's rules."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Dự báo đêm 9/9 và ngày 10/9", "Dự báo đêm ngày mồng chín tháng chín và ngày mồng mười tháng chín"),
        ("từ đêm 31/10 tới sáng 1/11", "từ đêm ngày ba mươi mốt tháng mười tới sáng ngày mồng một tháng mười một"),
        ("trong ngày và đêm 13/6, ở vịnh", "trong ngày và đêm mười ba tháng sáu, ở vịnh"),  # the day was just said
        ("vào tối hoặc đêm 6/11", "vào tối hoặc đêm mồng sáu tháng mười một"),
    ],
)
def test_a_night_names_its_day(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Ngày đăng 17/04/2019 | 10:23",
            "Ngày đăng mười bảy tháng tư năm hai nghìn không trăm mười chín, mười giờ hai mươi ba phút",
        ),
        ("Ngày cập nhật 05/08/2020", "Ngày cập nhật mồng năm tháng tám năm hai nghìn không trăm hai mươi"),
        ("Ngày ban hành 29/08/2025", "Ngày ban hành hai mươi chín tháng tám năm hai nghìn không trăm hai mươi lăm"),
        ("Ngày đăng: 08/08/2017", "Ngày đăng, mồng tám tháng tám năm hai nghìn không trăm mười bảy"),  # round 114
        ("Ngày 20/10/2023", "Ngày hai mươi tháng mười năm hai nghìn không trăm hai mươi ba"),  # unchanged
        (
            "Ngày thứ năm 29-3-2012",
            "Ngày thứ năm hai mươi chín tháng ba năm hai nghìn không trăm mười hai",
        ),  # round 172
    ],
)
def test_a_field_label_opening_on_ngay_is_not_repeated(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Ngoại trưởng Andrey Sibiga", "Ngoại trưởng an đrây xi bi ga"),  # đ before r: one cluster
        ("Ngoại giao Đức Sigmar Gabriel", "Ngoại giao Đức xích ma ga bri en"),  # b before r
        ("dầu Brent tăng", "dầu bren tăng"),
        ("2.000 drone cùng", "hai nghìn đờ rôn cùng"),  # a loanword's cluster stays split
        ("blog cá nhân", "bờ lóc cá nhân"),
        ("cấm lưu thông đèo Prenn", "cấm lưu thông đèo pren"),  # p before r: the engine gives the voice "pờ ren"
    ],
)
def test_a_name_keeps_the_clusters_the_voice_says(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
