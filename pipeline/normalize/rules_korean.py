"""Korean names in their Latin spelling, read syllable by syllable: `Moon Jae-in` -> "Mun Chê in".

The letter guess (`rules_foreign`) reads `Jae` as the English "giây" and `Yoon` as "dun"; a Korean name is written
in syllables of the romanization (eo, eu, ae, oo are one vowel each; j is the Korean ch sound), and Vietnamese
radio and press read it one Korean syllable a Vietnamese one: Mun Chê-in, Yun Xúc-yơn, Han Đắc-xu, Uy Xung-lác,
Chun-chơn, Ghi-ơng-giu (the Korean names in the corpus's spans, batches aa1 to ba2). The rule reads only a line that
speaks of Korea, and only a capitalized word made of such syllables.
"""

from __future__ import annotations

import re

from .context import Context
from .lines import on_lines_matching
from .syllable import is_syllable, sharp, spelled_coda, spelled_onset

KOREA_WORDS = ("Hàn", "Triều Tiên", "Xơ un", "Bình Nhưỡng")  # one of them is in KOREA's every match: scans in C
KOREA = re.compile(r"Hàn Quốc|Triều Tiên|Hàn(?=[-–])|Xơ un|Bình Nhưỡng")
# A capitalized word, and a given name's second syllable after a hyphen (`Jae-in`, `Suk-yeol`).
NAME = re.compile(r"(?<![\w.@])[A-Z][a-z]+(?:-[a-z]+)?(?![\w@]|\.[a-z])")
SYLLABLE = re.compile(
    r"(?P<onset>kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjhy])?"
    r"(?P<vowel>yeo|yae|ye|ya|yo|yu|wae|wa|wo|we|wi|eo|eu|ae|ai|oe|ui|oo|ee|ou|a|e|i|o|u)"
    r"(?P<coda>ng|ck|[nmlkpt](?![aeiouwy])|[gbc](?![aeiouwy])|h$)?"
)
ONSET = {"kk": "c", "g": "g", "k": "c", "d": "đ", "tt": "t", "pp": "p", "ss": "x", "s": "x", "sh": "s",
         "j": "ch", "jj": "ch"}  # fmt: skip
VOWEL = {"yeo": "yơ", "ou": "ơ", "yae": "ye", "eo": "ơ", "eu": "ư", "ae": "ê", "e": "ê", "o": "ô", "oo": "u", "ee": "i",
         "oe": "uê", "wi": "uy", "ui": "ưi", "wa": "oa", "wae": "oe", "wo": "uơ", "we": "uê", "yo": "yô",
         "ye": "yê"}  # fmt: skip
VOWELS_ONLY = re.compile("[aeiouy-]")
# The family names of most Koreans in the news (South Korea's census lists them in this order), as romanized.
FAMILY_NAMES = frozenset({
    "kim", "lee", "yi", "park", "pak", "choi", "choe", "jung", "jeong", "chung", "kang", "cho", "jo", "yoon", "yun",
    "jang", "chang", "lim", "im", "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "song", "yoo", "yu", "ryu",
    "hong", "jeon", "chun", "ko", "go", "moon", "mun", "yang", "son", "bae", "baek", "heo", "nam", "roh", "noh",
    "ha", "kwak", "sung", "cha", "woo", "min", "ban", "wi", "ri"
})  # fmt: skip
FAMILY = r"(?<![\w.@])(?P<family>[A-Z][a-z]{1,4})[^\S\n]+"  # a family name before its given name
HYPHENED_NAME = re.compile(FAMILY + r"(?P<given>[A-Z][a-z]{1,5}-[a-z]{1,5})(?![\w@-])")  # `Ko Min-jung`
FAMILY_ALONE = re.compile(  # `Tổng thống Yoon`: a family name in the news alone, as a word of its own
    r"(?<![\w.@])(?:" + "|".join(sorted({n.capitalize() for n in FAMILY_NAMES}, key=len, reverse=True)) + r")(?![\w@-])"
)
FULL_NAME = re.compile(FAMILY + r"(?P<given>[A-Z][a-z]{1,5}(?:-[a-z]{1,5}|[^\S\n]+[A-Z][a-z]{1,5}))(?![\w@-])")
CLOSED = {"ê": "e"}  # `Sen`: Vietnamese writes the closed e short (en, ec)
CODA = {"ng": "ng", "n": "n", "m": "m", "l": "n", "k": "c", "g": "c", "c": "c", "ck": "c", "p": "p", "b": "p", "t": "t",
        "h": ""}  # fmt: skip
STOPS = ("c", "ch", "p", "t")
# `Kwon` Quơn, `Kwang` Quang: Vietnamese writes a c before the glide as qu ("cuơn", "coang" are no syllables)
GLIDE_AFTER_C = re.compile(r"^c(?:u(?=[ơờớởỡợêềếểễệyỳýỷỹỵâầấẩẫậ])|o(?=[aăeàáảãạằắẳẵặèéẻẽẹ]))")


