"""Latin words that are no Vietnamese syllable, read the Vietnamese way: `Fansipan` -> "phan xi pan".

Names with an established reading are data (pipeline/data/foreign.tsv, read by the lexicon earlier); this rule
guesses the others instead of letting the voice spell them or choke on them, and `loa lint` lists every guess so
an editor can add a line. The guess (normalize/guess.py) splits a word into consonant + vowel groups, writes each
group with Vietnamese letters (f -> ph, s -> x, c before e/i -> k, final l -> n, final s -> t) and gives a syllable
closed by p, t, c or ch its sắc tone, as Vietnamese loanwords do (Rô-bút-ta, Phi-líp-pin).
"""

from __future__ import annotations

import functools
import re

from .context import Context
from .english import heard_reading
from .guess import guess_reading
from .lines import on_lines_matching, on_lines_with
from .syllable import is_clustered, is_syllable, segment
from .toneless import fold_marks

# An ASCII word of three letters or more, not part of an address or a file name (`@`, `.` stay on a second
# reading; a hyphen or a slash is a pause later, so a word beside one is read now, as it would be then).
# The character before the word is matched, not looked behind at: a scan stops only at word starts (speed); a line
# start has no such character, so `latin_words` puts one before the text.
LATIN_WORD = re.compile(r"[^\w.@]([A-Za-z]{3,})(?![\w@]|\.\w)")
# `EduPath`, `VinFast`, `ZaloPay`: a brand's words run together, each opening with a capital (camelCase).
# `VinFast`, and a word with one capital letter glued after it (`VitaminA`, he1: spelled whole as capitals)
CAMEL_WORD = re.compile(r"[A-Za-z](?<![\w.@][A-Za-z])(?:[a-z]+(?:[A-Z][a-z]+)+|[a-z]{3,}[A-Z])(?![\w@]|\.\w)")
CAMEL_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]")
CAMEL_HINT = re.compile(r"[A-Z](?<=[a-z][A-Z])")  # the capital first: a fast scan
ALTERNATING = re.compile(r"[AEIOU]?(?:[B-DF-HJ-NP-TV-Z][AEIOU])+[B-DF-HJ-NP-TV-Z]?$")  # `TOPIK`, `COLAB`
STORM_NAME = re.compile(
    r"([bB](?<!\w[bB])[ãÃ][oO](?:[^\S\n]+(?i:số)[^\S\n]+\w+)?[^\S\n]*[(,\-–]?[^\S\n]*)([A-Z]{3,})\b"
)
# `El Financiero`, `Al-Thani`, `al-Nuseirat`: a name's article, the l first (a fast scan), a capital after it
ARTICLE = re.compile(r"l(?<=(?<![\w-])[EeAa]l)(?:[^\S\n]+|-)(?=[A-Z])")
# `Nuku'alofa` Nu cu a lô pha, `Ha'apai` Ha a pai: a Polynesian glottal stop between two vowels parts syllables;
# not after one letter (`M’gar`, `d'Ivoire`) nor before a consonant (`Cox's`, `don't`)
GLOTTAL = re.compile(r"['’](?<=[A-Za-z][a-z]['’])(?=[aeiou][a-z])")
# `Sébastien`, `Juppé`, `François`: a capitalized Latin word with a French, Spanish or German accent, one
# with a mark Vietnamese writes seldom or never (é, è: `bé`, `hè` are rare in a capital's word); not ñ, a letter
# of its own (`Peña` Pê nha)
ACCENTED_NAME = re.compile(r"[A-Z](?<![\w.@][A-Z])[a-z]*[éèëçïîöüûäøæ][a-zà-ÿ]*(?![\w@])")
# `Davao de Oro` Đa vao đê O rô, `Lanao del Sur` đen: a Spanish name's particle between two Latin words (5 spans)
PARTICLE = re.compile(r"(?<=[A-Za-z] )de(l?)(?= [A-Z][a-z])")
VOWEL_LETTER = re.compile(r"[aeiouywAEIOUYW]")  # w too: the guess reads it "u" (`hhw` "hờ hu")


