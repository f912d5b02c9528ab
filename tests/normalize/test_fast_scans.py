"""Scans made faster (issue 29) find what they found before. The lexicon scans a text with a sub-table of the entries
whose first word the text holds: the same readings as the whole table, in any case Python's `re` accepts."""

from __future__ import annotations

import re
import sys
from dataclasses import replace
from pathlib import Path

from pipeline.normalize import load_context
from pipeline.normalize.context import _not_a_word, alternation
from pipeline.normalize.lexicon import FOLD_FIXES, Lexicon, _entry_end
from pipeline.normalize.lexicon_scan import word_starts, words_in

LEXICON = load_context().lexicon
DATA = Path(__file__).resolve().parent.parent / "data"


def test_the_sub_table_holds_only_the_entries_whose_first_word_the_text_has() -> None:
    within = LEXICON._within("Liên hệ UBND xã qua zalo page.")
    assert within is not None
    assert "UBND" in within.exact and "zalo page" in within.folded and "zalo" in within.folded
    assert "COVID" not in within.exact and "wifi" not in within.folded
    assert LEXICON._within("không có gì") is None


def test_a_loanword_matches_in_the_cases_re_folds_that_str_lower_does_not() -> None:
    for written in ("WıFı", "wifi", "WIFI", "Wİfİ"):  # dotless and dotted i: `re` takes both for i
        within = LEXICON._within(f"dùng {written} miễn phí")
        assert within is not None and "wifi" in within.folded
    within = Lexicon({}, {"sms": "ét em ét"}, {})._within("gửi ſMſ ngay")  # the long s is an s to `re`
    assert within is not None and "sms" in within.folded


def test_an_entry_opening_with_no_word_is_always_in_the_sub_table() -> None:
    table = Lexicon({}, {"&co": "và công ty"}, {})
    assert table.replace("Nam & &co") == "Nam & và công ty"


def test_fold_fixes_cover_every_letter_re_takes_for_a_loanwords_letter() -> None:
    """Every character `re` matches to a letter of a loanword ignoring case, folded as the sub-table folds a text's
    words, is that letter: no loanword is left out of a sub-table while its pattern would match."""
    letters = set("".join(LEXICON.folded)) | set("abcdefghijklmnopqrstuvwxyz")
    everything = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    same = re.compile("[" + re.escape("".join(sorted(letters))) + "]", re.IGNORECASE)
    assert [c for c in same.findall(everything) if c.translate(FOLD_FIXES).lower() not in letters] == []


def test_the_capital_word_scan_finds_what_the_look_ahead_form_found() -> None:
    """`CAPITAL_WORD` opens with its first capital (a fast scan in C); the form it replaced opened with a look-ahead."""
    from pipeline.normalize.rules_capitals import CAPITAL_WORD, UPPER

    old = re.compile(rf"(?=[{UPPER}]{{2}})(?<![\w.])[{UPPER}]{{2}}[^\W\d_]*(?![\w]|\.\w)")
    text = "KẾ HOẠCH\nUBND xã.PCCC aUB 3KH _AB A B ĐÊM, SXH.x HỘI-THI (TTĐT)/BCĐ AĐ\nXY"
    assert [m.span() for m in CAPITAL_WORD.finditer(text)] == [m.span() for m in old.finditer(text)]
    assert len(CAPITAL_WORD.findall(text)) == 10


def test_the_lone_unit_scan_finds_what_the_look_ahead_form_found() -> None:
    """`lone_unit_pattern` opens each branch with a symbol's first letter (a scan in C) and looks behind it; the
    form it replaced looked ahead for the letter and behind it first, which `re` tried at every character."""
    ctx = load_context()
    alone = sorted((k for k in ctx.units if k.isalpha() and len(k) > 1 and _not_a_word(k)), key=len, reverse=True)
    firsts = "".join(sorted({k[0] for k in alone}))
    old = re.compile(rf"(?=[{firsts}])(?<!\w)(?<![0-9][^\S\n])({'|'.join(map(re.escape, alone))})(?!\w)")
    texts = [p.read_text(encoding="utf-8") for p in sorted((DATA / "corpus").glob("*/notices/*.txt"))[::5]]
    texts.append("so với USD, 5 USD\n1 Kg (kg) xkg kgx CV số MB. Km\nKm 2 km MYR/MVA KB KV kv")
    found = 0
    for text in texts:
        for variant in (text, text.upper(), text.lower()):
            new = [(m.span(), m.group(1)) for m in ctx.lone_unit_pattern.finditer(variant)]
            assert new == [(m.span(), m.group(1)) for m in old.finditer(variant)]
            found += len(new)
    assert found > 1000


