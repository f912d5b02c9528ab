"""Issue 29, round 150: a file's name and ending (fb1, ex2, fd1); a count after "mỗi ngày" (fd1); a date with a space
after its dash (fd2)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("B2222.jpg", "bê hai hai hai hai chấm gi pê giê"),
        ("tien6175.jpg", "tiên sáu một bảy năm chấm gi pê giê"),
        ("nhà máy nước.jpg", "nhà máy nước chấm gi pê giê"),
        (
            "công tác CCHC tại huyện Thuỷ Nguyên năm 2011.doc",
            "công tác cải cách hành chính tại huyện Thuỷ Nguyên năm hai nghìn không trăm mười một chấm đốc",
        ),
        ("file baocao.docx nhé", "phai báo cáo chấm đốc ích nhé"),
    ],
)
def test_a_files_name_and_ending_are_read_as_an_address_is(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("trung bình mỗi ngày 3-5 huyện, thành, thị", "trung bình mỗi ngày ba đến năm huyện, thành, thị"),
        ("Mỗi ngày 2 lần", "Mỗi ngày hai lần"),
        ("ngày 3 và ngày 5/2", "ngày mồng ba và ngày mồng năm tháng hai"),
    ],
)
def test_numbers_after_each_day_are_counted(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Chiều 4- 11, tại Cửa khẩu", "Chiều ngày mồng bốn tháng mười một, tại Cửa khẩu"),
        ("cấp 9- 10", "cấp chín đến mười"),
    ],
)
def test_a_date_after_a_daypart_may_have_a_space_after_its_dash(written: str, said: str) -> None:
    assert N.line(written) == said
