"""Is a token a well-formed Vietnamese syllable? (what a voice can read)"""

from __future__ import annotations

import functools
import re
import unicodedata

from ..domain.voice import word_spellings

# c is written k before e, ê, i and y, g gh before e and ê, ng ngh before e, ê and i: `cia` (`CIA`, hf2) and `gen` are
# no syllables, whatever a page's capitals make of them
ONSET = r"(?:ngh|ng(?![eêi])|nh|ch|gh|gi|kh|ph|qu|th|tr|c(?![eêiy])|g(?![eê])|[bdđhklmnprstvx])?"
VOWELS = [
    "a",
    "ă",
    "â",
    "e",
    "ê",
    "i",
    "o",
    "ô",
    "ơ",
    "u",
    "ư",
    "y",
    "ia",
    "iê",
    "ya",
    "yê",
    "ua",
    "uô",
    "ưa",
    "ươ",
    "oa",
    "oă",
    "oe",
    "uâ",
    "uê",
    "uy",
    "uyê",
    "uya",
    "ai",
    "ao",
    "au",
    "ay",
    "âu",
    "ây",
    "eo",
    "êu",
    "iu",
    "oi",
    "ôi",
    "ơi",
    "ui",
    "ưi",
    "ưu",
    "iêu",
    "yêu",
    "uôi",
    "ươi",
    "ươu",
    "oai",
    "oay",
    "oao",
    "oeo",
    "uây",
    "uyu",
]
# a vowel that ends on the glide o or u closes the syllable: no consonant follows it (`Leon`, `Deon` are no syllables)
GLIDED = {v for v in VOWELS if len(v) > 1 and v[-1] in "ou"}
NUCLEUS = "(?:" + "|".join(sorted(set(VOWELS) - GLIDED - {"y"}, key=len, reverse=True)) + ")"
OPEN_NUCLEUS = "(?:" + "|".join(sorted(GLIDED | {"y"}, key=len, reverse=True)) + ")"
CODA = r"(?:ch|nh|ng|[cmnpt])?"
# `Niu Oóc`, `xoong`, `boong`, `quần soóc`: the long o, written twice, only before c and ng; a lone y closes on a
# consonant only after qu (`quýt`, `Quỳnh`): `NYT`, `SYT` are letters, not "nýt" (hq1)
SYLLABLE = re.compile(rf"^(?:quy{CODA}|{ONSET}(?:{OPEN_NUCLEUS}|{NUCLEUS}{CODA}|oo(?:c|ng)))$")
WORD = re.compile(r"[^\W0-9_]+|[0-9]+|[^\w\s,.!?]", re.UNICODE)


def base_letters(token: str) -> str:
    """Lower case without tone marks, keeping đ and the vowel letters ă â ê ô ơ ư."""
    return "".join(map(_base_letter, token.lower()))


@functools.lru_cache(maxsize=4096)  # pure; two normalizations a letter were most of a new word's first look
def _base_letter(ch: str) -> str:
    decomposed = unicodedata.normalize("NFD", ch)
    base = unicodedata.normalize("NFC", decomposed[0] + "".join(c for c in decomposed[1:] if c in "\u0306\u0302\u031b"))
    return base if base in {"ă", "â", "ê", "ô", "ơ", "ư", "đ"} or len(base) == 1 else decomposed[0]


ASCII_SYLLABLE = re.compile(SYLLABLE.pattern.translate(str.maketrans("ăâêôơưđ", "aaeooud")))


@functools.lru_cache(maxsize=1 << 16)  # pure; segment() asks about the same short pieces again and again
def is_syllable(token: str, unaccented: bool = False) -> bool:
    """True for a Vietnamese syllable ("nghiêng", "khuya"), false for "Zalo", "5K".

    `unaccented` accepts syllables written without marks, as in web addresses.
    """
    pattern = ASCII_SYLLABLE if unaccented else SYLLABLE
    return len(token) <= 7 and bool(pattern.match(base_letters(token)))


