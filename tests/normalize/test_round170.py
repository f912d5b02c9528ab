"""Issue 29, round 170, from fx1 and fx2: "tới" closes a span of days as "đến" does; a fuel fund's, a crop's and two
papers' initials and Lebanon's French name are data."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Trong tuần từ 24 tới 30/6, giá", "Trong tuần từ ngày hai mươi tư tới ngày ba mươi tháng sáu, giá"),
        ("từ 2-9 tới 5-9 tổ chức", "từ ngày mồng hai tháng chín tới ngày mồng năm tháng chín tổ chức"),
        (
            "từ 22-1 tới 2-2-2017",
            "từ ngày hai mươi hai tháng một tới ngày mồng hai tháng hai năm hai nghìn không trăm mười bảy",
        ),
        ("Từ 1-4 tới 17g ngày 18-4", "Từ ngày mồng một tháng tư tới mười bảy giờ ngày mười tám tháng tư"),
        ("từ 3-5 người tới", "từ ba đến năm người tới"),
    ],
)
def test_a_span_of_days_may_end_on_toi(written: str, said: str) -> None:
    assert N.line(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("chi Quỹ BOG 100 đồng/lít", "chi Quỹ bình ổn giá một trăm đồng một lít"),
        ("Vụ lúa ĐX 2014-2015", "Vụ lúa Đông Xuân hai nghìn không trăm mười bốn đến hai nghìn không trăm mười lăm"),
        ("LCĐT - Tình trạng", "Lào Cai điện tử, Tình trạng"),
        ("(LĐ online) - Sở", "Lâm Đồng on lai, Sở"),
        ("người LĐ tự do", "người lao động tự do"),
        ("tại Liban.", "tại Li băng."),
    ],
)
def test_initials_and_a_name_the_batches_brought(written: str, said: str) -> None:
    assert N.line(written) == said
