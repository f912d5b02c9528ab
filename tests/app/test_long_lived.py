"""What `loa serve` keeps for hours is frozen out of the garbage collector's sight once its caches filled
(app/long_lived.py): a full collection over a district's 180,000 cached objects made Thống kê's p95 thrice its p50."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.app.long_lived import SETTLE_AFTER, LongLived
from pipeline.app.snapshot import Snapshot
from pipeline.app.statistics import DayCounts


@pytest.fixture
def unfrozen() -> Iterator[None]:
    yield
    gc.unfreeze()  # the rest of the suite collects as usual


def test_the_caches_are_frozen_once_they_parsed_enough_and_not_after_an_edit(mini_ws: Path, unfrozen: None) -> None:
    snapshot = Snapshot(mini_ws)
    long_lived = LongLived(snapshot, DayCounts())
    snapshot.view()
    assert 0 < snapshot.loads < SETTLE_AFTER and not long_lived.settle()  # a small workspace: never
    before = gc.get_freeze_count()
    snapshot.loads += SETTLE_AFTER  # as if a district's announcements were read
    assert long_lived.settle() and gc.get_freeze_count() > before
    snapshot.loads += 1  # one edit later: not again
    assert not long_lived.settle()
