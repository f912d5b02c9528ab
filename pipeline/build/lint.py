"""What a voice would misread: tokens that stay unspeakable after normalization.

Every announcement, template and station name is normalized the way a build
does it; whatever is then not a Vietnamese syllable (digits, Latin
abbreviations, symbols, unknown loanwords) is reported with its file and line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..domain.model import Workspace
from ..normalize import RULES, Normalizer
from ..normalize.definitions import definitions_at
from ..normalize.rules_codes import COUNTED
from ..normalize.rules_foreign import guesses, read_foreign_words
from ..normalize.rules_glued import western_reading, western_words
from ..normalize.rules_text import CAPS
from ..normalize.syllable import unspeakable
from .letter import Apparatus, letter_apparatus
from .program import workspace_normalizer

JINJA_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}")  # filled in from other files, checked there


@dataclass(frozen=True, order=True)
class Finding:
    """One unspeakable token.

    Attributes:
        file: the file to edit.
        line: its line there.
        token: the token as the voice would receive it.
    """

    file: Path
    line: int
    token: str


Source = tuple[Path, int, str]  # a file, the line its text starts on, the text


def lint_workspace(workspace: Workspace) -> list[Finding]:
    """Every unspeakable token of the workspace, once, in file and line order."""
    return _unspeakable(workspace, list(sources(workspace)))


def _unspeakable(workspace: Workspace, texts: list[Source]) -> list[Finding]:
    """The texts are read once; each dialect's voice is checked on them."""
    dialects = sorted({station.dialect for station in workspace.stations}) or ["bac"]
    found: set[Finding] = set()
    for dialect in dialects:
        normalizer = workspace_normalizer(workspace, dialect)
        for file, first_line, text in texts:
            found.update(lint_text(normalizer, file, first_line, text))
    return sorted(found)


@dataclass(frozen=True, order=True)
class Spelled:
    """An abbreviation the voice reads letter by letter (information: an editor may give it words instead).

    Attributes:
        file, line: where it first appears; token: as written; spoken: the letter names the voice says.
    """

    file: Path
    line: int
    token: str
    spoken: str


@dataclass(frozen=True, order=True)
class Guessed:
    """A foreign word the lexicon lacks, read as guessed syllables (information: an editor may give its reading).

    Attributes:
        file, line: where it first appears; token: as written; spoken: the guessed reading.
    """

    file: Path
    line: int
    token: str
    spoken: str


def spelled_abbreviations(workspace: Workspace, texts: list[Source], full: Normalizer | None = None) -> list[Spelled]:
    """Each abbreviation the voice will spell, once, where it first appears (`BQLDA` → "bê quy e lờ dê a")."""
    return read_letters(workspace, texts, full)[0]


def read_letters(
    workspace: Workspace, texts: list[Source], full: Normalizer | None = None
) -> tuple[list[Spelled], list[Guessed]]:
    """Abbreviations the voice spells and foreign words it guesses, each once, where it first appears.

    The text goes through every rule before guessing (document symbols, the lexicon, codes), so what the
    guessing rule changes is exactly what is guessed, and what is left in capitals after it is what is spelled.
    A long-running caller passes the normalizer it keeps as `full`.
    """
    return letters_read(full or workspace_normalizer(workspace, "bac"), texts)


def letters_read(full: Normalizer, texts: list[Source]) -> tuple[list[Spelled], list[Guessed]]:
    """`read_letters` with the normalizer given (no workspace needed: bench.blind checks single spans)."""
    before_guessing = Normalizer(full.ctx, RULES[: RULES.index(read_foreign_words)])
    spelled: dict[str, Spelled] = {}
    guessed: dict[str, Guessed] = {}
    for file, first_line, text in texts:
        said = before_guessing.text(JINJA_TAG.sub(" ", text))
        for number, line in enumerate(said.split("\n"), start=first_line):
            western = [(word, western_reading(word, full.ctx)) for word in western_words(line)]
            for token, spoken in guesses(line, full.ctx) + western:
                guessed.setdefault(token, Guessed(file, number, token, spoken))
            for token in CAPS.findall(read_foreign_words(line, full.ctx)):
                spelled.setdefault(token, Spelled(file, number, token, full.ctx.lexicon.spell(token)))
    return sorted(spelled.values()), sorted(guessed.values())