def test_the_word_by_word_scan_reads_what_the_texts_own_sub_table_read() -> None:
    """Each word tries the entries it opens, with a sub-table compiled once per word (issue 29: a text's own sub-table
    cost a compile per notice). The same readings, on the real letters and every thirtieth notice of the corpus."""
    paths = [*sorted((DATA / "real").glob("*.txt")), *sorted((DATA / "corpus").glob("*/notices/*.txt"))[::30]]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    texts += ["UBND", "UBND xã", " UBND-UBND", "COVID-19 và NN&PTNT, wifi/ UBND.", "mã OTP OTP"]
    changed = 0
    for text in texts:
        within = LEXICON._within(text)
        before = text if within is None else LEXICON._scan(within, text)
        assert LEXICON._scan_by_word(text) == before, text[:80]
        changed += before != text
    assert changed > len(texts) // 2


def test_a_words_sub_table_is_compiled_once_and_kept() -> None:
    table = Lexicon({"UBND": "Ủy ban nhân dân"}, {"wifi": "oai phai"}, {})
    assert table.replace("UBND xã có Wifi") == "Ủy ban nhân dân xã có oai phai"
    kept = dict(table._by_word)
    assert kept["xã"] is None and kept["UBND"] is not None and "wifi" in kept["Wifi"].folded  # type: ignore[union-attr]
    assert table.replace("UBND, wifi") == "Ủy ban nhân dân, oai phai"
    assert table._by_word["UBND"] is kept["UBND"]


def test_a_text_without_digits_is_not_also_handed_to_the_rules_as_an_empty_text_of_digit_lines() -> None:
    from pipeline.normalize import Context, Normalizer

    calls: list[str] = []

    def record(text: str, ctx: Context) -> str:
        calls.append(text)
        return text

    Normalizer(load_context(), (record,)).text("xin chào bà con")
    Normalizer(load_context(), (record,)).text("ngày 12")
    assert calls == ["xin chào bà con", "ngày 12"]  # not "" as well: 250 calls on nothing took 0.6 ms a text


def test_a_word_character_is_what_re_takes_for_one_everywhere_in_unicode() -> None:
    """The word-by-word scan finds a word whole with `str.find` and a test of the character on each side: where
    `\\w` and the test differed, an entry would open inside a word, or a word's entry be missed."""
    everything = [chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000]
    apart = [c for c in everything if not re.match(r"\w", c)]
    after, before = "".join(f" UBND{c}" for c in everything), "".join(f"{c}UBND " for c in everything)
    assert [after[at + 4] for at in word_starts(after, "UBND", 0, len(after))] == apart
    assert [before[at - 1] for at in word_starts(before, "UBND", 0, len(before))] == apart
    assert word_starts("UBND, xUBND UBND_ (UBND)", "UBND", 0, 24) == [0, 19]
    assert word_starts("UBND, xUBND UBND_ (UBND)", "UBND", 1, 22) == []


def test_a_lone_word_entry_ends_where_the_regex_would_end_it() -> None:
    """Six sub-tables in ten hold one entry of one word: their sides are tested without the regex (`_entry_end`).
    Around `UBND` (exact) and `Facebook` (any case), every pair of characters on each side from a set that covers
    each branch of the separator and the end: the same answer as the compiled table's."""
    lexicon = load_context().lexicon
    marks = [" ", "\n", "-", "/", ".", "&", "_", ",", "(", "a", "Đ", "ạ", "5", "٣", "²", "½", "İ", ""]
    for word in ("UBND", "Facebook", "FACEBOOK"):
        table = lexicon._table_of(word)
        assert table is not None and table.plain is not None and len(table.plain) == 1
        for before in (a + b for a in marks for b in marks):
            for after in (a + b for a in marks for b in marks):
                _same_end_as_the_regex(table, f"{before}{word}{after}", len(before))


