"""English words read by their sound where their letters mislead: `drone` -> "đờ rôn", not "đờ rô nê".

`rules_foreign` guesses a Latin word's reading from its letters, as announcers read most foreign names (Donald
"Đô nan", Justin "Giát tin", Valdivia "Van đi vi a"). Letters mislead where English writes letters it does not say
(a silent e: `drone`, `Store`, `flume`) or one vowel sound with two letters (`Howdy`, `Dow`, `Voice`): the letter
guess then gives more syllables than a listener hears. For those words the CMU Pronouncing Dictionary
(data/english.tsv) gives the sounds, and this module writes them as Vietnamese syllables on the letter guess's
conventions (a cluster's first consonant "đờ", s before t or p "xt", a final l "n", a stop's syllable sắc).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from importlib import resources

from .syllable import is_syllable, sharp, spelled_coda, spelled_onset

Phones = tuple[str, ...]

NUCLEUS = {  # vowel phone -> its Vietnamese vowel in an open syllable
    "AA": "a", "AE": "a", "AH": "ơ", "AO": "o", "AW": "ao", "AY": "ai", "EH": "e", "ER": "ơ", "EY": "ây",
    "IH": "i", "IY": "i", "OW": "ô", "OY": "oi", "UH": "u", "UW": "u",
}  # fmt: skip
CLOSED_NUCLEUS = {"EY": "ê", "AH1": "ă", "AH2": "ă"}  # `name` nêm, `Trump` trăm: Vietnamese closes these vowels so
GLIDED = ("AW", "AY", "OY")  # ao, ai, oi end in a glide: Vietnamese closes no syllable after one (`Times` tai)
ONSET = {
    "B": "b", "CH": "ch", "D": "đ", "DH": "đ", "F": "ph", "G": "g", "HH": "h", "JH": "gi", "K": "c", "L": "l",
    "M": "m", "N": "n", "NG": "ng", "P": "p", "R": "r", "S": "x", "SH": "s", "T": "t", "TH": "th", "V": "v",
    "Y": "d", "Z": "d", "ZH": "gi",
}  # fmt: skip
CODA = {
    "P": "p", "T": "t", "K": "c", "CH": "ch", "M": "m", "N": "n", "NG": "ng", "L": "n", "S": "t", "D": "t", "B": "p",
    "G": "c", "F": "p", "V": "p", "TH": "t", "DH": "t", "SH": "t", "JH": "ch", "ZH": "t", "Z": "t",
}  # fmt: skip
STOPS = ("p", "t", "c", "ch")
CLUSTER_FIRST = ("P", "B", "T", "D", "K", "G", "F", "TH")  # before R or L they open the syllable together
HISSED = ("T", "P")  # `Store` xto: s before t or p opens the syllable with it, as in the letter guess


def load_english() -> dict[str, Phones]:
    """data/english.tsv: word -> its CMU phones (`drone` -> D R OW1 N)."""
    text = resources.files("pipeline").joinpath("data/english.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {word: tuple(phones.split()) for word, phones in rows}


def heard_reading(word: str, english: Mapping[str, Phones]) -> str | None:
    """`Store` -> "xto", `Howdy` -> "hao đi": the word's sound in Vietnamese syllables; None for a word the table
    lacks, that has a schwa, or whose sound some syllable cannot write (the letter guess reads it then)."""
    phones = english.get(word.lower())
    if phones is None or "AH0" in phones:
        return None  # a schwa: announcers say that vowel as written (`Asia` a xi a, `Junior`, `union`)
    syllables = [_write(*group) for group in _groups(phones)]
    if None in syllables:
        return None
    said = " ".join(s for s in syllables if s is not None)
    return said if all(is_syllable(piece) or _hissed(piece) for piece in said.split()) else None


def _hissed(piece: str) -> bool:
    return piece[:1] == "x" and piece[1:2] in ("t", "p") and is_syllable(piece[1:])


def _is_vowel(phone: str) -> bool:
    return phone[-1:].isdigit()


def _groups(phones: Phones) -> list[tuple[Phones, str, str]]:
    """(onset phones, vowel phone, coda phone or "") per vowel; a lone consonant between vowels opens the next
    syllable, a cluster that can open one (`dr`, `st`) does too, otherwise the first consonant closes this one."""
    vowels = [at for at, phone in enumerate(phones) if _is_vowel(phone)]
    groups: list[tuple[Phones, str, str]] = []
    start = 0
    for number, at in enumerate(vowels):
        last = number + 1 == len(vowels)
        between = [p for p in phones[at + 1 : len(phones) if last else vowels[number + 1]]]
        coda = _coda(between, last)
        groups.append((phones[start:at], phones[at], coda))
        start = at + 1 + (between.index(coda) + 1 if coda else _dropped_r(between))
    return groups


def _coda(between: list[str], last: bool) -> str:
    """The consonant that closes a syllable: none before a lone consonant or an opening cluster; an r is not heard
    there (`Mark` mác); at the word's end a plural's z is not read (`Rabies` rây bi, `Jones` giôn)."""
    heard = [p for p in between if p != "R"] if last or between[:1] == ["R"] else between
    if last:
        return "" if heard[:1] == ["Z"] else (heard[0] if heard else "")
    if len(heard) < 2 or _opens(heard):
        return ""
    return heard[0]


def _dropped_r(between: list[str]) -> int:
    return 1 if between[:1] == ["R"] and len(between) > 1 else 0


def _opens(cluster: Sequence[str]) -> bool:
    return len(cluster) == 2 and (
        (cluster[0] in CLUSTER_FIRST and cluster[1] in ("R", "L"))
        or (cluster[0] == "S" and cluster[1] in HISSED)
        or cluster[1] == "Y"  # `Samuel` xa miu: a consonant and the glide y open the syllable together
    )


def _write(onset: Phones, vowel: str, coda: str) -> str | None:
    """One syllable in Vietnamese letters; an onset consonant Vietnamese cannot join is a syllable of its own
    (`Brand` bờ ran), as in the letter guess. A y glide after a consonant is the vowel "iu" (`Samuel` xa miu,
    `review` ri viu), which takes no final consonant: None then, and the letters read the word (`argue`)."""
    base = vowel[:2]
    glide = onset[-1:] == ("Y",) and len(onset) > 1
    if glide and (base not in ("UW", "UH") or coda):
        return None
    final = "" if base in GLIDED else CODA.get(coda, "")
    nucleus = CLOSED_NUCLEUS.get(vowel, CLOSED_NUCLEUS.get(base, NUCLEUS[base])) if final else NUCLEUS[base]
    onset, nucleus = (onset[:-1], "iu") if glide else (onset, nucleus)
    if final == "ng" and nucleus[:1] in ("i", "ê", "e"):
        final = "nh"  # `Banking` kinh: Vietnamese writes that sound "inh", never "ing"
    final = spelled_coda(final, nucleus)  # `Nick` ních, as the letter guess writes `click` cờ lích
    lead, first, nucleus = _onset(onset, nucleus)
    if final in STOPS:
        nucleus = sharp(nucleus)
    return " ".join([*lead, unicodedata.normalize("NFC", first + nucleus + final)])


def _onset(onset: Phones, nucleus: str) -> tuple[list[str], str, str]:
    """(syllables of the extra consonants, the onset's letters, the nucleus with a w's glide written into it)."""
    phones = list(onset)
    if phones[-1:] == ["W"]:
        phones.pop()
        nucleus = _glided(nucleus, bool(phones))
    hissed = phones[-2:-1] == ["S"] and phones[-1:] != [] and phones[-1] in HISSED
    if phones[-2:] == ["T", "R"]:
        phones[-2:] = ["TR"]
    *extra, first = phones or [""]
    extra = extra[:-1] if hissed else extra
    lead = [_letters(consonant, "ơ") + "ờ" for consonant in extra]
    letters = "tr" if first == "TR" else _letters(first, nucleus)
    if letters == "gi" and nucleus[:1] == "i":
        letters = "g"  # `Jimmy` gi mi: gi before i is written g + i
    return lead, ("x" if hissed else "") + letters, nucleus


def _glided(nucleus: str, after_consonant: bool) -> str:
    """A w before the vowel: oa, oe, uy, uê, uô as Vietnamese writes the glide (`Twitter` tuýt, `Wall` uôn);
    alone before ơ or â it is qu (`World` quơn)."""
    if nucleus[:1] in ("a", "ă", "e"):
        return "o" + nucleus
    if nucleus[:1] in ("i", "ê"):
        return "u" + ("y" + nucleus[1:] if nucleus[:1] == "i" else nucleus)
    if nucleus[:1] in ("o", "ô"):
        return "uô" + nucleus[1:]
    if nucleus[:1] in ("ơ", "â") and not after_consonant:
        return "qu" + nucleus
    return nucleus


def _letters(phone: str, nucleus: str) -> str:
    """A consonant phone's letters before `nucleus`, as Vietnamese spells that sound (`syllable.spelled_onset`)."""
    return spelled_onset(ONSET.get(phone, ""), nucleus)
