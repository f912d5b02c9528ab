"""`loa playout`: a published day becomes a station's Liquidsoap program, its timetable and its play log.

The program (adapters/liquidsoap.py) plays; this module tells it what and when. A day's
slots come from the published manifest, each at its start in the workspace's time zone.
The files are hard links under playout/<station>/tep/ named by checksum: a rebuild of the
day (an emergency, a correction) replaces the published names, never what the player queued.
`Player` runs the program, writes the play log from its events, and reloads the timetable
when a day is published (the next day's after the nightly build): no restart.
"""

from __future__ import annotations

import contextlib
import os
import queue
import subprocess
import threading
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path

from ...adapters.liquidsoap import Event, Output, parse_event, program_text, send
from ...adapters.proc import Runner
from ...domain.manifest import SlotEntry
from ...domain.playout import RELAY, Cue, Played, TimedSlot
from ...i18n import tr
from ..published import read_manifest
from .places import Places
from .playlog import PlayLog

POLL_SECONDS = 2.0  # how often the player looks for a newly published day
RESTART_SECONDS = 3.0  # wait before starting Liquidsoap again after it stopped


def day_slots(root: Path, station: str, day: date, where: tzinfo) -> tuple[TimedSlot, ...]:
    """The station's published slots of `day` at their times (none when the day is not published)."""
    folder = root / "playlists" / day.isoformat()
    manifest = read_manifest(folder)
    entry = manifest.station(station) if manifest else None
    if entry is None:
        return ()
    return tuple(_timed(Places(root, station), folder / station, day, slot, where) for slot in entry.slots)


def _timed(places: Places, published: Path, day: date, slot: SlotEntry, where: tzinfo) -> TimedSlot:
    start = datetime.combine(day, time.fromisoformat(slot.start), where).timestamp()
    silent = slot.relay is not None and slot.relay.fallback == "silence"  # nothing airs while its stream is down
    cues = tuple(
        Cue(str(linked(places, published / i.file, i.sha256)), i.file, i.title, i.announcement_id,
            day.isoformat(), slot.label, i.duration, i.kind)
        for i in (() if silent else slot.items)
    )  # fmt: skip
    end = start + slot.length
    relay = None
    if slot.relay is not None:
        title = f"Tiếp sóng: {slot.label}"
        relay = Cue(RELAY + slot.relay.url, slot.relay.url, title, None, day.isoformat(), slot.label, slot.length,
                    "relay", end)  # fmt: skip
    return TimedSlot(f"{day.isoformat()}_{slot.slot}", start, end, cues, relay)


def linked(places: Places, source: Path, sha256: str) -> Path:
    """The file under playout/<station>/tep/<checksum>.mp3 (a hard link: no copy, and it outlives a rebuild)."""
    target = places.folder / "tep" / f"{sha256}{source.suffix}"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(f".tmp-{os.getpid()}-{target.name}")
        try:
            os.link(source, temp)
        except FileNotFoundError:
            return source  # gone since the manifest was read: the player skips it and logs it
        os.replace(temp, target)
    return target


def item_paths(root: Path, station: str, announcement_id: str) -> list[str]:
    """The player's paths (tep/<checksum>) of an announcement's own files in every day published for the station:
    what a stop drops from a running player's queues (read before the days are built again without it)."""
    found = []
    for folder in sorted((root / "playlists").glob("????-??-??")):
        manifest = read_manifest(folder)
        entry = manifest.station(station) if manifest else None
        items = [i for slot in entry.slots for i in slot.items] if entry else []
        tep = Places(root, station).folder / "tep"
        found += [str(tep / f"{i.sha256}{Path(i.file).suffix}") for i in items if i.announcement_id == announcement_id]
    return list(dict.fromkeys(found))


def write_timetable(path: Path, slots: tuple[TimedSlot, ...]) -> None:
    """One line per slot: start, end, key, the stream it relays (or nothing), files (tab-separated; what the
    program's `load` reads)."""
    lines = ["\t".join([f"{s.start:.3f}", f"{s.end:.3f}", s.key, s.relay.file if s.relay else "",
                         *(c.path for c in s.cues)]) for s in slots]  # fmt: skip
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".tmp-{os.getpid()}-{path.name}")
    temp.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    os.replace(temp, path)


def write_program(places: Places, output: Output) -> None:
    """The station's Liquidsoap program, playout/<station>/chuong-trinh.liq (it loads the timetable itself)."""
    places.folder.mkdir(parents=True, exist_ok=True)
    text = program_text(places.station, places.socket, places.timetable, output)
    places.program.write_text(text, encoding="utf-8")


def station_days(root: Path, station: str, day: date, where: tzinfo) -> tuple[TimedSlot, ...]:
    """What the player should know on `day`: that day's slots and, once published, the next day's."""
    return day_slots(root, station, day, where) + day_slots(root, station, day + timedelta(days=1), where)


