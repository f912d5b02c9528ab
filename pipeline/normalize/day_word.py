"""Whether a date takes "ngày" before it: the text may say it already, or a word before the date names the day."""

from __future__ import annotations

import re

from .holidays import after_holiday

BRACKET_COUNT = re.compile(r"\d[^\S\n]+ngày[^\S\n]*\($")  # `2 ngày (`: days counted, not named
BARE_HOM = re.compile(r"(?<!\w)hôm$")  # `hôm 5/3` names the day already; `hôm nay 5/3` does not
# `Quốc khánh 2/9`, `nghỉ lễ 30/4`, `dịp 30/4`: the holiday's name is the date itself (21 spans to 4 without "ngày")
HOLIDAY = re.compile(r"(?<!\w)(?:khánh|lễ|dịp)$")

LABELLED_DAY = re.compile(r"\w[^\S\n]+ngày[^\S\n]*:[^\S\n]*$", re.IGNORECASE)  # `Cập nhật ngày: ` before a date


def with_ngay(text: str, start: int, words: str) -> str:
    """Say "ngày" before a day unless the text says it, "đêm" ("đêm ngày" is "night and day"), a bare "hôm" or a
    holiday (`Quốc khánh 2/9`: the annotators say the date as the holiday's name).

    `hôm 5/3` is "hôm mồng năm" in every batch; `Cập nhật ngày: 14/03/2019` says it before the colon (c2, p2), but a
    bare label `Ngày: 08/03/2012` is "Ngày, ngày mồng tám" (h1, m1); `đến ngày (04/11)` says it before the bracket
    too; in `trong 2 ngày (26/6)` "ngày" counts days instead; `Quốc tế Phụ nữ 8/3` is a holiday named in full.
    """
    if LABELLED_DAY.search(text, max(0, start - 20), start):
        return words
    before = text[max(0, start - 6) : start].lower().rstrip()
    if before.endswith("(") and not BRACKET_COUNT.search(text, max(0, start - 12), start):
        before = before[:-1].rstrip()
    said = before.endswith(("ngày", "đêm")) or BARE_HOM.search(before) or HOLIDAY.search(before)
    return words if said or after_holiday(text[max(0, start - 30) : start].lower().rstrip()) else f"ngày {words}"
