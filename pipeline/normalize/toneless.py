"""Vietnamese written without marks and without spaces, as web addresses write it, read with its tones.

`dancuquocgia` is "dân cư quốc gia": the run is cut into keys of `data/toneless.tsv` (one to three syllables
without marks, each with the marked form written most often, counted from real text by tools/toneless_table.py).
"""

from __future__ import annotations

import unicodedata

LONGEST_KEY = 24  # letters in one key: three syllables of eight letters


def fold_marks(text: str) -> str:
    """Lower case without any mark: "Dân cư" -> "dan cu" (đ is d, as an address writes it)."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def restore_tones(run: str, table: dict[str, tuple[str, float]]) -> str | None:
    """The marked words of a run without marks (`quanlynhanuoc` -> "quản lý nhà nước"), None unless every letter
    falls in a key and one key at least holds two syllables (one toneless syllable alone, `co` or `otit`, may be
    any word of any language). Fewest keys win: the longer a key, the likelier its tones (`dangky` is "đăng ký"
    as a pair, though "đang" is the commoner syllable); between as many keys, the commoner ones ("quản lý" +
    "nhà nước", not "quan" + "lý nhà nước"). `table`: key -> (marked words, log of how often they were seen)."""
    best: list[tuple[int, float, int] | None] = [(0, 0.0, 0)] + [None] * len(run)  # keys, -weight, last key's start
    for end in range(1, len(run) + 1):
        for start in range(max(0, end - LONGEST_KEY), end):
            before, key = best[start], table.get(run[start:end])
            if before is not None and key is not None:
                option = (before[0] + 1, before[1] - key[1], start)
                best[end] = min(best[end] or option, option)
    if best[-1] is None:
        return None
    words = _words(run, best, table)
    return " ".join(words) if sum(len(w.split()) for w in words) > len(words) else None


def _words(run: str, best: list[tuple[int, float, int] | None], table: dict[str, tuple[str, float]]) -> list[str]:
    words, end = [], len(run)
    while end:
        start = best[end][2]  # type: ignore[index]
        words.append(table[run[start:end]][0])
        end = start
    return words[::-1]


def restore_words(words: list[str], table: dict[str, tuple[str, float]]) -> list[str] | None:
    """Words written apart without marks (`tai khoan cua ban`) with their tones, one marked syllable a word ("tài
    khoản của bạn"), None unless keys of one to three whole words cover them all and one key at least joins two
    different words, as `restore_tones` asks: syllables known only one by one, or a syllable said twice (`a a`),
    may be any language's, and the reading of a foreign name is such a run (`na ca mu ra`, Nakamura's), which a
    second reading must leave as it is. Fewest keys, then the commoner, as `restore_tones`; a key never cuts a
    word, and it must give as many syllables as it joins."""
    best: list[tuple[int, float, int] | None] = [(0, 0.0, 0)] + [None] * len(words)
    for end in range(1, len(words) + 1):
        for start in range(max(0, end - 3), end):
            before, key = best[start], table.get("".join(words[start:end]).lower())
            if before is not None and key is not None and len(key[0].split()) == end - start:
                option = (before[0] + 1, before[1] - key[1], start)
                best[end] = min(best[end] or option, option)
    if best[-1] is None:
        return None
    marked: list[str] = []
    end, pairs = len(words), 0
    while end:
        start = best[end][2]  # type: ignore[index]
        marked[:0] = table["".join(words[start:end]).lower()][0].split()
        end, pairs = start, pairs + (len({w.lower() for w in words[start:end]}) > 1)
    if not pairs:
        return None
    return [m.capitalize() if w[0].isupper() else m for w, m in zip(words, marked, strict=True)]
