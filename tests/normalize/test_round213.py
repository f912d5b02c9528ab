"""Issue 29, round 213, from blind batches ia1 and ia2 after their scores: a unit alone in brackets heading a
table's column, inches of mercury, a ministry's initials with a space after the comma; from ib2: culture and
tourism; from ic2: minutes typed a space after the hour's h, a standing board's member, an insured person's
number."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Bảng mực nước thực đo và dự báo (m)", "Bảng mực nước thực đo và dự báo, mét"),  # was "m"
        ("Lượng mưa (mm)", "Lượng mưa, mi li mét"),
        (
            "Áp suất 940 mbar (hPa); 27.76 inHg",
            # hPa "pát xcan" since round 224 (4 annotations to 2 "pa")
            "Áp suất chín trăm bốn mươi mi li ba, héc tô pát xcan, hai mươi bảy phẩy bảy mươi sáu in thủy ngân",
        ),
        ("Ảnh (G) phát biểu", "Ảnh, giê, phát biểu"),  # a letter no unit is: as before
        ("các mục (a), (b)", "các mục, a, b"),
        ("Ngày hội VH, TT&DL các dân tộc", "Ngày hội Văn hóa, Thể thao và Du lịch các dân tộc"),
        ("Tuần VH-DL Đồng Hới", "Tuần Văn hóa, Du lịch Đồng Hới"),
        ("7h 30:  Khai mạc môn đẩy gậy", "bảy giờ ba mươi phút, Khai mạc môn đẩy gậy"),  # "phút" was not said
        ("từ 16h 30 cho tới 19h,", "từ mười sáu giờ ba mươi phút cho tới mười chín giờ"),
        ("đỉnh lúc 8h 04/11 là", "đỉnh lúc tám giờ ngày mồng bốn tháng mười một là"),  # a date after the hour
        ("Bà Đương - UV Ban Thường vụ Huyện ủy", "Bà Đương, Ủy viên Ban Thường vụ Huyện ủy"),
        ("MS BHXH: là 10 số cuối", "Mã số Bảo hiểm xã hội, là mười số cuối"),
    ],
)
def test_what_ia_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
