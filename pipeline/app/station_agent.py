"""`loa station run`: a station PC that follows its district (pipeline/station/), started from the command line."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from ..adapters.clock import VIETNAM
from ..adapters.http import Transport, UrllibTransport
from ..errors import LoaError, Problem
from ..i18n import tr
from ..station.agent import Agent, Setup
from ..station.link import Link, district_url
from .playout import output_for


def check_url(url: str) -> str:
    """The district's address, or LoaError at once for one that is not a web address."""
    return district_url(url)


def read_token(path: Path) -> str:
    """The station's token: the one line of its token file."""
    try:
        token = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        token = None
    if not token or "\n" in token or " " in token:
        what = tr("the token file cannot be read or does not hold one token")
        raise LoaError(Problem(path, None, what, tr("write the token 'loa station token add' printed into it, alone")))
    return token


def agent(
    url: str, station: str, token_file: Path, folder: Path, output_to: tuple[str, Path | None],
    on_line: Callable[[str], None], transport: Transport | None = None,
) -> Agent:  # fmt: skip
    """The agent for `station` of the district at `url`, keeping its days in `folder`."""
    link = Link(check_url(url), station, read_token(token_file), transport or UrllibTransport())
    folder.mkdir(parents=True, exist_ok=True)
    setup = Setup(folder.resolve(), station, link, output_for(*output_to), VIETNAM)
    return Agent(setup, time.time, on_line)


def run(
    url: str, station: str, token_file: Path, folder: Path, output_to: tuple[str, Path | None],
    on_line: Callable[[str], None], play: bool = True,
) -> None:  # fmt: skip
    """Sync, play and report for ever; raises BadToken or UnknownStation when the district refuses the station.

    Without `play` no player runs (many agents on one test PC): the days are still synced, heartbeats and
    events still go and come; the heartbeat then says Liquidsoap is not up."""
    on_line(tr("station {station}: following {url}, days in {folder}", station=station, url=url, folder=folder))
    agent(url, station, token_file, folder, output_to, on_line).run(play=play)
