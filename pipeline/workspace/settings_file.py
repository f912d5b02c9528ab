"""Reading `loa.toml`: unknown keys and wrong types are errors with their line; every value has a default."""

from __future__ import annotations

import dataclasses
import difflib
import re
import tomllib
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..adapters.files import read_text
from ..domain.limits import LIMITS
from ..domain.settings import Settings
from ..errors import LoaError, Problem, ValidationFailed
from ..i18n import N_, tr
from .settings_values import check_values

VIETNAM_NAMES = ("Asia/Ho_Chi_Minh", "Asia/Saigon")  # accepted even where the system has no zone database


def timezone_of(workspace: Path) -> str:
    """The workspace's time zone; the default when `loa.toml` cannot be read (whoever reads it reports why)."""
    try:
        return load_settings(workspace.resolve()).timezone
    except LoaError:
        return Settings().timezone


def load_settings(workspace: Path) -> Settings:
    """Read `loa.toml` if present; unknown keys and wrong types are errors."""
    path = workspace / "loa.toml"
    if not path.exists() and not path.is_symlink():
        return Settings()
    text = read_text(path, workspace, LIMITS.settings_bytes)
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        line = _int_or_none(re.search(r"line (\d+)", str(err)))
        fix = tr("check quotes, '=' and [section] headers on this line")
        raise ValidationFailed(Problem(path, line, tr("loa.toml is not valid TOML ({err})", err=err), fix)) from None
    problems: list[Problem] = []
    settings: Settings = _build(Settings, raw, path, text, problems, "")
    _check_timezone(settings, path, text, problems)
    if not problems:  # values of the wrong type were left at their defaults: checking them would mislead
        problems += check_values(settings, path, lambda key: line_of(text, key))
    if problems:
        raise ValidationFailed(*problems)
    return settings


def _check_timezone(settings: Settings, path: Path, text: str, problems: list[Problem]) -> None:
    """A misspelt zone would silently move every slot: only real IANA names (or Vietnam's) are accepted."""
    if settings.timezone in VIETNAM_NAMES:
        return
    try:
        ZoneInfo(settings.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        what = tr("'{timezone}' is not a time zone", timezone=settings.timezone)
        problems.append(
            Problem(path, line_of(text, "timezone"), what, tr('write a zone name such as "Asia/Ho_Chi_Minh"'))
        )


def _build(cls: Any, raw: dict[str, Any], path: Path, text: str, problems: list[Problem], where: str) -> Any:
    fields = {f.name: f for f in dataclasses.fields(cls)}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        name = f"{where}{key}"
        if key not in fields:
            hint = difflib.get_close_matches(key, fields, n=1)
            fix = (
                tr("did you mean '{hint}'?", hint=hint[0])
                if hint
                else tr("known keys: {fields}", fields=", ".join(fields))
            )
            problems.append(Problem(path, line_of(text, key), tr("unknown setting '{name}'", name=name), fix))
            continue
        default = getattr(cls(), key)
        if dataclasses.is_dataclass(default):
            if isinstance(value, dict):
                values[key] = _build(type(default), value, path, text, problems, f"{name}.")
            else:
                problems.append(
                    Problem(
                        path,
                        line_of(text, key),
                        tr("'{name}' must be a [section]", name=name),
                        tr("write it as [{name}]", name=name),
                    )
                )
            continue
        checked = _check_type(default, value)
        if checked is None:
            what = tr(
                "'{name}' must be {kind}, not {value!r}",
                name=name,
                kind=tr(KINDS.get(type(default), type(default).__name__)),
                value=value,
            )
            problems.append(Problem(path, line_of(text, key), what, tr("the default is {default!r}", default=default)))
        else:
            values[key] = checked
    return cls(**values)


KINDS = {
    tuple: N_('a list of names, e.g. ["gtts", "espeak"]'),
    str: N_("text in quotes"),
    float: N_("a number"),
    int: N_("a whole number"),
    bool: N_("true or false"),
    dict: N_("a table"),
}


def _check_type(default: Any, value: Any) -> Any:
    """The value converted to the default's type, or None if it does not fit."""
    if isinstance(default, bool) or isinstance(value, bool):
        return value if type(value) is type(default) else None
    if isinstance(default, float) and isinstance(value, int | float):
        return float(value)
    if isinstance(default, dict) and isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items()}
    if isinstance(default, tuple):
        items = [value] if isinstance(value, str) else value
        return tuple(items) if isinstance(items, list) and items and all(isinstance(v, str) for v in items) else None
    return value if isinstance(value, type(default)) else None


def line_of(text: str, key: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if re.match(rf"\s*\[?\s*{re.escape(key)}\s*[=\]]", line):
            return number
    return None


def _int_or_none(match: re.Match[str] | None) -> int | None:
    return int(match.group(1)) if match else None
