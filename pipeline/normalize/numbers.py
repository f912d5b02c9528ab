"""Reading numbers aloud in Vietnamese.

Conventions (Northern standard by default; `NumberStyle.southern()` for nam):
2021 = "hai nghìn không trăm hai mươi mốt" (an empty hundreds place inside a
number is read "không trăm"), 105 = "một trăm linh năm", 25 = "hai mươi lăm",
24 = "hai mươi tư", 21 = "hai mươi mốt", 15 = "mười lăm".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
NUM = r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:[,.][0-9]+)?"  # a written number: 1.500.000 or 95,5
# Patterns below start with a digit and check what precedes it afterwards: a
# leading "\b" would make the regex engine try every position (3x slower).
WORD_DIGIT = r"[0-9](?<!\w[0-9])"  # the first digit of a word
NUM_TAIL = r"(?:[0-9]{0,2}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]*(?:[,.][0-9]+)?)"  # NUM after its first digit
NUM_WORD = WORD_DIGIT + NUM_TAIL  # NUM starting a word
# a whole or decimal number with no sign of its own (nor its "âm", said by then), then spaces, at the end
YEAR = re.compile(r"(?:19|20)[0-9][0-9]")  # a year of this century or the last, as written (with `fullmatch`)
RANGE_START = re.compile(r"(?<![-–0-9,])(?<!âm[^\S\n])([0-9]+(?:,[0-9]+)?)[^\S\n]+$")


@dataclass(frozen=True)
class NumberStyle:
    """Regional words for reading numbers.

    Attributes:
        linh: word for an empty tens place ("linh" North, "lẻ" South).
        thousand: "nghìn" (North) or "ngàn" (South).
        day_prefix: said before days 1-10 in dates ("mồng" / "mùng"; "" for none).
    """

    linh: str = "linh"
    thousand: str = "nghìn"
    day_prefix: str = "mồng"

    @classmethod
    def for_dialect(cls, dialect: str, say_mong: bool = True) -> NumberStyle:
        """Northern standard for `bac` and `trung` (the broadcast register); `nam`: lẻ, ngàn, mùng."""
        if dialect == "nam":
            return cls(linh="lẻ", thousand="ngàn", day_prefix="mùng" if say_mong else "")
        return cls(day_prefix="mồng" if say_mong else "")


def read_int(number: int, style: NumberStyle = NumberStyle()) -> str:
    """A whole number in words; negative numbers start with "âm"."""
    if number < 0:
        return "âm " + read_int(-number, style)
    if number == 0:
        return DIGITS[0]
    words: list[str] = []
    groups = _groups(number)
    for index, group in enumerate(groups):
        if group == 0:
            continue
        power = len(groups) - 1 - index
        words.append(_read_block(group, full=index > 0, style=style))
        words.append(_group_name(power, style))
    return " ".join(w for w in words if w)


def _groups(number: int) -> list[int]:
    groups = []
    while number:
        groups.append(number % 1000)
        number //= 1000
    return groups[::-1]


def _group_name(power: int, style: NumberStyle) -> str:
    """nghìn, triệu, tỷ, then nghìn tỷ, triệu tỷ, tỷ tỷ..."""
    names = ("", style.thousand, "triệu")
    if power < 3:
        return names[power]
    return " ".join(w for w in (names[power % 3], "tỷ " * (power // 3)) if w).strip()


def _read_block(block: int, full: bool, style: NumberStyle) -> str:
    """0-999; `full` when a higher group precedes, so "không trăm" is said."""
    hundreds, tens, units = block // 100, block // 10 % 10, block % 10
    words: list[str] = []
    if hundreds or full:
        words += [DIGITS[hundreds], "trăm"]
    if tens == 0 and units:
        words += [style.linh] if words else []
        words.append(DIGITS[units])
    elif tens:
        words += ["mười"] if tens == 1 else [DIGITS[tens], "mươi"]
        words += [_unit_after_tens(tens, units)] if units else []
    return " ".join(words)


def _unit_after_tens(tens: int, units: int) -> str:
    """5 is "lăm" after any ten; 1 is "mốt" and 4 is "tư" after twenty and up."""
    if units == 5:
        return "lăm"
    if tens >= 2 and units == 1:
        return "mốt"
    if tens >= 2 and units == 4:
        return "tư"
    return DIGITS[units]


def read_digits(digits: str) -> str:
    """Digit by digit, as for phone numbers and codes: "0912" = "không chín một hai"."""
    return " ".join(DIGITS[int(d)] for d in digits if d.isdigit())


def read_decimal(whole: str, fraction: str, style: NumberStyle = NumberStyle()) -> str:
    """3,5 = "ba phẩy năm"; 3,05 = "ba phẩy không năm"; 95,25 = "... phẩy hai mươi lăm"."""
    head = read_int(int(whole), style)
    zeros = len(fraction) - len(fraction.lstrip("0"))
    rest = fraction[zeros:]
    tail = [DIGITS[0]] * zeros
    if rest:
        tail.append(read_int(int(rest), style) if len(rest) <= 3 else read_digits(rest))
    return f"{head} phẩy {' '.join(tail)}"


def read_ordinal(number: int, style: NumberStyle = NumberStyle()) -> str:
    """The word after "thứ": 1 = "nhất", 4 = "tư", others as cardinals."""
    return {1: "nhất", 4: "tư"}.get(number, read_int(number, style))


def read_share(bottom: int, style: NumberStyle = NumberStyle()) -> str:
    """The bottom of a fraction: a quarter is "tư" (`1/4` "một phần tư", as the corpus's spans say it), the others
    their number (`1/3` "một phần ba", `1/16` "một phần mười sáu")."""
    return "tư" if bottom == 4 else read_int(bottom, style)


def read_month(month: int, style: NumberStyle = NumberStyle()) -> str:
    """Months: April is "tư", the rest are cardinals ("tháng năm", "tháng mười hai")."""
    return "tư" if month == 4 else read_int(month, style)


def opens_range_to(text: str, at: int, end: str) -> bool:
    """Whether a smaller number and a space stand right before `at`, so that a dash there opens a range to `end`
    (`15 -17%`, `26,0 –28,0°C`) and is no minus. Not when that number has a minus of its own (`-1 -3°C` is two
    frosts: a sign is never dropped on a guess)."""
    before = RANGE_START.search(text, max(0, at - 12), at)
    return before is not None and value(before.group(1)) < value(end)


def value(written: str) -> float:
    """A written number's value: a dot groups thousands (`1.000`), a comma marks the decimals (`2,5`)."""
    return float(written.replace(".", "").replace(",", "."))
