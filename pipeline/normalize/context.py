"""What the normalization rules need besides the text: tables and style."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from .english import Phones, load_english
from .lexicon import Lexicon
from .lexicon_file import load_lexicon, parse_lexicon
from .numbers import NUM, NUM_WORD, NumberStyle
from .syllable import is_syllable

MULTIPLIERS = "nghìn|ngàn|vạn|triệu|tỷ|tỉ"  # the words between a number and its unit: `19,5 tỷ USD`, `7 vạn ha`

WEB_WORD_WEIGHT = math.log(10_000)  # a site's name from web_words.tsv outweighs any counted run
T = TypeVar("T")


class kept(Generic[T]):  # a decorator, lowercase as functools.cached_property
    """A property worked out once and kept in the context's `built`, which the copies `replace` makes share: a text
    that defines an abbreviation is read with a copy (`defined`), and with `functools.cached_property` each copy
    built its unit patterns again, 9 ms for each such text (60 of the 1,134 notices of the speed bench; the example
    letters each time). None depends on `defined`, the only field a copy changes."""

    def __init__(self, build: Callable[[Context], T]) -> None:
        self.build, self.name, self.__doc__ = build, build.__name__, build.__doc__

    @overload
    def __get__(self, ctx: None, owner: type) -> kept[T]: ...
    @overload
    def __get__(self, ctx: Context, owner: type) -> T: ...
    def __get__(self, ctx: Context | None, owner: type) -> T | kept[T]:
        if ctx is None:
            return self
        if self.name not in ctx.built:
            ctx.built[self.name] = self.build(ctx)
        value: T = ctx.built[self.name]
        return value


@dataclass(frozen=True)
class Context:
    """Data passed to every rule.

    Attributes:
        lexicon: abbreviations and loanwords.
        units: unit symbols read after a number ("km" -> "ki lô mét").
        doc_types: kinds of documents, the first part of a symbol ("CV" -> "công văn").
        web: parts of web addresses ("vn" -> "vê en"), only used inside addresses.
        doc_issuers: bodies whose initials read otherwise inside a symbol ("TT-BTC": Bộ Tài chính, not ban tổ chức).
        web_words: Vietnamese words written without marks inside addresses ("chinhphu" -> "chính phủ").
        style: regional number words.
        url_phrase: when set, every URL/email is replaced by this phrase
            instead of being read out character by character.
        defined: abbreviations the text being read defines for itself (`Ban Chỉ đạo (BCĐ)`) -> their words.
    """

    lexicon: Lexicon
    units: dict[str, str]
    doc_types: dict[str, str]
    web: dict[str, str]
    style: NumberStyle = field(default_factory=NumberStyle)
    url_phrase: str | None = None
    doc_issuers: dict[str, str] = field(default_factory=dict)
    web_words: dict[str, str] = field(default_factory=dict)
    defined: dict[str, str] = field(default_factory=dict)
    # Package files read on first need, shared by the copies `replace` makes, as `built` is: a text that defines an
    # abbreviation is read with a copy of its context (`defined`); read again for every such text, toneless.tsv
    # cost 40 ms a text. They depend on no field, so sharing them is safe.
    files: dict[str, dict[str, Any]] = field(default_factory=dict, compare=False, repr=False)
    built: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)  # what `kept` properties keep

    @kept
    def web_word_pattern(self) -> re.Pattern[str]:
        """Every unmarked word of `web_words` as one alternation, longest first (`hochiminhcity` before `hochiminh`)."""
        words = sorted(self.web_words, key=len, reverse=True)
        return re.compile("(" + "|".join(map(re.escape, words)) + ")" if words else "(?!)")

    @kept
    def toneless(self) -> dict[str, tuple[str, float]]:
        """Vietnamese words by their spelling without marks, with how common they are (`data/toneless.tsv`, read
        on the first address that needs it), the web words over them: "dancu" -> ("dân cư", log of its count)."""
        if "toneless.tsv" not in self.files:
            self.files["toneless.tsv"] = _toneless_table()
        return self.files["toneless.tsv"] | {key: (words, WEB_WORD_WEIGHT) for key, words in self.web_words.items()}

    @kept
    def marked_words(self) -> frozenset[str]:
        """Every syllable toneless.tsv gives as marked text, as written ("khoan" of "khoan giếng", never "khoản"):
        a toneless run made of these alone may be Vietnamese written right, and is left as written."""
        if "marked words" not in self.files:
            self.files["marked words"] = {w: True for ws, _ in self.toneless.values() for w in ws.lower().split()}
        return frozenset(self.files["marked words"])

    @kept
    def english(self) -> dict[str, Phones]:
        """English words whose letters mislead, with their sounds (`data/english.tsv`, read on the first guess)."""
        if "english.tsv" not in self.files:
            self.files["english.tsv"] = load_english()
        return self.files["english.tsv"]

    @kept
    def unit_symbols(self) -> str:
        """Every unit symbol as a regex alternation, longest first (`km/h` before `km` before `m`)."""
        return alternation(sorted(self.units, key=len, reverse=True))

    @kept
    def unit_pattern(self) -> re.Pattern[str]:
        """A number followed by any unit symbol, longest symbol first (compiled once)."""
        return re.compile(rf"({NUM_WORD})[^\S\n]*({self.unit_symbols})(?![\w²³])")

    @kept
    def unit_range_pattern(self) -> re.Pattern[str]:
        """Two numbers joined by a dash, then a unit symbol: `15-20km`, `3 - 5 m`."""
        return re.compile(rf"({NUM_WORD})[^\S\n]*[-–][^\S\n]*({NUM})[^\S\n]*({self.unit_symbols})(?![\w²³])")

    @kept
    def per_unit_pattern(self) -> re.Pattern[str]:
        """The currency, a slash, a unit symbol: `đồng/kg`, and its symbol after an amount, `500 đ/kg`."""
        after = r"(?:(?<=[0-9][^\S\n]đ)|(?<=[0-9]đ))"  # the symbol right after an amount
        # the letter first (a scan in C), then what stands before it
        return re.compile(rf"(đ(?<![^\W0-9]đ)(?:ồng|{after}))[^\S\n]*/[^\S\n]*({self.unit_symbols})(?![\w²³])")

    @kept
    def per_measure_pattern(self) -> re.Pattern[str]:
        """A measured amount, then a slash: `75 USD/tấn` (a unit after it), `2 kg cám/con` (a few words between),
        `23 kg/sào`, `200 mm/đợt` (a word right after the unit's slash)."""
        units = self.unit_symbols
        return re.compile(
            rf"({NUM_WORD})[^\S\n]*({units})(?:[^\S\n]*/[^\S\n]*({units})(?![\w²³])"
            rf"|((?:[^\S\n]+[^\W0-9_]+){{0,3}})[^\S\n]*/[^\S\n]*(?=[^\W0-9_]))"
        )

    @kept
    def unit_over_amount_pattern(self) -> re.Pattern[str]:
        """A unit, a slash, an amount of something: `550-600kg/1300m2`, `5 g/100 kg` (a rate over a measured base)."""
        # what the base measures may be read already (`1300m2` is "1300 mét vuông" by now): any word after its amount
        return re.compile(
            rf"(?<=[0-9])[^\S\n]*({self.unit_symbols})[^\S\n]*/[^\S\n]*(?=[0-9][0-9.,]*[^\S\n]*[^\W0-9_])"
        )

    @kept
    def per_counted_pattern(self) -> re.Pattern[str]:
        """An amount of something counted, a slash, a unit symbol: `3 - 4 trái/kg`, `30 lượt/h`, `30con/kg` (ft1)."""
        counted = r"[^\S\n]*[^\W0-9_]+(?:[^\S\n]+[^\W0-9_]+){0,2}"  # the first word may be glued to the number
        return re.compile(rf"({NUM_WORD}{counted})[^\S\n]*/[^\S\n]*({self.unit_symbols})(?![\w²³/])")

    @kept
    def shared_unit_pattern(self) -> re.Pattern[str]:
        """A number, then a unit symbol the lexicon also has (`90 CV`: horsepower, not "công văn")."""
        shared = sorted((k for k in self.units if self.lexicon.lookup(k)), key=len, reverse=True)
        return re.compile(rf"({NUM_WORD})[^\S\n]*({alternation(shared)})(?![\w²³])")

    @kept
    def counted_unit_pattern(self) -> re.Pattern[str]:
        """A lowercase unit symbol after a space, for `hàng km`, `vài kg` (the rule checks the word before)."""
        # `hàng trăm m³`: a power sign ends a symbol as a letter does (round 26)
        symbols = alternation([k for k in self.units if k.rstrip("²³").isalpha() and k.islower() and len(k) > 1])
        return re.compile(rf" ({symbols})\b")  # the space first, the counting word looked at after

    @kept
    def ratio_symbols(self) -> str:
        """The unit symbols a bare ratio may hold, as a regex alternation: no units that are Vietnamese syllables
        (`ha`, `tấn`), left to the rules that read a field's area and a price's unit."""
        kept = sorted((k for k in self.units if "/" not in k and k.isalnum() and _a_symbol(k)), key=len, reverse=True)
        return alternation(kept)

    @kept
    def unit_ratio_pattern(self) -> re.Pattern[str]:
        """No amount before, a unit symbol or a word, a slash, a unit symbol: `(mg/kg)`, `(g/l)`, `trái/kg`,
        `người/km2`, or the slash alone (`/km`, `5/km`, the amount left unread: a pause before the unit's name)."""
        before = rf"(?:(?<![\w/.,])(?:({self.ratio_symbols})|([^\W0-9_]+))|(?<![^\W0-9_]))"
        return re.compile(rf"{before}[^\S\n]?{self.unit_ratio_hint.pattern}")

    @kept
    def unit_ratio_hint(self) -> re.Pattern[str]:
        """The lines `unit_ratio_pattern` can change, and its end: a slash, then a whole unit symbol (not a date's
        digit, `/UBND`); the slash first, a fast scan."""
        return re.compile(rf"/[^\S\n]?({self.ratio_symbols})(?![\w/²³])")

    @kept
    def lone_unit_pattern(self) -> re.Pattern[str]:
        """A unit symbol standing as a word of its own: `so với USD`; one in small letters no syllable is (`kg`, `Kg`
        alone in a price table's cell, fw2: left as written), while `ha` could be a word. A slash before or after it
        is a pause (`/km`, round 204); after an amount it is the amount's, read by the number rules."""
        alone = sorted((k for k in self.units if k.isalpha() and len(k) > 1 and _not_a_word(k)), key=len, reverse=True)
        # each symbol's first letter opens its branch, so `re` scans for those letters (in C); what may not stand
        # before the symbol is looked at behind that letter; the symbols keep their order within a letter's branch
        rests = {first: [re.escape(k[1:]) for k in alone if k[0] == first] for first in (k[0] for k in alone)}
        guard = r"(?<!\w.)(?<![0-9][^\S\n].)"
        branches = (rf"{re.escape(first)}{guard}(?:{'|'.join(rest)})" for first, rest in rests.items())
        return re.compile(rf"({'|'.join(branches) or '(?!)'})(?!\w)")

    @kept
    def per_chain_pattern(self) -> re.Pattern[str]:
        """An amount, a currency or unit, then two slashes with words: `30.000 đồng/người/lượt`, `5 triệu
        đồng/lao động/khóa học` (a multiplier, two words counted), `15kg gạo/tháng/học sinh` (what is weighed)."""
        return re.compile(
            rf"({NUM_WORD}(?:[^\S\n]+(?:nghìn|ngàn|triệu|tỷ|tỉ))?)[^\S\n]*((?:đồng|đ|{self.unit_symbols})"
            r"(?:[^\S\n]+[^\W0-9_]+)?)[^\S\n]*/[^\S\n]*([^\W0-9_]+(?:[^\S\n][^\W0-9_]+)?)[^\S\n]*/[^\S\n]*(?=[^\W0-9_])"
        )

    @kept
    def multiplied_unit_pattern(self) -> re.Pattern[str]:
        """A number, "nghìn/vạn/triệu/tỷ", then a unit symbol: `19,5 tỷ USD`, `7 vạn ha` (ff2)."""
        return re.compile(rf"({NUM_WORD}[^\S\n]+(?:{MULTIPLIERS}))[^\S\n]+({self.unit_symbols})(?![\w²³])")


def alternation(words: list[str]) -> str:
    """`words` as a regex alternation, a branch for each first character holding its words in their order:
    `re` tries an alternation's branches one by one, so 150 unit symbols cost 150 tries at each number, where
    grouped they cost one try of each first character (`km|kg|m` is `k(?:m|g)|m(?:)`). The same match: no branch of
    another first character can match where one of these does, and within a branch the order is kept."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in rests.items()) or r"(?!)"


def load_context(
    dialect: str = "bac",
    workspace_lexicon: Path | None = None,
    url_phrase: str | None = None,
    say_mong: bool = True,
    lexicon: Lexicon | None = None,
) -> Context:
    """Default tables plus the workspace's lexicon, for one dialect; `lexicon`: that lexicon loaded already (it is
    the same in every dialect: a province's three voices share one, read and compiled once)."""
    units, doc_types, web = _with_capitalized(_table("units.tsv")), _table("doc_types.tsv"), _table("web.tsv")
    style = NumberStyle.for_dialect(dialect, say_mong)
    issuers, web_words = _table("doc_issuers.tsv"), _table("web_words.tsv")
    lexicon = lexicon or load_lexicon(workspace_lexicon)
    return Context(lexicon, units, doc_types, web, style, url_phrase, issuers, web_words)


def _toneless_table() -> dict[str, tuple[str, float]]:
    text = resources.files("pipeline").joinpath("data/toneless.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if not line.startswith("#"))
    return {key: (words, math.log(int(times))) for key, words, times in rows}


def _with_capitalized(units: dict[str, str]) -> dict[str, str]:
    """`131,2 Cent/lb`, `1.552 USD/Ounce`: a unit written as a Latin word keeps its meaning with a capital (price
    tables capitalize it); a symbol does not (`m` is metres, `M` mega), so only words of three letters or more."""
    words = {unit.capitalize(): spoken for unit, spoken in units.items() if unit.isascii() and unit.isalpha()}
    return {**{w: s for w, s in words.items() if len(w) >= 3 and w not in units}, **units}


def _table(name: str) -> dict[str, str]:
    text = resources.files("pipeline").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return parse_lexicon(text, Path(f"pipeline/data/{name}"))


def _a_symbol(unit: str) -> bool:
    """A unit written as a symbol, not a word: one letter (`g`, `l`), a power (`m2`), or no syllable (`kg`)."""
    return len(unit) == 1 or not unit.isalpha() or not is_syllable(unit.lower())


def _not_a_word(symbol: str) -> bool:
    """A unit symbol that reads as itself alone: in capitals (`USD`), or two small letters that no Vietnamese syllable
    is (`kg`, `km`; not `ha`); a longer word may sit in a foreign name's guess (`Tê lê gram`) or be a syllable."""
    return symbol.isupper() or (len(symbol) == 2 and symbol.isascii() and not is_syllable(symbol.lower()))