def read_foreign_words(text: str, ctx: Context) -> str:
    """`Fansipan`, `Voscur`, `bão WIPHA`: a Latin word the lexicon lacks is guessed Vietnamese syllables.

    Spelled letter by letter or left as it is, a name is not understood on a loudspeaker; a guess close to
    the sound is. Abbreviations in capitals stay spelled (next rule), except a storm's name after "bão". The
    article of a Spanish or Arabic name is "En", "An" (`El Oro`, `Al-Thani`, `al-Hayya`: every span of the corpus,
    25 of 25); two letters, it was left as written, which no voice says.
    """
    if any(ao in text for ao in ("ão", "ãO", "Ão", "ÃO")):  # "bão" in any case: scans in C, where a b is in most lines
        text = STORM_NAME.sub(lambda m: m.group(1) + guess_reading(m.group(2)), text)
    text = ARTICLE.sub("n ", text) if "l" in text else text
    text = GLOTTAL.sub(" ", text) if "'" in text or "’" in text else text
    text = PARTICLE.sub(lambda m: "đen" if m.group(1) else "đê", text) if " de" in text else text
    text = on_lines_with(
        CAMEL_HINT, text, lambda line: CAMEL_WORD.sub(lambda m: read_camel_word(m.group(0), ctx), line)
    )
    said = ctx.lexicon.spoken_words
    changes = {w: reading(w, ctx) for w in set(latin_words(text)) if is_guessable(w, said)}
    return _replace_words(text, changes) if changes else text


def latin_words(text: str) -> list[str]:
    """Every ASCII word of three letters or more that is no part of an address or a file name, in order."""
    return LATIN_WORD.findall("\n" + text)


def _replace_words(text: str, changes: dict[str, str]) -> str:
    """Only the few guessed words are replaced: one callback per guessed word, not one per Latin word (speed)."""
    firsts = re.escape("".join(sorted({word[0] for word in changes})))
    words = "|".join(map(re.escape, sorted(changes, key=len, reverse=True)))
    pattern = re.compile(rf"(?=[{firsts}])(?<![\w.@])(?:{words})(?![\w@]|\.\w)")
    return pattern.sub(lambda m: changes[m.group(0)], text)


def guesses(text: str, ctx: Context) -> list[tuple[str, str]]:
    """(word, guessed reading) for each word `read_foreign_words` would guess in `text`: what lint lists."""
    said = ctx.lexicon.spoken_words
    storms = [(m.group(2), guess_reading(m.group(2))) for m in STORM_NAME.finditer(text)]
    camels = [(w, read_camel_word(w, ctx)) for w in CAMEL_WORD.findall(text)]
    words = [(w, reading(w, ctx)) for w in latin_words(text) if is_guessable(w, said)]
    return [(word, spoken) for word, spoken in storms + camels + words if spoken != word]


def read_camel_word(word: str, ctx: Context) -> str:
    """`EduPath` -> "ê đu pát", `VinFast` -> "vin phát": a name whose words a brand ran together, each opening
    with a capital, is read word by word (the lexicon's reading, a Vietnamese syllable as it is, else a guess);
    whole, it is neither a syllable nor a guessable word, and the voice spelled it letter by letter."""
    if ctx.lexicon.lookup(word):
        return word  # the lexicon reads it before this rule; lint lists no guess for it
    parts = CAMEL_PART.findall(word)
    return " ".join(ctx.lexicon.lookup(p) or (p if is_syllable(p) else reading(p, ctx)) for p in parts)


@functools.lru_cache(maxsize=1 << 16)  # pure; a notice's every plain Latin word (`trong`, `theo`) is asked again
def is_guessable(word: str, said: frozenset[str] = frozenset()) -> bool:
    """A name or a lowercase word that is no Vietnamese syllable: `Fansipan`, and `Mindanao`, `nilon` too.

    Not an abbreviation in capitals (spelled by the next rule) unless its letters are syllables as they stand
    (`TOPIK`), not a word the lexicon just said (`Bra xin`), not one toneless syllable (`quyet`, `tiep` of a text
    typed without marks: the voice reads it as Vietnamese), not a y before a Vietnamese rhyme (`Yun`, `Yong`, `Yơn`
    of Korean and Chinese names: read as written, the y a glide as in "yên", where the guess said "dun").
    A word that only looks like toneless syllables run together (`Davao`, `vitamin`) is still guessed: given
    as one word, espeak-ng switches to its English rules for it ("Davao" -> "d'a7vaU").
    """
    if word.isupper() and len(word) >= 5:
        return word.lower() not in said and _said_as_written(word)
    if any(ch.isupper() for ch in word[1:]) or is_syllable(word) or word.lower() in said:
        return False
    if word[:1] == "K" and is_clustered(word.lower()):
        return False  # `Kring`, `Krang`, `Klong`: a Central Highlands name (k, never c), the voice says kr, kl
    if word[:1] in "yY" and is_syllable(word[1:]):
        return False
    pieces = segment(word.lower())
    return len(pieces) > 1 or not pieces[0][1]


