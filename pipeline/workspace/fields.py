"""Typed reading of YAML fields that collects problems instead of stopping.

An editor with three mistakes in a file should hear about all three at once.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from datetime import date, datetime, time
from typing import Any

from ..errors import Problem
from ..i18n import tr
from .yamlfile import Key, Located

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DIGITS = re.compile(r"[0-9]{1,9}")  # ASCII only: str.isdigit() also takes "²" and "٣", which int() refuses


class Fields:
    """Reads one YAML mapping at `path` inside `doc`, noting problems."""

    def __init__(self, doc: Located, path: Key, problems: list[Problem]) -> None:
        self.doc, self.path, self.problems = doc, path, problems
        value = doc.data
        for part in path:
            value = value[part]
        self.raw: dict[str, Any] = value

    def note(self, key: str, what: str, fix: str) -> None:
        self.problems.append(self.doc.problem((*self.path, key), what, fix))

    def unknown(self, known: tuple[str, ...]) -> None:
        for key in self.raw:
            if key not in known:
                hint = difflib.get_close_matches(str(key), known, n=1)
                fix = (
                    tr("did you mean '{hint}'?", hint=hint[0])
                    if hint
                    else tr("known fields: {known}", known=", ".join(known))
                )
                self.note(str(key), tr("unknown field '{key}'", key=key), fix)

    def text(self, key: str, default: str | None = None) -> str:
        value = self.raw.get(key, default)
        if value is None:
            self.note(key, tr("'{key}' is missing", key=key), tr("add a line '{key}: ...'", key=key))
            return ""
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            self.note(key, tr("'{key}' must be text, not {value!r}", key=key, value=value), tr("write it in quotes"))
            return ""
        return str(value).strip()

    def line(self, key: str, default: str | None = None) -> str:
        """Text on one line: it goes into playlists, tags and reports, where a line break would split the entry."""
        value = self.text(key, default)
        if "\n" in value or "\r" in value:
            self.note(key, tr("'{key}' must be one line", key=key), tr("write it on a single line"))
            return " ".join(value.split())
        return value

    def slug(self, key: str, default: str | None = None) -> str:
        value = self.text(key, default)
        if value and not SLUG.match(value):
            fix = tr("use only a-z, 0-9 and '-', e.g. '{example}'", example=slugify(value))
            self.note(key, tr("'{value}' is not a valid {key}", value=value, key=key), fix)
        return value

    def choice(self, key: str, choices: tuple[str, ...], default: str) -> str:
        value = self.text(key, default)
        if value and value not in choices:
            self.note(
                key,
                tr("'{value}' is not a valid {key}", value=value, key=key),
                tr("use one of: {choices}", choices=", ".join(choices)),
            )
        return value

    def day(self, key: str) -> date | None:
        return self.moment(key)[0]

    def moment(self, key: str) -> tuple[date | None, time | None]:
        """A date with an optional local time, "2021-08-05" or "2021-08-05 14:00"."""
        value = self.raw.get(key)
        if value is None:
            return None, None
        parsed = parse_moment(str(value))
        if parsed is None:
            self.note(
                key,
                tr("'{value}' is not a valid date", value=value),
                tr('write it as YYYY-MM-DD, e.g. 2021-08-05, or "2021-08-05 14:00" in quotes'),
            )
            return None, None
        return parsed

    def weekdays(self, key: str, codes: dict[str, int]) -> tuple[int, ...] | None:
        """Weekday codes (t2 ... t7, cn) as numbers, or None when absent (every day)."""
        value = self.raw.get(key)
        if value is None:
            return None
        items = [value] if isinstance(value, str) else value
        if (
            not isinstance(items, list)
            or not items
            or not all(isinstance(v, str) and v.lower() in codes for v in items)
        ):
            self.note(
                key,
                tr("'{key}' must be a list of weekdays", key=key),
                tr("use {codes}, e.g. {key}: [t2, t4, t6]", codes=", ".join(codes), key=key),
            )
            return None
        return tuple(sorted({codes[v.lower()] for v in items}))

    def flag(self, key: str) -> bool:
        value = self.raw.get(key, False)
        if not isinstance(value, bool):
            self.note(key, tr("'{key}' must be true or false", key=key), tr("e.g. {key}: true", key=key))
            return False
        return value

    def names(self, key: str, typed: bool = False) -> tuple[str, ...] | None:
        """A list of slugs (or, `typed`, of names as a person writes them: "Tân Dĩnh"), or None when absent or 'all'."""
        value = self.raw.get(key)
        if value is None or value == "all":
            return None
        items = [value] if isinstance(value, str) else value
        valid = (lambda v: v.strip() and "\n" not in v) if typed else SLUG.match
        if not isinstance(items, list) or not all(isinstance(v, str) and valid(v) for v in items):
            self.note(
                key,
                tr("'{key}' must be 'all' or a list of ids", key=key),
                tr("write e.g. {key}: [tan-dinh, xuong-lam]", key=key),
            )
            return None
        return tuple(unicodedata.normalize("NFC", v.strip()) for v in items)

    def count(self, key: str, default: int, lowest: int = 1, highest: int = 1_000) -> int:
        value = whole_number(self.raw.get(key, default), lowest, highest)
        if value is None:
            self.note(
                key,
                tr(
                    "'{key}' must be a whole number from {lowest} to {highest}", key=key, lowest=lowest, highest=highest
                ),
                f"e.g. {key}: {default}",
            )
            return default
        return value


def whole_number(value: object, lowest: int, highest: int) -> int | None:
    """`value` when it is a whole number from `lowest` to `highest`, else None (a bool is not a number).

    YAML gives an int; a web form gives text, read here only when it is ASCII digits.
    """
    if isinstance(value, str):
        value = int(value.strip()) if DIGITS.fullmatch(value.strip()) else None
    if isinstance(value, bool) or not isinstance(value, int) or not lowest <= value <= highest:
        return None
    return value


def parse_moment(text: str) -> tuple[date, time | None] | None:
    """A date, optionally followed by a local time: "2021-08-05" or "2021-08-05 14:00"."""
    day_part, _, time_part = text.strip().partition(" ")
    day = parse_day(day_part)
    if day is None:
        return None
    if not time_part.strip():
        return day, None
    try:
        return day, datetime.strptime(time_part.strip(), "%H:%M").time()
    except ValueError:
        return None


def parse_day(text: str) -> date | None:
    """ISO dates, and the dd/mm/yyyy form Vietnamese editors also write."""
    for form in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    return None


def slugify(text: str) -> str:
    """'Tân Dĩnh' -> 'tan-dinh': a suggestion for an invalid id."""
    text = text.replace("đ", "d").replace("Đ", "D")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "id"
