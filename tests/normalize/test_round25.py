"""Round 25 (issue 29): web addresses follow the house guide. Letters no Vietnamese word covers are spelled
(`acb`, `ueb`, `top`), a common Vietnamese syllable stays a word (`tinh`, `ban`), and the address words every
batch's annotators said as words (`gmail`, `info`) or spelled (`edu`, batch y2 under the guide) are table rows."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("vào http://v-acb.com để", "vào vê gạch ngang a xê bê chấm com để"),
        ("website online.acb.com.vn", "oép sai on lai chấm a xê bê chấm com chấm vê en"),
        # `.top` said as the word since round 50 (3 spans "tóp" to 2 spelled)
        ("https://dichvucongs.top/vn", "dịch vụ công ét chấm tóp gạch chéo vê en"),
        ("vietnamairslines.com", "việt nam a i e rờ ét e lờ i en nờ e ét chấm com"),
    ],
)
def test_letters_no_vietnamese_word_covers_are_spelled_in_an_address(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("caytieuvn@gmail.com", "cay tiêu vê en nờ a còng gờ meo chấm com"),
        ("facebook.com/ubndtinhbacgiang", "phây búc chấm com gạch chéo u bê en nờ dê tinh bắc giang"),
    ],
)
def test_a_common_vietnamese_syllable_in_an_address_stays_a_word(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("http://tuyensinh.vnu.edu.vn/", "tuyển sinh chấm vê en nờ u chấm e dê u chấm vê en"),
        ("tinnguoiviet.info", "tin người việt chấm in phô"),
        ("vanhoadientu@gmail.com", "văn hóa điện tử a còng gờ meo chấm com"),
    ],
)
def test_address_words_read_as_the_annotators_read_them(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("tỷ lệ 15 -17%", "tỷ lệ mười lăm đến mười bảy phần trăm"),
        ("tăng từ 10 -15%", "tăng từ mười đến mười lăm phần trăm"),
        ("giảm 2,5 -3,5%", "giảm hai phẩy năm đến ba phẩy năm phần trăm"),
        ("giảm 554 vụ -4,2% so với", "giảm năm trăm năm mươi tư vụ âm bốn phẩy hai phần trăm so với"),
    ],
)
def test_a_dash_after_a_smaller_number_before_a_percent_is_a_range_not_a_minus(written: str, spoken: str) -> None:
    """A sign error (issue 29): `15 -17%` was "mười lăm âm mười bảy phần trăm"; a change after a count keeps it."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize("written", ["0-%", "5-%", "a-%"])
def test_a_percent_sign_left_behind_a_word_is_read_and_normalizing_twice_changes_nothing(written: str) -> None:
    """Hypothesis found `0-%`: "không %" the first time, "không phần trăm" the second."""
    once = READ.line(written)
    assert "%" not in once and once.endswith("phần trăm") and READ.line(once) == once


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("thấp nhất tại Đồng Văn - 0,3 độ C", "thấp nhất tại Đồng Văn âm không phẩy ba độ xê"),
        ("Nhiệt độ thấp nhất ở Sa Pa – 2°C.", "Nhiệt độ thấp nhất ở Sa Pa âm hai độ xê."),
        ("Hà Nội - 25 độ C, trời nắng", "Hà Nội, hai mươi lăm độ xê, trời nắng"),
    ],
)
def test_a_spaced_dash_before_a_temperature_on_a_cold_line_is_its_minus(written: str, spoken: str) -> None:
    """A sign error (issue 29, batch v1): the frost at Đồng Văn was read as a warmth."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("từ ngày 1−12, nhằm", "từ ngày mồng một tháng mười hai, nhằm"),
        ("Thủ đô Hà Nội − Việt Nam", "Thủ đô Hà Nội, Việt Nam"),
        ("nhiệt độ −7°C", "nhiệt độ âm bảy độ xê"),
    ],
)
def test_a_minus_sign_typed_for_a_dash_is_a_dash_and_before_a_number_a_minus(written: str, spoken: str) -> None:
    """A sign error (issue 29, batch aa2): `ngày 1−12` was "một âm mười hai"."""
    assert READ.line(written) == spoken
