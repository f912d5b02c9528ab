"""The CAP feeds' poller in the keeper's loop: an alert imported once, a Cancel applied at a later poll, a dead
feed logged without stopping the loop, `[cap] feeds` and `poll_minutes` checked with their line."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest

from pipeline import texts
from pipeline.app.cap_poll import CapPoller
from pipeline.app.keeper import Keeper
from pipeline.errors import ValidationFailed
from pipeline.workspace.settings_file import load_settings

from ..conftest import MORNING
from .test_cap import cap_files
from .test_cap import cap_ws as cap_ws
from .test_cap_web import Site, feed_carrying
from .test_cap_web import site as site


def listing(ws: Path, *feeds: str, minutes: int = 2) -> None:
    with (ws / "loa.toml").open("a", encoding="utf-8") as toml:
        toml.write(f"\n[cap]\nfeeds = [{', '.join(repr(f).replace(chr(39), chr(34)) for f in feeds)}]\n"
                   f"poll_minutes = {minutes}\n")  # fmt: skip


class Clock:
    seconds = 0.0


def poller(ws: Path, clock: Clock) -> CapPoller:
    return CapPoller(ws, lambda: MORNING, lambda: clock.seconds, logging.getLogger("test.cap"), texts.cap_decision)


def test_an_alert_is_imported_once_and_its_cancel_applied_at_a_later_poll(cap_ws: Path, site: Site) -> None:
    site.put("live.atom", feed_carrying("bao-update.xml", "bao-alert.xml"))
    listing(cap_ws, site.url("live.atom"))
    clock = Clock()
    polling = poller(cap_ws, clock)
    assert [d.outcome for d in polling.tick()] == ["superseded", "waiting"]  # the Update stands for the Alert
    assert cap_files(cap_ws) == ["cap-kttv-bg-2021-0810-2.md"]
    clock.seconds = 60.0
    assert polling.tick() == ()  # not yet two minutes: the feed is not asked
    clock.seconds = 120.0
    assert polling.tick() == ()  # asked: nothing new
    site.put("live.atom", feed_carrying("bao-cancel.xml", "bao-update.xml", "bao-alert.xml"))
    clock.seconds = 240.0
    (cancel,) = polling.tick()
    assert (cancel.outcome, cancel.replaced) == ("cancelled", ("cap-kttv-bg-2021-0810-2",))
    clock.seconds = 360.0
    assert polling.tick() == () and cap_files(cap_ws) == []  # the Update, still listed, is not imported again


def test_a_restarted_poller_remembers_what_was_decided(cap_ws: Path, site: Site) -> None:
    listing(cap_ws, site.url("bao-alert.xml"))
    assert [d.outcome for d in poller(cap_ws, Clock()).tick()] == ["waiting"]
    (cap_ws / "scripts_vi" / "announcements" / "cap-kttv-bg-2021-0810-1.md").unlink()
    assert poller(cap_ws, Clock()).tick() == ()


def test_a_dead_feed_is_logged_and_the_others_are_read(
    cap_ws: Path, site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    dead = site.url("bao-alert.xml").replace(str(site.port), "9")
    listing(cap_ws, dead, site.url("missing.atom"), site.url("bao-alert.xml"))
    with caplog.at_level(logging.INFO, logger="test.cap"):
        decisions = poller(cap_ws, Clock()).tick()
    assert [d.outcome for d in decisions] == ["unfetched", "unfetched", "waiting"]
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 2 and errors[0].startswith(f"CAP feed: {dead}: not read: the server cannot be reached")


def test_the_keepers_loop_polls_first_and_survives_a_poller_that_breaks(
    cap_ws: Path, caplog: pytest.LogCaptureFixture
) -> None:
    listing(cap_ws, "https://kttv.example/cap.atom")
    broken = poller(cap_ws, Clock())
    broken.poll = lambda feeds: 1 / 0  # type: ignore[method-assign,assignment,misc]
    ticks: list[str] = []
    keeper = Keeper(cap_ws, lambda day: pytest.fail("nothing to build"), lambda: date(2021, 8, 10), lambda: 0.0,
                    lambda: MORNING, logging.getLogger("test.cap"), also=broken.look)  # fmt: skip
    keeper.tick = lambda: ticks.append("tick") or 0  # type: ignore[method-assign]
    with caplog.at_level(logging.ERROR, logger="test.cap"):
        keeper.look()
    assert ticks == ["tick"] and "polling the CAP feeds hit an internal problem" in caplog.text


@pytest.mark.parametrize(
    ("lines", "what"),
    [
        ('feeds = ["ftp://kttv.example/cap.atom"]', "'ftp://kttv.example/cap.atom' in [cap] feeds is not an http"),
        ('feeds = ["kttv.example/cap.atom"]', "is not an http(s) address"),
        ("poll_minutes = 0", "'cap.poll_minutes' is 0, outside 1 to 1440"),
    ],
)
def test_the_feeds_settings_are_checked_with_their_line(mini_ws: Path, lines: str, what: str) -> None:
    with (mini_ws / "loa.toml").open("a", encoding="utf-8") as toml:
        toml.write(f"\n[cap]\n{lines}\n")
    with pytest.raises(ValidationFailed) as raised:
        load_settings(mini_ws)
    (problem,) = raised.value.problems
    assert what in problem.what
    assert problem.line == len((mini_ws / "loa.toml").read_text(encoding="utf-8").splitlines())
