"""Vietnamese written without marks in running text, read with its tones.

A scam warning quotes the SMS as it was sent (`Tai khoan cua ban da dang ky ... vui long bam vao de kiem tra`),
a page gives its title or a caption without marks (`thong bao lich cat dien`): read as written, the voice says
every word flat and many wrong. Of the 13 annotated spans that hold such a run (am1, n1, v2, x1, d2), 12 read it
with its tones (x1's annotator gave the flat reading as a second choice in 5), the 13th drops the line, a caption.
The same table as the addresses' (`toneless.tsv`)."""

from __future__ import annotations

import re

from .context import Context
from .lines import on_lines_matching
from .syllable import is_syllable, move_tone
from .toneless import restore_words

# ASCII words apart by single spaces, the first one alone may open with a capital (a sentence's first word); a
# word glued to a marked letter (`đe`, `nam mới`) or a digit is no part of a run
TAIL = re.compile(r" [a-z]+\b(?: [a-z]+\b){2,}")  # the run's words after the first
SHORT_RUN = re.compile(r"\b[a-z]+\b(?: [a-z]+\b){1,2}")  # in a line where a long run was read
DOTTED = re.compile(r"\w\.\w")
SHORTEST_RUN = 4  # three toneless words (`khi tham gia`) are often Vietnamese written right
SPELLED_VOWELS = frozenset({"i", "u"})  # the letter names of I and U: no word of a text typed without marks
MARKED_LETTER = re.compile(r"[^\W0-9_A-Za-z]")
ASCII_WORD = re.compile(r"[A-Za-z]+")
SENTENCE_OPENERS = ("", ".", "!", "?", ":", '"', "“", "‘", "(", "-", "–")

# `gía`, `qúa`: the tone typed on the i of gi or the u of qu, which are consonants there (espeak reads "gía" as
# "dia"); a vowel after it shows the i or u is not the syllable's vowel (`gìn` keeps its mark)
MISPLACED_TONE = re.compile(  # the marked i or u first: a scan in C for letters rarer than g
    r"([íìỉĩịÍÌỈĨỊúùủũụÚÙỦŨỤ])"
    r"(?<=(?<![^\W0-9_])[gG][íìỉĩịÍÌỈĨỊ]|(?<![^\W0-9_])[qQ][úùủũụÚÙỦŨỤ])"
    r"([aăâeêoôơuưyAĂÂEÊOÔƠUƯY])"
)


@on_lines_matching(r" [a-z]+ [a-z]+ [a-z]")  # words two to four of any run
def read_toneless_runs(text: str, ctx: Context) -> str:
    """`Ho so da duoc phe duyet` -> "Hồ sơ đã được phê duyệt": four ASCII words or more in a row, each a
    Vietnamese syllable without marks, one at least no marked Vietnamese word as written (`khoan` is one, `cua` is
    not: `khi tham gia giao`, `Kon Tum Kon Tum` are left alone), are read with the tones toneless.tsv gives them,
    only when its keys cover every word (as in an address). A line without any marked letter is taken for
    Vietnamese only when every word of it is a syllable or capitals (`UBND tinh thong bao thay doi ngay tiep cong
    dan`): English (`he can be the one`) always holds a word that is none (`one`). A name in capitals ends a run."""
    return "\n".join(_read_line(line, ctx) for line in text.split("\n"))


def _read_line(line: str, ctx: Context) -> str:
    if not MARKED_LETTER.search(line) and not all(_vietnamese(w) for w in _plain_words(line)):
        return line
    pieces, done, first = [], 0, -1
    for start, end in _runs(line):
        read = _read_run(line[start:end], ctx, _opens_sentence(line, start))
        if read != line[start:end]:
            pieces.append(line[done:start])
            first = first if first >= 0 else sum(map(len, pieces))
            pieces, done = [*pieces, read], end
    if first < 0:
        return line
    read = "".join(pieces) + line[done:]
    return read[:first] + SHORT_RUN.sub(lambda m: _read_short_run(m.group(0), ctx), read[first:])


