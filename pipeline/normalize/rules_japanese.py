"""Japanese names in their Latin spelling, read mora by mora: `Abe Shinzo` -> "A bê Sin dô".

The letter guess (`rules_foreign`) reads a Latin word as an English or French name, and the English sounds (`Abe`
"ếp", CMU's reading of the American name) are wrong for a Japanese one. A Japanese name is spelled in syllables
(morae) whose letters are their sounds, and Vietnamese radio and press read it so, one syllable a mora: Ki-si-đa
Phu-mi-ô, Ta-ca-i-chi, Xen-ca-cư, Hi-rô-si-ma (every Japanese name in the corpus's spans, batches aa1 to ba2). The
rule reads only a line that speaks of Japan, and only a capitalized word every letter of which is a mora.
"""

from __future__ import annotations

import re

from .context import Context
from .lines import on_lines_matching, on_lines_with
from .syllable import is_syllable, sharp, spelled_onset

# `Nhật Bản`, `người Nhật`, `thủ đô Tokyo` (after the lexicon "Tô ky ô"); not the weekday `Chủ Nhật`
JAPAN = re.compile(r"(?<![Cc]hủ )Nhật(?! ký| thực)|Tô ky ô")
NAME = re.compile(r"(?<![\w.@])[A-Z][a-z]{2,}(?![\w@]|\.[a-z])")  # `Shinzo.Hai`: a glued sentence, no address
MORA = re.compile(
    r"(?P<double>[kstp])(?=(?P=double))"  # `Hokkaido`, `Sapporo`: a doubled consonant closes the syllable before
    r"|(?P<n>n(?![aiueoy])|m(?=[bpm]))"  # `Shinzo`, `Sen`, `Shimbun`: n (m before b, p, m) closes the syllable
    r"|(?P<onset>[kgnhbpmr]y|sh|ch|ts|[kgsztdnhbpmrjfy]|w(?=[ao]))?(?P<vowel>ou|oo|uu|aa|ii|[aiueo])"
)
ONSET = {"k": "c", "s": "x", "sh": "s", "z": "d", "j": "gi", "ts": "x", "d": "đ", "f": "ph", "w": "o"}
VOWEL = {"ou": "ô", "oo": "ô", "uu": "u", "aa": "a", "ii": "i", "e": "ê", "o": "ô"}
CLOSED = {"ê": "e"}  # `Sen` Xen: Vietnamese writes the closed e short
STOP_CODA = {"k": "c", "s": "t", "t": "t", "p": "p"}


@on_lines_matching("Nhật", "Tô ky ô")
def read_japanese_names(text: str, ctx: Context) -> str:
    """`Thủ tướng Nhật Bản Kishida Fumio` -> "… Ki si đa Phu mi ô": on a line about Japan, a name all of morae."""
    return on_lines_with(JAPAN, text, lambda line: NAME.sub(lambda m: japanese_reading(m.group(0)) or m.group(0), line))


def japanese_reading(word: str) -> str | None:
    """`Takaichi` -> "Ta ca i chi", `Hokkaido` -> "Hốc ca i đô"; None for a word that is no string of morae
    (`Google`), is a Vietnamese syllable already (`Kim`) or vowels alone (`Ea` opens an Ê Đê place name)."""
    letters = word.lower()
    if is_syllable(letters) or not letters.strip("aeiou"):
        return None
    syllables: list[str] = []
    at = 0
    while at < len(letters):
        mora = MORA.match(letters, at)
        if mora is None or (not syllables and (mora.group("n") or mora.group("double"))):
            return None
        _add(syllables, mora)
        at = mora.end()
    said = " ".join(syllables)
    return said[:1].upper() + said[1:] if syllables else None


def _add(syllables: list[str], mora: re.Match[str]) -> None:
    """One mora onto the syllables read so far: a closing n or doubled consonant ends the last one."""
    if mora.group("n") or mora.group("double"):
        syllables[-1] = _closed(syllables[-1], mora.group("n") or STOP_CODA[mora.group("double")])
        return
    onset, vowel = mora.group("onset") or "", mora.group("vowel")
    nucleus = "ư" if onset == "k" and vowel == "u" else VOWEL.get(vowel, vowel)  # `Senkaku` Xen ca cư
    if len(onset) == 2 and onset[1] == "y":  # `Kyodo` Ki ô đô, `Ryukyu`: the glide is an i of its own
        syllables.append(spelled_onset(ONSET.get(onset[0], onset[0]), "i") + "i")
        onset = ""
    letters = spelled_onset(ONSET.get(onset, onset), nucleus)
    syllables.append(("g" if letters == "gi" and nucleus[:1] == "i" else letters) + nucleus)  # `Fujii` Phu gi


def _closed(syllable: str, coda: str) -> str:
    """`Se` + n -> "Xen", `Ho` + k -> "Hốc": a stop gives the syllable its sắc tone, as Vietnamese loanwords do."""
    vowel = syllable[-1:]
    body = syllable[:-1] + CLOSED.get(vowel, vowel)
    if coda in STOP_CODA.values():
        body = sharp(body)
    return body + coda