def test_a_table_of_several_entries_ends_where_its_regex_would_end_it() -> None:
    """A word opening two to four entries (`QR`, `QR-Code`, `qr code`, `qr pay`): they are compared as strings,
    loanwords first and the longer first, as the regex tries them (a larger table is compiled). Each entry as
    written, in capitals, in small letters, cut short, with each of `re`'s case twins for i, s, k (`İ`, `ı`, `ſ`,
    the Kelvin sign) in place of its letter, between characters that cover the separator's and the end's branches."""
    lexicon = load_context().lexicon
    marks = [" ", "-", "/", ".", "&", "a", "ạ", "5", ""]
    twins = {"i": "İı", "s": "ſ", "k": "\u212a", "I": "İı", "S": "ſ", "K": "\u212a"}
    for word in ("QR", "Tel", "COVID", "Covid", "MB", "zalo", "Văn", "HĐND", "TM", "PT", "viettel", "sergey"):
        table = lexicon._table_of(word)
        assert table is not None and table.plain is not None and len(table.plain) > 1, word
        for entry, _ in table.plain:
            variants = {entry, entry.upper(), entry.lower(), entry[:-1], entry + "x"}
            variants |= {entry.replace(c, t) for c, ts in twins.items() for t in ts if c in entry}
            for written in variants:
                for before in marks:
                    for after in (a + b for a in marks for b in marks):
                        _same_end_as_the_regex(table, f"{before}{written}{after}", len(before))


def _same_end_as_the_regex(table: Lexicon, text: str, at: int) -> None:
    hit = table.after_separator.match(text, at - 1) if at else table.pattern.match(text)
    assert _entry_end(table, text, at) == (hit.end() if hit else None), (text, at)


def test_the_words_of_a_text_are_its_word_runs_less_the_known_ones() -> None:
    """`words_in` splits at whitespace and takes a piece that is a word whole as it is: the same set as `\\w+` over
    the text, on every corpus notice and on pieces with marks, underscores, numerals and odd spaces."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((DATA / "corpus").glob("*/notices/*.txt"))[::25]]
    texts.append("(UBND) x_y\u00a0Đài\u2003TT-TH ½ ٣٤ a.b,c UBND/TTXVN\tq\u3000r\u200bs COVID-19 ... — «Zalo»")
    for text in texts:
        for known in (set(), {"UBND", "của", "và"}):
            assert words_in(text, known) == set(re.findall(r"\w+", text)) - known


def test_an_alternation_grouped_by_first_character_keeps_the_order_within_each_group() -> None:
    assert alternation(["km/h", "km", "kg", "m", "mm"]) == r"k(?:m/h|m|g)|m(?:|m)"
    assert alternation(["hải lý/h", "$"]) == r"h(?:ải\ lý/h)|\$(?:)"
    assert alternation([]) == "(?!)"


def test_every_unit_symbol_alternation_matches_as_the_plain_one_did_on_the_real_notices() -> None:
    """A branch tried before another of the same first character still wins: `km/h` before `km` before `m`."""
    units = load_context().units
    symbols = sorted(units, key=len, reverse=True)
    plain = re.compile(rf"[0-9][^\S\n]*({'|'.join(map(re.escape, symbols))})(?![\w²³])")
    grouped = re.compile(rf"[0-9][^\S\n]*({alternation(symbols)})(?![\w²³])")
    notices = sorted((DATA / "corpus").glob("*/notices/*.txt"))[::5]
    texts = [p.read_text(encoding="utf-8") for p in notices] + [" ".join(f"5 {unit} 6{unit}/" for unit in units)]
    for text in texts:
        assert [m.span(1) for m in grouped.finditer(text)] == [m.span(1) for m in plain.finditer(text)]


def test_a_copy_of_the_context_for_a_texts_definitions_keeps_the_patterns_already_built() -> None:
    """A text that defines an abbreviation is read with a copy of the context: it built every unit pattern again."""
    ctx = load_context()
    copy = replace(ctx, defined={"TTĐT": "thông tin điện tử"})
    assert copy.unit_pattern is ctx.unit_pattern and copy.lone_unit_pattern is ctx.lone_unit_pattern
    assert replace(copy, defined={}).counted_unit_pattern is ctx.counted_unit_pattern  # built by a copy, kept for all
    assert load_context().built == {}  # another context (a dialect, a workspace lexicon) builds its own
