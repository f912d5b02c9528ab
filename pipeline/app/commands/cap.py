"""The CAP commands: alerts in (`loa cap import`) and the feed out (`loa cap feed`)."""

from __future__ import annotations

from pathlib import Path

from ...adapters.clock import now_in
from ..cap import CapDecision, import_alerts
from ..cap_feed import feed as write_feed
from .clock import timezone_name


def cap_import(root: Path, sources: tuple[str, ...]) -> tuple[CapDecision, ...]:
    """Decide each CAP alert file or address (app/cap.py) now, on the workspace's clock."""
    return import_alerts(root, sources, now_in(timezone_name(root)))


def cap_feed(root: Path) -> bytes:
    """The Atom feed of the khẩn-cấp announcements on air now, each as a CAP alert."""
    return write_feed(root, now_in(timezone_name(root)))
