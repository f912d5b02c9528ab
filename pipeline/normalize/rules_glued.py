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
from .lines import on_lines_with
from .rules_foreign import reading
from .syllable import TONES, base_letters, is_syllable, spelled_onset
from .toneless import fold_marks

TONED = "".join(
    c for c in map(chr, range(0xC0, 0x1EFA)) if c.isalpha() and set(unicodedata.normalize("NFD", c)) & set(TONES)
)
TWO_TONES = re.compile(rf"[{TONED}][^\W0-9_]*?[{TONED}]")  # a toned letter first: a scan in C
LONG_WORD = re.compile(r"[^\W0-9_]{4,}")  # two toned syllables take four letters at least
MOST_PIECES = 4
COMMA_BEFORE_NUMBER = re.compile(r",(?<=[^\W0-9_],)(?=[0-9])")  # the comma first: a scan in C
# `tức ngày 12,13 tháng Giêng` (bk2): two days of one month listed, no decimal; the comma first too
# `Khối 10,11: Các môn` (ed1): two grades of a school listed after "khối" or "lớp", no decimal
GRADE_LIST_COMMA = re.compile(
    r",(?:(?<=hối[^\S\n][0-9],)|(?<=hối[^\S\n][0-9][0-9],)|(?<=ớp[^\S\n][0-9],)|(?<=ớp[^\S\n][0-9][0-9],))(?=1?[0-9]\b)"
)
DAY_LIST_COMMA = re.compile(
    r",(?:(?<=ngày[^\S\n][0-9],)|(?<=ngày[^\S\n][0-9][0-9],))(?=[1-3]?[0-9][^\S\n]+(?:tháng|tết|và[^\S\n]+[1-3]?[0-9])\b)",
    re.I,
)  # `ngày 19,20 và 21 âm lịch` (bw2): the list goes on with "và"; `ngày 1,2 tết Nguyên Đán` (fs2): Tết's days


def split_toned_runs(text: str, ctx: Context) -> str:
    """`Lễ hội truyền thống nàysẽ diễn ra`, `cho biếtđãchỉ đạo`: a word with two tone marks is syllables a page ran
    together; each is said apart ("này sẽ"), where whole the voice could not say it. Only when the word parts into
    Vietnamese syllables that each carry one tone mark (`nênít` has one mark and stays as written)."""
    return on_lines_with(TWO_TONES, text, lambda line: LONG_WORD.sub(lambda m: _parted(m.group(0)), line))


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
    return marks == 1 and well_formed(piece)


def space_commas_before_numbers(text: str, ctx: Context) -> str:
    """`tăng cường,15 tỉnh`: a comma typed against the number after a word is a pause before a number, not a decimal
    comma (a word cannot be a number's whole part); glued, "15" was read digit by digit, "một năm" (ar1). So is a
    comma between two days after "ngày" before their month (`tức ngày 12,13 tháng Giêng`, bk2: "mười hai phẩy mười
    ba" was heard), and between two grades after "khối" or "lớp" (`Khối 10,11`, ed1)."""
    if "," not in text:
        return text
    return GRADE_LIST_COMMA.sub(", ", DAY_LIST_COMMA.sub(", ", COMMA_BEFORE_NUMBER.sub(", ", text)))


