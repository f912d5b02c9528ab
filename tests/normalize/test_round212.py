"""Issue 29, round 212, from blind batches hx1, hx2, hy1 and hy2 after their scores: a flood level in Roman figures
before a height, speeds in miles and knots, a clock time before "giờ", a site's dateline, the dollar's sign, a
disease's cases over deaths, a PDF's symbols and years that lost their hyphens, a military region's numeral, an
address's words without tones; from hz1 and hz2: two hotlines, a goal pulled back, a club's and an office's
initials, a Gaelic name's prefix."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.rules_pdf import part_glued_years

CTX = load_context()
N = Normalizer(CTX)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("vượt báo động III 127 cm", "vượt báo động ba một trăm hai mươi bảy xăng ti mét"),  # was "i i i một hai bảy"
        ("giống OM 5451", "giống o em mờ năm bốn năm một"),  # a code, as before
        (
            "khoảng 150 km/h (80 hải lý/h, 90 dặm/h).",
            "khoảng một trăm năm mươi ki lô mét trên giờ, tám mươi hải lý trên giờ, chín mươi dặm trên giờ.",
        ),
        (
            "gió giật 230 km/h (145 mph)",
            "gió giật hai trăm ba mươi ki lô mét trên giờ, một trăm bốn mươi lăm dặm trên giờ",
        ),
        ("30 lượt/h", "ba mươi lượt một giờ"),  # a count per hour, as before
        # hPa "pát xcan" since round 224 (4 annotations to 2 "pa")
        ("là 955 hPa", "là chín trăm năm mươi lăm héc tô pát xcan"),
        ("(04:00 giờ ngày 1 tháng 10)", "bốn giờ ngày mồng một tháng mười"),  # was "bốn giờ giờ"
        ("lúc 8:30 giờ Việt Nam", "lúc tám giờ ba mươi phút giờ Việt Nam"),  # a place's clock keeps its word
        (
            "Thứ ba, 19 Tháng 10 2021 07:26",
            "Thứ ba, ngày mười chín tháng mười năm hai nghìn không trăm hai mươi mốt, bảy giờ hai mươi sáu phút",
        ),
        ("Thiệt hại $750 triệu", "Thiệt hại bảy trăm năm mươi triệu đô la"),  # the sign was left in
        ("giá US$5", "giá năm đô la Mỹ"),
        ("tổng số mắc/tử vong là 62/0", "tổng số mắc trên tử vong là sáu mươi hai trên không"),
        ("Số: 1961/QĐUBND", "Số, một nghìn chín trăm sáu mươi mốt, quyết định Ủy ban nhân dân"),  # was spelled
        ("Nghị định số 61/2018/NĐCP", "Nghị định số sáu mươi mốt, năm hai nghìn không trăm mười tám, Chính phủ"),
        (
            "cải cách giai đoạn 20112020;",
            "cải cách giai đoạn hai nghìn không trăm mười một đến hai nghìn không trăm hai mươi",
        ),
        ("Bộ Tư lệnh Quân khu I.", "Bộ Tư lệnh Quân khu một."),  # was left as the letter
        ("quần đảo Philipin", "quần đảo Phi líp pin"),
        (
            "https://nhandan.vn/khai-mac-hoi-thao-toan-quoc-12.html",
            "nhân dân chấm vê en gạch chéo khai gạch ngang mạc gạch ngang hội gạch ngang thao gạch ngang toàn gạch ngang"
            " quốc gạch ngang một hai chấm hát tê em e lờ",
        ),  # the path's words were read without tones
        (
            "Đường dây nóng: 0983449277 - 0913303903",
            "Đường dây nóng, không chín tám ba bốn bốn chín hai bảy bảy, không chín một ba ba không ba chín không ba",
        ),
        ("từ 5-10 ngày", "từ năm đến mười ngày"),  # a range, as before
        ("dứt điểm chéo góc, gỡ 2-3 cho đội", "dứt điểm chéo góc, gỡ hai ba cho đội"),  # was "hai đến ba"
        ("bên phía SL Nghệ An", "bên phía Sông Lam Nghệ An"),
        ("Công văn số 09/UBND-KSTTHC", "Công văn số chín, Ủy ban nhân dân Kiểm soát thủ tục hành chính"),
        ("thủ môn McDaniel.", "thủ môn Mắc đa ni en."),  # was "em mờ xê"
        ("MC dẫn chương trình", "em xê dẫn chương trình"),  # the host's initials are not the prefix
        ("(tại Mẫu số 10/HĐBC)", "tại Mẫu số mười, Hội đồng bầu cử"),  # a body's initials, not a kind and a body
        ("giảm 80 Rupi/ tạ", "giảm tám mươi ru pi một tạ"),
    ],
)
def test_what_hx_and_hy_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "parted"),
    [
        ("giai đoạn 20112020", "giai đoạn 2011-2020"),
        ("nhiệm kỳ 20212026", "nhiệm kỳ 2021-2026"),
        ("giai đoạn 20202015", "giai đoạn 20202015"),  # a span never runs back
        ("mã 20112020", "mã 20112020"),  # no period's word: a number or a code
    ],
)
def test_part_glued_years(written: str, parted: str) -> None:
    assert part_glued_years(written, CTX) == parted
