"""The CAP feeds of `loa.toml` (`[cap] feeds`, every `poll_minutes`), polled in the keeper's loop of `loa serve`
and `loa nightly`.

Each alert is decided once: its sender, identifier and sent are remembered in `.loa/cap-seen.json`, so an alert
a feed still lists after its Cancel is not imported again (its announcement is gone, so "already imported"
could not tell), and one that did not air is not said again at every poll. An alert that could not be put on
air (a build was running, no slot) is not remembered: the next poll tries it again. A feed that cannot be read
is logged and asked again at the next poll; nothing here stops the loop. Times come from the caller's clocks.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from ..adapters.http import Transport, UrllibTransport
from ..domain.cap import CapAlert
from ..errors import LoaError
from ..i18n import tr
from ..workspace.saving import replace_text
from ..workspace.settings_file import load_settings
from .cap import FOREIGN, NOT_ON_AIR, CapDecision, decide
from .cap_sources import EMPTY, REFUSED, UNFETCHED, read_address

SEEN = Path(".loa") / "cap-seen.json"
KEEP = 5000  # alerts remembered: years of a province's warnings
TROUBLE = (REFUSED, UNFETCHED, NOT_ON_AIR, FOREIGN)  # logged as errors; the other decisions as information


class CapPoller:
    """Polls one workspace's feeds. `now` (wall time, for the decisions) and `monotonic` (seconds, for the
    interval) are the caller's clocks; `words` says a decision in one line (texts.cap_decision)."""

    def __init__(
        self,
        root: Path,
        now: Callable[[], datetime],
        monotonic: Callable[[], float],
        logger: logging.Logger,
        words: Callable[[CapDecision], str],
        transport: Transport | None = None,
    ) -> None:
        self.root, self.now, self.monotonic, self.log, self.words = root.resolve(), now, monotonic, logger, words
        self.transport = transport
        self.polled_at: float | None = None
        self.every = 60.0 * 2  # seconds between polls, as loa.toml said at the last poll

    def look(self) -> None:
        """A tick that never raises: the keeper's loop goes on whatever a feed serves."""
        try:
            self.tick()
        except Exception:
            self.log.exception("%s", tr("polling the CAP feeds hit an internal problem"))

    def tick(self) -> tuple[CapDecision, ...]:
        """Poll when `poll_minutes` have passed since the last poll: the decisions made (none in between)."""
        moment = self.monotonic()
        if self.polled_at is not None and moment - self.polled_at < self.every:
            return ()
        self.polled_at = moment
        try:
            settings = load_settings(self.root).cap
        except LoaError as err:
            self.log.error("%s", tr("the CAP feeds are not polled: {problems}", problems=err))
            return ()
        self.every = settings.poll_minutes * 60.0
        return self.poll(settings.feeds)

    def poll(self, feeds: Iterable[str]) -> tuple[CapDecision, ...]:
        """Read every feed and decide the alerts not decided before."""
        seen = read_seen(self.root)
        known = set(seen)
        fetching = self.transport or UrllibTransport()
        received = [r for url in feeds for r in read_address(url, fetching)]
        fresh = [r for r in received if r.alert is None or key(r.alert) not in known]
        decisions = decide(self.root, fresh, self.now(), transport=self.transport)
        done = [r.alert for r, d in zip(fresh, decisions, strict=True) if r.alert and d.outcome != NOT_ON_AIR]
        if done:
            remember(self.root, seen, done)
        for decision in decisions:
            self._say(decision)
        return decisions

    def _say(self, decision: CapDecision) -> None:
        if decision.outcome == EMPTY:
            return
        level = logging.ERROR if decision.outcome in TROUBLE else logging.INFO
        self.log.log(level, "%s", tr("CAP feed: {line}", line=self.words(decision)))


def key(alert: CapAlert) -> str:
    """An alert's identity as CAP's <references> write it: sender, identifier, sent."""
    return f"{alert.sender},{alert.identifier},{alert.sent.isoformat()}"


def read_seen(root: Path) -> list[str]:
    """The alerts decided before, oldest first (none when the file is missing or unreadable)."""
    try:
        raw = json.loads((root / SEEN).read_text("utf-8"))
    except (OSError, ValueError):
        return []
    return [str(item) for item in raw] if isinstance(raw, list) else []


def remember(root: Path, seen: list[str], alerts: Iterable[CapAlert]) -> None:
    kept = [*seen, *(key(a) for a in alerts if key(a) not in seen)][-KEEP:]
    (root / SEEN).parent.mkdir(parents=True, exist_ok=True)
    replace_text(root / SEEN, json.dumps(kept, ensure_ascii=False, indent=0))
