"""The build's checks of a workspace beyond its files: templates render, chimes, engines and recordings exist and
decode, the lexicon reads. `load_workspace` is the load step of every command: the files read (workspace/load.py),
then these checks, every problem reported at once."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from ..adapters import ffmpeg as audio
from ..adapters.files import read_text
from ..adapters.proc import Runner
from ..domain.limits import LIMITS
from ..domain.model import Announcement, Workspace
from ..domain.settings import Settings
from ..engines import check_engine_name
from ..errors import LoaError, Problem, ValidationFailed
from ..i18n import tr
from ..normalize.lexicon_file import load_lexicon
from ..render.chimes import jingle_file
from ..workspace.announcements import load_announcement
from ..workspace.ledger import verified
from ..workspace.load import by_id, check_targets, collect, field_line, read_workspace
from ..workspace.settings_file import line_of
from ..workspace.stations import StationNames
from .script import ScriptWriter

SAMPLE_DAY = date(2021, 1, 1)  # any day will do to render a template once


def load_workspace(root: Path, runner: Runner | None = None) -> Workspace:
    """A validated workspace, or ValidationFailed listing every problem found.

    `runner` checks that recordings decode (ffmpeg reads their first second).
    """
    workspace, problems = read_workspace(root)
    collect(problems, lambda: load_lexicon(workspace.root / "scripts_vi" / "lexicon.tsv"))
    if not problems:
        problems += _cross_check(workspace)
    if not problems:
        problems += _check_engines(workspace) + _check_recordings(workspace, runner or Runner())
    if problems:
        raise ValidationFailed(*problems)
    return workspace


def _cross_check(workspace: Workspace) -> list[Problem]:
    """References between files: stations, slots, templates, jingles, variables."""
    problems: list[Problem] = []
    for source in _jingle_sources(workspace.settings):
        collect(problems, lambda s=source: jingle_file(workspace.root, s))
    for item in workspace.announcements:
        problems += _check_item_jingles(item, workspace)
    if not problems:
        problems += _check_templates(workspace)
    return problems


def check_item(item: Announcement, workspace: Workspace) -> list[Problem]:
    """One announcement in its workspace, as a build would check it: targets, jingles, its template renders."""
    problems = check_targets(item, {s.id for s in workspace.stations}, workspace) + _check_item_jingles(item, workspace)
    if not problems and workspace.stations:
        station = next(
            (s for s in workspace.stations if item.stations is None or s.id in item.stations), workspace.stations[0]
        )
        day = item.valid_from or item.valid_until or SAMPLE_DAY
        collect(problems, lambda: ScriptWriter(workspace).item(item, station, day, station.slots[0]))
    return problems


def _check_item_jingles(item: Announcement, workspace: Workspace) -> list[Problem]:
    """An item's intro/outro chimes and music bed exist inside the workspace (a bed must be a file)."""
    problems: list[Problem] = []
    for key, source in (("intro", item.intro), ("outro", item.outro), ("bed", item.bed)):
        if source is None:
            continue
        if key == "bed" and source.startswith("builtin:"):
            problems.append(
                Problem(
                    item.file,
                    field_line(item, key),
                    tr("a music bed must be a file"),
                    tr("put the music under jingles/ and write bed: jingles/<file>"),
                )
            )
            continue
        try:
            jingle_file(workspace.root, source)
        except LoaError as err:
            problems += [Problem(item.file, field_line(item, key), p.what, p.fix) for p in err.problems]
    return problems


def _check_engines(workspace: Workspace) -> list[Problem]:
    """Every engine named in loa.toml or stations.yaml exists."""
    settings_file, stations_file = workspace.root / "loa.toml", workspace.root / "stations.yaml"
    text = settings_file.read_text(encoding="utf-8") if settings_file.exists() else ""
    named = [(name, settings_file, line_of(text, "engines")) for name in workspace.settings.speech.engines]
    named += [(name, stations_file, s.line) for s in workspace.stations for name in (*s.engines, *dict(s.voices))]
    return [p for name, where, line in named if (p := check_engine_name(name, where, line)) is not None]


