"""The workspace's content as frozen values: stations, slots, announcements."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from types import MappingProxyType

from .approval import ApprovedSpeech, Signature
from .settings import Settings


class Priority(enum.IntEnum):
    """Bulletin levels of Circular 39/2020/TT-BTTTT; lower value airs first."""

    KHAN_CAP = 0  # emergency: storms, fires, epidemics
    UU_TIEN = 1  # priority: aired first in the program
    THUONG = 2  # normal: aired in the commune's schedule

    @property
    def slug(self) -> str:
        return self.name.lower().replace("_", "-")


PRIORITY_NAMES = {
    "khan-cap": Priority.KHAN_CAP,
    "emergency": Priority.KHAN_CAP,
    "uu-tien": Priority.UU_TIEN,
    "priority": Priority.UU_TIEN,
    "thuong": Priority.THUONG,
    "normal": Priority.THUONG,
}


STATUSES = ("nhap", "cho-duyet", "tu-choi")  # draft, waiting for approval, rejected (web workflow)
WEEKDAYS = {"t2": 0, "t3": 1, "t4": 2, "t5": 3, "t6": 4, "t7": 5, "cn": 6}  # thứ hai ... chủ nhật


SLOT_LABELS = MappingProxyType({"sang": "Buổi sáng", "trua": "Buổi trưa", "chieu": "Buổi chiều", "toi": "Buổi tối"})
WEEKDAY_NAMES = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def slot_label(name: str) -> str:
    """A slot's name as an operator says it: "Buổi sáng" for `sang`, "Buổi <name>" for a name Loa does not know."""
    return SLOT_LABELS.get(name, f"Buổi {name}")


def weekday_date(day: date) -> str:
    """ "Thứ Ba, ngày 10/08/2021"."""
    return f"{WEEKDAY_NAMES[day.weekday()]}, ngày {day:%d/%m/%Y}"


def clock(seconds: float) -> str:
    """A length as a player shows it: "12:34"."""
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


@dataclass(frozen=True)
class Slot:
    """A broadcast slot of a station, in local time.

    Attributes:
        name: slug used in file names (`sang`, `chieu`).
        start: local start time.
        end: local end time (same day).
        relay: the address (http/https) of a stream this slot relays (VOV, the province, the district), or "".
        relay_fallback: what airs while that stream is down: "program" (the slot's own program) or "silence".
    """

    name: str
    start: time
    end: time
    relay: str = ""
    relay_fallback: str = "program"

    @property
    def seconds(self) -> int:
        return (self.end.hour * 60 + self.end.minute - self.start.hour * 60 - self.start.minute) * 60

    @property
    def label(self) -> str:
        """The slot as an operator says it: "Buổi sáng" for `sang` (a name Loa does not know: "Buổi <name>")."""
        return slot_label(self.name)

    def file_stem(self, day: date) -> str:
        """`2021-08-15_0530_sang`: date and time in the name, so folder order is air order and old days show."""
        return f"{day.isoformat()}_{self.start:%H%M}_{self.name}"


@dataclass(frozen=True)
class Station:
    """A commune loudspeaker station.

    Attributes:
        id: slug (a-z, 0-9, '-'), used as its folder name under playlists/<date>/.
        name: the station's name as announced ("Đài Truyền thanh xã Tân Dĩnh").
        district: the district it belongs to.
        dialect: bac | trung | nam; picks the voice and the number-reading style.
        slots: its broadcast slots, in time order.
        line: line in stations.yaml where it is defined.
        engines: its own speech engine chain, or () for the workspace's (speech.engines).
        voices: its own voice per engine, e.g. (("piper", "voices/x.onnx"), ("espeak", "vi")); others use their default.
        area_codes: administrative codes of its commune, district or province ("25057", "217", "24"): a CAP
            alert whose area geocodes name one of them reaches this station.
        languages: the languages it broadcasts in (ISO 639 codes), Vietnamese always first: an announcement in
            another language, and a translation after its Vietnamese original, airs only where its language is listed.
    """

    id: str
    name: str
    district: str
    dialect: str
    slots: tuple[Slot, ...]
    line: int = 0
    engines: tuple[str, ...] = ()
    voices: tuple[tuple[str, str], ...] = ()
    area_codes: tuple[str, ...] = ()
    languages: tuple[str, ...] = ("vi",)


