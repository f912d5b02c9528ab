"""Continuous publishing: the keeper rebuilds published days when their inputs change (fake builder and clock)."""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from pipeline.app.keeper import STATUS, Keeper, read_status
from pipeline.build.steps import BuildReport
from pipeline.domain.manifest import Manifest
from pipeline.errors import BuildBusy, LoaError, Problem
from pipeline.workspace.inputs import fingerprint, record_built_from

TODAY = date(2021, 8, 9)
TOMORROW = date(2021, 8, 10)


class Moment:
    """Simulated monotonic seconds."""

    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def publish(root: Path, day: date) -> None:
    (root / "playlists" / day.isoformat()).mkdir(parents=True, exist_ok=True)
    (root / "playlists" / day.isoformat() / "manifest.json").write_text(Manifest(day.isoformat(), ()).to_json())


def workspace(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    (root / "scripts_vi" / "announcements").mkdir(parents=True)
    (root / "stations.yaml").write_text("stations: []\n")
    (root / "scripts_vi" / "announcements" / "a.md").write_text("---\ntitle: A\n---\nA.\n")
    for day in (date(2021, 8, 8), TODAY, TOMORROW):
        publish(root, day)
        record_built_from(root, day, fingerprint(root))
    return root


def recording_builder(root: Path, built: list[date], fail: Callable[[int], Exception | None] = lambda n: None):
    """Builds like the build use case records: the inputs read at its start, recorded when it published."""

    def builder(day: date) -> BuildReport:
        inputs = fingerprint(root)
        built.append(day)
        problem = fail(len(built))
        if problem is not None:
            raise problem
        record_built_from(root, day, inputs)
        return BuildReport(day, 1, 1, 1, 60.0, 0, 1, None)

    return builder


def keeper(root: Path, builder: Callable[[date], BuildReport], moment: Moment) -> Keeper:
    return Keeper(root, builder, lambda: TODAY, moment, lambda: datetime(2021, 8, 9, 10, 0), logging.getLogger("t.k"))


def change(root: Path, text: str) -> None:
    (root / "scripts_vi" / "announcements" / "a.md").write_text(f"---\ntitle: A\n---\n{text}\n")


def test_unchanged_inputs_build_nothing(tmp_path: Path) -> None:
    root, built, moment = workspace(tmp_path), [], Moment()
    job = keeper(root, recording_builder(tmp_path / "ws", built), moment)
    for _ in range(5):
        job.tick()
        moment.t += 2
    assert built == []
    assert read_status(root) is not None and read_status(root).builds == 0  # type: ignore[union-attr]


def test_a_change_rebuilds_every_published_day_from_today_once_it_is_still(tmp_path: Path) -> None:
    root, built, moment = workspace(tmp_path), [], Moment()
    job = keeper(root, recording_builder(root, built), moment)
    job.tick()
    change(root, "B.")
    moment.t += 2
    assert job.tick() == 0  # just changed: wait for the burst to end
    moment.t += 2
    assert job.tick() == 0  # still for 2 s of the 3 it waits
    moment.t += 2
    assert job.tick() == 2 and built == [TODAY, TOMORROW]  # the day before today is history: never rebuilt
    for _ in range(3):
        moment.t += 2
        assert job.tick() == 0
    status = json.loads((root / STATUS).read_text())
    assert status["builds"] == 2 and status["building"] == ""


def test_a_burst_of_ten_changes_is_one_rebuild(tmp_path: Path) -> None:
    root, built, moment = workspace(tmp_path), [], Moment()
    publish(root, date(2021, 8, 9))
    job = keeper(root, recording_builder(root, built), moment)
    job.tick()
    for n in range(10):
        change(root, f"Lần {n}.")
        moment.t += 1
        job.tick()
    for _ in range(5):
        moment.t += 2
        job.tick()
    assert built == [TODAY, TOMORROW]


def test_a_change_during_a_build_brings_one_more_pass(tmp_path: Path) -> None:
    root, built, moment = workspace(tmp_path), [], Moment()
    inner = recording_builder(root, built)

    def builder(day: date) -> BuildReport:
        report = inner(day)
        if len(built) == 1:
            change(root, "Sửa trong lúc dựng.")  # an approval arrives while today is being built
        return report

    job = keeper(root, builder, moment)
    job.tick()
    change(root, "B.")
    for _ in range(8):
        moment.t += 2
        job.tick()
    assert built == [TODAY, TODAY, TOMORROW]  # today again (its inputs moved), tomorrow once, from the new inputs


def test_a_failed_build_is_logged_and_the_keeper_goes_on(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    root, built, moment = workspace(tmp_path), [], Moment()
    broken = LoaError(Problem(root / "stations.yaml", 3, "bad station", "fix it"))
    job = keeper(root, recording_builder(root, built, lambda n: broken if n == 1 else None), moment)
    job.tick()
    change(root, "B.")
    with caplog.at_level(logging.INFO):
        for _ in range(6):
            moment.t += 2
            job.tick()
    assert "rebuilding 2021-08-09 failed" in caplog.text and "bad station" in caplog.text
    assert built == [TODAY, TOMORROW]  # not retried on the same inputs; tomorrow still rebuilt
    assert dict(read_status(root).failed) == {"2021-08-09": f"{root / 'stations.yaml'}:3: bad station — fix it"}  # type: ignore[union-attr]
    change(root, "C.")  # fixed: the next change rebuilds both
    for _ in range(3):
        moment.t += 2
        job.tick()
    assert built == [TODAY, TOMORROW, TODAY, TOMORROW]


def test_a_busy_workspace_is_tried_again_at_the_next_tick(tmp_path: Path) -> None:
    root, built, moment = workspace(tmp_path), [], Moment()
    busy = BuildBusy(Problem(root, None, "another build is running", "wait"))
    job = keeper(root, recording_builder(root, built, lambda n: busy if n <= 2 else None), moment)
    job.tick()
    change(root, "B.")
    for _ in range(5):
        moment.t += 2
        job.tick()
    assert built == [TODAY, TODAY, TODAY, TOMORROW]


def test_files_the_build_writes_are_not_inputs(tmp_path: Path) -> None:
    root = workspace(tmp_path)
    before = fingerprint(root)
    for written in ("audio_out/x.mp3", "playlists/2021-08-10/x.m3u8", ".loa/keeper.json", "logs/loa.log",
                    "scripts_vi/announcements/.a.md.123.part"):  # fmt: skip
        (root / written).parent.mkdir(parents=True, exist_ok=True)
        (root / written).write_text("x")
    assert fingerprint(root) == before
    (root / "scripts_vi" / "lexicon.tsv").write_text("UBND\tủy ban nhân dân\n")
    assert fingerprint(root) != before


def test_the_fingerprint_is_the_hash_of_the_stats_in_walk_order(tmp_path: Path) -> None:
    """Days recorded by an earlier Loa stay current: the same lines, in os.walk's order (files, then folders, each
    by name), hidden files and linked folders left out."""
    root = workspace(tmp_path)
    for name in ("scripts_vi/b.md", "scripts_vi/a/z.md", "scripts_vi/a/b/c.md", "jingles/x.mp3", "voices/.v.part"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(name)
    (root / "recordings").mkdir()
    (root / "recordings" / "linked").symlink_to(root / "scripts_vi" / "a")
    digest = hashlib.sha256()
    for top in ("loa.toml", "stations.yaml", "scripts_vi", "jingles", "recordings", "voices"):
        walked = [root / top] if (root / top).is_file() else []
        for folder, dirs, files in os.walk(root / top):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            walked += [Path(folder) / f for f in sorted(files) if not f.startswith(".")]
        for path in walked:
            found = path.stat()
            line = f"{path.relative_to(root).as_posix()}\0{found.st_size}\0{found.st_mtime_ns}\0{found.st_ino}\n"
            digest.update(line.encode())
    assert fingerprint(root) == digest.hexdigest()[:20]
