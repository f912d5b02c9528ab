"""What the voice will say for a form's text, as the editor types, and a real render to listen to.

Both take the text straight from the form (nothing is saved): the script is templated for the first
station the announcement targets, normalized by the workspace's own normalizer, linted by the build's
checks; "listen" renders it with the workspace's engine chain and mastering, cached like a build.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from ..adapters.files import read_text
from ..adapters.proc import Runner
from ..build.check import recording_path
from ..build.letter import letter_apparatus
from ..build.lint import ambiguous_slashes, defined_abbreviations, lint_text, read_letters
from ..build.script import ScriptWriter
from ..build.steps import render_item
from ..domain.limits import LIMITS
from ..domain.model import PRIORITY_NAMES, WEEKDAYS, Announcement, Station, Workspace
from ..domain.voice import RATE_WPM
from ..errors import LoaError
from ..workspace.fields import whole_number
from .announcement_form import Form, voices
from .snapshot import Snapshot

TOKEN = re.compile(r"\S+|\n")
LOADS_ANOTHER = re.compile(r"{%[-+]?\s*(?:include|import|from|extends)\b")  # a Jinja tag that reads another template
FORM_FILE = Path("(biểu mẫu)")


@dataclass(frozen=True)
class Part:
    """A run of the spoken text; `written` is what the editor wrote there when the voice says it differently."""

    spoken: str
    written: str = ""


@dataclass(frozen=True)
class Spoken:
    parts: tuple[Part, ...]
    unspeakable: tuple[str, ...]  # tokens a voice cannot say (fix the text)
    spelled: tuple[tuple[str, str], ...]  # abbreviations read letter by letter: (written, letter names)
    ambiguous: tuple[str, ...]  # spans that read two ways (a date or a ratio?)
    error: str = ""  # the text does not template (a Jinja mistake): what and how to fix
    guessed: tuple[tuple[str, str], ...] = ()  # foreign words the lexicon lacks: (written, guessed reading)
    apparatus: tuple[tuple[int, str, str], ...] = ()  # pasted letter lines and long links: (line, text, kind)
    defined: tuple[tuple[int, str, str], ...] = ()  # abbreviations the text defines: (line, abbreviation, words)


def speak(snapshot: Snapshot, form: Form, day: date) -> Spoken:
    """The spoken form of the text with every changed span marked, and the lint findings."""
    workspace = _reading(snapshot, form.body)
    if not workspace.stations:
        return Spoken((), (), (), ())
    item, station = _item(form, workspace, day)
    try:
        written = ScriptWriter(_with(workspace, item)).item(item, station, day, station.slots[0])
    except LoaError as err:
        return Spoken((), (), (), (), err.plain)
    normalizer = snapshot.normalizer(workspace, station.dialect)
    spoken = normalizer.text(written)
    texts = [(FORM_FILE, 1, form.body)]
    spelled, guessed = read_letters(workspace, texts, snapshot.normalizer(workspace, "bac"))
    return Spoken(
        _parts(written, spoken),
        tuple(dict.fromkeys(f.token for f in lint_text(normalizer, FORM_FILE, 1, form.body))),
        tuple((s.token, s.spoken) for s in spelled),
        tuple(dict.fromkeys(a.token for a in ambiguous_slashes(texts))),
        guessed=tuple((g.token, g.spoken) for g in guessed),
        apparatus=tuple((a.line, a.text, a.kind) for a in letter_apparatus(texts)),
        defined=tuple((d.line, d.token, d.words) for d in defined_abbreviations(texts)),
    )


def _reading(snapshot: Snapshot, body: str) -> Workspace:
    """The workspace the live preview reads: every announcement only when the text or a template may load another
    template ({% include "announcement:…" %}); else none, as the script then reads only its own text. Stat-ing a
    district's 10,000 announcement files took two thirds of a live lint."""
    light = snapshot.without_announcements()
    try:
        texts = [body, *(read_text(p, light.root, LIMITS.template_bytes) for p in light.templates_dir.glob("*.j2"))]
    except LoaError:  # the script says what is wrong with the template, as it always has
        return snapshot.view().workspace
    return snapshot.view().workspace if any(LOADS_ANOTHER.search(text) for text in texts) else light


def listen(snapshot: Snapshot, form: Form, day: date, output: Path, item_id: str = "") -> float:
    """Render the form as a build would (engines, mastering, cache) into `output`; its duration.

    When announcement `item_id` has a recording, the recording is what airs, so it is what is heard.
    """
    workspace = snapshot.view().workspace
    item, station = _item(form, workspace, day)
    saved = workspace.announcement(item_id) if item_id else None
    item = replace(item, audio=saved.audio) if saved else item
    return render_item(_with(workspace, item), Runner(), item, station, day, output)


