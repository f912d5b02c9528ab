"""Reference tables complete for their domain (issue 29, round 4): the world's countries, capitals and cities in
the news, international bodies, and the abbreviations of Vietnamese official life. Entries for words seen in a
scored batch do not carry over to unseen notices; whole domains do."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("đội tuyển Argentina gặp Mexico tại Qatar", "đội tuyển Ác hen ti na gặp Mê hi cô tại Ca ta"),
        ("xuất khẩu sang Bangladesh, Pakistan và Sri Lanka", "xuất khẩu sang Băng la đét, Pa ki xtan và Xri Lan ca"),
        ("gạo từ Myanmar, Cambodia, Laos", "gạo từ Mi an ma, Campuchia, Lào"),
        ("lao động tại Japan, Korea, Taiwan", "lao động tại Nhật Bản, Hàn Quốc, Đài Loan"),
        ("North Korea và South Korea", "Triều Tiên và Hàn Quốc"),
        ("Timor-Leste, New Zealand, Papua New Guinea", "Ti mo Lét xtê, Niu Di lân, Pa pua Niu Ghi nê"),
        ("Nigeria, South Africa, Egypt, Morocco", "Ni giê ri a, Nam Phi, Ai Cập, Ma rốc"),
        ("sữa nhập từ NETHERLANDS và Switzerland", "sữa nhập từ Hà Lan và Thụy Sĩ"),
    ],
)
def test_a_country_written_in_latin_letters_reads_its_vietnamese_name(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Ma-lai-xi-a, Xin-ga-po, In-đô-nê-xi-a", "Ma lai xi a, Xin ga po, In đô nê xi a"),
        ("Ác-hen-ti-na, Bra-xin, Ô-xtrây-li-a", "Ác hen ti na, Bra xin, Ô xtrây li a"),
        ("Hàn Quốc, Triều Tiên, Mỹ, Hoa Kỳ", "Hàn Quốc, Triều Tiên, Mỹ, Hoa Kỳ"),
    ],
)
def test_a_country_written_the_vietnamese_way_is_read_as_written(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("hội nghị ở Kuala Lumpur và Phnom Penh", "hội nghị ở Cu a la Lăm pơ và Phnôm Pênh"),
        ("chuyến bay Seoul - Bangkok", "chuyến bay Xơ un, Băng Cốc"),
        ("từ Beijing, Tokyo và Paris", "từ Bắc Kinh, Tô ky ô và Pa ri"),
    ],
)
def test_capitals_and_cities_in_the_news_read_their_vietnamese_name(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Quỹ UNICEF và tổ chức UNESCO", "Quỹ U ni xép và tổ chức U nét xcô"),
        (
            "khối NATO, giải FIFA, đội tuyển dự SEA Games 33",
            "khối Na tô, giải Phi pha, đội tuyển dự Xi Ghêm ba mươi ba",
        ),
        ("WTO, FAO, IMF, ADB, AFF", "vê kép tê o, ép a o, i em ép, a dê bê, a ép ép"),  # by their letters' names
        ("Tổ chức UN và LHQ", "Tổ chức u en nờ và Liên hợp quốc"),
    ],
)
def test_international_bodies_are_said_as_announcers_say_them(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Sở KH&ĐT, Sở TN&MT, Sở LĐ-TB&XH và Sở VH-TT&DL",
            "Sở Kế hoạch và Đầu tư, Sở Tài nguyên và Môi trường, Sở Lao động, Thương binh và Xã hội và "
            "Sở Văn hóa, Thể thao và Du lịch",
        ),
        ("Sở TP và TP Huế, Sở CT", "Sở Tư pháp và thành phố Huế, Sở Công Thương"),
        (
            "đóng BHXH, BHYT, BHTN cho NLĐ",
            "đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp cho người lao động",
        ),
        ("CB-CNV tại KCN và CCN", "cán bộ, công nhân viên tại khu công nghiệp và cụm công nghiệp"),
        ("cấp GCN QSDĐ, GPLX", "cấp giấy chứng nhận quyền sử dụng đất, giấy phép lái xe"),
        ("phát triển KT-XH, xây dựng NTM", "phát triển kinh tế, xã hội, xây dựng nông thôn mới"),
        ("phòng chống HIV/AIDS, bảo đảm ATTP", "phòng chống hát i vê, ết, bảo đảm an toàn thực phẩm"),
        ("Đ/c Bí thư ĐTNCS, NSND Trần A", "đồng chí Bí thư Đoàn Thanh niên Cộng sản, nghệ sĩ nhân dân Trần A"),
        ("ĐVT: đồng", "đơn vị tính, đồng"),
        ("Tổ chức UN và LHQ", "Tổ chức u en nờ và Liên hợp quốc"),
    ],
)
def test_abbreviations_of_official_life_are_expanded(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("làm việc từ thứ 2 đến CN", "làm việc từ thứ hai đến chủ nhật"),
        ("Thứ 2 - CN: 7h-17h", "Thứ hai đến chủ nhật, bảy giờ đến mười bảy giờ"),
        ("Thứ 7, CN nghỉ; Thứ bảy và CN", "Thứ bảy, chủ nhật nghỉ, Thứ bảy và chủ nhật"),
        ("Thứ 7/CN", "Thứ bảy, chủ nhật"),
        ("CN (05/3) có mưa", "chủ nhật, ngày mồng năm tháng ba, có mưa"),
        ("kỹ sư CN thực phẩm", "kỹ sư xê en nờ thực phẩm"),  # not beside a day: cử nhân? công nghệ? spelled
    ],
)
def test_cn_is_sunday_only_beside_a_weekday_or_a_date(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken


def test_the_dot_of_a_persons_title_does_not_end_the_sentence() -> None:
    assert READ.text("BS. Nguyễn Văn An và ThS. Lê Bình, GS. Trần Cường") == (
        "bác sĩ Nguyễn Văn An và thạc sĩ Lê Bình, giáo sư Trần Cường"
    )


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("ông GHT nhận quà", "ông giê hát tê nhận quà"),  # G is "giê", as in tests/data/real_pairs.tsv
        ("mã XYZW", "mã ích i dài dét vê kép"),
        ("đội QKV", "đội quy ca vê"),
        ("THÔNG BÁO KHẨN", "thông báo khẩn"),  # capitals that are Vietnamese words are words
    ],
)
def test_an_unknown_initialism_is_spelled_with_one_set_of_vietnamese_letter_names(written: str, spoken: str) -> None:
    assert READ.text(written) == spoken
