"""An emergency event from the district: its files fetched, cut in through the player's socket, confirmed.

The files go into the day's staging folder (the sync that follows finds them there), then each is
pushed in order to the running player's emergency queue, as `loa emergency` does on a district PC
(`loa.emergency PATH`, a hard link under playout/<station>/tep/ named by checksum). The time it
started is the player's own track event for the first file when it comes within CONFIRM_WAIT
seconds, else the moment the player took the command.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from ..adapters.liquidsoap import Event, send
from ..domain.playout import Cue
from ..errors import LineDown, Problem
from ..i18n import tr
from ..onair.playout.places import Places
from ..onair.playout.program import item_paths, linked
from .days import Days
from .link import Link

FRESH_SECONDS = 15 * 60  # an emergency older than this when it reaches the station airs in its slot, not now
CONFIRM_WAIT = 10.0  # seconds to wait for the player to say it started the bulletin
SOCKET_TRIES = 5  # the player may be restarting: try its socket this many times, a second apart


class Heard:
    """The player's track events by file, for whoever waits for one (from the player's thread)."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._started: dict[str, float] = {}

    def event(self, event: Event) -> None:
        if event.kind == "track" and event.detail and event.detail[-1]:
            with self._changed:
                self._started[event.detail[-1]] = event.time
                self._changed.notify_all()

    def started(self, path: str, since: float, timeout: float) -> float | None:
        """When `path` started playing at or after `since`, waiting up to `timeout` seconds."""
        with self._changed:
            self._changed.wait_for(lambda: self._started.get(path, 0.0) >= since, timeout)
            found = self._started.get(path, 0.0)
        return found if found >= since else None


def fresh(event: dict[str, Any], now: float) -> bool:
    """An event sent at most FRESH_SECONDS ago (or without a time)."""
    try:
        sent = datetime.fromisoformat(str(event["at"])).timestamp()
    except (KeyError, ValueError, TypeError):
        return True
    return now - sent <= FRESH_SECONDS


@dataclass(frozen=True)
class CutIn:
    link: Link
    days: Days
    places: Places
    heard: Heard
    now: Callable[[], float]
    where: tzinfo
    say: Callable[[str], None]
    expect: Callable[[tuple[Cue, ...]], None]  # tells the running player what it is about to be pushed

    def __call__(self, event: dict[str, Any]) -> None:
        day, announcement = str(event.get("day", "")), str(event.get("announcement_id", ""))
        items = self._items(day, [str(f) for f in event.get("files", [])])
        files = {name: str(item["sha256"]) for name, item in items.items()}
        staging = self.days.playlists / f".staging-{day}"
        self.days.fetch(self.link, day, files, staging)
        paths = [str(linked(self.places, staging / self.days.station / name, sha)) for name, sha in files.items()]
        self.expect(tuple(_cue(path, item, day) for path, item in zip(paths, items.values(), strict=True)))
        pushed = _tries(self.now, [f"loa.emergency {path}\t{_tag(announcement)}" for path in paths], self.places)
        if pushed is None:
            self.say(tr("the player is not running: emergency {id} airs in its slot", id=announcement))
            return
        started = self.heard.started(paths[0], pushed - 1.0, CONFIRM_WAIT) or pushed
        self.link.confirm(announcement, datetime.fromtimestamp(started, self.where).isoformat(timespec="seconds"))
        self.say(tr("emergency {id} is on air, confirmed to the district", id=announcement))

    def _items(self, day: str, names: list[str]) -> dict[str, dict[str, Any]]:
        """The event's files as the day's entry lists them (checksum, title, announcement), in the event's order."""
        entry = self.link.day(day)
        items = [*(item for slot in entry.get("slots", []) for item in slot.get("items", [])), *entry.get("urgent", [])]
        known = {item["file"]: item for item in items}
        missing = [name for name in names if name not in known]
        if missing or not names:
            what = tr("the emergency names files its day {day} does not list: {files}", day=day,
                      files=", ".join(missing) or "-")  # fmt: skip
            raise LineDown(Problem(None, None, what, tr("the station asks again at the next event or sync")))
        return {name: known[name] for name in names}


def _cue(path: str, item: dict[str, Any], day: str) -> Cue:
    """How the play log names a file of the bulletin (its slot is not known: it airs outside the timetable)."""
    return Cue(path, str(item["file"]), str(item.get("title", "")), item.get("announcement_id") or None, day, "",
               float(item.get("duration", 0.0)), str(item.get("kind", "speech")))  # fmt: skip


@dataclass(frozen=True)
class CutOff:
    """A stop event (an emergency withdrawn, "Ngừng phát"): it leaves the running player's queues and stops if it
    is playing, the days are synced without it, then the stop is confirmed with the time the player took it
    (with no player running, once the days held no longer hold it: nothing can air it)."""

    link: Link
    places: Places
    sync: Callable[[], object]
    now: Callable[[], float]
    where: tzinfo
    say: Callable[[str], None]

    def __call__(self, event: dict[str, Any]) -> None:
        announcement = str(event.get("announcement_id", ""))
        paths = item_paths(self.places.root, self.places.station, announcement)  # before the sync drops them
        took = _tries(self.now, ["loa.stop " + "\t".join([_tag(announcement), *paths])], self.places)
        self.sync()
        stopped = datetime.fromtimestamp(self.now() if took is None else took, self.where)
        self.link.stopped(announcement, stopped.isoformat(timespec="seconds"))
        self.say(tr("emergency {id} is stopped, confirmed to the district", id=announcement))


def _tag(announcement: str) -> str:
    """The announcement's id as the player's requests carry it (nothing that could break its command)."""
    return announcement if announcement.replace("-", "").replace("_", "").isalnum() else ""


def _tries(now: Callable[[], float], commands: list[str], places: Places) -> float | None:
    """The commands to the player, in order; when it took the first (None: no player runs)."""
    for attempt in range(SOCKET_TRIES):
        try:
            took = now()
            for command in commands:
                send(places.socket, command)
            return took
        except OSError:
            if attempt + 1 < SOCKET_TRIES:
                threading.Event().wait(1.0)
    return None