class PublishedSlots:
    """`station_days` at a given time, read again only when the day changed or one of its manifests did.

    The player asks every 2 s; a province's manifest holds every station's items, so re-reading
    it on each poll would cost far more than a stat of two files.
    """

    def __init__(self, root: Path, station: str, where: tzinfo) -> None:
        self.root, self.station, self.where = root, station, where
        self._seen: tuple[date, tuple[tuple[int, int] | None, ...]] | None = None
        self._slots: tuple[TimedSlot, ...] = ()

    def __call__(self, now: float) -> tuple[TimedSlot, ...]:
        day = datetime.fromtimestamp(now, self.where).date()
        seen = (day, tuple(self._stamp(day + timedelta(days=n)) for n in (0, 1)))
        if seen != self._seen:
            self._seen, self._slots = seen, station_days(self.root, self.station, day, self.where)
        return self._slots

    def _stamp(self, day: date) -> tuple[int, int] | None:
        """The manifest's inode and change time: a publish swaps the day's folder, so both change."""
        try:
            found = (self.root / "playlists" / day.isoformat() / "manifest.json").stat()
        except OSError:
            return None
        return found.st_ino, found.st_mtime_ns


class Player:
    """Runs the station's program under Liquidsoap and keeps its timetable and play log.

    `slots` says what to play (given the time); `now` is the clock (Unix seconds). Both are
    passed in, so a test can play a timetable compressed into seconds.
    """

    def __init__(
        self,
        places: Places,
        output: Output,
        slots: Callable[[float], tuple[TimedSlot, ...]],
        now: Callable[[], float],
        runner: Runner,
        where: tzinfo,
        on_row: Callable[[Played], None] = lambda row: None,
    ) -> None:
        self.places, self.output, self.slots, self.now, self.runner = places, output, slots, now, runner
        self.log = PlayLog(places, where, on_row)
        self._known: tuple[TimedSlot, ...] = ()
        self._pushed: dict[str, Cue] = {}  # files pushed outside the timetable that the player was told about
        self.stop = threading.Event()  # set by another thread (a station agent stopping): the player ends

    def expect(self, cues: tuple[Cue, ...]) -> None:
        """Files about to be pushed outside the timetable (an emergency a station agent cuts in before the day that
        lists it is synced): the play log names them by these cues, so a report counts the bulletin's airing."""
        self._pushed = {**self._pushed, **{cue.path: cue for cue in cues}}  # swapped whole: read by another thread

    def run(
        self,
        until: float | None = None,
        on_line: Callable[[str], None] = lambda line: None,
        on_event: Callable[[Event], None] = lambda event: None,
    ) -> None:
        """Play until `until` (Unix seconds; None: for ever) or `stop`, starting Liquidsoap again if it stops."""
        self._refresh()
        write_program(self.places, self.output)
        while (until is None or self.now() < until) and not self.stop.is_set():
            self._play_once(until, on_line, on_event)
        self.log.close(self.now())

    def _play_once(
        self, until: float | None, on_line: Callable[[str], None], on_event: Callable[[Event], None]
    ) -> None:
        process = self.runner.spawn(["liquidsoap", str(self.places.program)])
        polled = self.now()
        try:
            for line in _lines(process):
                if line is not None:
                    self._hear(line, on_line, on_event)
                if self.now() - polled >= POLL_SECONDS:
                    polled = self.now()
                    self._reload()
                if (until is not None and self.now() >= until) or self.stop.is_set():
                    return
            on_line(tr("Liquidsoap stopped (exit code {code}); starting it again", code=process.wait()))
            self.stop.wait(RESTART_SECONDS)
        finally:
            _stop(process)

    def _hear(self, line: str, on_line: Callable[[str], None], on_event: Callable[[Event], None]) -> None:
        event = parse_event(line)
        if event is None:
            on_line(line.rstrip("\n"))
            return
        on_event(event)
        cues = self._cues()
        if event.kind == "track" and event.detail[-1] and event.detail[-1] not in {p for _, p in cues}:
            self._reload()  # a file pushed by `loa emergency`: its day was just published again
            cues = self._cues()
        self.log.hear(event, cues)

    def _cues(self) -> dict[tuple[str, str], Cue]:
        relays = {(s.key, s.relay.path): s.relay for s in self._known if s.relay}
        pushed = {("", path): cue for path, cue in self._pushed.items()}
        return pushed | {(s.key, c.path): c for s in self._known for c in s.cues} | relays

    def _refresh(self) -> bool:
        """Write the timetable when what should play has changed; True when it did."""
        slots = self.slots(self.now())
        if slots == self._known and self.places.timetable.exists():
            return False
        write_timetable(self.places.timetable, slots)
        self._known = slots
        return True

    def _reload(self) -> None:
        if self._refresh():
            with contextlib.suppress(OSError):  # the program is starting: it loads the new timetable itself
                send(self.places.socket, f"loa.load {self.places.timetable}")


def _lines(process: subprocess.Popen[str]) -> Iterator[str | None]:
    """The process's output lines as they come; None every half second without one (so the caller can poll)."""
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        for line in process.stdout or ():
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    while True:
        try:
            line = lines.get(timeout=0.5)
        except queue.Empty:
            yield None
            continue
        if line is None:
            return
        yield line


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
