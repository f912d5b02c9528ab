"""An emergency on the line before its slots are rebuilt: what must happen before the bulletin can air.

Its audio is rendered once per voice (the same speech job for every station of a dialect: two or three renders
for a province, not one per station), then its files are added to each published day as `urgent`
(`onair/urgent.py`). Stations are told after this; the slot files that include the bulletin follow in a
rebuild (`steps.build`), which keeps the urgent entry.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..adapters.clock import SYSTEM_CLOCK, Clock
from ..adapters.http import Transport
from ..adapters.proc import Runner
from ..backends import InProcess, Outcome
from ..domain.day import PlannedItem
from ..domain.manifest import Item
from ..domain.model import Slot, Station, Workspace
from ..domain.segments import Segment
from ..onair.publish import workspace_lock
from ..onair.urgent import add_urgent, read_ahead
from ..render.jobs import RenderJob
from ..render.store import Stored
from .assemble import SEGMENTS, item_entries
from .compose import compose
from .program import ProgramWriter
from .rendering import ident, make_missing

# Seconds an emergency waits for another build to end (the keeper of a running `loa serve` rebuilding the day the
# bulletin's own file just changed, a build in progress) before it gives up: refusing it would leave it half sent.
BUSY_WAIT = 120.0


@dataclass(frozen=True)
class FirstAiring:
    """Where an emergency first airs at a station: the day, the slot and its planned airing."""

    station: Station
    day: date
    slot: Slot
    planned: PlannedItem


class Ahead:
    """The bulletin sent ahead: `start` renders the first airings' voices in the background (while the caller
    plans the other stations), `publish` adds every station's files to the published days."""

    def __init__(
        self,
        workspace: Workspace,
        announcement_id: str,
        runner: Runner,
        transport: Transport | None = None,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        self.workspace, self.announcement_id, self.clock = workspace, announcement_id, clock
        services = compose(workspace, runner, transport, clock)
        # Here, in one batch: each mastering pass over the two or three voices in one ffmpeg process (starting one
        # costs about 75 ms of CPU, as much as the pass itself; one process a voice and pass cost 0.8 CPU s more
        # at 200 stations), never on a cluster or in a pool (the bulletin is wanted now, not after a round trip).
        self.services = dataclasses.replace(services, backend=InProcess(services.renderer))
        self.writer = ProgramWriter(workspace)
        self.early: Future[dict[object, Outcome]] | None = None

    def start(self, airings: Sequence[FirstAiring]) -> None:
        """Render these airings' bulletin now, in a thread (the work is in the tools' processes)."""
        jobs = list(dict.fromkeys(self._jobs(self._segments(airings)).values()))
        pool = ThreadPoolExecutor(max_workers=1)
        self.early = pool.submit(make_missing, self.services, jobs, lambda _: None, "")
        pool.shutdown(wait=False)  # takes nothing more; the job runs on

    def publish(self, airings: Sequence[FirstAiring]) -> dict[date, dict[str, list[str]]]:
        """Publish the bulletin as urgent in each day; per day, the stations it was published for and its files (a
        day not published yet, or a station whose speech no engine could make, waits for the rebuild)."""
        segments = self._segments(airings)
        jobs = self._jobs(segments)
        days = sorted({a.day for a in airings})
        read = {day: read_ahead(self.folder(day)) for day in days}  # while the voices render
        if self.early is not None:
            self.early.result()  # what was started is in the store now
        done = make_missing(self.services, list(dict.fromkeys(jobs.values())), lambda _: None, "")
        stored = {s: done[ident(job)].stored for s, job in jobs.items()}
        sent: dict[date, dict[str, list[str]]] = {}
        with workspace_lock(self.workspace.root, BUSY_WAIT, self.clock):  # a build running now is waited out
            for day in days:
                files = {a.station.id: _files(day, self.announcement_id, segments[a], stored)
                         for a in airings if a.day == day}  # fmt: skip
                added = add_urgent(self.folder(day), self.announcement_id, files, read[day])
                sent[day] = {station: [item.file for item, _ in files[station]] for station in added}
        return sent

    def folder(self, day: date) -> Path:
        return self.workspace.root / "playlists" / day.isoformat()

    def _segments(self, airings: Sequence[FirstAiring]) -> dict[FirstAiring, list[Segment]]:
        return {a: self.writer.item_segments(a.station, a.planned, a.day, a.slot) for a in airings}

    def _jobs(self, segments: dict[FirstAiring, list[Segment]]) -> dict[Segment, RenderJob]:
        return {s: self.services.jobs.job(s) for parts in segments.values() for s in parts}


def _files(
    day: date, announcement_id: str, segments: list[Segment], stored: dict[Segment, Stored | None]
) -> tuple[tuple[Item, Path], ...]:
    """The bulletin's items under their urgent names, each with its stored file; none when one could not be made."""
    made = [(s, stored[s]) for s in segments]
    if not made or any(file is None for _, file in made):
        return ()
    named = [(f"{SEGMENTS}/{day.isoformat()}_khan-cap_{announcement_id}_{n:02d}-{s.label}.mp3", s, file)
             for n, (s, file) in enumerate(made, start=1) if file is not None]  # fmt: skip
    return tuple(zip(item_entries(named), (file.path for _, _, file in named), strict=True))
