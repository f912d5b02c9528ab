"""Playout with the real Liquidsoap, recorded to a file on a timetable compressed into seconds, then measured."""

from __future__ import annotations

import csv
import dataclasses
import threading
import time
import wave
from datetime import date, datetime
from pathlib import Path

import numpy as np

from pipeline.adapters.clock import VIETNAM
from pipeline.adapters.liquidsoap import Event, Output, send
from pipeline.adapters.proc import Runner
from pipeline.domain.playout import COMPLETE, INTERRUPTED, SKIPPED, TimedSlot
from pipeline.usecases.build import build
from pipeline.usecases.playout import Places, Player, day_slots

from .conftest import tone

DAY = date(2021, 8, 10)
WINDOW = 0.05  # seconds per analysis window of the recording
TONE_HZ = 880.0


def _windows(path: Path) -> tuple[np.ndarray, np.ndarray]:
    """Per 50 ms window of the recording: its level (dBFS) and the share of its energy near the test tone."""
    with wave.open(str(path)) as wav:
        rate, channels = wav.getframerate(), wav.getnchannels()
        samples = np.frombuffer(wav.readframes(wav.getnframes()), dtype=np.int16).astype(np.float64) / 32768
    mono = samples.reshape(-1, channels).mean(axis=1)
    size = int(rate * WINDOW)
    frames = mono[: len(mono) // size * size].reshape(-1, size)
    level = 10 * np.log10(np.mean(frames**2, axis=1) + 1e-12)
    spectrum = np.abs(np.fft.rfft(frames, axis=1)) ** 2
    bins = np.fft.rfftfreq(size, 1 / rate)
    near = spectrum[:, np.abs(bins - TONE_HZ) < 60].sum(axis=1) / (spectrum.sum(axis=1) + 1e-12)
    return level, near


def _runs(mask: np.ndarray, gap: float = 1.5) -> list[tuple[float, float]]:
    """(start, end) seconds of the stretches where `mask` holds, joining pauses shorter than `gap`."""
    runs: list[list[float]] = []
    for index in np.flatnonzero(mask):
        at = index * WINDOW
        if runs and at - runs[-1][1] <= gap:
            runs[-1][1] = at + WINDOW
        else:
            runs.append([at, at + WINDOW])
    return [(a, b) for a, b in runs]


def _compressed(slots: tuple[TimedSlot, ...], first: float, pause: float) -> tuple[TimedSlot, ...]:
    """The day's slots moved to `first`, one after the other with `pause` seconds of silence between them."""
    moved, start = [], first
    for slot in slots:
        length = sum(c.duration for c in slot.cues)
        moved.append(dataclasses.replace(slot, start=start, end=start + length + 30))
        start += length + pause
    return tuple(moved)


def _log(ws: Path, station: str) -> list[dict[str, str]]:
    with (ws / "playlists" / DAY.isoformat() / station / "phat-thuc-te.csv").open(encoding="utf-8") as rows:
        return list(csv.DictReader(rows))


def _at(text: str) -> float:
    return datetime.fromisoformat(text).timestamp()


def test_slots_start_on_time_an_emergency_cuts_in_and_a_deleted_file_is_skipped(two_ws: Path, tmp_path: Path) -> None:
    build(two_ws, DAY)
    places = Places(two_ws.resolve(), "binh-an")
    real = day_slots(places.root, "binh-an", DAY, VIETNAM)
    assert [len(s.cues) for s in real] == [5, 5]  # chime, opening, item, closing, chime
    slots = _compressed(real, time.time() + 6, pause=5)
    later = slots[1]  # "published" while the player runs: it is picked up without a restart
    deleted = later.cues[2]  # the item's speech: gone by the time the second slot starts
    urgent = tone(tmp_path / "khan.wav", 3.0, -14, TONE_HZ)
    events: list[Event] = []
    marks: dict[str, float] = {}

    def script() -> None:
        time.sleep(max(0.0, slots[0].start + 7 - time.time()))
        marks["push"] = time.time()
        send(places.socket, f"loa.emergency {urgent}")
        time.sleep(max(0.0, later.start - 2 - time.time()))
        Path(deleted.path).unlink()

    def timetable(now: float) -> tuple[TimedSlot, ...]:
        return slots if now > slots[0].start - 3 else slots[:1]

    recording = tmp_path / "phat.wav"
    player = Player(places, Output("file", str(recording)), timetable, time.time, runner := Runner(), VIETNAM)
    threading.Thread(target=script, daemon=True).start()
    player.run(until=later.start + sum(c.duration for c in later.cues) + 4, on_event=events.append)
    assert runner.spawned == 1

    began = next(e.time for e in events if e.kind == "recording")
    level, near = _windows(recording)
    heard = _runs(level > -45)
    urgent_runs = _runs(near > 0.9, gap=0.2)
    slot_lengths = [sum(c.duration for c in s.cues) for s in slots]
    # each slot starts within 1 s of its time, in order, and lasts what it holds (+ the emergency, - the deleted file)
    assert len(heard) == 2, heard
    assert abs(heard[0][0] - (slots[0].start - began)) < 1.0 and abs(heard[1][0] - (later.start - began)) < 1.0
    assert abs((heard[0][1] - heard[0][0]) - (slot_lengths[0] + 3.0)) < 1.0
    assert abs((heard[1][1] - heard[1][0]) - (slot_lengths[1] - deleted.duration)) < 1.0
    # the emergency is heard within 1 s of the push, for its 3 s, and the slot resumes right after it
    assert len(urgent_runs) == 1 and abs(urgent_runs[0][1] - urgent_runs[0][0] - 3.0) < 0.3
    assert 0 <= urgent_runs[0][0] - (marks["push"] - began) < 1.0
    assert heard[0][1] > urgent_runs[0][1] + 1.0

    rows = _log(two_ws, "binh-an")
    results = [r["result"] for r in rows]
    assert results.count(INTERRUPTED) == 1 and f"{COMPLETE} (tiếp)" in results and results.count(SKIPPED) == 1
    cut = results.index(INTERRUPTED)
    assert rows[cut + 1]["file"] == "khan.wav" and rows[cut + 2]["file"] == rows[cut]["file"]
    assert abs(_at(rows[cut + 1]["started"]) - began - urgent_runs[0][0]) < 0.3
    assert rows[results.index(SKIPPED)]["file"] == deleted.file
    assert abs(_at(rows[0]["started"]) - began - heard[0][0]) < 0.3
    assert [r["slot"] for r in rows if r["result"] != SKIPPED].count("Buổi sáng") == 6  # 5 files, 1 resumed
    first_slot = [r for r in rows if r["slot"] == "Buổi sáng" or r["file"] == "khan.wav"]
    assert abs(sum(float(r["seconds"]) for r in first_slot) - (heard[0][1] - heard[0][0])) < 1.0
    assert [r["file"] for r in rows if r["result"] == COMPLETE][:2] == [c.file for c in slots[0].cues[:2]]
