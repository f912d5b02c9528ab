"""Where the lexicon looks for its entries' first words: a text cut into windows, each word's whole occurrences in
one. Moved from lexicon.py (its size), which scans with them."""

from __future__ import annotations

import re
from collections.abc import Iterator

WORD_RUN = re.compile(r"\w+")
WINDOW = 8_000  # characters searched at a time for the places of the words seen in them
# The only characters `re`'s (?i) takes for an ASCII letter (i, i, s, k): where one stands, the regex decides
CASE_TWINS = frozenset("İıſ\u212a")
UNSURE = -1  # `plain_end`: the regex must decide
EDGE_MARKS = ".,;:!?()[]{}\"“”‘’'«»…-–—/"  # marks that open or close a piece of text, none a word character


def windows(text: str) -> Iterator[tuple[int, int]]:
    """`text` cut at line breaks into stretches of about `WINDOW` characters (no word runs over a line break)."""
    low = 0
    while low < len(text):
        high = text.find("\n", low + WINDOW)
        high = len(text) if high < 0 else high
        yield low, high
        low = high + 1


def words_in(text: str, known: set[str]) -> set[str]:
    """The words of `text` (its `\\w+` runs) but those in `known`. Split at whitespace, which no word holds, and
    the pieces that are words whole taken as they are: in C, where a regex over every character took a third of the
    lexicon's time; so is a piece that is a word between marks (`(UBND),`), its marks stripped. Only a piece with a
    mark inside it (`COVID-19`, `x_y`) is searched for its words."""
    words = set()
    for piece in set(text.split()) - known:
        core = piece.strip(EDGE_MARKS)
        if core.isalnum():
            words.add(core)
        else:
            words.update(WORD_RUN.findall(piece))
    return words - known


def word_starts(text: str, word: str, low: int, high: int) -> list[int]:
    """Where `word` stands whole in `text[low:high]` (no word character on either side), as `WORD_RUN` finds it.
    A word character is what `\\w` matches: a letter, digit or numeral (`str.isalnum`), or the underscore; tested
    inline, where a call per side cost a sixth of the lexicon's time."""
    found, end, size = [], len(word), len(text)
    at = text.find(word, low, high)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + end] if at + end < size else " "
        if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
            found.append(at)
        at = text.find(word, at + 1, high)
    return found


def separated(text: str, at: int) -> bool:
    """What the lexicon's SEPARATOR lets stand before an entry at `at` > 0: no word character, `&`, `.`; a hyphen
    only where no letter is before it (`[^\\W0-9_&./]` is a letter), a slash where none of `&./` is."""
    before, far = text[at - 1], text[at - 2] if at >= 2 else ""
    if before == "-":
        return not (far.isalnum() and far not in "0123456789")
    if before == "/":
        return not far or far not in "&./"
    return not (before.isalnum() or before in "_&.")


def ended(text: str, end: int) -> bool:
    """What the lexicon's end lets follow an entry: no word character or `&`, no hyphen before a letter, no dot
    before a word character (`(?![\\w&]|-[^\\W0-9_]|\\.\\w)`)."""
    after, far = text[end : end + 1], text[end + 1 : end + 2]
    if after.isalnum() or after in ("_", "&"):
        return False
    if after == "-" and far.isalnum() and far not in "0123456789":
        return False
    return not (after == "." and (far.isalnum() or far == "_"))


def plain_end(entries: tuple[tuple[str, bool], ...], text: str, at: int) -> int | None:
    """Where the first of `entries` (written, exact case?) that stands at `at` ends, as the table's regex would find
    it: the separator before, the entry (a loanword in any case), then the end; None if none does. UNSURE where a
    loanword meets a non-ASCII piece holding a case twin, which `str.lower` and `(?i)` read differently."""
    if at and not separated(text, at):
        return None
    for entry, exact in entries:
        end = at + len(entry)
        if exact:
            if not text.startswith(entry, at):
                continue
        elif (piece := text[at:end]).isascii():
            if piece.lower() != entry:
                continue
        elif CASE_TWINS.isdisjoint(piece):
            continue  # a character beyond ASCII matches no letter of an ASCII loanword in any case
        else:
            return UNSURE
        if ended(text, end):
            return end
    return None
