"""The pronunciation lexicon's files: Loa's default tables and a workspace's own, parsed into a `Lexicon`.
Moved from `lexicon` (its size), which scans texts with what is loaded here.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from ..adapters.files import read_text
from ..domain.limits import LIMITS
from ..errors import Problem, ValidationFailed
from ..i18n import tr
from .lexicon import LETTER_NAMES, Lexicon
from .syllable import other_tone_placement

DEFAULT_TABLES = ("lexicon.tsv", "foreign.tsv")  # abbreviations and loanwords; foreign names with a set reading


def parse_lexicon(text: str, source: Path) -> dict[str, str]:
    """Entries of one TSV file; a malformed line is an error naming the line."""
    entries: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = lexicon_columns(line)
        if parts is None:
            what = tr("this lexicon line has no TAB-separated spoken form")
            fix = tr("write the written form, a TAB (or two spaces), then how to say it")
            raise ValidationFailed(Problem(source, number, what, fix))
        entries[parts[0]] = parts[1]
    return entries


def lexicon_columns(line: str) -> tuple[str, str] | None:
    """(written, spoken) of one line: split at a TAB; else where it is unambiguous without one.

    Editors often type spaces where a TAB belongs (Notepad, Zalo). Two or more spaces are a
    column break; so is a single space after an abbreviation ("HTX hợp tác xã": the first word
    has a capital or a digit, which a spoken form never starts with). Anything else stays an error.
    """
    if "\t" in line:
        written, _, spoken = line.partition("\t")
    elif re.search(r"\S {2,}\S", line.strip()):
        written, spoken = re.split(r" {2,}", line.strip(), maxsplit=1)
    else:
        written, _, spoken = line.strip().partition(" ")
        if not re.search(r"[A-Z0-9Đ]", written):
            return None
    written, spoken = written.strip(), spoken.strip().split("\t")[0].strip()
    return (written, spoken) if written and spoken else None


def load_lexicon(workspace_file: Path | None = None) -> Lexicon:
    """Loa's default lexicon (and foreign names), extended and overridden by a workspace file."""
    entries: dict[str, str] = {}
    for name in DEFAULT_TABLES:
        default = resources.files("pipeline").joinpath(f"data/{name}").read_text(encoding="utf-8")
        entries |= parse_lexicon(default, Path(f"pipeline/data/{name}"))
    if workspace_file is not None and (workspace_file.exists() or workspace_file.is_symlink()):
        root = workspace_file.parent.parent  # the workspace: scripts_vi/lexicon.tsv
        entries |= parse_lexicon(read_text(workspace_file, root, LIMITS.lexicon_bytes), workspace_file)
    entries = _with_sentence_case(_with_other_tone_placements(entries))
    exact = {k: v for k, v in entries.items() if k != k.lower()}
    folded = {k.lower(): v for k, v in entries.items() if k == k.lower()}
    return Lexicon(exact, folded, dict(LETTER_NAMES))


def _with_sentence_case(entries: dict[str, str]) -> dict[str, str]:
    """`gạo TP` (finished rice, where TP alone is a city) opens a price table's line too, `Gạo TP IR ở mức 8.850`
    (fk1: "Gạo thành phố" was heard): an entry of words whose first is in lower case and whose rest holds a capital
    is matched exactly, so it also matches with its first letter a capital."""
    opening = {
        k[0].upper() + k[1:]: v[0].upper() + v[1:] if v.split()[0] == k.split()[0] else v
        for k, v in entries.items()
        if " " in k and k[0].islower() and k != k.lower()
    }
    return {**opening, **entries}


def _with_other_tone_placements(entries: dict[str, str]) -> dict[str, str]:
    """`BTV Tỉnh uỷ` is `BTV Tỉnh ủy`: letters write the tone of oa, oe, uy on either vowel, so every entry also
    matches in the other placement (an entry written both ways keeps its own reading for each)."""
    return {**{other_tone_placement(k): v for k, v in entries.items()}, **entries}
