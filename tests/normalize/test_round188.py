"""Issue 29, round 188, from gq1: a party's initials KO, a health department's office NVY, a container, a part over
a whole with "hơn" after the slash."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("thuộc đảng Liên minh Công dân (KO), người", "thuộc đảng Liên minh Công dân, ca o, người"),
        ("ko được đi", "không được đi"),
        (
            "ban hành văn bản số 3529/SYT-NVY về việc",
            "ban hành văn bản số ba nghìn năm trăm hai mươi chín, Sở Y tế Nghiệp vụ Y về việc",
        ),
        ("đóng cont đi thị trường Mỹ", "đóng công te nơ đi thị trường Mỹ"),
    ],
)
def test_initials_and_a_loanword_the_tables_read(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "thu hoạch gần 170 ngàn ha/ hơn 180.000ha lúa",
            "thu hoạch gần một trăm bảy mươi ngàn héc ta trên hơn một trăm tám mươi nghìn héc ta lúa",
        ),
        (
            "Đại Ninh là 22,57/251,73 triệu m3",
            "Đại Ninh là hai mươi hai phẩy năm mươi bảy trên hai trăm năm mươi mốt phẩy bảy mươi ba triệu mét khối",
        ),
    ],
)
def test_a_part_over_a_whole_with_hon_after_the_slash(written: str, said: str) -> None:
    assert N.line(written) == said
