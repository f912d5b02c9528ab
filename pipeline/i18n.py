"""The language Loa speaks to people: Vietnamese by default, English with `--lang en` or `LOA_LANG=en`.

Messages are written in English in the code and marked with `tr(...)` (or `N_` where only marked); the
Vietnamese words live in the standard gettext catalog `pipeline/locale/vi/LC_MESSAGES/loa.po`, so a
translator works on that file alone (`tools/i18n.sh` extracts with Babel and compiles). The language is
chosen once per process, at the command's start, as a locale is; a pool passes it to its workers.
"""

from __future__ import annotations

import gettext
import os
from dataclasses import dataclass, field
from pathlib import Path

DOMAIN = "loa"
LOCALES = Path(__file__).parent / "locale"
LANGUAGES = ("vi", "en")
DEFAULT = "vi"


@dataclass
class _Speaking:
    """The process's one chosen language (a holder, not a table: it is set once by `use`)."""

    language: str = DEFAULT
    catalog: gettext.NullTranslations = field(default_factory=gettext.NullTranslations)


def _catalog(language: str) -> gettext.NullTranslations:
    if language == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALES, languages=[language])


def chosen(option: str | None = None) -> str:
    """The language asked for: the option, else LOA_LANG, else Vietnamese (an unknown value is Vietnamese too)."""
    wanted = (option or os.environ.get("LOA_LANG") or DEFAULT).strip().lower()[:2]
    return wanted if wanted in LANGUAGES else DEFAULT


def use(language: str) -> None:
    """Speak `language` from now on in this process (a pool hands it to the workers it starts)."""
    _SPEAKING.language, _SPEAKING.catalog = language, _catalog(language)


def language() -> str:
    return _SPEAKING.language


def N_(message: str) -> str:
    """Marks a message for the catalog where it is stored untranslated (tables); `tr` translates it when shown."""
    return message


def tr(message: str, /, **values: object) -> str:
    """`message` in the chosen language, with `{name}` places filled from `values`."""
    text = _SPEAKING.catalog.gettext(message)
    return text.format(**values) if values else text


def number(value: float, digits: int = 1) -> str:
    """A decimal number as the reader writes it: 3,6 in Vietnamese, 3.6 in English."""
    text = f"{value:,.{digits}f}"
    if _SPEAKING.language == "vi":
        return text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return text


_SPEAKING = _Speaking(chosen(), _catalog(chosen()))
