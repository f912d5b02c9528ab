"""Where the lexicon looks for its entries' first words: a text cut into windows, each word's whole occurrences in
one. Moved from lexicon.py (its size), which scans with them."""

from __future__ import annotations

from collections.abc import Iterator

WINDOW = 8_000  # characters searched at a time for the places of the words seen in them


def windows(text: str) -> Iterator[tuple[int, int]]:
    """`text` cut at line breaks into stretches of about `WINDOW` characters (no word runs over a line break)."""
    low = 0
    while low < len(text):
        high = text.find("\n", low + WINDOW)
        high = len(text) if high < 0 else high
        yield low, high
        low = high + 1


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