def _runs(line: str) -> list[tuple[int, int]]:
    """Where runs of four words or more stand: found from their second word on (a pattern opening on a space is
    searched fast, one opening on a word is tried at every letter), then their first word looked for before it."""
    runs = []
    for m in TAIL.finditer(line):
        head = _head(line, m.start())
        if head is not None:
            runs.append((head, m.end()))
        elif m.group(0).count(" ") >= SHORTEST_RUN:
            runs.append((m.start() + 1, m.end()))
    return runs


def _head(line: str, end: int) -> int | None:
    """Where the ASCII word ending at `end` starts, a capital first alone, glued to no letter or digit before it."""
    start = end
    while start and line[start - 1].isascii() and line[start - 1].isalpha():
        start -= 1
    word = line[start:end]
    glued = start > 0 and (line[start - 1].isalnum() or line[start - 1] == "_")
    return start if word and not glued and word[1:] == word[1:].lower() else None


def _plain_words(line: str) -> list[str]:
    """The line's ASCII words outside addresses (`https://vneid.gov.vn` is no English)."""
    tokens = (t for t in line.split() if "/" not in t and "@" not in t and not DOTTED.search(t))
    return [word for token in tokens for word in ASCII_WORD.findall(token)]


def _read_short_run(run: str, ctx: Context) -> str:
    """`3,600,000 VND, vui long`, `hoac dia chi`: after four words in a row without marks, two or three more are
    written so too (am1, v2); read as a long run is when one word is no marked word as written (`hoac`), else only
    when one key of toneless.tsv holds them all and gives them other marks than written (`vuilong`). Never before
    the first run: `Nội dung tin nhắn: "Tai khoan...` (v2, x1) writes `dung tin` right, and "dụng" is commoner."""
    words = run.split(" ")
    if not all(is_syllable(w, unaccented=True) for w in words):
        return run
    if any(w.lower() not in ctx.marked_words for w in words):
        return " ".join(restore_words(words, ctx.toneless) or words)
    key = ctx.toneless.get(run.replace(" ", "").lower())
    if key is None or len(key[0].split()) != len(words) or key[0] == run.lower():
        return run
    return key[0].capitalize() if run[0].isupper() else key[0]


def _opens_sentence(line: str, start: int) -> bool:
    """A capital opens a run only where a sentence or a quote opens; elsewhere it is a name's (`cong dan Nguyen`)."""
    return line[:start].rstrip()[-1:] in SENTENCE_OPENERS


def _vietnamese(word: str) -> bool:
    """A syllable, capitals (`UBND`) or a brand with a capital inside (`VNeID`): no English word."""
    return word.isupper() or is_syllable(word, unaccented=True) or not word[1:].islower()


def _read_run(run: str, ctx: Context, opens: bool) -> str:
    """The run's stretches of syllables (`vui long vao duong link de kiem tra`: `link` is no syllable) read apart;
    a first word in capitals that opens no sentence is a name, left as written."""
    out: list[str] = []
    stretch: list[str] = []
    for n, word in enumerate([*run.split(" "), ""]):
        if word and is_syllable(word, unaccented=True) and (n or opens or word.islower()):
            stretch.append(word)
            continue
        out += _restored(stretch, ctx) + ([word] if word else [])
        stretch = []
    return " ".join(out)


def _restored(words: list[str], ctx: Context) -> list[str]:
    """A stretch with a lone `i` or `u` is letters spelled (`mu i u hai`, the reading of `mwIw2`), as the rules before
    read them: read again, its marks were guessed ("mũ i ủ hai"), and normalizing twice changed the text."""
    if len(words) < SHORTEST_RUN or all(w.lower() in ctx.marked_words for w in words) or SPELLED_VOWELS & set(words):
        return words
    return restore_words(words, ctx.toneless) or words


def mend_misplaced_tones(text: str, ctx: Context) -> str:
    """`đứng gía`, `Qúy`: the tone mark put on gi's i or qu's u belongs on the vowel after it ("giá", "Quý"), as the
    reader takes it (au2); the voice read the misplaced mark as its own vowel."""
    return MISPLACED_TONE.sub(lambda m: move_tone(m.group(1) + m.group(2), 0, 1), text)
