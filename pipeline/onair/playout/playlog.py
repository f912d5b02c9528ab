"""The play log: what a station actually aired, from the player's events, as phat-thuc-te.csv.

Liquidsoap prints a `track` event each time the output starts a file (or falls back to
silence: an empty file name) and a `skipped` event for a file it could not open. A file's row
ends when the next track starts: it is complete when it played its length, interrupted when
an emergency cut in; the rest of an interrupted file is a row of its own, marked "(tiếp)".

The rows are appended to playout/<station>/phat-thuc-te-<date>.csv, and that file is hard
linked as playlists/<date>/<station>/phat-thuc-te.csv, where a district collects it; a
rebuild of the day carries the link over (onair/publish.py), so no row is ever lost.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

from ...adapters.files import csv_cell
from ...adapters.liquidsoap import Event
from ...domain.playout import COMPLETE, INTERRUPTED, PLAY_LOG, PLAY_LOG_COLUMNS, RELAY_LOST, SKIPPED, Cue, Played
from .places import Places

LENGTH_SLACK = 0.5  # seconds a file may end early and still count as played whole (frames, decoder padding)


@dataclass(frozen=True)
class _Playing:
    cue: Cue
    started: float
    owed: float  # seconds of it still to play (less than its length when it resumes after an emergency)
    resumed: bool  # the rest of a file (or a relay) cut before: its row is marked "(tiếp)"


class PlayLog:
    """Turns the player's events into rows of the play log, written as they end."""

    def __init__(self, places: Places, where: tzinfo, on_row: Callable[[Played], None] = lambda row: None) -> None:
        self.places, self.where, self.on_row = places, where, on_row  # on_row: a station agent's outbox
        self.playing: _Playing | None = None
        self.owed: dict[str, float] = {}  # what an interrupted file still has to play
        self.day = ""
        self.slot = ""  # the key of the slot the program pushed last

    def hear(self, event: Event, cues: Mapping[tuple[str, str], Cue]) -> None:
        """Take one event; `cues` are the scheduled files by (slot key, path): one file may air in many slots."""
        path = event.detail[-1] if event.detail else ""
        if event.kind == "slot":
            self.slot = path
        day = self.day or datetime.fromtimestamp(event.time, self.where).date().isoformat()
        if event.kind == "skipped":
            self.write(Played(event.time, event.time, _cue(cues, self.slot, path, day), SKIPPED))
        elif event.kind == "track":
            self.close(event.time, lost=self._fell_back(path, cues))
            if path:
                cue = _cue(cues, self.slot, path, day)
                self.day = cue.day  # a file Loa did not schedule (an emergency) goes in the log of the day on air
                self.playing = self._start(cue, event.time)

    def _start(self, cue: Cue, now: float) -> _Playing:
        if cue.kind == "relay":  # a stream owes the time to its slot's end, wherever it starts (late, or again)
            resumed = cue.path in self.owed
            self.owed[cue.path] = 0.0
            return _Playing(cue, now, max(0.0, cue.until - now), resumed)
        resumed = cue.path in self.owed
        return _Playing(cue, now, self.owed.pop(cue.path, cue.duration), resumed)

    def _fell_back(self, path: str, cues: Mapping[tuple[str, str], Cue]) -> bool:
        """A relay gave way to its slot's own program, or to silence: its stream went down (not an emergency)."""
        playing = self.playing
        return playing is not None and playing.cue.kind == "relay" and (not path or (self.slot, path) in cues)

    def close(self, now: float, lost: bool = False) -> None:
        """End the row of the file playing now: complete, or interrupted with what it still owes; a relay that ended
        before its slot because its stream went down (`lost`) says so."""
        playing, self.playing = self.playing, None
        if playing is None:
            return
        played = now - playing.started
        result = COMPLETE
        if played < playing.owed - LENGTH_SLACK:
            result = RELAY_LOST if lost else INTERRUPTED
            if playing.cue.kind != "relay":
                self.owed[playing.cue.path] = playing.owed - played
        self.write(Played(playing.started, now, playing.cue, result + (" (tiếp)" if playing.resumed else "")))

    def write(self, row: Played) -> None:
        log = self.places.folder / f"phat-thuc-te-{row.cue.day}.csv"
        log.parent.mkdir(parents=True, exist_ok=True)
        new = not log.exists()
        with log.open("a", encoding="utf-8", newline="") as out:
            out.write(self.line(row, header=new))
        published = self.places.root / "playlists" / row.cue.day / self.places.station
        if published.is_dir() and not (published / PLAY_LOG).exists():
            with contextlib.suppress(FileExistsError):
                os.link(log, published / PLAY_LOG)
        self.on_row(row)

    def line(self, row: Played, header: bool = False) -> str:
        cue = row.cue
        cells = (self._at(row.started), self._at(row.ended), cue.file, cue.title, cue.announcement_id or "",
                 cue.kind, cue.slot, f"{row.seconds:.1f}", row.result)  # fmt: skip
        return log_line(cells, header)

    def _at(self, moment: float) -> str:
        return datetime.fromtimestamp(moment, self.where).isoformat(timespec="milliseconds")


def log_line(cells: tuple[str, ...], header: bool = False) -> str:
    """One row of a play log in its CSV form (cells in PLAY_LOG_COLUMNS order), after the header for a new file;
    the player and the district (rows a station agent sends) write the same file through this."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if header:
        writer.writerow(PLAY_LOG_COLUMNS)
    writer.writerow([csv_cell(cell) for cell in cells])
    return out.getvalue()


def _cue(cues: Mapping[tuple[str, str], Cue], slot: str, path: str, day: str) -> Cue:
    """The cue of a file the player named; a file Loa did not give it is logged by its name, on the day it aired."""
    found = cues.get((slot, path)) or next((cue for (_, known), cue in cues.items() if known == path), None)
    return found or Cue(path, Path(path).name, Path(path).name, None, day, "", 0.0)
