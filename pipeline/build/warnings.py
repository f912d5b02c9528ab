"""A build's warnings as data (`BuildWarning`), and the one function that words them (`worded`).

A warning says what happened (`kind`), what it is about (an announcement, a station: a consumer such as the
emergency path picks the warnings it needs by these fields, never by the words) and the values its sentence
needs. Its words are made in one place, `worded`, through the catalog: the CLI, the nightly and keeper logs,
the pre-air report (bao-cao.html) and the build history all call it. It lives in build/, below app/ and
texts/, because the build itself words its warnings for the pre-air report and the history it writes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from ..i18n import number, tr

Value = str | int | float  # what JSON carries as it is


@dataclass(frozen=True)
class BuildWarning:
    """Something a person should know about a build; `values` are what its sentence needs, by name."""

    kind: str  # one of KINDS
    announcement_id: str = ""  # the announcement it is about ("" for none)
    station_id: str = ""  # the station it is about ("" for the whole day, or several stations)
    values: tuple[tuple[str, Value], ...] = ()

    def __getitem__(self, name: str) -> Value:
        return dict(self.values)[name]

    def as_dict(self) -> dict[str, object]:
        """The warning as JSON-ready data (`from_dict` reads it back)."""
        return {"kind": self.kind, "announcement_id": self.announcement_id, "station_id": self.station_id,
                "values": dict(self.values)}  # fmt: skip

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> BuildWarning:
        values = data.get("values")
        pairs = tuple(values.items()) if isinstance(values, dict) else ()
        return cls(str(data["kind"]), str(data.get("announcement_id", "")), str(data.get("station_id", "")), pairs)


def warning(kind: str, announcement_id: str = "", station_id: str = "", **values: Value) -> BuildWarning:
    return BuildWarning(kind, announcement_id, station_id, tuple(values.items()))


def stranger(path: Path) -> BuildWarning:
    """A file among the announcements that Loa does not read (a .txt or .docx airs nothing)."""
    return warning("stranger", file=str(path), name=path.stem)


def worded(said: BuildWarning) -> str:
    """The warning's sentence in the chosen language: the one place a build warning is worded."""
    return WORDS[said.kind](said)


def worded_all(warnings: Iterable[BuildWarning]) -> list[str]:
    return [worded(w) for w in warnings]


def _overlong(w: BuildWarning) -> str:
    return tr("{station} {slot}: the program lasts {minutes} min, longer than the slot ({length} min)",
              station=w.station_id, slot=w["slot"], minutes=number(float(w["seconds"]) / 60),
              length=number(float(w["length"]) / 60, 0))  # fmt: skip


def _misread(w: BuildWarning) -> str:
    return tr('words the voice would misread: {count}, first "{word}" ({file}:{line}); loa lint lists them all',
              count=w["count"], word=w["word"], file=w["file"], line=w["line"])  # fmt: skip


def _long_silence(w: BuildWarning) -> str:
    return tr("'{title}' has {seconds} s of silence inside", title=w["title"], seconds=number(float(w["seconds"])))


def _left_out(w: BuildWarning) -> str:
    item = f"{w.station_id} {w['slot']}: {w['failure']}"
    return tr("left out {item}", item=item)


def _note(w: BuildWarning) -> str:
    """A note of the plan (its `what` worded by the plan) that the build warns about too."""
    where = " ".join(part for part in (w.station_id, str(w["slot"])) if part)
    return f"{where}: {' '.join(part for part in (w.announcement_id, str(w['what'])) if part)}"


def _drift(w: BuildWarning) -> str:
    return tr("{id}: what it says at {stations} changed since it was approved (lexicon, template, station or "
              "settings); it airs as approved until an approver approves it again", id=w.announcement_id,
              stations=w["stations"])  # fmt: skip


WORDS: Mapping[str, Callable[[BuildWarning], str]] = MappingProxyType({
    "overlong": _overlong,
    "silent": lambda w: tr("'{title}' is silent: check the recording or the text", title=w["title"]),
    "long_silence": _long_silence,
    "misread": _misread,
    "fallback": lambda w: tr("'{title}' was spoken by {engine} because {reasons}", title=w["title"],
                             engine=w["engine"], reasons=w["reasons"]),
    "left_out": _left_out,
    "empty_day": lambda w: tr("nothing airs on {day}: the published day is empty (see the report for why)",
                              day=w["day"]),
    "note": _note,
    "stranger": lambda w: tr("{file} is not an announcement and does not air: only .md files are read; save it as "
                             "{name}.md", file=w["file"], name=w["name"]),
    "manifest_damaged": lambda w: tr("the published manifest of {day} was damaged; every station is built again",
                                     day=w["day"]),
    "station_rebuilt": lambda w: tr("{station}: published files were damaged and the store had no intact copy; "
                                    "built again", station=w.station_id),
    "repaired_missing": lambda w: tr("{station}: repaired {file} from the store (missing)", station=w.station_id,
                                     file=w["file"]),
    "repaired_damaged": lambda w: tr("{station}: repaired {file} from the store (damaged)", station=w.station_id,
                                     file=w["file"]),
    "no_speech_kept": lambda w: tr("{station}: NO SPEECH could be made for {slots}; the previous version stays on "
                                   "air", station=w.station_id, slots=w["slots"]),
    "no_speech_dropped": lambda w: tr("{station}: NO SPEECH could be made for {slots}; nothing is published for it",
                                      station=w.station_id, slots=w["slots"]),
    "drift": _drift,
    "no_history": lambda w: tr("the build history could not be written"),
})  # fmt: skip
KINDS = tuple(WORDS)
