"""Issue 29, round 229, from blind batches jc1 and jc2 after their scores: days counted then "từ" open a span said
with "ngày" before each day, a dotted span's last date, initials glued to the next word, an agency's letters that
leave "Việt Nam" out, a heading's `(Đồng/…)`, and `LTS`."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (  # was "từ mồng bốn đến mồng sáu"
            "diễn ra trong 3 ngày, từ 4 đến 6/3/2026,",
            "diễn ra trong ba ngày, từ ngày mồng bốn đến ngày mồng sáu tháng ba năm hai nghìn không trăm hai mươi sáu",
        ),
        (  # round 33 read this one without "ngày" (f2's span says both)
            "kéo dài ba ngày, từ 26 đến 28/10, quy tụ",
            "kéo dài ba ngày, từ ngày hai mươi sáu đến ngày hai mươi tám tháng mười, quy tụ",
        ),
        (
            "Sự kiện diễn ra trong 3 ngày (từ 20 - 22/10),",
            "Sự kiện diễn ra trong ba ngày, từ ngày hai mươi đến ngày hai mươi hai tháng mười",
        ),
        (  # was "từ năm đến ngày mồng sáu"
            "thi từ 5 đến 6.6.2025.",
            "thi từ ngày mồng năm đến ngày mồng sáu tháng sáu năm hai nghìn không trăm hai mươi lăm.",
        ),
        ("TP HCMHọc sinh từ mầm non", "thành phố Hồ Chí Minh Học sinh từ mầm non"),  # was "HCMHọc"
        ("© Ảnh : TTXVNThủ tướng", "bản quyền Ảnh, Thông tấn xã Việt Nam Thủ tướng"),
        (  # was "Việt Nam, bảo hiểm xã hội, cảnh báo"
            "Cổng thông tin Bảo hiểm xã hội Việt Nam (BHXH) cảnh báo. BHXH cho biết",
            "Cổng thông tin Bảo hiểm xã hội Việt Nam cảnh báo. Bảo hiểm xã hội cho biết",
        ),
        ("(Đồng/học sinh/tháng) Mầm non 180.000", "Đồng một học sinh một tháng, Mầm non một trăm tám mươi nghìn"),
        ("LTS: Ngày bầu cử", "Lời tòa soạn, Ngày bầu cử"),
    ],
)
def test_what_jc1_and_jc2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("trong các ngày từ 22-24.8.", "trong các ngày từ hai mươi hai đến hai mươi tư tháng tám."),  # plural
        ("trong 3 ngày 13-16/4", "trong ba ngày mười ba đến mười sáu tháng tư"),  # no "từ"
        ("từ 1 đến 4.5 mét", "từ một đến bốn phẩy năm mét"),  # a dot without a year: no date
        ("TỔNG KẾT HỘI KHOẺ PHÙ ĐỔNG", "tổng kết hội khoẻ phù đổng"),  # one word in capitals
        ("Hiệp hội Lương thực Việt Nam (VFA), ngày", "Hiệp hội Lương thực Việt Nam, ngày"),
        ("xã Tân Đồng/huyện 5", "xã Tân Đồng, huyện năm"),  # a place's last word, not the unit
    ],
)
def test_what_round_229_leaves(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