FRONT_VOWELS = ("e", "ê", "i", "y", "é", "í")


def sharp(letters: str) -> str:
    """`bu` -> "bú": a loanword's syllable closed by p, t, c or ch takes the sắc tone on its last vowel (Rô-bút-ta,
    Phi-líp-pin); the letter guess, the English sound and the Japanese and Korean readings all mark it so."""
    return unicodedata.normalize("NFC", letters + "\u0301")


def spelled_coda(consonant: str, vowel: str) -> str:
    """The letters Vietnamese writes a closing consonant with after `vowel`: the sound k after i is "ch" (`click`
    cờ lích, `Nick` ních, `Sang-sik` Xang Xích), never "íc", no Vietnamese rhyme. The foreign-word guess, the
    English-sound reading and the Korean syllables all close their syllables so."""
    return "ch" if consonant == "c" and vowel == "i" else consonant


def spelled_onset(consonant: str, vowel: str) -> str:
    """The letters Vietnamese writes a consonant sound with before `vowel`: c and k before e, ê, i, y are k; g is gh
    before e and ê (`Yagi`, `Kajiki` keep "gi": the house reads a foreign g before i as written). The foreign-word
    guess and the English-sound reading both spell their onsets so."""
    front = vowel[:1] in FRONT_VOWELS
    if consonant in ("c", "k"):
        return "k" if front else "c"
    if consonant == "g" and front:
        return "g" if vowel[:1] in ("i", "í") else "gh"
    return consonant


GUESSED_MARKS = (
    (re.compile(r"([iy])e(?=u|[cmnpt]|ng|nh|ch)"), r"\1ê"),  # lieu -> liêu, tien -> tiên, yeu -> yêu
    (re.compile(r"uo(?=i|[cmnpt]|ng)"), "uô"),  # chuong -> chuông
    (re.compile(r"uye"), "uyê"),  # tuyen -> tuyên
)


def with_guessed_marks(piece: str) -> str:
    """An unaccented syllable from a web address ("lieu") with the vowel marks its spelling needs.

    Tone marks cannot be guessed, but "liêu" is read like a Vietnamese word where "lieu" is not.
    """
    for pattern, marked in GUESSED_MARKS:
        guess = pattern.sub(marked, piece)
        if guess != piece and is_syllable(guess):
            return guess
    return piece


def unspeakable(text: str) -> list[str]:
    """Tokens of normalized text a Vietnamese voice would misread."""
    return [t for t in WORD.findall(text) if not is_syllable(t) and not _hissed_syllable(t) and not is_clustered(t)
            and not _highland_ak(t) and not _given_in_syllables(t)]  # fmt: skip


def _given_in_syllables(token: str) -> bool:
    """`Campuchia`: a word Vietnamese writes whole, which espeak-ng's engine gives its voice in syllables (a whole
    word of data/espeak_spelling.tsv, `campuchia$`): the script keeps the spelling readers know."""
    spelling = word_spellings().get(token.lower())
    return spelling is not None and all(is_syllable(part) for part in spelling.split())


def _highland_ak(token: str) -> bool:
    """`Đắk`, `Lắk`: the Central Highlands write "ắc" with a k, and espeak-ng's Vietnamese voice says it as "ắc"
    (d_'a3c for both); with no tone (`Đăk`) or another vowel (`Bók`, `rốk`) it reads the word by its English rules."""
    return token[-2:] in ("ắk", "ẮK") and is_syllable(token[:-1] + "c")


def _hissed_syllable(token: str) -> bool:
    """`xta`, `xcơ`, `xpút`, `xki`: x before t, c, p or k then a syllable, as foreign names are written (Pa ki xtan,
    Mát xcơ va, Dê len xki); espeak-ng's Vietnamese voice says the cluster (st, sk, sp), and a word opening on `xk`,
    which it would spell, is respelled for it by its engine (data/espeak_spelling.tsv)."""
    return token[:1] in ("x", "X") and token[1:2] in ("t", "c", "p", "k") and is_syllable(token[1:])


