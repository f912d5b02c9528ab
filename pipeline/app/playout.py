"""The commands around a station's player: write its program, run it, cut an emergency in."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..adapters.clock import now_in, zone
from ..adapters.liquidsoap import Output, icecast, send
from ..adapters.proc import Runner
from ..domain.manifest import Item, SlotEntry
from ..domain.playout import TimedSlot
from ..errors import LoaError, Problem, ValidationFailed
from ..i18n import tr
from ..onair.playout.places import Places
from ..onair.playout.program import Player, PublishedSlots, linked, station_days, write_program, write_timetable
from ..onair.published import read_manifest
from ..workspace.load import read_workspace


@dataclass(frozen=True)
class Prepared:
    places: Places
    slots: tuple[TimedSlot, ...]


def output_for(icecast_url: str, record: Path | None) -> Output:
    """The sound card, unless an Icecast mount (checked now, not at air time) or a recording file is given."""
    if icecast_url:
        icecast(icecast_url)
        return Output("icecast", icecast_url)
    return Output("file", str(record.resolve())) if record else Output("soundcard")


def prepare(root: Path, station: str, day: date | None, output: Output) -> Prepared:
    """The station's program and timetable for `day` (today by default) and the next day if published."""
    root = root.resolve()
    zone_name = _known_station(root, station)
    day = day or now_in(zone_name).date()
    slots = station_days(root, station, day, zone(zone_name))
    if not slots:
        what = tr("nothing is published for station {station} on {day}", station=station, day=day.isoformat())
        raise LoaError(Problem(root / "playlists", None, what, tr("run 'loa build' for that day first")))
    places = Places(root, station)
    write_timetable(places.timetable, slots)
    write_program(places, output)
    return Prepared(places, slots)


def play(root: Path, station: str, output: Output, on_line: Callable[[str], None]) -> None:
    """Run the station's player for ever: today's and tomorrow's published slots, reloaded as days are published."""
    root = root.resolve()
    where = zone(_known_station(root, station))
    slots = PublishedSlots(root, station, where)
    Player(Places(root, station), output, slots, time.time, Runner(), where).run(on_line=on_line)


def _known_station(root: Path, station: str) -> str:
    """The workspace's time zone, once `station` is known to be one of its stations."""
    workspace, problems = read_workspace(root)
    if problems:
        raise ValidationFailed(*problems)
    known = [s.id for s in workspace.stations]
    if station not in known:
        what = tr("unknown station {unknown}", unknown=repr(station))
        raise LoaError(Problem(root / "stations.yaml", None, what, tr("use ids from stations.yaml: {known}",
                                                                      known=", ".join(known))))  # fmt: skip
    return workspace.settings.timezone


def cut_in(root: Path, announcement_id: str, stations: list[tuple[str, str]]) -> tuple[str, ...]:
    """Push an emergency into the running players of (station, day): the stations where one took it."""
    stations = [(station, day) for station, day in stations if Places(root, station).socket.exists()]
    manifests = {day: read_manifest(root / "playlists" / day) for day in {day for _, day in stations}}
    took = []
    for station, day in stations:
        places, manifest, folder = Places(root, station), manifests[day], root / "playlists" / day / station
        entry = manifest.station(station) if manifest else None
        urgent = [i for i in entry.urgent if i.announcement_id == announcement_id] if entry else []
        items = urgent or _first_airing(entry.slots if entry else (), announcement_id)
        if not items or not places.socket.exists():
            continue
        try:
            for item in items:
                path = linked(places, folder / item.file, item.sha256)
                send(places.socket, f"loa.emergency {path}\t{announcement_id}")  # tagged: a stop finds it
        except OSError:
            continue  # the player is not running (a socket left behind): the slot itself airs it
        took.append(station)
    return tuple(took)


def _first_airing(slots: tuple[SlotEntry, ...], announcement_id: str) -> list[Item]:
    """The announcement's files at its first airing: its intro chime, its speech, its outro chime, in order."""
    for slot in slots:
        ids = [item.announcement_id for item in slot.items]
        if announcement_id in ids:
            rest = slot.items[ids.index(announcement_id) :]
            return list(itertools.takewhile(lambda item: item.announcement_id == announcement_id, rest))
    return []


def cut_off(root: Path, announcement_id: str, paths: dict[str, list[str]]) -> tuple[str, ...]:
    """Stop a withdrawn emergency in the running players of these stations (`paths`: its files in each player's
    queue, item_paths); the stations where one took the stop."""
    took = []
    for station, files in paths.items():
        places = Places(root, station)
        if not places.socket.exists():
            continue
        try:
            send(places.socket, "loa.stop " + "\t".join([announcement_id, *files]))
        except OSError:
            continue  # a socket left behind: no player runs, and the day built again no longer holds it
        took.append(station)
    return tuple(took)