@on_lines_matching(r"-[a-z]")
def read_korean_full_names(text: str, ctx: Context) -> str:
    """`Kang Yu-jung`, `Ko Min-jung`: a Korean family name before a given name of two syllables joined by a hyphen
    is a Korean name wherever it stands, read before the lexicon takes `Ko` for "không" (bb2, ba2). A name the
    lexicon holds whole (`Kim Jong-un`) keeps its line. Given names in two capitalized words (`Lee Jae Myung`)
    are read so too, on a line about Korea (`read_korean_names`)."""
    return HYPHENED_NAME.sub(lambda m: _full_name(m, ctx), text)


def read_korean_names(text: str, ctx: Context) -> str:
    """`Tổng thống Hàn Quốc Moon Jae-in` -> "… Mun Chê in": on a line about Korea, a name of Korean syllables. On
    the other lines of a text about Korea, a family name with its given name (`Lee Jae Myung`) or a family name
    alone (`Tổng thống Yoon`, `ông Yoon`): a report names the country once and its people on the lines after (bw2,
    bs2, bv2 read them as English words, "dun", "li giây mờ dung"); other capitalized words there stay as they are
    (`Rupee`, `Matamela` in a report that names Korea once in passing)."""
    if not any(word in text for word in KOREA_WORDS) or not KOREA.search(text):
        return text
    return "\n".join(_names(line, ctx, NAME if KOREA.search(line) else FAMILY_ALONE) for line in text.split("\n"))


def _names(line: str, ctx: Context, single: re.Pattern[str]) -> str:
    """Full names first, then the single words `single` finds (any name on a line about Korea, else family names)."""
    return single.sub(_word, FULL_NAME.sub(lambda m: _full_name(m, ctx), line))


def _word(m: re.Match[str]) -> str:
    return korean_reading(m.group(0)) or m.group(0)


def _full_name(m: re.Match[str], ctx: Context) -> str:
    if ctx.lexicon.lookup(m.group(0)) or m.group("family").lower() not in FAMILY_NAMES:
        return m.group(0)
    if all(is_syllable(word) for word in m.group("given").lower().replace("-", " ").split()):
        return m.group(0)  # `Kim Giong Un`: the lexicon's reading of a name, Vietnamese already
    family, given = korean_reading(m.group("family"), whole=True), korean_reading(m.group("given"), whole=True)
    return f"{family} {given}" if family and given else m.group(0)


def korean_reading(word: str, whole: bool = False) -> str | None:
    """`Jae-in` -> "Chê in", `Gyeongju` -> "Ghi ơng giu" … ; None for a word not made of Korean syllables
    (`Google`), one Vietnamese syllable as it stands (`Kim`, `Han`: the voice reads it right) or vowels alone (`Ea`
    opens an Ê Đê place name: `Ea Súp`)."""
    letters = word.lower()
    if (is_syllable(letters) and not whole) or not VOWELS_ONLY.sub("", letters):
        return None
    said: list[str] = []
    for part in letters.replace(" ", "-").split("-"):
        at = 0
        while at < len(part):
            syllable = SYLLABLE.match(part, at)
            if syllable is None:
                return None
            said.extend(_written(syllable))
            at = syllable.end()
    joined = " ".join(said)
    return joined[:1].upper() + joined[1:]


def _written(syllable: re.Match[str]) -> list[str]:
    """One Korean syllable in Vietnamese letters; a y glide after g or k is an i of its own (`Gyeong` ghi ơng)."""
    onset, vowel, coda = syllable.group("onset") or "", syllable.group("vowel"), syllable.group("coda") or ""
    nucleus = VOWEL.get(vowel, vowel)
    lead: list[str] = []
    if onset and vowel == "yu" and coda in ("n", "ng"):
        nucleus = "iê"  # `Myung` Miêng, `hyun` Hiên: an old spelling of yeo before n, as the press reads it (bb2-be2)
    elif onset and nucleus[:1] == "y":
        glide = "gh" if onset == "g" else spelled_onset(ONSET.get(onset, onset), "i")  # `Gyeong` ghi, not "gi"
        lead, nucleus = [glide + "i"], nucleus[1:]
        onset = ""
    final = CODA.get(coda, "")
    final = spelled_coda(final, nucleus)  # `Sang-sik` Xang Xích (jg2)
    if final and len(nucleus) == 1:
        nucleus = CLOSED.get(nucleus, nucleus)
    if final in STOPS:
        nucleus = sharp(nucleus)
    return [*lead, GLIDE_AFTER_C.sub("qu", spelled_onset(ONSET.get(onset, onset), nucleus) + nucleus + final)]
