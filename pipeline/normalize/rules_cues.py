"""Shapes read by the word before them (issue 29, round 10): what the annotators of every batch read alike.

`chiến thắng thuyết phục 2-0`, `cú pháp ... gửi 8079`, `ùn tắc hàng km`, `3-5oC`, `50%/ tổng`, `T.Ư Đảng`.
Each rule says why; `normalize.RULES` gives the order.
"""

from __future__ import annotations

import re

from .context import Context
from .lines import digits_only
from .numbers import read_digits

NOT_A_DAY = r"(?!(?:ngày|tháng|năm|từ|lúc|lợi|mùa|xuân|sáng|chiều|tối|đêm|dịp)\b)"
WORDY_SCORE = re.compile(  # a word or two between the win and the score: one digit a side, as scores are
    rf"\b((?:chiến[^\S\n]+)?(?:thắng|thua|hòa|hoà)(?:[^\S\n]+{NOT_A_DAY}[^\W\d_]+){{1,2}})"
    r"[^\S\n]+(\d)[^\S\n]*[-–][^\S\n]*(\d)\b(?![-./,]?\d)",
    re.IGNORECASE,
)
SMS_CODE = re.compile(
    r"\b((?:soạn|cú pháp|nhắn tin|tin nhắn|SMS)\b[^\n]*?\bgửi[^\S\n]+(?:(?:đến|tới)[^\S\n]+)?)(\d{3,5})\b(?![.,]?\d)",
    re.IGNORECASE,
)
DEGREE_O = re.compile(r"(?<=\d)[^\S\n]?o(?=C\b)")  # `3-5oC`, `30oC`: a small o typed for the degree sign
PERCENT_OF = re.compile(r"%[^\S\n]*/[^\S\n]*(?!(?:ngày|tuần|tháng|năm|giờ|lần|người)\b)(?=[^\W\d_])")
FRACTION_OF = re.compile(  # `chiếm khoảng 1/3 tỷ trọng`: a share of a whole, after a word that measures one
    r"\b((?:chiếm|hơn|gần|khoảng|trên|dưới|còn|bằng|mất)[^\S\n]+)([1-9])/([2-9]|10)\b(?![/.,]?\d)", re.IGNORECASE
)
FRACTION_WORDS = {2: "hai", 3: "ba", 4: "tư", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín", 10: "mười"}
VERSION = re.compile(r"\b([^\W\d_]*[A-Z][^\W\d_]*|nghiệp|bản|version)([^\S\n]+)(\d{1,2})\.0\b(?![.,]?\d)")
DOTTED_PAIR = re.compile(r"(?<![\w.])([A-ZĐƯ])\.([A-ZĐƯ])(?![\w.])")


@digits_only
def read_wordy_scores(text: str, ctx: Context) -> str:
    """`chiến thắng thuyết phục 2-0`: a score after a win, loss or draw is "hai không", even with words between
    (the rule for `thắng 3-1` wants them side by side); never a day and a month (`thắng lợi 30-4`)."""
    return WORDY_SCORE.sub(lambda m: f"{m.group(1)} {read_digits(m.group(2))} {read_digits(m.group(3))}", text)


@digits_only
def read_sms_codes(text: str, ctx: Context) -> str:
    """`soạn tin nhắn theo cú pháp gửi 8079`: the number a text message goes to is a short code, said digit by
    digit ("tám không bảy chín"), never an amount; only after a word of messaging earlier on the line."""
    return SMS_CODE.sub(lambda m: m.group(1) + read_digits(m.group(2)), text)


@digits_only
def read_degree_o(text: str, ctx: Context) -> str:
    """`3-5oC`: a letter o between a number and C stands for the degree sign the keyboard lacked ("độ xê")."""
    return DEGREE_O.sub("°", text)


def read_percent_of(text: str, ctx: Context) -> str:
    """`đặt cọc 50%/ tổng giá trị`: a slash after a percent before a whole is "trên" (fifty percent of the
    total); before a period (`0,03%/ngày`) it stays "một ngày", read by the per-period rule."""
    return PERCENT_OF.sub("% trên ", text) if "%" in text else text


def join_dotted_initials(text: str, ctx: Context) -> str:
    """`Ban Chấp hành T.Ư Đảng`: two capitals parted by a dot, one of them Vietnamese (Ư, Đ), are the
    abbreviation the lexicon knows without the dot (TƯ, Trung ương); a person's initials (`N.T`) are ASCII."""

    def join(m: re.Match[str]) -> str:
        joined = m.group(1) + m.group(2)
        return joined if not joined.isascii() and ctx.lexicon.lookup(joined) else m.group(0)

    return DOTTED_PAIR.sub(join, text) if "." in text else text


def read_counted_units(text: str, ctx: Context) -> str:
    """`ùn tắc hàng km`, `vài kg`: a unit symbol after a word that counts (hàng, vài, mấy) is the unit,
    though no number precedes it; the number rules only read symbols after digits."""
    return ctx.counted_unit_pattern.sub(lambda m: f"{m.group(1)} {ctx.units[m.group(2)]}", text)


@digits_only
def read_fractions_of_a_whole(text: str, ctx: Context) -> str:
    """`chiếm khoảng 1/3 tỷ trọng`, `hơn 2/3 diện tích`: after a word that measures a share, a small number over
    a bigger one up to ten is a fraction ("một phần ba"), not the first of March; dates follow "đến", "hết"."""

    def read(m: re.Match[str]) -> str:
        top, bottom = int(m.group(2)), int(m.group(3))
        if top >= bottom:
            return m.group(0)
        return f"{m.group(1)}{read_digits(m.group(2))} phần {FRACTION_WORDS[bottom]}"

    return FRACTION_OF.sub(read, text)


@digits_only
def read_versions(text: str, ctx: Context) -> str:
    """`ứng dụng VssID 4.0`, `Tài Chính 4.0`, `IELTS 6.0`: a whole number and ".0" after a name is a version or
    a band, said "bốn chấm không" in every batch; a measure (`ở mức 9.0`) follows a lowercase word and stays."""
    return VERSION.sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)} chấm không", text)
