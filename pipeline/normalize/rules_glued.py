"""Words a web page ran together with no capital between them: `nàysẽ`, `biếtđãchỉ` (issue 29, batch aq2), and a
word's comma typed against a number (`cường,15`, ar1).

`rules_shapes.split_glued_words` parts words glued at a capital (`trướcBài`); here the join is between two small
letters, so only the tone marks show it: a Vietnamese syllable carries at most one, and a word with two or more is
two or more syllables run together.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .context import Context
from .syllable import TONES, is_syllable

TONED = "".join(
    c for c in map(chr, range(0xC0, 0x1EFA)) if c.isalpha() and set(unicodedata.normalize("NFD", c)) & set(TONES)
)
TWO_TONES = re.compile(rf"[{TONED}][^\W\d_]*?[{TONED}]")  # a toned letter first: a scan in C
LONG_WORD = re.compile(r"[^\W\d_]{4,}")  # two toned syllables take four letters at least
MOST_PIECES = 4
COMMA_BEFORE_NUMBER = re.compile(r",(?<=[^\W\d_],)(?=\d)")  # the comma first: a scan in C
# `tức ngày 12,13 tháng Giêng` (bk2): two days of one month listed, no decimal; the comma first too
DAY_LIST_COMMA = re.compile(r",(?:(?<=ngày[^\S\n]\d,)|(?<=ngày[^\S\n]\d\d,))(?=[1-3]?\d[^\S\n]+tháng\b)", re.IGNORECASE)


def split_toned_runs(text: str, ctx: Context) -> str:
    """`Lễ hội truyền thống nàysẽ diễn ra`, `cho biếtđãchỉ đạo`: a word with two tone marks is syllables a page ran
    together; each is said apart ("này sẽ"), where whole the voice could not say it. Only when the word parts into
    Vietnamese syllables that each carry one tone mark (`nênít` has one mark and stays as written)."""
    if not TWO_TONES.search(text):
        return text
    return LONG_WORD.sub(lambda m: _parted(m.group(0)), text)


@functools.lru_cache(maxsize=4096)
def _parted(word: str) -> str:
    if not TWO_TONES.search(word) or is_syllable(word):
        return word
    pieces = _pieces(word, 0)
    return " ".join(pieces) if pieces else word


def _pieces(word: str, start: int) -> tuple[str, ...] | None:
    """The fewest toned syllables `word[start:]` parts into, or None (at most MOST_PIECES)."""
    if start == len(word):
        return ()
    best: tuple[str, ...] | None = None
    for end in range(start + 1, min(len(word), start + 7) + 1):
        piece = word[start:end]
        if not _toned_syllable(piece):
            continue
        rest = _pieces(word, end)
        if rest is not None and len(rest) < MOST_PIECES and (best is None or len(rest) + 1 < len(best)):
            best = (piece, *rest)
    return best


def _toned_syllable(piece: str) -> bool:
    marks = sum(ch in TONED for ch in piece)
    return marks == 1 and is_syllable(piece)


def space_commas_before_numbers(text: str, ctx: Context) -> str:
    """`tăng cường,15 tỉnh`: a comma typed against the number after a word is a pause before a number, not a decimal
    comma (a word cannot be a number's whole part); glued, "15" was read digit by digit, "một năm" (ar1). So is a
    comma between two days after "ngày" before their month (`tức ngày 12,13 tháng Giêng`, bk2: "mười hai phẩy mười
    ba" was heard)."""
    if "," not in text:
        return text
    return DAY_LIST_COMMA.sub(", ", COMMA_BEFORE_NUMBER.sub(", ", text))