def _said_as_written(acronym: str) -> bool:
    """`TOPIK`, `COLAB`, `COVAX`: an acronym of five letters or more whose letters make syllables as they stand
    (consonants and vowels take turns) is said as a word, as the bodies that coin them mean it (tô píc, cô láp); one
    with two consonants or two vowels together (`JITCO`, `IELTS`, `HANOI`) or none (`UBND`) stays spelled."""
    return ALTERNATING.match(acronym) is not None and "ờ" not in guess_reading(acronym)


def reading(word: str, ctx: Context) -> str:
    """`Fansipan` -> "phan xi pan" by its letters, `drone` -> "đờ rôn" by its sound: see `prefers_sound`. A word
    with no vowel (`cdc cà mau`, ea1: written small, it was left in letters on air) is spelled. A site's Vietnamese
    words run together without marks, written outside its address (`ứng dụng dichvucong`, gk1), are those words,
    "dịch vụ công", not a guessed "đích vu công"."""
    if not VOWEL_LETTER.search(word):
        return ctx.lexicon.spell(word)
    plural = word.islower() and word[-1:] == "s" and word[-2:-1] not in "su"  # a name's s is its own (`News`)
    singular = ctx.lexicon.lookup(word[:-1]) if plural else None
    if singular is not None:  # `richters`, `infographics`: the table's word with a plural's s, not heard
        return singular
    site = ctx.web_words.get(word)
    if site is not None and fold_marks(site).replace(" ", "") == word:  # not `online` "on lai": English, a sound
        return site
    guessed = guess_reading(word)
    heard = heard_reading(word, ctx.english)
    return heard if heard is not None and prefers_sound(heard, guessed) else guessed


def prefers_sound(heard: str, guessed: str) -> bool:
    """The sound reads a word of one or two syllables where its letters give more than are heard (a silent e, `ow`
    for one vowel: see `english`); the letters read the rest, as announcers read most foreign names (`Donald` Đô
    nan, not the English vowels' "Đa nơn"). tools/english_table.py keeps only the words this prefers."""
    return heard.count(" ") <= 1 and heard.count(" ") < guessed.count(" ")


# `Ô-khơ-na Hu-rên-su-khơ (Ukhnaa KHURELSUKH)`: a name written in Vietnamese syllables joined by hyphens, then the
# same name in its own letters in brackets, a word for each word
SYLLABLES = r"[^\W0-9_]+(?:-[^\W0-9_]+)+"
LATIN_ORIGINAL = re.compile(
    rf"((?<![\w-]){SYLLABLES}(?:[^\S\n]+{SYLLABLES})+)[^\S\n]*\(([A-Z][A-Za-z']*(?:[^\S\n]+[A-Z][A-Za-z']*)+)\)"
)


@on_lines_matching(r"\((?=[A-Z][A-Za-z']*[^\S\n]+[A-Z])")
def drop_latin_originals(text: str, ctx: Context) -> str:
    """`Thủ tướng Mông Cổ Ô-khơ-na Hu-rên-su-khơ (Ukhnaa KHURELSUKH)` (je1, three leaders; `Khan-ma Bát-tun-ga
    (Khaltmaa Battulga)`, hs2): the brackets give the name just said in its own letters, for the eye; every
    annotator leaves them unsaid, and read they were the name again, guessed or spelled. Only where each word
    before is Vietnamese syllables and the brackets hold as many words (`Lu-Dông (Philippines)` is a country)."""

    def drop(m: re.Match[str]) -> str:
        words = m.group(1).split()
        said = all(is_syllable(piece.lower()) for word in words for piece in word.split("-"))
        return m.group(1) if said and len(words) == len(m.group(2).split()) else m.group(0)

    return LATIN_ORIGINAL.sub(drop, text)


@on_lines_matching(*"éèëçïîöüûäøæ")  # each mark a literal: a fast scan
def match_accented_names(text: str, ctx: Context) -> str:
    """`Sébastien Lecornu`, `Alain Juppé`: the foreign table writes its names without their accents (`sebastien
    lecornu`), so a name typed with them was not found and was guessed ("xê bát ti en"; two annotators said the
    row's "Xê bát xti ăng", 4 spans of 4). A word no Vietnamese syllable whose letters without the accents are a
    word of the table's names is written so before the lexicon reads it; `Pérez`, not in the table, keeps them."""

    def match(m: re.Match[str]) -> str:
        word = m.group(0)
        if is_syllable(word.lower()):
            return word  # `Lê`, `Hà`: a Vietnamese word
        bare = fold_marks(word)  # lower case: the word is a capital, then small letters
        return bare.capitalize() if bare.isascii() and bare in ctx.lexicon.written_words else word

    return ACCENTED_NAME.sub(match, text)