@dataclass(frozen=True)
class Announcement:
    """One announcement file from scripts_vi/announcements/.

    Attributes:
        id: slug; defaults to the file name.
        title: read out and shown in playlists.
        priority: bulletin level.
        valid_from, valid_until: inclusive air dates (None: open-ended).
        stations: station ids, or None for all stations.
        slots: slot names, or None for all of a station's slots.
        repeat: times per slot.
        template: template name, or None for the workspace default.
        body: the Jinja2 source of the text.
        file: where it came from; body_line: the file line of the body's first line.
        audio: a recording (path in the workspace) aired instead of synthesized speech, or None.
        issuer: the issuing body ("UBND xã Tân Dĩnh"), written to the MP3's ID3 artist tag.
        bed: a music file in the workspace played under the speech, ducked, or None.
        intro, outro: jingles (file or builtin:) played just before / after this item, or None.
        days: weekdays it airs (0 = Monday ... 6 = Sunday), or None for every day.
        spread: repeats are spread over the day's slots instead of back to back in each slot.
        supersedes: id of an older announcement this one replaces while it airs.
        from_time, until_time: times of day bounding the first and last valid dates (local time).
        created: the first day it may air or be counted (front matter, else when Loa first saw the file).
        approved_by: who approved exactly this text ("" when nobody did, or it changed since).
        approved_at: when they did; approved_speech: the spoken scripts the approval bound (see domain/approval).
        signature: the approval lines as the file has them, before they are checked against the key and ledger.
        approval_issue: why the file's approval does not count: "changed" (edited since), "superseded" (approved
            again or withdrawn since: an older copy), "unknown" (not signed by this workspace's key); "" otherwise.
        status: where the web app's workflow has it — "" (a file written by hand: the usual rules),
            "nhap" (a draft), "cho-duyet" (sent to an approver) or "tu-choi" (rejected). Only "" airs;
            approving removes the field.
        hazard, risk_level, responsible: a disaster warning's fields (Decision 18/2021/QĐ-TTg), read aloud by the
            khẩn-cấp template and published in its CAP alert.
    """

    id: str
    title: str
    priority: Priority
    valid_from: date | None
    valid_until: date | None
    stations: tuple[str, ...] | None
    slots: tuple[str, ...] | None
    repeat: int
    template: str | None
    body: str
    file: Path
    body_line: int
    audio: str | None = None
    issuer: str = ""
    bed: str | None = None
    intro: str | None = None
    outro: str | None = None
    days: tuple[int, ...] | None = None
    spread: bool = False
    supersedes: str | None = None
    from_time: time | None = None
    until_time: time | None = None
    created: date | None = None
    approved_by: str = ""
    approved_at: datetime | None = None
    approved_speech: ApprovedSpeech | None = None
    signature: Signature | None = None
    approval_issue: str = ""
    status: str = ""
    origin: str = ""  # where it came from when Loa wrote it from outside: "cap:<sender>/<identifier>"
    hazard: str = ""  # a disaster warning's hazard (domain/warning.py slug, Decision 18/2021), "" for none
    risk_level: int | None = None  # cấp độ rủi ro thiên tai, 1–5
    responsible: str = ""  # who is responsible for the warning (người/cơ quan chịu trách nhiệm)
    language: str = "vi"  # ISO 639 code of the text's language (statistics count airtime by language)
    version_of: str | None = None  # a translation: the id of its Vietnamese original, which it airs right after
    voice: str = ""  # the voice it is read in (domain/voice.py: nam, nu, a piper model); "" the district's default
    rate: int = 0  # reading speed in words per minute; 0 the district's default ([speech] rate_wpm)

    @property
    def approved(self) -> bool:
        return bool(self.approved_by)

    @property
    def approval_changed(self) -> bool:
        """It carries approval lines that no longer count."""
        return self.approval_issue != ""

    @property
    def in_workflow(self) -> bool:
        """A draft, or waiting for or refused by an approver: it never airs, whatever the settings."""
        return self.status != ""

    def airs_on(self, day: date) -> bool:
        """Valid on `day` (inclusive dates), on its weekday, and not before it existed."""
        starts = (self.valid_from is None or self.valid_from <= day) and (self.created is None or self.created <= day)
        in_days = self.days is None or day.weekday() in self.days
        return starts and in_days and (self.valid_until is None or day <= self.valid_until)

    def slots_at(self, station: Station) -> list[Slot]:
        """The station's slots this item airs in: those its `slots:` names, else every one."""
        return [slot for slot in station.slots if self.slots is None or slot.name in self.slots]

    def airs_in(self, day: date, slot: Slot) -> bool:
        """Valid at the start of `slot` on `day`: the times bound the first and last days."""
        if not self.airs_on(day):
            return False
        early = day == self.valid_from and self.from_time is not None and slot.start < self.from_time
        late = day == self.valid_until and self.until_time is not None and slot.start > self.until_time
        return not (early or late)


@dataclass(frozen=True)
class Workspace:
    """A loaded, validated workspace."""

    root: Path
    settings: Settings
    stations: tuple[Station, ...]
    announcements: tuple[Announcement, ...]
    strangers: tuple[Path, ...] = ()  # worth saying, not errors: files in the announcements folder Loa does not read

    @property
    def templates_dir(self) -> Path:
        return self.root / "scripts_vi" / "templates"

    def station(self, station_id: str) -> Station | None:
        return next((s for s in self.stations if s.id == station_id), None)

    def announcement(self, announcement_id: str) -> Announcement | None:
        return next((a for a in self.announcements if a.id == announcement_id), None)
