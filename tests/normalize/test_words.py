"""Word-level rules from the blind batches (issue 29): foreign names, guessed readings, abbreviations, addresses."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context
from pipeline.normalize import rules_foreign as foreign
from pipeline.normalize import rules_text as txt

CTX = load_context()
READ = Normalizer(CTX)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("trên khu vực miền Trung Philippines.", "trên khu vực miền Trung Phi líp pin."),
        ("Tại MALAYSIA và Singapore", "Tại Ma lai xi a và Xin ga po"),
        ("giá cà phê Arabica và Robusta", "giá cà phê a ra bi ca và rô bu xta"),
        ("bão số 3 - bão WIPHA", "bão số ba, bão uy pha"),
        ("Tổng thống Donald Trump nói", "Tổng thống Đô nan Trăm nói"),
        ("tiêm vacxin phòng dại", "tiêm vắc xin phòng dại"),
        ("du học ở London", "du học ở Luân Đôn"),
        ("cuộc chiến Nga – Ukraine, Moscow và Washington", "cuộc chiến Nga, U crai na, Mát xcơ va và Oa sinh tơn"),
        ("Tổng Thống Nga Vladimir Putin", "Tổng Thống Nga Vla đi mia Pu tin"),
        ("Theo Reuters, động đất 7,1 độ richter", "Theo Roi tơ, động đất bảy phẩy một độ rích te"),
        ("đồng rupee và đồng baht", "đồng ru pi và đồng bạt"),
        ("công nghệ Deepfake, nhấn Like, Share", "công nghệ đíp phếch, nhấn lai, se"),
    ],
)
def test_foreign_names_have_their_established_reading(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Fansipan", "phan xi pan"),  # consonant + vowel groups, f is ph, s is x
        ("Bristol", "brít tôn"),  # a name's br opens the syllable (round 74); a syllable closed by t takes the sắc tone
        ("bristol", "bờ rít tôn"),  # a loanword's cluster opens with "bờ"
        ("Telegram", "tê lê gram"),  # an open e is ê; g before r a cluster (the voice is given "gờ ram")
        ("Voscur", "vốt cơ"),  # a final s is t, the English r-vowel is "ơ", an o before a stop "ô"
        ("Jalil", "gia lin"),  # j is gi, a final l is n
        ("Kalmaegi", "can ma ê gi"),  # g before i is read "gi", the house convention (`Yagi`: ya gi)
    ],
)
def test_guessed_reading_of_a_latin_word(written: str, spoken: str) -> None:
    assert foreign.guess_reading(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("đỉnh Voscur cao", "đỉnh vốt cơ cao"),
        ("bão số năm (NOCTEN)", "bão số năm (nốc ten)"),  # a storm's name in capitals is a name, not letters
        ("theo UBND, EVN và BQLDA", "theo UBND, EVN và BQLDA"),  # abbreviations are left to the spelling rule
        ("trung tam giai quyet thu tuc", "trung tam giai quyet thu tuc"),  # toneless Vietnamese, one syllable each
        ("cà phê Bra xin", "cà phê Bra xin"),  # what the lexicon said is not guessed again
        ("gửi thư cho abc@gmail.com", "gửi thư cho abc@gmail.com"),
    ],
)
def test_read_foreign_words_guesses_only_unknown_names(written: str, spoken: str) -> None:
    assert foreign.read_foreign_words(written, CTX) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("đảo Mindanao, thành phố Davao", "đảo Min đa nao, thành phố đa vao"),
        ("che bằng nilon, bổ sung vitamin", "che bằng ni lông, bổ sung vi ta min"),  # nilon: foreign.tsv now
        ("bà con ở Campuchia", "bà con ở Campuchia"),  # an established reading first (foreign.tsv)
    ],
)
def test_a_name_that_looks_like_toneless_syllables_run_together_is_guessed(written: str, spoken: str) -> None:
    """Given whole, espeak-ng reads `Davao` with its English rules; syllables apart, it reads Vietnamese."""
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("ở trên BĐ3 khoảng 1,1m", "ở trên báo động ba khoảng một phẩy một mét"),
        ("Sở GTVT, Trung tâm KTTV", "Sở Giao thông vận tải, Trung tâm khí tượng thủy văn"),
        ("chương trình GDTX, sản phẩm OCOP", "chương trình giáo dục thường xuyên, sản phẩm ô cốp"),
        ("trụ sở HĐND&UBND huyện, Hội LHPN", "trụ sở Hội đồng nhân dân và Ủy ban nhân dân huyện, Hội Liên hiệp Phụ nữ"),
        ("C.ty TNHH Minh Đức, HTXNN Phú An", "công ty trách nhiệm hữu hạn Minh Đức, hợp tác xã nông nghiệp Phú An"),
        ("KV chợ Phú Thành, Trường ĐH Bristol", "khu vực chợ Phú Thành, Trường Đại học brít tôn"),
        ("Trung tâm Kiểm soát bệnh tật (CDC) TP.Hà Nội", "Trung tâm Kiểm soát bệnh tật, xê dê xê, thành phố Hà Nội"),
        ("lúa thơm Ðài Thơm 8", "lúa thơm Đài Thơm tám"),
    ],
)
def test_administrative_abbreviations_are_read_as_words(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Gạo NL IR 504 giá 8.200 đồng/kg",
            "Gạo nguyên liệu i e rờ năm không bốn giá tám nghìn hai trăm đồng một ki lô gam",
        ),
        ("gạo TP ổn định, về TP Huế", "gạo thành phẩm ổn định, về thành phố Huế"),
        ("lúa gạo vùng ĐBSCL, tiền VNĐ", "lúa gạo vùng Đồng bằng sông Cửu Long, tiền Việt Nam đồng"),
        ("Còn DAP Cà Mau, tháng 3 ÂL", "Còn đê a pê Cà Mau, tháng ba âm lịch"),
        ("Lớp CLB, cột STT, BĐD trường", "Lớp câu lạc bộ, cột số thứ tự, ban đại diện trường"),
        ("điểm thi ĐH - CĐ phía Nam", "điểm thi đại học, cao đẳng phía Nam"),
        ("PV, CTV báo GD&TĐ", "phóng viên, cộng tác viên báo Giáo dục và Thời đại"),
        ("Bộ Nông nghiệp và PTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
        (
            "Văn bản số 1277/BGDĐT-QLCL",
            "Văn bản số một nghìn hai trăm bảy mươi bảy, Bộ Giáo dục và Đào tạo Quản lý chất lượng",
        ),
        ("Thông báo 2601/TB-SGTVT", "Thông báo hai nghìn sáu trăm linh một, Sở Giao thông vận tải"),
        ("Kết luận số 867-KL/HU", "Kết luận số tám trăm sáu mươi bảy, Huyện ủy"),
        (
            "TCty Điện lực, Công ty TNHH TM SX XK",
            "Tổng công ty Điện lực, Công ty trách nhiệm hữu hạn thương mại sản xuất xuất khẩu",
        ),
        ("Dự báo KTTVQG, hội nghị APEC", "Dự báo khí tượng thủy văn quốc gia, hội nghị A pếch"),
    ],
)
def test_abbreviations_of_prices_schools_newsrooms_and_offices(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("(ANTV) - Chiêu thức", "a en nờ tê vê, Chiêu thức"),  # N is "en nờ" (real_pairs.tsv)
        ("Giám đốc BMKG cho biết", "Giám đốc bê em ca giê cho biết"),  # M before another letter: "em"
        ("Phòng KTN huyện", "Phòng ca tê en nờ huyện"),  # N last: its echo "nờ"
        ("sân bóng NT6", "sân bóng en nờ tê sáu"),  # a code is separate letters
        ("chị N. T (SN 1959)", "chị en nờ tê, sinh năm một nghìn chín trăm năm mươi chín"),  # initials too
    ],
)
def test_n_and_m_inside_an_initialism_say_no_echo(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("khóm Tân Đông B, thị trấn Thanh Bình", "khóm Tân Đông bê, thị trấn Thanh Bình"),
        ("Các lô H, K, L chung cư", "Các lô hát, ca, e lờ chung cư"),
        ("uống vitamin C.", "uống vitamin xê."),
        ("Sở Y tế, khu A", "Sở Y tế, khu A"),  # Y is a word, a vowel reads as itself
        ("cúm A/H5N1", "cúm A/H5N1"),
    ],
)
def test_a_lone_consonant_is_said_by_its_letter_name(written: str, spoken: str) -> None:
    assert txt.spell_lone_letters(written, CTX) == spoken
