"""Issue 29, round 75: what batches bj1 to bl2 (now development) showed that any notice may hold."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Cung cấp CCCD/CMND/hộ chiếu và", "Cung cấp căn cước công dân, chứng minh nhân dân, hộ chiếu và"),
        ("mang CMND/CCCD", "mang chứng minh nhân dân, căn cước công dân"),  # as before
        ("Đầu tháng này, TT Trump cũng đã", "Đầu tháng này, Tổng thống Trăm cũng đã"),  # a foreign name: the title
        ("TT. Putin nói", "Tổng thống Pu tin nói"),
        ("TT Vàm Láng", "thị trấn Vàm Láng"),  # a Vietnamese name: the town
        ("TT Phu My", "thị trấn Phu My"),  # written without marks, still syllables
        ("TP – Nhà trường được phép", "Tiền Phong, Nhà trường được phép"),  # the paper's dateline
        (
            "từ km152 - km156+500 gây tắc",
            "từ ki lô mét một trăm năm mươi hai đến ki lô mét một trăm năm mươi sáu cộng năm trăm gây tắc",
        ),
        ("thiếu nước tháng 3 - 4, do", "thiếu nước tháng ba đến tháng tư, do"),
        ("tháng 5-7/2024", "tháng năm đến tháng bảy năm hai nghìn không trăm hai mươi tư"),  # as before
        ("trình độ đại học, cao đẳng, THCN", "trình độ đại học, cao đẳng, trung học chuyên nghiệp"),
        ("trung cấp, CĐ, ĐH đạt", "trung cấp, cao đẳng, đại học đạt"),
        ("thi tốt nghiệp PTTH và", "thi tốt nghiệp phổ thông trung học và"),
        ("Đài PTTH Hà Nội", "Đài Phát thanh Truyền hình Hà Nội"),  # the broadcaster, as before
        ("VD: Nếu mã", "Ví dụ, Nếu mã"),
        ("tích hợp module thanh toán", "tích hợp mô đun thanh toán"),
        ("nhiệt độ trong ngày dưới 100C; học sinh", "nhiệt độ trong ngày dưới mười độ xê, học sinh"),
        ("khi nhiệt độ dưới 70C.", "khi nhiệt độ dưới bảy độ xê."),
        ("nhiệt độ nước đun sôi 100C", "nhiệt độ nước đun sôi một trăm xê"),  # boiling: no typed degree
        (
            "xuất hiện vào ngày-11/9/2025",
            "xuất hiện vào ngày mười một tháng chín năm hai nghìn không trăm hai mươi lăm",
        ),
        ("Lộ trình từ Quận 4 – Quận 1 :", "Lộ trình từ Quận bốn đến Quận một"),
        ("từ Quảng Ninh - Bình Thuận kêu gọi", "từ Quảng Ninh đến Bình Thuận kêu gọi"),
        ("số liệu từ Cục Xuất nhập khẩu - Bộ Công Thương", "số liệu từ Cục Xuất nhập khẩu, Bộ Công Thương"),  # a body
        ("(tức ngày 12,13 tháng Giêng),", "tức ngày mười hai, mười ba tháng Giêng"),
        ("thời gian 1,5 tháng vừa qua", "thời gian một phẩy năm tháng vừa qua"),  # a decimal, as before
        ("(đã bao gồm thuế VAT)", "đã bao gồm thuế vê a tê"),
        ("của Ban Chỉ đạo TƯPCTT.", "của Ban Chỉ đạo Trung ương phòng chống thiên tai."),
        ("công viên 30-4, khán đài", "công viên ba mươi tháng tư, khán đài"),  # a park named after a day
        ("mở rộng đường 2-3 làn", "mở rộng đường hai đến ba làn"),  # no day names a road so: a range
        ("Đài phát thanh Prasar Bharati.", "Đài phát thanh pra xa ba ra ti."),  # an Indian aspirate: its consonant
        ("Mahatma Gandhi", "ma hát ma Gan đi"),
        ("Thủ tướng Narendra Modi", "Thủ tướng Na ren đra Mô đi"),  # đ before r: one cluster, as the guess says it
    ],
)
def test_what_bj_and_bk_showed(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
