"""The languages announcements are written or recorded in (Decree 49/2024/NĐ-CP: Vietnamese and the local minority
languages), kept as data (pipeline/data/languages.tsv): ISO 639 code, Vietnamese name, whether Loa has a voice.

A language without a voice airs from a recording. A translation names its Vietnamese original (`version_of:`) and
airs right after it, at the stations that list its language (`languages:` in stations.yaml, default only `vi`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

VIETNAMESE = "vi"


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639 code as Loa writes it: `vi`, `hmn`, `bdq`
    name: str  # as Vietnamese say it: "tiếng Mông"
    voiced: bool  # Loa can synthesize it; without a voice an announcement in it needs a recording
    aliases: tuple[str, ...] = ()  # other codes people write for it (`ede` for Ê Đê, whose ISO 639-3 code is `rad`)


@functools.lru_cache(maxsize=1)
def languages() -> tuple[Language, ...]:
    """The known languages, Vietnamese first, in the file's order."""
    text = resources.files("pipeline").joinpath("data", "languages.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(Language(code, name, voice != "-", tuple(a.strip() for a in also.split(",") if a.strip()))
                 for code, name, voice, also in rows)  # fmt: skip


def language(code: str) -> Language | None:
    """The language a code names (its own code or another one people write for it), None when unknown."""
    wanted = code.strip().lower()
    return next((item for item in languages() if wanted == item.code or wanted in item.aliases), None)


def language_name(code: str) -> str:
    """ "tiếng Mông" for `hmn`; an unknown code as it is."""
    found = language(code)
    return found.name if found else code


def codes() -> str:
    """The known codes with their names, for a message: "vi (tiếng Việt), hmn (tiếng Mông), …"."""
    return ", ".join(f"{item.code} ({item.name})" for item in languages())
