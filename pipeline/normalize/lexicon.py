"""The pronunciation lexicon: abbreviations and loanwords respelled for a voice.

A table of data, loaded from text files an editor can edit and passed in
explicitly; the default ships with Loa, a workspace file extends it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from .lexicon_scan import UNSURE, WORD_RUN, plain_end, windows, word_starts, words_in
from .lines import on_lines_with
from .trie import trie_regex

LETTER_NAMES = {
    "a": "a", "ă": "á", "â": "ớ", "b": "bê", "c": "xê", "d": "dê", "đ": "đê", "e": "e", "ê": "ê",
    "f": "ép", "g": "giê", "h": "hát", "i": "i", "j": "gi", "k": "ca", "l": "e lờ", "m": "em mờ",
    "n": "en nờ", "o": "o", "ô": "ô", "ơ": "ơ", "p": "pê", "q": "quy", "r": "e rờ", "s": "ét",
    "t": "tê", "u": "u", "ư": "ư", "v": "vê", "w": "vê kép", "x": "ích", "y": "i dài", "z": "dét",
}  # fmt: skip


SHORT_NAMES = {"m": "em"}  # M in an initialism of two letters or more (N is "en nờ" everywhere)
# `VITIC/Reuters`, `AFP/Reuters`: a source's name after a body's capitals is a name too (ac2)
NAME_AFTER_SLASH = re.compile(r"/(?<=[a-zà-ỹA-ZĐ]/)(?=[A-Z][a-z]|TP\b)")  # `34 tỉnh/TP` (ay1): the city
# `Ảnh: Minh Quyết/TTXVN`: a capitalised name, a slash, then a body in capitals (a photo credit)
BODY_AFTER_NAME = re.compile(r"/(?<=[a-zà-ỹ]/)(?=[A-ZĐ]{2,}\b)")  # the slash first: a fast scan
# `Ảnh: AFP/TTXVN`, `TRẦN QUYÊN/TTXVN` (cq2, ct2): a body in capitals closing a credit after another word in capitals
# (four letters or more: `tỷ giá USD/VND` is a rate), a plus its name's (`TTXVN/VIETNAM+`, gw1)
CREDIT_BODY = re.compile(r"/(?<=[A-ZĐÀ-Ỹ]/)(?=[A-ZĐ]{4,}\+?[^\S\n]*(?:\)|$))", re.MULTILINE)
# `GDNN&GDTX` (cu1): two bodies joined by "&", each an entry, the pair not one
# the first body matched, the second looked at (the pair is one entry or two); only on texts with a "&"
AMPERSAND = re.compile("&")  # its lines alone: the pair's pattern opens on a capital, tried at every one
AMPERSAND_PAIR = re.compile(r"((?=[A-ZĐ])(?<![\w&])[A-ZĐ]{3,})&(?=([A-ZĐ]{3,}))")
NAME_BEFORE = re.compile(r"\b[A-ZĐ]\w+$")
# An entry is a whole token: no letter, digit or joining mark right before it. A hyphen joins only after a letter
# (`x-hr`, `Wi-Fi`); one opening a token is a bullet the page glued on (`-UBND xã họp`: its letters were spelled), and
# one after a number a range's or a code's (`(BĐ)1-BĐ2`, `110/2018/-CP`): the pause it becomes reads the next entry
BEFORE_ENTRY = r"(?<![\w&.])(?<![^\W0-9_&./]-)(?<![&./]/)"
SEPARATOR = r"(?:[^\w&./-]|-(?<![^\W0-9_&./]-)|/(?<![&./]/))"  # the same, as the character itself
# The letters Python's `re` takes for another in any case where `str.lower` does not (İ, ı ~ i; ſ ~ s): folded so
# that an entry's first word is found in a text wherever the entry's (?i) pattern could match there
FOLD_FIXES = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
SUBSETS_KEPT = 64  # compiled sub-tables kept per lexicon: texts with the same words reuse theirs
PLAIN_MOST = 4  # entries of a table compared as strings; a larger one is compiled: its trie beats the loop, warm
WORDS_KEPT = 20_000  # words kept with the sub-table each opens (most open none): about a year of notices' words


@dataclass(frozen=True)
class Lexicon:
    """Written form -> spoken form.

    Attributes:
        exact: entries with a capital letter, matched exactly (abbreviations).
        folded: all-lowercase entries, matched in any case (loanwords).
        letters: Vietnamese letter names, for spelling what the lexicon lacks.
    """

    exact: dict[str, str]
    folded: dict[str, str]
    letters: dict[str, str]

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """One regex matching any entry as a whole token, longest first (compiled once).

        Abbreviations match in their exact case ("CA" is not "ca"), loanwords in any case.
        The entries are factored into a trie ("UBND|UB" -> "UB(?:ND)?"), so at each
        position the regex engine follows one branch instead of trying every entry.
        """
        start, body, end = self._parts
        return re.compile(rf"{start}{BEFORE_ENTRY}(?:{body}){end}")

    @cached_property
    def after_separator(self) -> re.Pattern[str]:
        """`pattern` with the character before the entry: a scan that opens with a class skips every letter inside
        a word in C, where `pattern`'s look-behind is tried at each of them (the lexicon's scan took twice as long)."""
        start, body, end = self._parts
        return re.compile(rf"{SEPARATOR}{start}(?:{body}){end}")

    @cached_property
    def plain(self) -> tuple[tuple[str, bool], ...] | None:
        """The entries in the order the table's regex tries them, each with whether its case is exact: loanwords
        first, then abbreviations, the longer first in each (those that match at one place are prefixes of one
        another). `_entry_end` compares them without the regex: compiling one for each new word's table was most of
        the lexicon's first pass over new notices (issue 29). None where a loanword is not ASCII."""
        if len(self.exact) + len(self.folded) > PLAIN_MOST or not all(word.isascii() for word in self.folded):
            return None
        folded, exact = (sorted(words, key=len, reverse=True) for words in (self.folded, self.exact))
        return (*((word.lower(), False) for word in folded), *((word, True) for word in exact))

    @cached_property
    def _parts(self) -> tuple[str, str, str]:
        exact = trie_regex(list(self.exact), fold=False)
        folded = trie_regex(list(self.folded))
        # loanwords first: "QR code" (any case) must win over the abbreviation "QR"
        body = "|".join([*([f"(?i:{folded})"] if folded else []), *([exact] if exact else [])]) or "(?!)"
        firsts = {word[0] for word in self.exact} | {c for word in self.folded for c in (word[0], word[0].upper())}
        start = f"(?=[{re.escape(''.join(sorted(firsts)))}])" if firsts else ""  # a cheap test before the look-behind
        return start, body, r"(?![\w&]|-[^\W0-9_]|\.\w)"

    @cached_property
    def after_a_lone_i(self) -> tuple[str, ...]:
        """What follows the first syllable of each reading that opens on a lone `I` (`I xra en`, `I ran`): after
        `khu vực` or `độ`, that I is a name's syllable, not the Roman one the numeral rule would read "một"."""
        spoken = {*self.exact.values(), *self.folded.values()}
        return tuple(sorted({form[1:] for form in spoken if form.startswith("I ")}, key=len, reverse=True))

    @cached_property
    def spoken_words(self) -> frozenset[str]:
        """Every word of every spoken form, lower case: what the lexicon said is never guessed again (`Bra xin`)."""
        return frozenset(
            word.lower() for spoken in (*self.exact.values(), *self.folded.values()) for word in spoken.split()
        )

    @cached_property
    def written_words(self) -> frozenset[str]:
        """Every word of every entry read in any case (the names of foreign.tsv): `juppe` of `alain juppe`."""
        return frozenset(word for written in self.folded for word in written.split())

    @cached_property
    def lowered_words(self) -> dict[str, tuple[str, ...]]:
        """Each spoken form -> its words in lower case, split once instead of at every hit (speed)."""
        spoken = {*self.exact.values(), *self.folded.values()}
        return {form: tuple(word.lower() for word in form.split()) for form in spoken}

    def _part_pair(self, hit: re.Match[str]) -> str:
        """`GDNN&GDTX` -> `GDNN & GDTX` where both are entries of three letters or more and the pair is none
        (`NN&PTNT` is one): spelled whole, the voice said "giê dê en nờ en nờ và giê dê tê ích" for two bodies it
        knows."""
        first, second = hit.group(1), hit.group(2)  # `ĐH&GTNT` is "đường huyện" beside roads: two letters, no pair
        apart = f"{first}&{second}" not in self.exact and first in self.exact and second in self.exact
        return f"{first} & " if apart else hit.group(0)

    def replace(self, text: str) -> str:
        """Every entry found in `text` as a whole token, replaced by its spoken form.

        `Google Play/AppleStore`, `VITIC/Reuters`: a slash between a word and a name is a pause, so the name is a
        token too; so is a body in capitals after a name (`Ảnh: Minh Quyết/TTXVN`, a photo credit: the news agency,
        not its letters), or after capitals where it closes the line or a bracket (`Ảnh: AFP/TTXVN`).
        """
        if "/" in text:
            text = CREDIT_BODY.sub("/ ", BODY_AFTER_NAME.sub(_part_body, NAME_AFTER_SLASH.sub("/ ", text)))
        if "&" in text:
            text = on_lines_with(AMPERSAND, text, lambda line: AMPERSAND_PAIR.sub(self._part_pair, line))
        exact, folded = self._by_first
        if "" in exact or "" in folded:  # an entry opening on no word may start anywhere: the text's own sub-table
            within = self._within(text)
            return text if within is None else self._scan(within, text)
        return self._scan_by_word(text)

    def _scan(self, within: Lexicon, text: str) -> str:
        pieces, done = [], 0
        head = within.pattern.match(text)  # an entry opening the text has no character before it
        if head:
            pieces, done = [self._spoken(head.group(0), 0, text)], head.end()
        for hit in within.after_separator.finditer(text, done):  # as `pattern.sub`: no entry starts where one ended
            start = hit.start() + 1
            pieces += [text[done:start], self._spoken(text[start : hit.end()], start, text)]
            done = hit.end()
        return "".join(pieces) + text[done:]

    def _scan_by_word(self, text: str) -> str:
        """`_scan` with, at each word, the sub-table of the entries that word opens, compiled once and kept: an entry
        starts where a word does and opens on that word (`_within`), so it is the same scan. A sub-table of a whole
        text cost a compile for each notice: 1.6 of 4.5 CPU s per MB of distinct notices (issue 29). Only the words
        that open an entry are looked for, each with `str.find`: a loop over every word took as long again. The words
        known to open none are taken away from a window's words in C, before the loop: most of a notice's words."""
        starts: list[tuple[int, Lexicon]] = []
        for low, high in windows(text):  # a word is looked for near where it was seen: linear in a long text
            for word in words_in(text[low:high], self._closed):
                table = self._table_of(word)
                if table is not None:
                    starts += ((at, table) for at in word_starts(text, word, low, high))
        pieces, done = [], 0
        for at, table in sorted(starts, key=lambda start: start[0]):
            if at and at <= done:
                continue  # within the last entry, or right after it: no separator of its own
            end = _entry_end(table, text, at)
            if end is not None:
                pieces += [text[done:at], self._spoken(text[at:end], at, text)]
                done = end
        return "".join(pieces) + text[done:]

    def _table_of(self, word: str) -> Lexicon | None:
        """`word`'s sub-table, kept. One lookup, and the new table returned from hand: a web server's other thread
        may clear the cache between two lookups."""
        tables = self._by_word
        try:
            return tables[word]
        except KeyError:
            pass
        if len(tables) >= WORDS_KEPT:
            tables.clear()
            self._closed.clear()
        table = tables[word] = self._opened_by(word)
        if table is None:
            self._closed.add(word)
        return table

    def _opened_by(self, word: str) -> Lexicon | None:
        """The sub-table of the entries `word` opens (None if it opens none)."""
        exact, folded = self._entries_opened_by(word)
        return self._sub_table(exact, folded) if exact or folded else None

    def _entries_opened_by(self, word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The entries whose first word is `word`: abbreviations as written, loanwords folded."""
        exact, folded = self._by_first
        return exact.get(word, ()), folded.get(word.translate(FOLD_FIXES).lower(), ())

    def _sub_table(self, exact: Iterable[str], folded: Iterable[str]) -> Lexicon:
        return Lexicon({k: self.exact[k] for k in exact}, {k: self.folded[k] for k in folded}, {})

    @cached_property
    def _by_word(self) -> dict[str, Lexicon | None]:
        return {}

    @cached_property
    def _closed(self) -> set[str]:
        """The kept words that open no entry (None in `_by_word`)."""
        return set()

    def _within(self, text: str) -> Lexicon | None:
        """The entries whose first word is a word of `text` (None if none is): the scan of a sub-table of a few dozen
        entries costs a third of the whole table's (issue 29). An entry opens after a separator and its first word
        ends where a letter or digit stops, so the text holds that word whole wherever the entry matches."""
        words = {"", *(word for token in set(text.split()) for word in WORD_RUN.findall(token))}  # "": no word first
        opened = [self._entries_opened_by(word) for word in words]
        keys = frozenset(e for exact, _ in opened for e in exact), frozenset(e for _, folded in opened for e in folded)
        if not (keys[0] or keys[1]):
            return None
        kept = self._subsets
        table = kept.get(keys)  # one lookup, the new table returned from hand: as `_table_of`
        if table is None:
            if len(kept) >= SUBSETS_KEPT:
                kept.clear()
            table = kept[keys] = self._sub_table(*keys)
        return table

    @cached_property
    def _by_first(self) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
        """Entries by their first word: abbreviations as written, loanwords (lower case already) folded."""
        return _by_first_word(self.exact), _by_first_word(self.folded)

    @cached_property
    def _subsets(self) -> dict[tuple[frozenset[str], frozenset[str]], Lexicon]:
        return {}

    def _spoken(self, written: str, at: int, text: str) -> str:
        """The entry's spoken form, without words the text just said ("mã OTP": not "mã mã ô tê pê")."""
        spoken = self.lookup(written) or written
        if " " not in spoken or not text[at - 1 : at].isspace():
            return spoken
        before = text[max(0, at - 30) : at].rstrip().lower()
        if not before.endswith(self.lowered_words.get(spoken) or tuple(word.lower() for word in spoken.split())):
            return spoken  # most hits: the word just said is none of the reading's words
        words = spoken.split()  # only now: most hits left above, and the split cost a tenth of the lexicon's time
        for count in (len(words), 2, 1):  # "tin nhắn SMS": the whole reading was just said
            said = " ".join(words[:count]).lower()
            if len(words) >= count and before.endswith(said) and not before[: -len(said)][-1:].isalnum():
                return spoken if _other_word(words[0], text, at, count) else " ".join(words[count:])
        return spoken

    def lookup(self, written: str) -> str | None:
        return self.exact.get(written) or self.folded.get(written.lower())

    def spell(self, word: str) -> str:
        """Letter by letter with Vietnamese names, never English ones."""
        names = [self.letters.get(ch.lower(), ch) for ch in word if ch.isalnum()]
        return " ".join(names)

    def spell_initialism(self, word: str) -> str:
        """An initialism said as one word: M is "em" wherever it stands (BMKG "bê em ca giê", `TCTM` "tê xê tê
        em": the spans say "em" at the end 13 times to 6, round 69; alone it is "em mờ"); N is "en nờ" wherever it
        stands, ANTV "a en nờ tê vê", KTN "ca tê en nờ": annotators differ on it,
        and the house's own hand-checked pairs (real_pairs.tsv) say "en nờ" all seven times (issue 29, round 9).
        People's initials (`N. T`) and codes (`NT6`) are separate letters, read with `spell`. An `&` between the
        letters is "và", as annotators said in `S&P` and `ĐS&PL` (dropped, two names ran into one; round 14)."""
        chars = [ch.lower() for ch in word if ch.isalnum() or ch == "&"]
        names = [self.letters.get(ch, "và" if ch == "&" else ch) for ch in chars]
        for i, ch in enumerate(chars):
            if ch in SHORT_NAMES and len(chars) > 1:
                names[i] = SHORT_NAMES[ch]
        return " ".join(names)


def _entry_end(table: Lexicon, text: str, at: int) -> int | None:
    """Where the entry of `table` that starts at `at` ends, if one does (the word there is the one that opened it):
    compared as plain strings where the table allows it and the text holds none of `re`'s case twins there."""
    if table.plain is not None:
        end = plain_end(table.plain, text, at)
        if end != UNSURE:
            return end
    hit = table.after_separator.match(text, at - 1) if at else table.pattern.match(text)
    return hit.end() if hit else None


def _by_first_word(entries: dict[str, str]) -> dict[str, tuple[str, ...]]:
    grouped: dict[str, list[str]] = {}
    for written in entries:
        first = WORD_RUN.match(written)
        grouped.setdefault(first.group(0) if first else "", []).append(written)
    return {word: tuple(group) for word, group in grouped.items()}


def _part_body(hit: re.Match[str]) -> str:
    """`Quyết/TTXVN` -> `Quyết/ TTXVN`; `QĐi/TW`, a document's kind in capitals, stays whole."""
    name = NAME_BEFORE.search(hit.string, max(0, hit.start() - 20), hit.start())
    return "/ " if name and name.group(0)[1:].islower() else "/"


def _other_word(first: str, text: str, at: int, count: int) -> bool:
    """`xã hội HĐND`: one word just said in lower case is another word than a reading's name in capitals ("hội" of
    xã hội is not "Hội đồng nhân dân"); "mã OTP", both in lower case, is a repeat. "thành" closes words (`nội thành
    TPHCM`, gk1; `trở thành TP`) and never names a city: "nội thành phố Hồ Chí Minh" lost a word."""
    return count == 1 and (first == "thành" or (first[:1].isupper() and not text[:at].rstrip().endswith(first)))
