"""Issue 29, round 221, from blind batches il1 and il2 after their scores: the arrows on an online guide's line, a
law's point letters, the ministry of education with its ampersand, and the typhoon Xangsane."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

N = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (  # was "Xác nhận đến Thông tin tài khoản"
            "Nhập mã OTP -> Xác nhận -> Thông tin tài khoản",
            "Nhập mã ô tê pê, Xác nhận, Thông tin tài khoản",
        ),
        ("Tiếp tục đăng nhập lại như Bước 1 -> Thông báo", "Tiếp tục đăng nhập lại như Bước một, Thông báo"),
        ("khoản 2 Điều 4, điểm d khoản 1", "khoản hai Điều bốn, điểm dê khoản một"),  # was the letter d
        ("tại điểm a, b, c và d khoản 4", "tại điểm a, bê, xê và dê khoản bốn"),
        (  # was "bê giê dê đê tê"
            "Căn cứ Thông tư số 11/2014/TT-BGD&ĐT, ngày 18/4/2014",
            "Căn cứ Thông tư số mười một, năm hai nghìn không trăm mười bốn, Bộ Giáo dục và Đào tạo, "
            "ngày mười tám tháng tư năm hai nghìn không trăm mười bốn",
        ),
        ("Bão Xangsane giật trên cấp 13", "Bão Xang xan giật trên cấp mười ba"),  # was "xang xa nê"
    ],
)
def test_what_il1_and_il2_showed(written: str, spoken: str) -> None:
    assert N.text(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (  # a route's arrow before a place is the way there
            "rẽ vào ĐT747B → ngã tư Miếu Ông Cù",
            "rẽ vào đường tỉnh bảy trăm bốn mươi bảy bê đến ngã tư Miếu Ông Cù",
        ),
        ("Đường Lê Văn Lương -> đường Nguyễn Bình", "Đường Lê Văn Lương đến đường Nguyễn Bình"),
        ("Điểm thi cao nhất", "Điểm thi cao nhất"),  # a word after "điểm" is no letter
    ],
)
def test_what_round_221_leaves(written: str, spoken: str) -> None:
    assert N.text(written) == spoken
