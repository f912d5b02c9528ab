"""Issue 29, round 45: the misses of blind batches ap1 and ap2 (now development batches) that any notice of their
kind may hold."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Lịch cúp điện ngày mai 2/11 phường Tân Tạo",
            "Lịch cúp điện ngày mai ngày mồng hai tháng mười một phường Tân Tạo",
        ),
        ("Hôm qua 3/4 xã", "Hôm qua ngày mồng ba tháng tư xã"),
        ("đạt 2/11 phường", "đạt hai trên mười một phường"),  # no day word: places counted
    ],
)
def test_a_slash_after_hom_nay_or_ngay_mai_is_a_date_whatever_noun_follows(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "từ 10 giờ ngày 21-8 đến 5 giờ 22-8 đối với xe tải",
            "từ mười giờ ngày hai mươi mốt tháng tám đến năm giờ ngày hai mươi hai tháng tám đối với xe tải",
        ),  # ap1
        (
            "từ 21 giờ ngày 18-6 đến 5 giờ 19-6, nhiều quận",
            "từ hai mươi mốt giờ ngày mười tám tháng sáu đến năm giờ ngày mười chín tháng sáu, nhiều quận",
        ),
        ("từ 7 giờ 30 đến 9 giờ 30-8 giờ", "từ bảy giờ ba mươi đến chín giờ ba mươi đến tám giờ"),  # no dated start
    ],
)
def test_the_end_of_a_dated_span_keeps_its_day_after_the_hour(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("lòng đường QL6, đoạn", "lòng đường quốc lộ sáu, đoạn"),  # ap1
        ("đoạn tuyến quốc lộ QL.279D từ", "đoạn tuyến quốc lộ hai trăm bảy mươi chín dê từ"),  # am1
        ("trên đường ĐT746, TX.Tân Uyên", "trên đường đường tỉnh bảy trăm bốn mươi sáu, thị xã Tân Uyên"),
    ],
)
def test_a_road_code_after_duong_is_named_and_after_quoc_lo_not_read_again(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("cuộc xung đột Nga-Ukraine, nâng cao", "cuộc xung đột Nga, U crai na, nâng cao"),  # ap2
        ("quan hệ Ukraine-Nga", "quan hệ U crai na, Nga"),
        ("quan hệ Việt-Mỹ", "quan hệ Việt Mỹ"),
    ],
)
def test_a_vietnamese_name_hyphened_to_a_foreign_one_is_two_names(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("“vào khoảng tháng 8″, thời gian", "vào khoảng tháng tám, thời gian"),  # ap2
        ("Bộ LĐ-TB-XH,", "Bộ Lao động, Thương binh và Xã hội"),  # ap2
        ("một số website có thể giả https nhưng", "một số oép sai có thể giả hát tê tê pê ét nhưng"),  # ap1
        (
            "bắt đầu bằng http:// thay vì https://;",
            "bắt đầu bằng hát tê tê pê hai chấm gạch chéo gạch chéo thay vì hát tê tê pê ét hai chấm gạch chéo gạch chéo",
        ),
        ("vào https://dichvucong.gov.vn để", "vào dịch vụ công chấm gốp chấm vê en để"),  # an address as before
    ],
)
def test_quotes_initials_and_protocols_of_ap(written: str, spoken: str) -> None:
    assert N.line(written) == spoken


def test_a_list_of_domain_endings_is_read_ending_by_ending() -> None:
    said = N.line("các đuôi tên miền lạ như: .cc;.xyz;.ml;.cf...);")
    assert said.startswith("các đuôi tên miền lạ như, chấm xê xê, chấm ích i dài dét, chấm")
    assert "." not in said.rstrip(".")
