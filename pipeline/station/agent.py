"""`loa station run`: sync the station's days from its district, play them, report, and cut emergencies in.

Three threads: the player (onair's Player on DIR, which restarts Liquidsoap when it stops), the
long-poll of events (emergencies cut in at once), and this one: every PERIOD seconds (at once after
an event) the days are synced, old days pruned, a heartbeat sent and the play log's waiting rows
sent. When the district cannot be reached the station keeps playing the complete days it holds and
asks again after a growing pause (BACKOFF_FIRST doubling to BACKOFF_MAX); a refused token or
station stops the agent with its exit code.
"""

from __future__ import annotations

import contextlib
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

from ..adapters.liquidsoap import Output, send
from ..adapters.proc import Runner
from ..domain.playout import Cue, Played
from ..errors import LineDown, LoaError
from ..i18n import tr
from ..onair.playout.places import Places
from ..onair.playout.program import Player, PublishedSlots
from .days import CHUNK, Days
from .emergency import CutIn, CutOff, Heard, fresh
from .link import Link
from .outbox import Outbox

PERIOD = 30.0  # seconds between syncs and heartbeats
# Seconds before asking an unreachable district again: at most 45, so a station catches up within a minute of the
# line coming back (a down district then gets one request per station every 45 s: nothing for a district PC).
BACKOFF_FIRST, BACKOFF_MAX = 5.0, 45.0


@dataclass(frozen=True)
class Setup:
    root: Path  # DIR: playlists/ as a workspace's, playout/<station>/ for the player
    station: str
    link: Link
    output: Output
    where: tzinfo
    keep_days: int = 3  # days before today kept on disk
    chunk: int = CHUNK