VOWEL_LETTERS = "aeiouyăâêôơư" + "".join(
    c for c in map(chr, range(0xC0, 0x1EFA)) if c.isalpha() and unicodedata.normalize("NFD", c)[0] in "aeiouyAEIOUY"
)
# a vowel, consonants, a vowel: no Vietnamese syllable holds it (qu, gi open on a vowel letter but then go on with
# vowels), so only words run together, names and foreign words do; the vowel class first: a scan in C
BOTH_CASES = "".join(sorted(set(VOWEL_LETTERS + VOWEL_LETTERS.upper())))  # spelt out: IGNORECASE scans 30% slower
VOWEL_CONSONANT_VOWEL = re.compile(rf"[{BOTH_CASES}][^\W0-9_{BOTH_CASES}]+[{BOTH_CASES}]")
VIETNAMESE_MARKED = re.compile(f"[đĐăĂâÂêÊôÔơƠưƯ{TONED}]")
# `Martínez`, `Maspéro`, `Peña`: the marks of a Western language on Latin letters (an acute or grave on a plain
# vowel, ñ, ü…); with a letter only Vietnamese writes (ă, ơ, a hook, a dot below) a word is Vietnamese's
# `Plzeň`, `Štědroň`, `Łódź`, `Erdoğan` (fl1): Central European and Turkish letters, Western ones too
CENTRAL = "šžčřňěůďťłśźżćńőűğşıāēīōū"
WESTERN = "áàãäåéèëíìïîóòõöøúùüûýÿæœñç" + CENTRAL
NEVER = "äåëïîöøüûÿæœñçß" + CENTRAL
CAPITALS = "".join(c.upper() for c in NEVER if not c.upper().isascii())  # not ı's I nor ß's SS
NEVER_VIETNAMESE = re.compile(f"[{NEVER}{CAPITALS}]")  # `Peña`: no Vietnamese syllable holds one
SOUNDS = {  # what a letter says once its mark is set aside, where not its plain letter's sound (`Peña` Pê nha)
    "ñ": "nh", "ç": "s", "ø": "o", "æ": "e", "œ": "e", "š": "sh", "ş": "sh", "č": "ch", "ć": "ch", "ž": "j", "ż": "j",
    "ě": "ie", "ł": "w", "ı": "i",
}  # fmt: skip
LONGEST_NAME = 16  # `Schwarzenegger` is 14; a longer run is a pasted text that lost its spaces, not a name
WESTERN_SOUNDS = str.maketrans({**SOUNDS, "ß": "ss", **{k.upper(): v.capitalize() for k, v in SOUNDS.items()}})
STOP_CODA = re.compile(r"(?:p|t|c|ch)$")
OPEN_NEVER = ("ă", "â", "iê", "yê", "uô", "ươ")  # vowels a syllable never ends on
SHARP_OR_HEAVY = "\u0301\u0323"


def split_marked_runs(text: str, ctx: Context) -> str:
    """`càphê`, `Katê`, `bêtông`, `urê`, `Đôngxuân`, `trongphòng`: a word with one Vietnamese mark or none but a
    vowel letter of Vietnamese's own is still two or three syllables run together, by a page (`trongphòng`) or by
    a habit of spelling (`càphê`, the Cham festival `Katê`); whole, no Vietnamese syllable, the voice could not say
    it. The parting is the one whose every piece is a well-formed syllable (`Vă|nhoá` is not: ă closes on a
    consonant; nor `Kat|ê`: a syllable closed by p, t, c or ch is said with a rising or heavy tone); between two,
    the commoner syllables (toneless.tsv: `nên ít`, not `nê nít`), then the one whose syllables open on a consonant
    (`Rô mê`). Words with two tone marks are `split_toned_runs`'s. A name in a Western language's marks that no
    parting explains is read by its letters (`western_words`)."""
    spans: list[tuple[int, int]] = []
    hits = [*VOWEL_CONSONANT_VOWEL.finditer(text), *(NEVER_VIETNAMESE.finditer(text) if _has_never(text) else ())]
    for hit in sorted(hits, key=lambda hit: hit.start()):
        if not spans or hit.start() >= spans[-1][1]:  # a long word holds several hits: its span is found once
            spans.append(_word_span(text, hit.start()))
    words = {text[start:end] for start, end in spans}
    marked = {w for w in words if len(w) >= 3 and _marked(w) and not is_syllable(w)}
    parted = {w: new for w in marked if (new := _reading(w, ctx))}
    if not parted:
        return text
    out, done = [], 0
    for start, end in spans:
        if text[start:end] in parted:
            out += [text[done:start], parted[text[start:end]]]
            done = end
    return "".join(out) + text[done:]


def _has_never(text: str) -> bool:
    """A letter no Vietnamese word holds: one vowel is enough then (`Plzeň`, `Łódź`), where a run needs two."""
    return not text.isascii() and NEVER_VIETNAMESE.search(text) is not None


def _marked(word: str) -> bool:
    return VIETNAMESE_MARKED.search(word) is not None or NEVER_VIETNAMESE.search(word) is not None


def western_words(text: str) -> list[str]:
    """`Martínez`, `Maspéro`, `Cecafé`, `Peña` (batches h2, bl2, ax1, ct2): words in a Western language's marked
    letters that are no Vietnamese syllable and no Vietnamese syllables run together (`càphê`, `hécta`, `Élysée`
    part): left as written, the voice said them by its English rules or letter by letter. What lint lists."""
    spans = {_word_span(text, hit.start()) for hit in VOWEL_CONSONANT_VOWEL.finditer(text)}
    return sorted({text[start:end] for start, end in spans if _western(text[start:end])})


