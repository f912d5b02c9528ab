"""Issue 29, round 43: the misses of blind batches am1 and am2 that any notice of their kind may hold."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.rules_toneless import read_toneless_runs
from pipeline.normalize.toneless import restore_words

CTX = load_context()
N = Normalizer(CTX)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("vui lòng bấm vào de kiem tra hoac de huy.", "vui lòng bấm vào để kiểm tra hoặc để huy."),  # am1
        ("Tuyen truyen phong chong dich benh mua he", "Tuyên truyền phòng chống dịch bệnh mùa hè"),  # n1
        ("nội dung: “Ho so da duoc phe duyet.”", "nội dung: “Hồ sơ đã được phê duyệt.”"),  # g2, v2
        ("UBND tinh thong bao thay doi ngay tiep cong dan", "UBND tỉnh thông báo thay đổi ngày tiếp công dân"),
    ],
)
def test_four_words_without_marks_are_read_with_their_tones(written: str, spoken: str) -> None:
    """Scam warnings quote the SMS as sent, pages give titles without marks: 12 annotated spans of 13 read them
    with their tones (the 13th drops the line); read flat the voice says every word wrong."""
    assert read_toneless_runs(written, CTX) == spoken


@pytest.mark.parametrize(
    "written",
    [
        "khi tham gia giao thông",  # every word a marked word as written
        "Kon Tum Kon Tum",
        "Ông nói: to be or not to be",  # `or` is no syllable
        "he can be the one",  # no marked letter, and `one` is no syllable: English
        "công dân Nguyen Van Anh",  # names in capitals
        "mã ABCD hoac",  # three words only
        "tại https://dichvucong.gov.vn hay",
    ],
)
def test_what_is_no_vietnamese_run_without_marks_is_left_as_written(written: str) -> None:
    """English, names, codes, addresses and Vietnamese written right stay as they are."""
    assert read_toneless_runs(written, CTX) == written


def test_a_capital_word_that_opens_no_sentence_is_a_name_and_stays() -> None:
    """`cong dan Nguyen ...`: a capital inside a sentence is a name's; the run goes on after it."""
    assert read_toneless_runs("ông Nguyen truyen phong chong dich", CTX) == "ông Nguyen truyền phòng chống dịch"


def test_a_run_is_read_only_when_keys_cover_every_word() -> None:
    """As in an address: a word no key holds (`xyzt` is no syllable, `khuynh` alone may be none) leaves the run."""
    assert restore_words(["tai", "khoan", "cua"], CTX.toneless) == ["tài", "khoản", "của"]
    assert restore_words(["Tai", "khoan"], CTX.toneless) == ["Tài", "khoản"]
    assert restore_words(["qwrt", "khoan"], CTX.toneless) is None


def test_after_a_long_run_two_words_of_one_key_are_read_too() -> None:
    """`3,600,000 VND, vui long` (am1): the SMS goes on without marks after a number; one key holds `vuilong`."""
    assert N.line("moi thang thu phi 3,600,000 VND, vui long") == (
        "mỗi tháng thu phí ba triệu sáu trăm nghìn đồng, vui lòng"
    )


def test_before_the_first_run_words_are_taken_as_written() -> None:
    """`Nội dung tin nhắn: "Tai khoan...` (v2, x1): `dung tin` is written right; "dụng" is only commoner."""
    written = 'Nội dung tin nhắn: "Chung toi phat hien tai khoan"'
    assert read_toneless_runs(written, CTX) == 'Nội dung tin nhắn: "Chúng tôi phát hiện tài khoản"'


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Trưởng Phòng LĐ -TB&XH. Kết quả", "Trưởng Phòng Lao động, Thương binh và Xã hội. Kết quả"),  # am2
        ("Sở KT -XH tỉnh", "Sở kinh tế, xã hội tỉnh"),
        ("phát triển KT - XH, an ninh", "phát triển kinh tế, xã hội, an ninh"),
    ],
)
def test_a_listed_pair_with_one_space_before_its_hyphen_is_the_pair(written: str, spoken: str) -> None:
    """`LĐ -TB&XH`: a space typed before the hyphen alone parted the pair as `KT - XH` does; closed, it is read as
    the lexicon has it (before: "lao động tê bê và ích hát")."""
    assert N.line(written) == spoken


def test_a_pair_nobody_listed_stays_apart() -> None:
    """Only a pair the lexicon holds is closed: `Covid -19` is no pair, `UBND -VP` no listed one."""
    assert N.line("Covid -19 và") == "cô vít mười chín và"


def test_enso_is_said_as_a_word() -> None:
    """ENSO, in every seasonal outlook, is said "en xô" (am2 1 of 1), as COVID is "cô vít", not spelled."""
    assert N.line("hiện tượng ENSO sẽ tiếp tục duy trì") == "hiện tượng en xô sẽ tiếp tục duy trì"
