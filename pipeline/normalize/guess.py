"""The letter guess: a Latin word no table reads, written as Vietnamese syllables (`Fansipan` -> "phan xi pan").

The word is split into consonant + vowel groups, each group written with Vietnamese letters (f -> ph, s -> x, c
before e/i -> k, final l -> n, final s -> t), and a syllable closed by p, t, c or ch given its sắc tone, as
Vietnamese loanwords are (Rô-bút-ta, Phi-líp-pin). Moved from rules_foreign (its size); that module's rules call it.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .syllable import GLIDED, is_clustered, is_syllable, sharp, spelled_coda, spelled_onset

SPELLING = (  # foreign spellings -> the Vietnamese letters for the same sound, applied in this order
    ("ck", "k"), ("sh", "ʃ"), ("wh", "u"), ("ee", "i"), ("oo", "u"), ("ou", "u"), ("ea", "i"), ("wi", "uy"),
    ("wa", "oa"), ("we", "oe"), ("w", "u"), ("f", "ph"), ("zh", "j"), ("dj", "j"), ("ji", "gi"), ("j", "gi"),
    ("q", "k"),
    ("bh", "b"), ("dh", "d"), ("gh", "g"),  # `Bharati`, `Gandhi`, `Ghat`: an Indian aspirate is said as its consonant
)  # fmt: skip
# zh: `Zholmanov`, `Zhomart` Giô (jn2, 3 spans of 3); a Chinese `Zhishan` "Chi" (2) is nearer "gi" than "dờ hi"
ENDINGS = (  # sounds at a word's end Vietnamese writes otherwise, applied before SPELLING
    (re.compile(r"ing$"), "inh"),  # `King`: Vietnamese ends that sound in "inh" (Kinh), never in "ing"
    # `Sanders` Xan đơ, `Wilders` Uyn đơ, `Chambers` Chem bơ, `Peters` Pi tơ: an English name's final ers is its er
    # alone, "ơ", the s not heard (10 names of 10 in the corpus); read by the rule below it, it was "đét"
    (re.compile(r"(?<=[^aeiouy]e)rs$"), "r"),
    (re.compile(r"r(?=[bcdgkmnpst]$)"), ""),  # `Park`, `form`: an r before the last consonant is not heard
    (re.compile(r"ll"), "l"),  # `Apollo`: a doubled l is one l (a pô lô), it closes no syllable as "pon"
    (re.compile(r"ie$"), "i"),  # `Coxsackie`, `Kratie`: a final ie is one vowel (ki), not two (ki ê)
    # `Scioli` Xi ô li, `Scenic`: sc before e, i or y is one sound, s (English, Italian sh), never "xờ xi"
    (re.compile(r"sc(?=[eiy])"), "s"),
    # `Tottenham` Tốt ten ham, `Cheltenham`: an English place's ham after an n is its own syllable; "nh" opened it as
    # the Vietnamese consonant ("tốt tê nham", 5 spans of 5); `|` parts the letters (a Portuguese `Coutinho` keeps nh)
    (re.compile(r"(?<=[aeiou]n)ham$"), "|ham"),
    (re.compile(r"(?<=[^aeiouy][aiu])ce$"), "s"),  # `Palace`, `Nice`: a final ce is the sound s (pa lát, nít)
    # `Merkel` Méc ken, `Ferdinand` Phéc, `Mercado` Méc, `Bernama` Béc: a first syllable's er before a consonant is
    # closed, "éc" (about 60 spans of the corpus to 7 "ơ", English words); x is a coda read "c", opening no cluster
    (re.compile(r"^([^aeiouy]{0,2})er(?=[^aeiouyr][aeiouyrl])"), r"\1ex"),  # `Merkron` Méc crôn too
    # `Martinez` Mác ti nết, `Vargas` Vác gát, `Eduardo` Ê đu ác đô: so is an ar before a consonant, anywhere
    (re.compile(r"ar(?=[^aeiouyr][aeiouy])"), "ax"),
    # `Christian` Crít xti an, `Chrysler`: a Greek ch before ri, ry is the sound k (the table's 8 names with it say
    # "Cr"); as the Vietnamese ch it was "chờ rít". `Kông Chro`, a Central Highlands name, keeps its ch
    (re.compile(r"^chr(?=[iy])"), "cr"),
    # `Pangong Tso` Xô (jm2), `Tsagaankhairkhan` Xa gan: a word's ts before a vowel is one sound, s; its t was said
    # as a syllable of its own, "tờ xô" (2 spans of 2)
    (re.compile(r"^ts(?=[aeiouy])"), "s"),
    # `John` Giôn, `Bahrain`, `Ahmed`: an h after a vowel and before a consonant or the end is not heard; taken as the
    # syllable's last consonant, it silenced the n after it ("giô")
    (re.compile(r"(?<=[aeiou])h(?![aeiouy])"), ""),
    # `Vladimir` Vla đi mia, `Kashmir`, `Amir`, `Jahangir`: a final ir after a consonant is "ia" (70 spans of 71)
    (re.compile(r"(?<=[^aeiouy])ir$"), "iɐ"),
    # `Jerry` Giê ri, `Mirra` Mi ra, `Canberra` Can bê ra, `Guterres`: an e or i before a doubled r keeps its own
    # sound, the r opening the next syllable; read as the English r-vowel below it was "giơ ri", "mơ ra"
    (re.compile(r"(?<=[ei])rr"), "r"),
    (re.compile(r"(?<=[^aeiouy])[eiu]r(?![aeiouyă])"), "ơ"),  # `Jupiter`, `Voscur`: the English r-vowel is "ơ" (tơ)
    (re.compile(r"(?<=[^\W0-9_]{2}[std])on$"), "ơn"),  # `Tillerson` Ti lơ xơn, `Washington` tơn: unstressed
    (
        re.compile(r"(?<=[bcdfghjklmnprstvxz])(?<!ng)y(?=[aeiou])"),
        "i",
    ),  # `Kyoto` Ki ô tô, `Lyon`: a y after a consonant is i
    # `Iwate` I oa tê, `Kanagawa` Ca na ga oa, `Ottawa`: a w between a vowel and a opens the next syllable, "oa"; read
    # "oa" on its own, it paired with the vowel before ("gao a")
    (re.compile(r"(?<=[aeiou])w(?=a(?:[^aeiouwy]|$))"), "ŵ"),  # not before a glide: `Iwaw` "oau" is no syllable
)
# `Brexit` Brếch xít, `Alexander` A lếch xan đơ, `Nixon` Ních xơn, `Boxing` Bốc xinh: in a name an x between vowels
# is the sounds k s, the k closing the syllable before (18 spans of the corpus to 2); a loanword keeps it an onset
# (`oxy` ô xi, `proximang`), as Vietnamese spells those
NAMED_ENDINGS = (
    (re.compile(r"ex(?=[aeiouy])"), "êchx"),
    (re.compile(r"ix(?=[aeiouy])"), "ichx"),
    (re.compile(r"(?<=[ao])x(?=[aeiouy])"), "cx"),
    # `Enrique` En ri kê, `Paqueta` Pa kê ta, `Caique` Cai kê, `Marquinhos` Mác ki: inside a Spanish, Portuguese or
    # French name qu before e or i is the sound k (6 names of the corpus, none read "cu ê")
    (re.compile(r"(?<=[a-z])qu(?=[ei])"), "k"),
)
# English suffixes every annotator says by their sound, not their letters ("ti on"): `Solutions`, `Foundation`,
# `Identification` "… sần", `National`, `International` "… sần nồ" (7 spans of 7 over the corpus, round 63)
SAID_SUFFIXES = ((re.compile(r"tional$"), "sần nồ"), (re.compile(r"tions?$"), "sần"))
DIGRAPHS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu")
VOWEL_LETTERS = "aeiouyăâêôơư"
KEPT_PAIRS = {"ai", "ao", "au", "oi", "ui", "oa", "oe", "uy", "ay", "oy", "ey", "eu", "ei", "iɐ"}  # one syllable
# `Milei` Mi lây, `Sergei`, `Silveira`, `Reiwa`: an open ei is "ây" (about 40 spans of the corpus, "ê i" none); one
# a consonant closes (`Stein`, `Keith`) is left to the letters: "ây" takes no final consonant
PAIR_SPELLING = {"ay": "ai", "oy": "oi", "ey": "ây", "eu": "êu", "ei": "ây", "iɐ": "ia"}  # iɐ: a final ir (ENDINGS)
# the kept pairs, as spelled, that end on the glide o or u (ao, au, êu): the syllable check's own list decides
GLIDED_PAIRS = frozenset(PAIR_SPELLING.get(pair, pair) for pair in KEPT_PAIRS) & GLIDED
SPLIT_PAIRS = frozenset(("ai", "oi", "ui"))  # end on the glide i: Vietnamese closes none of them with a consonant
CLOSED_EI = re.compile(r"ei[^aeiouy](?:[^aeiouy]|$)")
# English z is the Vietnamese d, English d is đ; sh opens on s (`Shika` Si ca, `Hayashi`: 150 spans to 7 over the
# corpus's names), the sound Vietnamese s keeps apart from x
ONSET_SPELLING = {"s": "x", "ʃ": "s", "d": "đ", "z": "d", "y": "d", "ŵ": "o"}
CLUSTER_FIRST = ("b", "c", "d", "g", "k", "p", "t", "ph", "th")  # before r or l they open the syllable together
CODA_SPELLING = {
    "c": "c", "k": "c", "ch": "ch", "m": "m", "n": "n", "ng": "ng", "nh": "nh", "p": "p", "t": "t", "l": "n",
    "s": "t", "ʃ": "t", "d": "t", "b": "p", "g": "c", "v": "p", "ph": "p", "x": "c", "th": "t", "gh": "c", "kh": "c",
    "z": "t",
}  # fmt: skip
STOPS = ("c", "ch", "p", "t")
# The vowel a loanword's closed syllable takes, where the letter alone misleads (round 92, over the corpus's names):
# an o before a stop is ô (`Fox` phốc, `Ross` rốt, `Doksuri` Đốc: 20 spans to 4) and before n or ng too, as
# Vietnamese writes Hồng Kông (`Donggala` Đông, `online` ôn: 13 to 7); an a before c is short, ă (`Thaksin` Thắc,
# `Violak` lắc, `Lumpyvac` vắc: 8 to 2), found on the letters as written, as `Park`, `Mark` (the a long before an r
# not heard) are "pác", "mác". Vietnamese "óc", "on", "ong" are another, rounder vowel.
CLOSED_VOWELS = {("o", coda): "ô" for coda in ("c", "t", "p", "n", "ng")}
SHORT_A = re.compile(
    r"(?<![aeiou])a(?=(?:ck|c(?![hk])|k(?!h)|q)(?![aeiouyrl]))"
)  # written, before an r is dropped: `Park` stays "pác"


@functools.lru_cache(maxsize=4096)
def guess_reading(word: str) -> str:
    """`Fansipan` -> "phan xi pan", `Bristol` -> "bờ rít tôn", `Hiwatts` -> "hi oát", `Park` -> "pác"."""
    letters = word.lower()
    suffix = next(((shape, said) for shape, said in SAID_SUFFIXES if shape.search(letters)), None)
    if suffix is not None and len(letters) > 6:  # `Solutions` xô lu sần, `National` na sần nồ
        return f"{guess_reading(suffix[0].sub('', letters))} {suffix[1]}"
    letters = SHORT_A.sub("ă", letters)
    for shape, sound in ENDINGS + (NAMED_ENDINGS if word[:1].isupper() else ()):
        letters = shape.sub(sound, letters)
    for written, spoken in SPELLING:
        letters = letters.replace(written, spoken)
    units = _units(letters)
    if not any(_is_vowel(unit) for unit in units):
        return word  # no vowel to build a syllable on (`cms`): left to the spelling rule and lint
    named = word[:1].isupper()  # a name: its clusters kept where the voice says them (`_spoken_together`)
    syllables = [_syllable(onset, nucleus, coda, named) for onset, nucleus, coda in _groups(units)]
    return _nasal_first(" ".join(syllables))


def _nasal_first(reading: str) -> str:
    """`Mpumalanga` Em pu ma lan ga, `Nkomazi` En cô ma di, `Mbappe` Em báp pê: an m or n opening a name before
    another consonant is a syllable of its own, said as the letter's name (6 spans of the corpus; 3 "mơ", none
    "mờ", what the extra-consonant rule gives)."""
    return f"e{reading[0]} {reading[3:]}" if reading[:3] in ("mờ ", "nờ ") else reading


def _is_vowel(unit: str) -> bool:
    return unit[0] in VOWEL_LETTERS


def _units(letters: str) -> list[str]:
    """Consonant units (digraphs kept whole) and single vowel letters, pairs a loanword reads as one kept."""
    units: list[str] = []
    at = 0
    while at < len(letters):
        pair = letters[at : at + 2]
        if pair == "iy" and at + 2 == len(letters):  # `Zelenskiy`, `Dmitriy`: a Slavic name's end, one i (not "ki i")
            units.append("i")
            break
        if pair in KEPT_PAIRS and not (pair[0] == "y" and at == 0) and not CLOSED_EI.match(letters, at):
            units.append(PAIR_SPELLING.get(pair, pair))
            at += 2
            continue
        if letters[at] == "|":  # a part between two letters a digraph would join (ENDINGS)
            at += 1
            continue
        unit = next((d for d in DIGRAPHS if letters.startswith(d, at)), letters[at])
        if unit == "gi" and letters[at + 2 : at + 3] not in tuple(VOWEL_LETTERS):
            unit = "g"  # `Kalmaegi`: g then the vowel i; before a vowel gi is one consonant (`Jalil`: gia lin)
        if unit == "ng" and _between_vowels(letters, at, 2):
            unit = "n"  # `Enga` En ga, `Odinga` Ô đin ga: an n closes the syllable, the g opens the next (below)
        if unit == "c" and letters[at + 1 : at + 2] in ("e", "i", "y"):
            unit = "s"  # `Cirium`, `Spicer`, `Vincent`: a c before e, i or y is soft, "x"
        units.append(unit)
        at += len(unit)
    return units


def _between_vowels(letters: str, at: int, width: int) -> bool:
    """A consonant of `width` letters at `at` with a vowel letter on both sides. Between vowels the annotators split
    a name's ng: n closes one syllable, g opens the next (`Lorengau` Lo ren gao, `Batangas` Ba tan gát, `Mpumalanga`
    lan ga, `Pangestu` Pan ghe xtu: 14 of the corpus's 17 such names), never "nga" as Vietnamese would open it.
    Not after two vowels (`tainguyen`, `baoangiang`: Vietnamese typed without marks, where ng opens the syllable)
    nor before a y (`Rohingya`: the y is a consonant there)."""
    single = at == 1 or (at > 1 and letters[at - 2] not in VOWEL_LETTERS)
    return single and letters[at - 1] in VOWEL_LETTERS and letters[at + width : at + width + 1] in tuple("aeiouăâêôơư")


def _groups(units: list[str]) -> list[tuple[list[str], str, str]]:
    """(onset consonants, vowel, coda) per vowel: one consonant between vowels opens the next syllable, two split."""
    vowels = [i for i, unit in enumerate(units) if _is_vowel(unit) and not (unit == "y" and _before_vowel(units, i))]
    groups: list[tuple[list[str], str, str]] = []
    start = 0
    for number, at in enumerate(vowels):
        end = vowels[number + 1] if number + 1 < len(vowels) else len(units) + 1
        between = units[at + 1 : end] if number + 1 < len(vowels) else units[at + 1 :]
        cluster = len(between) == 2 and between[0] in CLUSTER_FIRST and between[1] in ("r", "l")  # `Telegram`
        last = number + 1 == len(vowels)
        coda = between[0] if (len(between) >= 2 and not (cluster and not last)) or (between and last) else ""
        groups.append((units[start:at], units[at], coda))
        start = at + 1 + (1 if coda else 0)
    return groups


def _before_vowel(units: list[str], at: int) -> bool:
    return at + 1 < len(units) and _is_vowel(units[at + 1])


def _syllable(onset: list[str], vowel: str, coda: str, named: bool = False) -> str:
    """One group in Vietnamese letters; extra onset consonants become syllables of their own (`Bristol`: bờ), but
    an s before t, p or c opens the syllable with them (`Instagram`: in xta, `Scooter`: xcu tơ, see `_hissed`)."""
    if CODA_SPELLING.get(coda) and vowel in GLIDED_PAIRS:  # `Manaus` Ma nau xơ: no consonant closes a glide
        return f"{_syllable(onset, vowel, '', named)} {_onset(coda, 'ơ')}ơ"
    split = vowel in SPLIT_PAIRS and not (vowel == "ui" and onset[-1:] == ["k"])  # `Quintana`: qu's u, a glide
    if CODA_SPELLING.get(coda) and split:  # `Saiq` Xa ích, `Said` Xa ít: "xaíc" is no syllable
        return f"{_syllable(onset, vowel[0], '', named)} {_syllable([], 'i', coda, named)}"
    *extra, first = onset or [""]
    hissed = _hissed(extra[-1:], first, vowel, named)
    extra = extra[:-1] if hissed and extra else extra
    lead = [_onset(consonant, "ơ") + "ờ" for consonant in extra]
    final = CODA_SPELLING.get(coda, "")
    nucleus = {"y": "i", "e": "ê", "o": "ô"}.get(vowel, vowel) if not final else {"y": "i"}.get(vowel, vowel)
    nucleus = CLOSED_VOWELS.get((nucleus, final), nucleus)
    final = spelled_coda(final, nucleus)  # `click` cờ lích, `TOPIK` tô pích (bb2, 8 spans)
    if final in STOPS:
        nucleus = sharp(nucleus)
    body = unicodedata.normalize("NFC", ("x" if hissed else "") + _onset(first, nucleus) + nucleus + final)
    if named and lead and not hissed and _spoken_together(lead[-1][:-1] + body):
        lead, body = lead[:-1], lead[-1][:-1] + body  # `Andrey`: An đrây, not an đờ rây
    return " ".join([*(unicodedata.normalize("NFC", s) for s in lead), body])


def _spoken_together(syllable: str) -> bool:
    """`đrây`, `Brát`, `Phri`, `tri`: a consonant before r or l opens the syllable with it where espeak-ng's
    Vietnamese voice says the cluster (`syllable.is_clustered`: b, c, k, v, ph before r or l, đ, th before r) or
    the pair is a Vietnamese onset (tr); the annotators write names so (Phri đrích, An đrây, Brát li, Đmi tri: 13
    of the first looks' names), but split a loanword's (`drone` đờ rôn, `blog` bờ lóc). Not p or g before r or l:
    there the voice switches to English rules."""
    return is_clustered(syllable) or is_syllable(syllable)


def _hissed(previous: list[str], first: str, vowel: str, named: bool) -> bool:
    """`Instagram`, `Scooter`, `scan`: an s before t, p or c in a syllable's onset opens it with them ("xta", "xcu"),
    as the annotators of every batch write it (47 times to 2 "xờ") and foreign.tsv does (Mát xcơ va, Pa ki xtan);
    espeak-ng's Vietnamese voice says these clusters (st, sp, sk). An s that closes the syllable before stays there
    (`Festival`: phét ti van, 6 annotations to 1). A name's `sky` is "xki" too (`Zelensky`, as every annotator writes
    it: 35 spans of 35); espeak-ng would spell that one letter by letter, so its engine gives the voice "xờ ki"
    (engines/espeak.py). A word's stays apart (`skier`): english.tsv reads those by their sound."""
    front = vowel[:1] in ("e", "i", "y")
    return previous == ["s"] and (first in ("t", "p") or (first in ("c", "k") and (named or not front)))


def _onset(consonant: str, vowel: str) -> str:
    """s is x, d is đ (English d is the Vietnamese đ), z and y are d; c, k and g spelled by the vowel after them."""
    return spelled_onset(ONSET_SPELLING.get(consonant, consonant), vowel)
