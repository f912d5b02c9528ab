"""Whether a date takes "ngày" before it: the text may say it already, or a word before the date names the day."""

from __future__ import annotations

import re

from .holidays import after_holiday

BRACKET_COUNT = re.compile(r"[0-9][^\S\n]+ngày[^\S\n]*\($")  # `2 ngày (`: days counted, not named
BARE_HOM = re.compile(r"(?<!\w)hôm$")  # `hôm 5/3` names the day already; `hôm nay 5/3` does not
# `Quốc khánh 2/9`, `nghỉ lễ 30/4`, `dịp 30/4`: the holiday's name is the date itself (21 spans to 4 without "ngày")
HOLIDAY = re.compile(r"(?<!\w)(?:khánh|lễ|dịp)$")
# `ngày và đêm 13/6`, `tối hoặc đêm 6/11`: the night is one of two parts of the day just named, so "ngày" is not said
PAIRED_NIGHT = re.compile(r"(?<!\w)(?:ngày|sáng|chiều|tối)[^\S\n]+(?:và|hoặc)[^\S\n]+đêm[^\S\n]*$", re.IGNORECASE)

# `sáng 27-8`: after a time of day the annotators say "ngày" (82 spans to 9); so after `sáng nay 27-10`, `hôm nay
# 16.2`, as after `hôm nay 16/2` (dotted or dashed 11 spans to 3, round 33); after `đêm`, `hôm qua`, `ngày mai` too,
# as a slashed date (round 81: 5 spans to 0), unless the night is paired with the day just said (`ngày và đêm 18-9`)
DAYPART_BEFORE = re.compile(
    r"(?<!\w)(?:(?:sáng|trưa|chiều|tối|đêm|khuya|giờ)(?:[^\S\n]+(?:nay|mai|qua|sớm(?:[^\S\n]+nay)?))?|(?<!ngày[^\S\n])hôm[^\S\n]+(?:nay|qua)"
    r"|ngày[^\S\n]+mai),?[^\S\n]+$",
    re.I,
)
# `chiều ngày mồng bảy tháng năm và 8-5`: a date before said "ngày", so the second of the pair says it too (the
# guide's 104 spans to 6)
DATE_SAID_BEFORE = re.compile(
    r"(?<!\w)ngày[^\S\n]+(?:mồng[^\S\n]+)?\w+(?:[^\S\n]+\w+){0,2}[^\S\n]+tháng[^\S\n]+\w+[^\S\n]+$"
)
# `Ngày Du lịch Bình Thuận 24/10`, `Ngày Thương binh - Liệt sỹ 27/7`, `Ngày bầu cử 15/3`: a day named in full, its
# date said as part of its name (6 spans of 6 without a second "ngày", cm2, cn2), as a holiday's is; not `Ngày mai`,
# `Ngày và đêm`, nor a weekday; nor a day a sentence defines (`Ngày nhận hồ sơ là 1/7`: "là ngày mồng một")
NAMED_DAY = re.compile(
    r"(?<![\w])Ngày[^\S\n]+(?!(?:mai|kia|hôm|thứ|chủ|và|hoặc|nay|đêm)\b)[^\W0-9_](?:(?!là\b)[^\n0-9,.;:()]){0,48}"
    r"[^\S\n]-?$"
)
# `mỗi ngày 3-5 huyện`, `hằng ngày 2 lần` (fd1): "ngày" after "mỗi, hằng, hàng" counts each day, it names no date
EACH_DAY = re.compile(r"\b(?:mỗi|hằng|hàng)[^\S\n]+(?:ngày[^\S\n]+)?$", re.IGNORECASE)
# `vào ngày chủ nhật 23/5/2021`, `ngày thứ Bảy, 10-1`: "ngày" opens the weekday already and the date is its
# apposition, said without a second "ngày" (9 spans to 2; in brackets, `ngày thứ hai (26/2)`, 3 to 2 say it: kept)
WEEKDAY_NAMED = re.compile(
    r"(?<!\w)ngày[^\S\n]+(?:thứ[^\S\n]+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ[^\S\n]+nhật),?[^\S\n]+$", re.IGNORECASE
)
# `30/4 - `, `19/11 và `: a day and month, then a pair's dash or word, right before a second date
PAIRED_DATE_BEFORE = re.compile(r"(?<![0-9/.-])[0-9]{1,2}[/.-][0-9]{1,2}[^\S\n]*(?:đến|và|hoặc|[-–,])[^\S\n]*$")
COUNTED_DAYS_BEFORE = re.compile(r"(?<!\w)(?:[0-9]+|hai|ba|bốn|năm|các|mấy|vài)[^\S\n]+ngày[^\S\n]*$", re.IGNORECASE)
LABELLED_DAY = re.compile(r"\w[^\S\n]+ngày[^\S\n]*:[^\S\n]*$", re.IGNORECASE)  # `Cập nhật ngày: ` before a date
# `Ngày đăng 17/04/2019`, `Ngày cập nhật 05/08/2020`: a page's field label opening on "Ngày", no colon (10 spans to 1
# say no second "ngày"); a post's date after a colon too since batch de1 (`Ngày đăng: 14/05/2018`, `Ngày đăng bài:`:
# 13 spans to 4, 5 either way; at round 74 they split 5 to 9), while other labels' colons keep their pause and
# "ngày" (`Ngày cập nhật : 15/10/2018`, the hand-checked pairs); `Ngày thứ năm 29-3` is a weekday, read by the
# weekday rule; `Ngày mai 7/10` is tomorrow, no label (bq2). A document's issue and a paper's publication after a
# colon say none either (`Ngày ban hành: 02/08/2021`, `Ngày xuất bản: 24/08/2016`: 3 spans of 3, if2); in a
# table's next cell it stays (`Ngày ban hành: | 29/06/2001`, a hand-checked pair; if2's one span says none)
DAY_LABEL = re.compile(
    r"(?:^|[|\n])[^\S\n]*Ngày(?![^\S\n]+(?:thứ|chủ|mai|kia|hôm)\b)(?:[^\S\n]+[a-zà-ỹđ]+){1,3}[^\S\n]*"
    r"(?:(?:(?<=đăng)|(?<=đăng bài)|(?<=ban hành)|(?<=xuất bản))[^\S\n]*:[^\S\n]*)?$"
)

