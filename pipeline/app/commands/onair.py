"""The commands that put something on air now: an emergency and its stop (CAP alerts: cap.py; the nightly run
and the keeper: nightly.py, so that `loa emergency` loads neither the CAP stack nor the nightly job)."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ...adapters.clock import now_in
from .clock import timezone_name
from .signing import signed_in

if TYPE_CHECKING:  # the stop (and the build it runs) loads when used: `loa emergency` starts without it
    from ..emergency import EmergencyReport
    from ..emergency_stop import StopReport


@dataclass(frozen=True)
class Emergency:
    report: EmergencyReport
    seconds: float  # from the command to the published day


def emergency(root: Path, source: Path, stations: tuple[str, ...], name: str = "", password: str = "") -> Emergency:
    """Put an emergency on air; with `name`, signed off by that approver (their password)."""
    start = time.perf_counter()
    now = now_in(timezone_name(root))
    # The password's check (argon2: some 0.2 s, outside the GIL) runs while the emergency's modules load (about
    # 0.25 CPU s: the build's, normalization's) and the bulletin is read and checked: they are imported only now
    with ThreadPoolExecutor(max_workers=1) as pool:
        checking = pool.submit(signed_in, root.resolve(), name, password, now) if name else None
        from ..emergency import emergency as run_emergency

        done = run_emergency(root, source, stations, now, signer=checking.result if checking else None)
    return Emergency(done, time.perf_counter() - start)


def emergency_stop(root: Path, item_id: str, name: str, password: str) -> StopReport:
    """Ngừng phát: withdraw an emergency everywhere, in the name of an approver or an admin (their password)."""
    from ..emergency_stop import stop_emergency

    now = now_in(timezone_name(root))
    return stop_emergency(root, item_id, signed_in(root.resolve(), name, password, now), now)
