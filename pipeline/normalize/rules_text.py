"""Rules for markup, abbreviations, addresses and punctuation.

Each rule is a small `(text, ctx) -> text` function; `normalize.RULES` gives
their order. Every docstring says why the rule exists.
"""

from __future__ import annotations

import re

from .context import Context
from .syllable import segment

MARKUP = re.compile(r"\*{1,3}([^*\n]+?)\*{1,3}|<((?:https?://|mailto:)[^>\s]+)>")
END_MARK = re.compile(r"\s*\./\.\s*$")
LIST_MARKER = re.compile(r"^\s*(?:[-+*•–]|[a-zđ]\)|\d{1,2}[.)])\s+")
URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"“”()]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|gov|edu|me|ms|info)\b(?:/[^\s<>\"“”()]*)?"
)
URL_SEPARATORS = {
    ".": "chấm",
    "/": "gạch chéo",
    "-": "gạch ngang",
    "_": "gạch dưới",
    "@": "a còng",
    ":": "hai chấm",
    "?": "hỏi",
    "=": "bằng",
    "&": "và",
    "!": "chấm than",
    "~": "ngã",
}
CAPS = re.compile(r"(?<![\w])[A-ZĐ][A-ZĐa-z&]*[A-ZĐ][A-ZĐa-z&]*(?![\w])")
WORD_DIGIT_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=\d)|(?<=\d)-(?=[^\W\d_])")


def strip_markup(text: str, ctx: Context) -> str:
    """Markdown emphasis and <url> brackets are layout, not words."""
    return MARKUP.sub(lambda m: m.group(1) or m.group(2), text)


def drop_end_marks(text: str, ctx: Context) -> str:
    """`./.` closes official letters; a voice would read "chấm gạch chéo chấm"."""
    return END_MARK.sub(".", text)


def drop_list_markers(text: str, ctx: Context) -> str:
    """`- `, `+ `, `a)` and `1.` at the start of a line are layout, never read aloud."""
    return LIST_MARKER.sub("", text)


def read_urls(text: str, ctx: Context) -> str:
    """URLs and e-mails, the Vietnamese way: "chấm", "a còng", Vietnamese letter names."""
    if ctx.url_phrase is not None:
        return URL.sub(ctx.url_phrase, text)
    return URL.sub(lambda m: _read_address(m.group(0), ctx), text)


def _read_address(address: str, ctx: Context) -> str:
    address = re.sub(r"^(?:https?://|mailto:)", "", address).rstrip("/.,;")
    words: list[str] = []
    for part in re.split(r"([./\-_@:?=&!~])", address):
        if part in URL_SEPARATORS:
            words.append(URL_SEPARATORS[part])
        elif part:
            words.append(_read_label(part, ctx))
    return " ".join(words)


def _read_label(label: str, ctx: Context) -> str:
    """A domain or path label: lexicon, digits, Vietnamese syllables, else letters."""
    known = ctx.lexicon.lookup(label)
    if known:
        return known
    from .numbers import read_digits

    if label.isdigit():
        return read_digits(label)
    pieces = segment(label.lower())
    return " ".join(p if ok else ctx.lexicon.spell(p) for p, ok in pieces)


def apply_lexicon(text: str, ctx: Context) -> str:
    """Abbreviations and loanwords from the lexicon (UBND, Zalo, COVID, 5K...)."""
    return ctx.lexicon.pattern.sub(lambda m: ctx.lexicon.lookup(m.group(0)) or m.group(0), text)


def split_word_digit_hyphens(text: str, ctx: Context) -> str:
    """`COVID-19` and `F0-F1`: the hyphen joins a name to a number; it is not "trừ"."""
    return WORD_DIGIT_HYPHEN.sub(" ", text)


def spell_capitals(text: str, ctx: Context) -> str:
    """Abbreviations the lexicon lacks are spelled with Vietnamese letter names."""
    return CAPS.sub(lambda m: ctx.lexicon.spell(m.group(0)), text)


def punctuation_to_pauses(text: str, ctx: Context) -> str:
    """Quotes and brackets are silent; `;`, `:`, dashes and slashes become short pauses."""
    text = re.sub(r"[\"“”‘’«»*_#]", "", text)
    text = re.sub(r"\s*(?:\.\.\.|…)+\s*", ". ", text)
    text = re.sub(r"\s*[()\[\];:]\s*", ", ", text)
    text = re.sub(r"\s+[-–—]+\s+|\s*/\s*", ", ", text)
    text = re.sub(r"\s*&\s*", " và ", text)
    text = re.sub(r"(?<=\s)[+](?=\s)", "cộng", text)
    return re.sub(r"(?<!\w)[-–—]+|[-–—]+(?!\w)", " ", text)  # a dash not inside a word is silent


def tidy_spaces(text: str, ctx: Context) -> str:
    """Collapse runs of spaces and stray commas left by the rules above."""
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\s+([,.!?])", r"\1", text)
    text = re.sub(r"[.,]*\.[.,]*", ".", text)
    text = re.sub(r"([,.!?])(?:\s*[,])+", r"\1", text)
    text = re.sub(r",\s*([.!?])", r"\1", text)
    return text.strip(" ,-–—+•")