class Agent:
    def __init__(self, setup: Setup, now: Callable[[], float], on_line: Callable[[str], None]) -> None:
        self.setup, self.now, self.say = setup, now, on_line
        self.link = setup.link
        self.days = Days(setup.root, setup.station, setup.chunk)
        self.places = Places(setup.root, setup.station)
        self.outbox = Outbox(self.places.folder / "cho-gui.jsonl")
        self.heard = Heard()
        self.cut_in = CutIn(self.link, self.days, self.places, self.heard, now, setup.where, on_line, self._expect)
        self.cut_off = CutOff(self.link, self.places, self.sync_once, now, setup.where, on_line)
        self.wake, self.stop = threading.Event(), threading.Event()
        self.syncing = threading.Lock()
        self.player: Player | None = None
        self.fatal: LoaError | None = None

    # One step each: the loops below repeat them; tests call them one at a time.

    def sync_once(self) -> bool:
        """Every listed day whose version differs from the one held, then old days removed; whether a day changed.
        One sync at a time: a stop event syncs from the events' thread while the main loop may be syncing."""
        with self.syncing:
            return self._sync()

    def _sync(self) -> bool:
        held, changed = self.days.held(), False
        for listed in self.link.days():
            day, version = str(listed.get("date", "")), str(listed.get("version", ""))
            if day and held.get(day) != version:
                got, size = self.days.sync(self.link, day)
                changed = True
                self.say(tr("day {day}: version {version} is ready ({size} bytes downloaded)", day=day,
                            version=got[:12], size=size))  # fmt: skip
        for gone in self.days.prune(self._today(), self.setup.keep_days):
            self.say(tr("removed the old day {day}", day=gone))
        return changed

    def report_once(self) -> None:
        """The heartbeat, then the play log's waiting rows until the outbox is empty."""
        self.link.heartbeat(self.heartbeat())
        while rows := self.outbox.waiting():
            accepted = self.link.playlog(rows)
            self.outbox.remove(accepted)
            if not {row["id"] for row in rows} & set(accepted):
                break  # the district took none of them: ask again at the next round, not now

    def heartbeat(self) -> dict[str, Any]:
        usage = shutil.disk_usage(self.setup.root)
        return {"days": self.days.held(), "playing": self._playing(), "disk_free_mb": usage.free // 2**20,
                "liquidsoap": self._liquidsoap_up(), "sent_at": self._iso(self.now())}  # fmt: skip

    def events_once(self) -> None:
        """One long-poll: emergencies cut in (when fresh) and stops cut off, each confirmed; any event syncs the days
        at once."""
        answer = self.link.events(self._seq())
        for event in answer.get("events", []):
            if not isinstance(event, dict):
                continue
            if event.get("kind") == "emergency" and fresh(event, self.now()):
                self.cut_in(event)
            elif event.get("kind") == "stop":
                self.cut_off(event)  # however old: a withdrawn emergency must not air
            self._save_seq(int(event.get("seq", self._seq())))
            self.wake.set()
        self._save_seq(int(answer.get("next", self._seq())))

    def row(self, played: Played) -> None:
        """A row the player ended, into the outbox (from the player's thread)."""
        cue = played.cue
        self.outbox.add({"day": cue.day, "started": self._iso(played.started), "ended": self._iso(played.ended),
                         "file": cue.file, "title": cue.title, "announcement_id": cue.announcement_id or "",
                         "kind": cue.kind, "slot": self.days.slot_of(cue.day, cue.file),
                         "seconds": round(played.seconds, 1), "result": played.result})  # fmt: skip

    # The loops.

    def run(self, until: float | None = None, play: bool = True) -> None:
        """Sync, play and report until `until` (None: for ever); raises what stopped it (a refused token)."""
        self.places.folder.mkdir(parents=True, exist_ok=True)
        try:
            self.sync_once()
        except LineDown as err:
            self._down(err)  # the district is not there yet: play what is held and keep asking
        threads = [threading.Thread(target=self._events_loop, daemon=True)]
        if play:
            threads.append(threading.Thread(target=self._play_loop, args=(until,), daemon=True))
        for thread in threads:
            thread.start()
        try:
            self._main_loop(until)
        finally:
            self.stop.set()
            if self.player:
                self.player.stop.set()
            for thread in threads:
                thread.join(timeout=60)
        if self.fatal:
            raise self.fatal

    def _main_loop(self, until: float | None) -> None:
        failures = 0
        while not self.stop.is_set() and (until is None or self.now() < until):
            failures = 0 if self._guarded(self._round) else failures + 1
            left = float("inf") if until is None else max(0.0, until - self.now())
            self.wake.wait(min(_pause(failures, PERIOD), left))
            self.wake.clear()

    def _round(self) -> None:
        """Report first (alive even while a long sync runs), then sync; a day that changed is reported at once, so
        the district does not show the station behind for a whole period."""
        self.report_once()
        if self.sync_once():
            self.link.heartbeat(self.heartbeat())

    def _events_loop(self) -> None:
        failures = 0
        while not self.stop.is_set():
            failures = 0 if self._guarded(self.events_once) else failures + 1
            self.stop.wait(_pause(failures, 0.0))

    def _guarded(self, step: Callable[[], None]) -> bool:
        """Runs `step`; False when the district could not be reached (said), or refused us (the agent stops)."""
        try:
            step()
        except LineDown as err:
            self._down(err)
            return False
        except OSError as err:  # the station's own disk (full, read-only): said, and tried again later
            self.say(tr("the station could not write its files ({err}); trying again later", err=err))
            return False
        except LoaError as err:  # a refused token or station: stop everything and say why
            self.fatal = err
            self.stop.set()
            self.wake.set()
            return False
        return True

    def _play_loop(self, until: float | None) -> None:
        slots = PublishedSlots(self.setup.root, self.setup.station, self.setup.where)
        self.player = Player(self.places, self.setup.output, slots, self.now, Runner(), self.setup.where, self.row)
        while not self.stop.is_set():
            try:
                self.player.run(until, on_line=self.say, on_event=self.heard.event)
                return
            except (OSError, LoaError) as err:
                self.say(tr("the player could not run ({err}); trying again", err=err))
                self.stop.wait(BACKOFF_FIRST)

    def _expect(self, cues: tuple[Cue, ...]) -> None:
        if self.player:
            self.player.expect(cues)

    def _down(self, err: LineDown) -> None:
        for problem in err.problems:
            self.say(problem.plain)

    def _playing(self) -> dict[str, str] | None:
        playing = self.player.log.playing if self.player else None
        if playing is None:
            return None
        return {"file": playing.cue.file, "title": playing.cue.title, "since": self._iso(playing.started)}

    def _liquidsoap_up(self) -> bool:
        try:
            send(self.places.socket, "uptime", timeout=2.0)
        except OSError:
            return False
        return True

    def _seq(self) -> int:
        with contextlib.suppress(OSError, ValueError):
            return int((self.places.folder / "su-kien.txt").read_text(encoding="utf-8"))
        return 0

    def _save_seq(self, seq: int) -> None:
        self.places.folder.mkdir(parents=True, exist_ok=True)
        (self.places.folder / "su-kien.txt").write_text(f"{seq}\n", encoding="utf-8")

    def _today(self) -> date:
        return datetime.fromtimestamp(self.now(), self.setup.where).date()

    def _iso(self, moment: float) -> str:
        return datetime.fromtimestamp(moment, self.setup.where).isoformat(timespec="milliseconds")


def _pause(failures: int, ok: float) -> float:
    """Seconds before the next try: `ok` after a success, then BACKOFF_FIRST doubling up to BACKOFF_MAX."""
    return ok if failures == 0 else min(BACKOFF_MAX, BACKOFF_FIRST * 2 ** min(failures - 1, 10))
