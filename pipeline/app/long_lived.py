"""What `loa serve` keeps for hours out of the garbage collector's sight once it has settled.

At district scale the web app's caches (the snapshot's 10,000 announcements, a week of published days, a month's
counted days) are some 180,000 objects. Python's full collection looks through every one of them (about 100 ms),
and a page that makes many short-lived objects, like Thống kê, set one off every few requests: its p95 was nearly
three times its p50. After the caches grew by SETTLE_AFTER parses, one full collection clears the garbage and
gc.freeze() moves what is alive to the permanent generation, which later collections skip. What was frozen is
still freed when nothing refers to it; only a cycle that was alive then and dies later stays until the process
ends (the caches hold none; a request under way may). A workspace of a few files never reaches the threshold.
"""

from __future__ import annotations

import gc
import threading
from typing import Protocol

SETTLE_AFTER = 1000  # files parsed or days counted since the last settle: a cold cache, not an edit


class Loads(Protocol):
    @property
    def loads(self) -> int:
        """How many files (or station-days) the cache has parsed so far."""
        ...


class LongLived:
    """The caches of one app, and how much they had parsed when last settled."""

    def __init__(self, *caches: Loads) -> None:
        self._caches = caches
        self._settled = 0
        self._lock = threading.Lock()

    def settle(self) -> bool:
        """Collect and freeze when the caches grew enough since the last time; whether it did."""
        loads = sum(cache.loads for cache in self._caches)
        with self._lock:
            if loads - self._settled < SETTLE_AFTER:
                return False
            self._settled = loads
        gc.collect()
        gc.freeze()
        return True