# `ngày sản xuất 14/3/2018, hạn sử dụng` (kb2: 4 spans of 4), `ngày ký 12/3/2024`, `ngày bầu cử 23/5` (5 spans to 1):
# "ngày" opens a noun that names the date, which is its apposition
DATE_NOUN = re.compile(
    r"(?<!\w)ngày[^\S\n]+(?:sản[^\S\n]+xuất|ký|hết[^\S\n]+hạn|cấp|thu[^\S\n]+mẫu|bầu[^\S\n]+cử|khai[^\S\n]+giảng"
    r"|nhập[^\S\n]+học|ban[^\S\n]+hành)[^\S\n]*:?[^\S\n]*$",
    re.IGNORECASE,
)
MONG_BEFORE = re.compile(r"(?<!\w)m[ồù]ng$", re.IGNORECASE)  # `ngày mùng 02/5/2023` (kb2): the day's word is written


def with_ngay(text: str, start: int, words: str) -> str:
    """Say "ngày" before a day unless the text says it, a bare "hôm" or a holiday (`Quốc khánh 2/9`: the annotators
    say the date as the holiday's name).

    After "đêm" the corpus says "đêm ngày mồng năm tháng chín" 34 spans to 16 (the house guide's rule since round 23),
    except where the night is paired with the day before it (`ngày và đêm 13/6`: "ngày" was just said). A hyphen
    typed for the space (`vào ngày-11/9/2025`, bk1) still says it.

    `hôm 5/3` is "hôm mồng năm" in every batch; `Cập nhật ngày: 14/03/2019` says it before the colon (c2, p2), but a
    bare label `Ngày: 08/03/2012` is "Ngày, ngày mồng tám" (h1, m1); `đến ngày (04/11)` says it before the bracket
    too; in `trong 2 ngày (26/6)` "ngày" counts days instead; `Quốc tế Phụ nữ 8/3` is a holiday named in full.
    """
    if _labelled(text, start):
        return words
    before = text[max(0, start - 6) : start].lower().rstrip()
    if MONG_BEFORE.search(before):
        return words.removeprefix("mồng ")  # "ngày mùng hai", never "mùng ngày mồng hai"
    if before.endswith("(") and not BRACKET_COUNT.search(text, max(0, start - 12), start):
        before = before[:-1].rstrip()
    said = before.removesuffix("-").endswith("ngày") or bool(BARE_HOM.search(before) or HOLIDAY.search(before))
    said = said or after_holiday(text[max(0, start - 30) : start].lower().rstrip()) or _mirrors_a_bare_date(text, start)
    return words if said else f"ngày {words}"


def _mirrors_a_bare_date(text: str, start: int) -> bool:
    """`dịp lễ 30/4 - 1/5`, `nghỉ lễ 30/4 và 1/5`, `trong 02 ngày 19/11 và 20/11` (gu1): the second date of a pair
    says "ngày" as the first did, none after a holiday's date or days just counted (the guide: 24 spans to 0, 9 to 2);
    where the first said or took "ngày" (`từ ngày 16/02 đến 20/02`), the second takes it too."""
    first = PAIRED_DATE_BEFORE.search(text, max(0, start - 24), start)
    if first is None:
        return False
    if COUNTED_DAYS_BEFORE.search(text, max(0, first.start() - 16), first.start()):
        return True
    return not text[: first.start()].rstrip(" (").lower().endswith("ngày") and with_ngay(text, first.start(), "") == ""


def _labelled(text: str, start: int) -> bool:
    """The words just before the date already name it: a label (`Cập nhật ngày:`, `Ngày đăng`), a paired night or a
    day named in full (`Ngày Du lịch Bình Thuận 24/10`)."""
    labels = (LABELLED_DAY, DAY_LABEL, PAIRED_NIGHT, WEEKDAY_NAMED, DATE_NOUN)
    return any(p.search(text, max(0, start - 30), start) for p in labels) or bool(
        NAMED_DAY.search(text, max(0, start - 56), start)
    )


def after_a_daypart(text: str, start: int) -> bool:
    """A word of the day stands right before the date at `start` (`sáng 27-8`, `hôm qua 28-4`), not a night paired
    with the day just said: the date then says "ngày"."""
    before = max(0, start - 20)
    return DAYPART_BEFORE.search(text, before, start) is not None and not PAIRED_NIGHT.search(text, before, start)


def after_each(text: str, at: int) -> bool:
    """Whether "ngày" before `at` (or the word at `at`, when it is "ngày") follows "mỗi, hằng, hàng": each day."""
    return EACH_DAY.search(text, max(0, at - 12), at) is not None