def _western(word: str) -> bool:
    """Western letters no Vietnamese parting explains; the parting is tried only where a Vietnamese letter may be."""
    return _western_letters(word) and (NEVER_VIETNAMESE.search(word) is not None or _best_parting(word, {}) is None)


def _western_letters(word: str) -> bool:
    letters = word.lower()
    return (
        len(word) <= LONGEST_NAME
        and all(ch.isascii() or ch in WESTERN or ch in "êôâß" for ch in letters)
        and any(ch in WESTERN for ch in letters)
        and not any(ch.isupper() for ch in word[1:])
        and not is_syllable(word)
    )


def _reading(word: str, ctx: Context) -> str | None:
    """A marked run's Western reading where no Vietnamese parting explains it, else its parting: the parting, the
    costly part, is tried once."""
    if NEVER_VIETNAMESE.search(word) and _western_letters(word):
        return western_reading(word, ctx)
    if word.isupper() and NEVER_VIETNAMESE.search(word):  # `ČTK`: initials, spelled once their marks are set aside
        return ctx.lexicon.spell_initialism(unicodedata.normalize("NFD", word))
    parted = _best_parting(word, ctx.toneless)
    return parted or (western_reading(word, ctx) if _western_letters(word) else None)


def western_reading(word: str, ctx: Context) -> str:
    """`Martínez` -> "ma ti nét": the marks set aside (ñ is "nh" as in `Peña`, ç is s), the letters read as
    `rules_foreign.reading` reads a Latin word, or as the lexicon says the word without its marks."""
    sounds = unicodedata.normalize("NFD", word.translate(WESTERN_SOUNDS))
    plain = "".join(ch for ch in sounds if not unicodedata.combining(ch))
    return ctx.lexicon.lookup(plain) or reading(plain, ctx)


def _word_span(text: str, index: int) -> tuple[int, int]:
    start, end = index, index
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return start, end


def _best_parting(word: str, table: dict[str, tuple[str, float]]) -> str | None:
    """The likeliest parting of `word` into 2 to MOST_PIECES well-formed syllables, or None. A first syllable `I`
    is written small (`Pô Inư` -> "Pô i nư"): a capital I apart is a Roman one to the next reading (`Phần Ithứ`)."""
    if not (word.islower() or word.isupper() or word[1:].islower()):
        return None  # `COVIDá`: capitals inside a word are a name or code the rules before left, not syllables
    options = [pieces for pieces in _partings(word, 0, MOST_PIECES) if len(pieces) > 1]
    if not options:
        return None
    best = min(options, key=lambda pieces: (len(pieces), -_commonness(pieces, table), _vowel_openings(pieces)))
    # a heading's run (`NÔNG THÔNNÔNG NGHIỆP`) is words, which `read_capital_words` has already put in small letters
    parted = " ".join(_spelled_c(piece) for piece in best)
    return parted.lower() if word.isupper() or best[0] == "I" else parted


def _spelled_c(piece: str) -> str:
    """`Katê` -> "Ca tê": apart, a syllable is written as Vietnamese writes it, c before a, o, u (9 spans to 2), by
    the rule the foreign-word guesses spell their onsets with (`spelled_onset`)."""
    if piece[:1] not in "kK" or not piece[1:2].islower() or piece[1:2] not in VOWEL_LETTERS:
        return piece  # `kh` is a consonant of its own; a heading's capitals are left as they were
    onset = spelled_onset("k", base_letters(piece[1:]))
    return (onset.upper() if piece[0] == "K" else onset) + piece[1:]


@functools.lru_cache(maxsize=4096)  # pure; and a long run of letters would be parted every way at each start
def _partings(word: str, start: int, left: int) -> tuple[tuple[str, ...], ...]:
    """Every parting of `word[start:]` into at most `left` well-formed syllables (none when it needs more: a run of
    thirty letters is tried no further than four pieces of seven)."""
    if start == len(word):
        return ((),)
    if left == 0 or len(word) - start > 7 * left:
        return ()
    found: list[tuple[str, ...]] = []
    for end in range(start + 1, min(len(word), start + 7) + 1):
        piece = word[start:end]
        if well_formed(piece):
            found += [(piece, *rest) for rest in _partings(word, end, left - 1)]
    return tuple(found)


