"""Vietnamese text normalization: written script -> what the voice says.

`RULES` is the documented order. Specific shapes go first (addresses,
document numbers, dates), the general number reading later, punctuation last.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import rules_numbers as num
from . import rules_text as txt
from .context import Context, load_context
from .numbers import read_digits

Rule = Callable[[str, Context], str]


def read_leftover_digits(text: str, ctx: Context) -> str:
    """Last resort: no digit may ever reach the voice, whatever shape it came in."""
    return re.sub(r"\d+", lambda m: f" {read_digits(m.group(0))} ", text)


RULES: tuple[Rule, ...] = (
    txt.strip_markup,
    txt.drop_end_marks,
    txt.drop_list_markers,
    txt.read_urls,
    num.read_document_numbers,
    txt.apply_lexicon,
    num.read_date_ranges,
    num.read_full_dates,
    num.read_month_years,
    num.read_day_months,
    num.read_roman_numerals,
    num.read_times,
    num.read_money,
    num.read_ranges,
    num.read_percents,
    num.read_units,
    num.read_ordinals,
    num.read_phone_numbers,
    txt.split_word_digit_hyphens,
    num.read_numbers,
    read_leftover_digits,
    txt.spell_capitals,
    txt.punctuation_to_pauses,
    txt.tidy_spaces,
)


class Normalizer:
    """Applies `RULES` line by line; one output line per input line."""

    def __init__(self, ctx: Context, rules: tuple[Rule, ...] = RULES) -> None:
        self.ctx = ctx
        self.rules = rules

    def line(self, text: str) -> str:
        for rule in self.rules:
            text = rule(text, self.ctx)
        return text

    def text(self, text: str) -> str:
        return "\n".join(self.line(line) for line in text.split("\n"))


__all__ = ["RULES", "Context", "Normalizer", "load_context"]
