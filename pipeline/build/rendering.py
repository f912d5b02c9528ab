"""The synthesize and master steps over the day's tree: every segment becomes a render job, the store is asked
which it lacks, the backend makes those; then each slot's joined file the same way. Each slot gets its audio."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import partial

from ..backends import Outcome
from ..domain.day import SlotDay, StationDay
from ..domain.model import Station
from ..domain.segments import Chime, Segment, is_item
from ..i18n import tr
from ..render.jobs import RenderJob
from ..render.store import Stored
from .assemble import Parts, Rendered, SlotAudio
from .compose import Services
from .summary import Tally
from .warnings import BuildWarning, warning

Progress = Callable[[str], None]


def render_programs(
    services: Services,
    stations: list[StationDay[None]],
    progress: Progress,
    left_out: list[BuildWarning],
    day: date,
) -> tuple[tuple[Rendered, ...], Tally]:
    """Jobs for every segment, then for every slot file: the store is asked, the backend makes what is missing.
    Each slot of the tree gets its audio (what no engine could make is left out, and said in `left_out`).

    The scripted tree (`stations`) is emptied station by station as its slots get their files, and the tables hold
    each job's identity, not the job: a province's three trees are never held at once (issue 31)."""
    idents, done = _segments_made(services, stations, progress)
    joining: list[StationDay[tuple[Parts, object]]] = []
    joins: dict[object, RenderJob] = {}
    while stations:
        fill = partial(_joining, services, idents, done, joins, left_out, day)
        joining.append(stations.pop(0).each_slot(fill))
    joined = make_missing(services, list(joins.values()), progress, tr("joining {count} slot files"))
    joins.clear()
    rendered = []
    while joining:
        rendered.append(joining.pop(0).each_slot(partial(_joined, joined)))
    return tuple(rendered), _tally(done, joined, rendered)


def _segments_made(services: Services, stations: list[StationDay[None]],
                   progress: Progress) -> tuple[dict[Segment, object], dict[object, Outcome]]:  # fmt: skip
    """Each segment's job identity, and each job's outcome (the jobs themselves are freed once made)."""
    jobs = {segment: services.jobs.job(segment) for p in stations for slot in p.slots for segment in slot.segments}
    idents = {segment: ident(job) for segment, job in jobs.items()}
    return idents, make_missing(services, list(jobs.values()), progress, tr("rendering {count} segments"))


def _tally(done: dict[object, Outcome], joined: dict[object, Outcome], rendered: list[Rendered]) -> Tally:
    made = sum(o.rendered for o in (*done.values(), *joined.values()))
    used = sum(len(slot.audio.parts) + 1 for station in rendered for slot in station.slots)
    fallbacks = tuple(o.fallback for o in done.values() if o.fallback)
    return Tally(made, used - made, fallbacks)


def _joining(services: Services, idents: dict[Segment, object], done: dict[object, Outcome],
             joins: dict[object, RenderJob], left_out: list[BuildWarning], day: date, station: Station,
             slot: SlotDay[None]) -> SlotDay[tuple[Parts, object]]:  # fmt: skip
    """A slot with its segments' files and the identity of the job that joins them into the slot file (the job
    goes into `joins`)."""
    parts = tuple(_parts(station, slot, idents, done, left_out))
    join = services.jobs.join(tuple(s for _, s in parts), f"{slot.slot.label} {day:%d/%m/%Y} — {station.name}")
    joins[ident(join)] = join  # as the store is asked: the last of equal jobs, in the first one's place
    return slot.sounding((parts, ident(join)))


def _joined(joined: dict[object, Outcome], _: Station, slot: SlotDay[tuple[Parts, object]]) -> SlotDay[SlotAudio]:
    """A slot with its audio: its parts and the slot file joined from them."""
    parts, join = slot.audio
    return slot.sounding(SlotAudio(parts, _stored(joined[join].stored)))


def make_missing(services: Services, jobs: Sequence[RenderJob], progress: Progress, line: str) -> dict[object, Outcome]:
    """Each unique job's outcome: found in the store, else made by the backend (`line` says how many are made)."""
    unique = {ident(job): job for job in jobs}
    found = {ident: services.store.get(job.kind, job.key) if job.key else None for ident, job in unique.items()}
    missing = [ident for ident, stored in found.items() if stored is None]
    if missing:
        progress(line.format(count=len(missing)))
    made = dict(zip(missing, services.backend.render([unique[i] for i in missing]), strict=True))
    return {ident: made.get(ident) or Outcome(found[ident]) for ident in unique}


def ident(job: RenderJob) -> object:
    """What makes two jobs the same: their key (a speech job whose first engine cannot start has none: itself)."""
    return (job.kind, job.key) if job.key else job


def _stored(stored: Stored | None) -> Stored:
    if stored is None:  # a join has no engine to fail; the backend raises what went wrong
        raise RuntimeError("a slot file was not made")
    return stored


def _parts(station: Station, slot: SlotDay[None], idents: dict[Segment, object], done: dict[object, Outcome],
           left_out: list[BuildWarning]) -> list[tuple[Segment, Stored]]:  # fmt: skip
    """The slot's segments with their files; those no engine could make are left out (the rest still airs)."""
    parts = []
    for segment in slot.segments:
        outcome = done[idents[segment]]
        if outcome.stored is None:
            left_out.append(warning("left_out", segment.announcement_id or "", station.id,
                                    slot=slot.slot.name, failure=str(outcome.failure)))  # fmt: skip
        else:
            parts.append((segment, outcome.stored))
    return without_stray_chimes(parts)


def without_stray_chimes(parts: list[tuple[Segment, Stored]]) -> list[tuple[Segment, Stored]]:
    """A between-items chime stays only between two items, an item's own chimes only with it (if it was left out)."""
    spoken = {segment.announcement_id for segment, _ in parts if is_item(segment)}
    parts = [
        (s, stored)
        for s, stored in parts
        if not (isinstance(s, Chime) and s.role in ("intro", "outro")) or s.announcement_id in spoken
    ]
    kept: list[tuple[Segment, Stored]] = []
    for index, (segment, stored) in enumerate(parts):
        if _between(segment):
            before, after = (
                parts[index - 1][0] if index else None,
                parts[index + 1][0] if index + 1 < len(parts) else None,
            )
            if not (before and before.announcement_id and after and after.announcement_id) or _between(kept[-1][0]):
                continue
        kept.append((segment, stored))
    return kept


def _between(segment: Segment) -> bool:
    return isinstance(segment, Chime) and segment.role == "between"
