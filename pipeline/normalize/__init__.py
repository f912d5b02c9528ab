"""Vietnamese text normalization: written script -> what the voice says. `RULES` is the documented order: specific
shapes first (addresses, document numbers, dates), numbers, pauses last."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .context import Context, load_context
from .definitions import find_definitions
from .lines import line_hint, needs_digits, on_hinted_lines
from .order import RULES, Rule

DIGIT = re.compile(r"\d")


class Normalizer:
    """Applies `RULES` to a text, a line out for each line in; each rule sees the whole text once (8x faster)."""

    def __init__(self, ctx: Context, rules: tuple[Rule, ...] = RULES) -> None:
        self.ctx = ctx
        self.rules = rules
        self.wordy = tuple(rule for rule in rules if not needs_digits(rule))

    def text(self, text: str) -> str:
        """Lines with digits get every rule, the others skip the number rules; a text's definitions hold on all."""
        defined = find_definitions(text)
        ctx = replace(self.ctx, defined=defined) if defined else self.ctx
        lines = text.split("\n")
        has_digit = [DIGIT.search(line) is not None for line in lines]
        numeric = iter(self._apply(self.rules, [line for line, d in zip(lines, has_digit, strict=True) if d], ctx))
        wordy = iter(self._apply(self.wordy, [line for line, d in zip(lines, has_digit, strict=True) if not d], ctx))
        return "\n".join(next(numeric) if d else next(wordy) for d in has_digit)

    line = text  # a line is read as a text of one line

    def _apply(self, rules: tuple[Rule, ...], lines: list[str], ctx: Context) -> list[str]:
        if not lines:
            return []  # a text without digits (or only with): the other ~250 rule calls on "" took 0.6 ms a text
        text = "\n".join(lines)
        for rule in rules:
            hint = line_hint(rule)
            text = rule(text, ctx) if hint is None else on_hinted_lines(hint, text, _bound(rule, ctx))
        return text.split("\n")


def _bound(rule: Rule, ctx: Context) -> Callable[[str], str]:
    return lambda text: rule(text, ctx)


__all__ = ["RULES", "Context", "Normalizer", "load_context"]