@dataclass(frozen=True, order=True)
class Defined:
    """An abbreviation a text defines for itself, `Tổng điều tra (TĐT)` (information: the bracket is not read and
    the text's later uses of TĐT are read as the words, so the editor can check those are the right words).

    Attributes:
        file, line: where the definition is; token: the abbreviation; words: the words it is read as.
    """

    file: Path
    line: int
    token: str
    words: str


def defined_abbreviations(texts: list[Source]) -> list[Defined]:
    """Each abbreviation each text defines, where that text first defines it (as the normalizer finds them)."""
    found = set()
    for file, first_line, text in texts:
        text = JINJA_TAG.sub(" ", text)  # a tag spans no line break, so lines keep their numbers
        for token, (start, words) in definitions_at(text).items():
            found.add(Defined(file, first_line + text.count("\n", 0, start), token, words))
    return sorted(found)


SLASH = re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})(?![\d/])")
DATE_BEFORE = re.compile(
    r"(?:ngày|sáng|trưa|chiều|tối|đêm|hôm|từ|đến|trước|sau|hạn|thứ \w+|chủ nhật|mùng|mồng)\W*$", re.I
)


@dataclass(frozen=True, order=True)
class Ambiguous:
    """A span the voice could read two ways; the words around it do not decide (information for the editor)."""

    file: Path
    line: int
    token: str


def ambiguous_slashes(texts: list[Source]) -> list[Ambiguous]:
    """`4/5` with no day word before it and no counted noun after it: a date (4 May) or a ratio (4 of 5)?"""
    found = []
    for file, first_line, text in texts:
        for number, line in enumerate(JINJA_TAG.sub(" ", text).split("\n"), start=first_line):
            found += [Ambiguous(file, number, m.group(0)) for m in SLASH.finditer(line) if _undecided(line, m)]
    return sorted(set(found))


@dataclass(frozen=True)
class Linted:
    """What `loa lint` reports: words and letter apparatus to fix, and, as information, spelled abbreviations,
    guessed foreign words, ambiguous spans and the abbreviations the texts define."""

    findings: list[Finding]
    spelled: list[Spelled]
    ambiguous: list[Ambiguous]
    guessed: list[Guessed]
    apparatus: list[Apparatus]  # lines of a pasted official letter and long links: to delete or rewrite
    defined: list[Defined]


def lint_all(workspace: Workspace) -> Linted:
    """Every check on one reading of the workspace's texts."""
    texts = list(sources(workspace))
    spelled, guessed = read_letters(workspace, texts)
    found = _unspeakable(workspace, texts)
    defined = defined_abbreviations(texts)
    return Linted(found, spelled, ambiguous_slashes(texts), guessed, letter_apparatus(texts), defined)


def _undecided(line: str, m: re.Match[str]) -> bool:
    could_be_date = 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12
    decided = DATE_BEFORE.search(line[max(0, m.start() - 16) : m.start()]) or COUNTED.match(line, m.end())
    return could_be_date and not decided


def lint_text(normalizer: Normalizer, file: Path, first_line: int, text: str) -> Iterator[Finding]:
    """Findings of one text whose first line is `first_line` of `file` (Jinja tags skipped)."""
    spoken = normalizer.text(JINJA_TAG.sub(" ", text))
    for number, line in enumerate(spoken.split("\n"), start=first_line):
        for token in unspeakable(line):
            yield Finding(file, number, token)


def sources(workspace: Workspace) -> Iterator[tuple[Path, int, str]]:
    """(file, line of the text's first line, text) for everything a voice reads."""
    for item in workspace.announcements:
        yield item.file, _line_of(item.file.read_text(encoding="utf-8"), "title:"), item.title
        yield item.file, item.body_line, item.body
    for template in sorted(workspace.templates_dir.glob("*.j2")):
        yield template, 1, template.read_text(encoding="utf-8")
    stations_file = workspace.root / "stations.yaml"
    stations_text = stations_file.read_text(encoding="utf-8")  # read once, not once per station
    for station in workspace.stations:
        yield stations_file, _line_of(stations_text, station.name, station.line), station.name


def _line_of(text: str, needle: str, start: int = 1) -> int:
    """The first line from `start` on that contains `needle` (1 if none)."""
    for number, line in enumerate(text.splitlines()[start - 1 :], start=start):
        if needle in line:
            return number
    return 1