def well_formed(piece: str) -> bool:
    """A syllable as Vietnamese writes it: ă and â never end one, nor do iê, yê, uô, ươ (open, they are written ia,
    ya, ua, ưa: `phát hiệnở` is "hiện ở", not "hiệ nở", bu2), and one closed by p, t, c or ch is said with the sắc
    or nặng tone (`càp`, `Kat` are no syllables)."""
    letters = base_letters(piece)
    if not is_syllable(piece) or letters.endswith(OPEN_NEVER):
        return False
    return not STOP_CODA.search(letters) or bool(set(unicodedata.normalize("NFD", piece)) & set(SHARP_OR_HEAVY))


def _commonness(pieces: tuple[str, ...], table: dict[str, tuple[str, float]]) -> float:
    """How often the pieces are seen as written, summed (a piece seen more often with other marks counts nothing)."""
    total = 0.0
    for piece in pieces:
        words, weight = table.get(fold_marks(piece), ("", 0.0))
        total += weight if words == piece.lower() else 0.0
    return total


def _vowel_openings(pieces: tuple[str, ...]) -> int:
    return sum(piece[0].lower() in VOWEL_LETTERS for piece in pieces)


DOT_BEFORE_CAPITAL = re.compile(r"\.(?=[^\W0-9_])")  # the dot first: a scan in C; the letters looked at in Python
NEXT_WORD = re.compile(r"[^\W0-9_]+(?=[^\S\n])")


def space_glued_full_stops(text: str, ctx: Context) -> str:
    """`Thủ tướng Nhật Bản Ishiba Shigeru.Bà Kang nói`: a sentence's full stop typed against the next sentence's first
    word (bs2); the script is read and approved as text, and "ru.Bà" is no sentence break a reader sees. Only
    between a word in small letters and a capitalized Vietnamese syllable that a space follows: what the address
    rules left is read by now, `TP.Hà Nội` is the title rule's and `N.Đức` an initial (one letter before the dot)."""
    if "." not in text:
        return text
    return DOT_BEFORE_CAPITAL.sub(lambda m: ". " if _sentences_glued(m.string, m.start(), ctx) else ".", text)


def _sentences_glued(text: str, dot: int, ctx: Context) -> bool:
    """Also before a dateline in capitals the foreign table holds (`vì dịch.HANOI -- Chính phủ`, jn1)."""
    before = text[max(0, dot - 2) : dot]
    after = NEXT_WORD.match(text, dot + 1)
    if len(before) < 2 or not before.isalpha() or not before.islower() or after is None:
        return False
    word = after.group(0)
    titled = word[0].isupper() and word[1:].islower() and is_syllable(word)
    return titled or (len(word) > 2 and word.isupper() and word.lower() in ctx.lexicon.folded)


GLUED_AFTER = re.compile(r"[0-9]([^\W0-9_]+)")  # letters typed after a number (`0hr`)
LETTER_DIGIT = re.compile(r"[0-9](?<=[^\W0-9_][0-9])")  # and before one (`mV0`): the digit first, a fast scan
CAPITALS_CODE = re.compile(r"[A-ZĐ]+")


def read_parted_runs(written: str, read: str, ctx: Context) -> str:
    """Letters typed against a number that the lexicon reads (`0hr`, `mV0`), parted from it by a number rule
    (`read`), are read now, as a second reading would (found by test_idempotent); the lexicon ran while they were
    glued. Not a code in capitals before its number (`NĐ1`, a rice variety), which the capitals rules spell."""
    if read == written:
        return read
    read = _lexicon_runs(GLUED_AFTER.findall(written), r"(?<=[^\W0-9_] )", r"(?![\w&]|-[^\W0-9_]|\.\w)", read, ctx)
    return _lexicon_runs(_runs_before(written), r"(?<!\w)", r"(?= [^\W0-9_])", read, ctx)


def _runs_before(text: str) -> list[str]:
    """The letters glued before each number, walked back from its first digit (a scan for letters is slow)."""
    runs = []
    for m in LETTER_DIGIT.finditer(text):
        start = m.start()
        while start and text[start - 1].isalpha():
            start -= 1
        run = text[start : m.start()]
        if not (start and (text[start - 1].isalnum() or text[start - 1] == "_")) and not CAPITALS_CODE.fullmatch(run):
            runs.append(run)
    return runs


def _lexicon_runs(runs: list[str], before: str, after: str, text: str, ctx: Context) -> str:
    known = {run: said for run in runs if (said := ctx.lexicon.lookup(run))}
    if not known:
        return text
    pattern = "|".join(map(re.escape, sorted(known, key=len, reverse=True)))
    return re.sub(rf"{before}({pattern}){after}", lambda m: known[m.group(1)], text)
