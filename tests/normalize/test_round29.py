"""Round 29 (issue 29): shapes and words the ac batches and earlier annotators agree on. A thousands group after a
clause word (`khoản 6.000 m3`) is a number, never a clause's "sáu chấm không": a wrong magnitude is as bad as a sign."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("với khối lượng ước tính khoản 6.000 m3 gây", "với khối lượng ước tính khoản sáu nghìn mét khối gây"),
        ("một khoản 6.000 đồng", "một khoản sáu nghìn đồng"),
        ("khoản 12.500.000 đồng", "khoản mười hai triệu năm trăm nghìn đồng"),
        ("Điều 1.100 người", "Điều một nghìn một trăm người"),
        ("mục 1.234 hộ", "mục một nghìn hai trăm ba mươi tư hộ"),
    ],
)
def test_a_thousands_group_after_a_clause_word_is_a_number(written: str, spoken: str) -> None:
    """Batch ac1: `khoản 6.000 m3` was "sáu chấm không", six where six thousand was written."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("theo điều 3.32 của", "theo điều ba chấm ba mươi hai của"),
        ("Khoản 2.1 Điều 5", "Khoản hai chấm một Điều năm"),
    ],
)
def test_a_clause_numbered_within_an_article_stays_cham(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


def test_a_roman_round_joined_to_its_year_by_a_dot_is_the_rounds_year() -> None:
    """Batch ac2: `đợt I.2022` was "một. hai không hai hai", the year said digit by digit."""
    spoken = "gia cầm đợt một năm hai nghìn không trăm hai mươi hai"
    assert READ.line("gia cầm đợt I.2022") == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "cung cấp thông tin cá nhân nhạy cảm, mã xác thực OTP",
            "cung cấp thông tin cá nhân nhạy cảm, mã xác thực ô tê pê",
        ),
        ("không cung cấp mật khẩu, OTP cho ai", "không cung cấp mật khẩu, ô tê pê cho ai"),
        ("nhập mã OTP", "nhập mã ô tê pê"),
    ],
)
def test_otp_is_said_without_an_added_ma(written: str, spoken: str) -> None:
    """Batch ac2: "mã xác thực OTP" said "mã" twice; no annotator adds "mã" where the text has none (7 of 7)."""
    assert READ.line(written) == spoken


def test_vneid_is_spelled_with_the_house_letter_names() -> None:
    """VNeID's letters by the guide's table, N "en nờ": annotators 41 to 20 over all batches (a guide line of one
    evening said "vê en e i dê" without counting; the 38 earlier spans outweigh the 15 after it)."""
    assert READ.line("ứng dụng VNeID") == "ứng dụng vê en nờ e i dê"


def test_robusta_is_ro_bu_xta() -> None:
    """27 spans to 18 over all batches, and every Robusta of aa1, ab1 and ac1."""
    assert READ.line("giá cà phê Robusta trên sàn London") == "giá cà phê rô bu xta trên sàn Luân Đôn"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("vào 'báo động đỏ'? GĐXH - Theo số liệu", "vào báo động đỏ? Gia đình và Xã hội, Theo số liệu"),
        ("Các đại biểu TXCT tại xã Bình Kiến", "Các đại biểu tiếp xúc cử tri tại xã Bình Kiến"),
        ("lắp đặt tại trụ sở ấp và tổ NDTQ trong ấp", "lắp đặt tại trụ sở ấp và tổ nhân dân tự quản trong ấp"),
        ("tuyên truyền CB-GV-NV, Phụ huynh học sinh", "tuyên truyền cán bộ, giáo viên, nhân viên, Phụ huynh học sinh"),
        ("Hanoinet - Nước ta", "Hà Nội nét, Nước ta"),
        ("nguy cơ ngộ độc khí CO, bảo đảm", "nguy cơ ngộ độc khí xê o, bảo đảm"),
        ("trên App Store (đối với hệ điều hành iOS", "trên áp xto, đối với hệ điều hành ai ô ét"),
        ("và CH Play (đối với hệ điều hành Android)", "và xê hát plây, đối với hệ điều hành an đờ roi"),
        ("gạo thơm Jasmine dao động", "gạo thơm gia xơ min dao động"),
        ("Ayunpa (Gia Lai) 40 độ C", "A dun pa, Gia Lai, bốn mươi độ xê"),
        ("Hệ thống Trường Pathway Tuệ Đức", "Hệ thống Trường pát quây Tuệ Đức"),
    ],
)
def test_words_of_the_ac_batches_the_annotators_agree_on(written: str, spoken: str) -> None:
    """Batches ac1 and ac2 spelled these letter by letter or guessed them; every annotator who met one agrees."""
    assert READ.line(written) == spoken
