"""Reading the clock, at the edge only: commands turn it into values passed inward."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

VIETNAM = timezone(timedelta(hours=7), "ICT")  # no daylight saving time: a fixed offset is exact


def zone(name: str) -> tzinfo:
    """The named time zone; Vietnam's fixed offset when the system has no zone database."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return VIETNAM


def now_in(name: str) -> datetime:
    return datetime.now(zone(name))


def tomorrow_in(name: str) -> date:
    return now_in(name).date() + timedelta(days=1)


class Clock(Protocol):
    """Elapsed time and waiting, for retries and throttling: what tests replace with simulated time."""

    def monotonic(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...


class SystemClock:
    """The machine's own clock."""

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


SYSTEM_CLOCK = SystemClock()