SPOKEN_CLUSTER = re.compile(r"(?:[bckvgp]|ph)(?=[rl])|(?:đ|th|x)(?=r)", re.IGNORECASE)


def is_clustered(token: str) -> bool:
    """`Krông`, `Bra xin`, `Vla đi mia`: b, k, v, ph before r or l, and đ, th, x before r, then a syllable, as the
    place names of the Central Highlands and foreign.tsv write them; espeak-ng's Vietnamese voice says each as one
    cluster (`Krông` kz'o#N, `Bra` bz'a, `Vla` vl'a, `xra` sz'a of I xra en: tests/normalize/test_clusters.py runs
    it). A c before r or l too (`U crai na`, `Cra chê`): its engine gives it as k (data/espeak_spelling.tsv); and g,
    p before r or l (`Plây Ku`, `Grai`), which the voice reads by its English rules (`gri` gr'aI): its engine gives
    them with a short vowel between, "pờ lây", "gờ rai", as a Vietnamese reader says them."""
    found = SPOKEN_CLUSTER.match(token)
    return found is not None and is_syllable(token[found.end() :])


@functools.lru_cache(maxsize=4096)  # pure; the same domain names recur in every script
def segment(word: str) -> tuple[tuple[str, bool], ...]:
    """Split an unaccented run ("tokhaiyte") into syllables; (piece, is_syllable).

    Minimizes the letters left to spell, then the number of pieces (dynamic
    programming over end positions, with back-pointers).
    """
    best: list[tuple[int, int, int, bool]] = [(0, 0, 0, True)]  # spelled, pieces, start, ok
    for end in range(1, len(word) + 1):
        options = []
        for start in range(max(0, end - 7), end):
            spelled, count = best[start][0], best[start][1]
            if is_syllable(word[start:end], unaccented=True):
                options.append((spelled, count + 1, start, True))
            elif end - start == 1:
                options.append((spelled + 1, count + 1, start, False))
        best.append(min(options, key=lambda o: (o[0], o[1])))
    pieces, end = [], len(word)
    while end > 0:
        start, ok = best[end][2], best[end][3]
        pieces.append((word[start:end], ok))
        end = start
    return tuple(_merge_spelled(pieces[::-1]))


def _merge_spelled(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    merged: list[tuple[str, bool]] = []
    for piece, ok in pieces:
        if merged and not ok and not merged[-1][1]:
            merged[-1] = (merged[-1][0] + piece, False)
        else:
            merged.append((piece, ok))
    return merged


# oa, oe, uy closing a syllable carry their tone on either vowel: `hòa`/`hoà`, `khỏe`/`khoẻ`, `ủy`/`uỷ`. Both
# spellings are in use (official letters mix them) and espeak-ng gives them the same phonemes; `qu` is a consonant,
# so `quý` has one spelling.
TONE_PLACED = re.compile(
    r"(?<![qQ])(?:([òóỏõọÒÓỎÕỌ][aeAE]|[ùúủũụÙÚỦŨỤ][yY])|([oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ]))(?![^\W0-9_])"
)
TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook, dot below


def other_tone_placement(text: str) -> str:
    """`Tỉnh uỷ` for `Tỉnh ủy` and back: the same words with each oa, oe, uy's tone on its other vowel."""
    return TONE_PLACED.sub(lambda m: move_tone(m.group(1), 0, 1) if m.group(1) else move_tone(m.group(2), 1, 0), text)


def move_tone(pair: str, source: int, target: int) -> str:
    """Two letters with the tone mark of the one at `source` moved onto the one at `target` (`ủy` -> `uỷ`)."""
    letters = [unicodedata.normalize("NFD", c) for c in pair]
    tone = next(mark for mark in letters[source] if mark in TONES)
    letters[source] = letters[source].replace(tone, "")
    letters[target] += tone
    return unicodedata.normalize("NFC", "".join(letters))