def _check_recordings(workspace: Workspace, runner: Runner) -> list[Problem]:
    """A recording named by `audio:` is a file inside the workspace, an MP3, WAV or M4A (read as nothing else:
    a playlist renamed `.m4a` would make ffmpeg read the files it names), and ffmpeg can decode it."""
    problems: list[Problem] = []
    for item in workspace.announcements:
        if item.audio is not None and (found := _recording_problem(workspace, item, runner)) is not None:
            problems.append(Problem(item.file, field_line(item, "audio"), *found))
    return problems


def _recording_problem(workspace: Workspace, item: Announcement, runner: Runner) -> tuple[str, str] | None:
    """What is wrong with the announcement's recording and how to fix it, or None."""
    path, name = recording_path(workspace, item), item.audio
    if not path.is_relative_to(workspace.root):
        return tr("the recording '{audio}' is outside the workspace", audio=name), tr("put it under recordings/")
    if not path.is_file():
        what = tr("the recording '{audio}' does not exist", audio=name)
        return what, tr("put the file there (path from the workspace folder)")
    kind, fix = audio.container(runner, path), tr("save it again as MP3 or WAV")
    if kind is audio.Unreadable.FOREIGN:
        return tr("the recording '{audio}' is not an MP3, WAV or M4A file", audio=name), fix
    why = tr("damaged or cut off") if kind is audio.Unreadable.DAMAGED else audio.undecodable(runner, path, kind)
    return None if why is None else (tr("the recording '{audio}' cannot be decoded ({why})", audio=name, why=why), fix)


def recording_path(workspace: Workspace, item: Announcement) -> Path:
    return (workspace.root / (item.audio or "")).resolve()


def _jingle_sources(settings: Settings) -> tuple[str, ...]:
    j = settings.jingles
    return (j.opening, j.between, j.closing)


def _check_templates(workspace: Workspace) -> list[Problem]:
    """Render every announcement once (first targeted station, first air day) to catch template errors."""
    problems: list[Problem] = []
    for path in sorted(workspace.templates_dir.glob("*.j2")):  # every template file, used or not yet
        collect(problems, lambda p=path: read_text(p, workspace.root, LIMITS.template_bytes))
    writer = ScriptWriter(workspace)
    first = workspace.stations[0]
    for item in workspace.announcements:
        station = next((s for s in workspace.stations if item.stations is None or s.id in item.stations), first)
        day = item.valid_from or item.valid_until or SAMPLE_DAY
        collect(problems, lambda i=item, s=station, d=day: writer.item(i, s, d, s.slots[0]))
    settings = workspace.settings
    for template in (settings.opening_template, settings.closing_template):
        collect(problems, lambda t=template: writer.frame(t, first, SAMPLE_DAY, first.slots[0]))
    return problems


def with_announcement(workspace: Workspace, path: Path, runner: Runner | None = None) -> Workspace:
    """`workspace` (loaded and checked) with the announcement file at `path`, new or changed since, read and checked
    as `load_workspace` would check it, without reading the rest again: an emergency (issue 31.4) installs its file
    and signs it off before it can air, and a province's workspace takes some 0.05 CPU s to load."""
    item = load_announcement(path, workspace.root)
    item = verified(workspace.root, (by_id(item, StationNames.of(workspace.stations)),))[0]
    together = sorted((*(a for a in workspace.announcements if a.file != item.file), item), key=lambda a: a.file.name)
    after = dataclasses.replace(workspace, announcements=tuple(together))  # in the order load_announcements reads
    problems = _one_item_problems(after, item, runner or Runner())
    if problems:
        raise ValidationFailed(*problems)
    return after


def _one_item_problems(workspace: Workspace, item: Announcement, runner: Runner) -> list[Problem]:
    """What `load_workspace` would find wrong with `item` in `workspace`: its id, targets, template, recording."""
    same = [a for a in workspace.announcements if a.id == item.id]
    if len(same) > 1:  # said of the later file, as loading says it
        what = tr("announcement id '{id}' is also used by {other}", id=item.id, other=same[0].file.name)
        return [Problem(same[1].file, 2, what, tr("give each announcement its own id"))]
    slots = {s.id: {slot.name for slot in s.slots} for s in workspace.stations}
    problems = check_targets(item, set(slots), workspace, {a.id for a in workspace.announcements}, slots)
    problems = problems or check_item(item, workspace)
    if not problems and item.audio is not None and (found := _recording_problem(workspace, item, runner)):
        problems.append(Problem(item.file, field_line(item, "audio"), *found))
    return problems