PREVIEW_NAME = re.compile(r"^[0-9a-f]{16}\.mp3$")  # a preview's file name: the hash of what it reads


@dataclass(frozen=True)
class Heard:
    """A preview made: its file name (for the page to play) and its length."""

    name: str
    seconds: float


def listen_to(snapshot: Snapshot, form: Form, day: date, item_id: str = "") -> Heard:
    """The form as it will air, rendered once under a name that is the hash of what it reads (the same form
    heard twice is rendered once), kept in .loa/nghe-thu/."""
    key = repr((form, recording_of(snapshot, item_id)))
    name = hashlib.sha256(key.encode()).hexdigest()[:16] + ".mp3"
    folder = previews(snapshot.root)
    folder.mkdir(parents=True, exist_ok=True)
    return Heard(name, listen(snapshot, form, day, folder / name, item_id))


def previews(root: Path) -> Path:
    return root / ".loa" / "nghe-thu"


def preview_file(root: Path, name: str) -> Path | None:
    """A preview made before, by its name (nothing else in the workspace can be named)."""
    path = previews(root) / name
    return path if PREVIEW_NAME.match(name) and path.is_file() else None


def templates(workspace: Workspace, chosen: str = "") -> list[str]:
    """The template names an announcement may choose (files of scripts_vi/templates/, not the slot's opening and
    closing, which are no shape of an announcement), and the one the announcement has chosen, whatever it is."""
    frame = {workspace.settings.opening_template, workspace.settings.closing_template} - {chosen}
    return sorted(p.stem for p in workspace.templates_dir.glob("*.j2") if p.stem not in frame)


def recording_of(snapshot: Snapshot, item_id: str) -> Path | None:
    """The recording announcement `item_id` airs, when it has one that is a file inside the workspace."""
    workspace = snapshot.view().workspace
    item = workspace.announcement(item_id) if item_id else None
    if item is None or not item.audio:
        return None
    path = recording_path(workspace, item)
    return path if path.is_relative_to(workspace.root) and path.is_file() else None


def _item(form: Form, workspace: Workspace, day: date) -> tuple[Announcement, Station]:
    """The form as an announcement (never saved), and the station it is heard at first."""
    item = Announcement(
        id="xem-thu", title=" ".join(form.title.split()) or "Thông báo",
        priority=PRIORITY_NAMES.get(form.priority, PRIORITY_NAMES["thuong"]), valid_from=None, valid_until=None,
        stations=form.stations or None, slots=form.slots or None, repeat=1, template=form.template or None,
        body=form.body.replace("\r\n", "\n"), file=FORM_FILE, body_line=1,
        days=tuple(WEEKDAYS[d] for d in form.days if d in WEEKDAYS) or None,
        voice=form.voice if form.voice in voices(workspace) else "", rate=whole_number(form.rate, *RATE_WPM) or 0,
    )  # fmt: skip
    station = next((s for s in workspace.stations if not form.stations or s.id in form.stations), workspace.stations[0])
    return item, station


def _with(workspace: Workspace, item: Announcement) -> Workspace:
    return replace(workspace, announcements=(*workspace.announcements, item))


def _parts(written: str, spoken: str) -> tuple[Part, ...]:
    """Word-level differences: runs the voice says as written stay plain, the others keep the written words."""
    parts: list[Part] = []
    for written_line, spoken_line in zip(written.split("\n"), spoken.split("\n"), strict=False):
        parts += _line_parts(written_line, spoken_line)
        parts.append(Part("\n"))
    return tuple(parts[:-1])


def _line_parts(written: str, spoken: str) -> list[Part]:
    """The normalizer keeps lines one for one, so each line is compared alone (a diff grows with length squared)."""
    said, wrote = TOKEN.findall(spoken), TOKEN.findall(written)
    matcher = difflib.SequenceMatcher(None, [w.lower() for w in wrote], [w.lower() for w in said])
    parts: list[Part] = []
    for op, w1, w2, s1, s2 in matcher.get_opcodes():
        text = _joined(said[s1:s2])
        if op == "equal":
            parts.append(Part(text))
        elif text:
            parts.append(Part(text, _joined(wrote[w1:w2]) or "·"))
    return parts


def _joined(tokens: list[str]) -> str:
    return " ".join(tokens).replace(" \n ", "\n").replace("\n ", "\n").replace(" \n", "\n")
