"""The station's side of the station link API v1 (the district's `loa serve`): one method per route.

Every request goes through the one HTTP seam (adapters/http.py). What the district answers is
sorted into what the agent can act on: a refused token (BadToken) or station (UnknownStation)
stop the agent; anything else that is not an answer (no network, a timeout, a server error, a
rate limit) is LineDown, after which the agent keeps what it holds and asks again later.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

from ..adapters.http import HttpRequest, HttpResponse, Transport
from ..errors import BadToken, LineDown, LoaError, Problem, UnknownStation
from ..i18n import tr

AGENT = "loa-station/1"
TIMEOUT = 30.0  # seconds for one ordinary request
POLL_WAIT = 25.0  # the district holds a long-poll for events up to this long


def district_url(url: str) -> str:
    """The district's address without a trailing /api/v1, or a clear error for what is not a web address."""
    parts = urlsplit(url.strip())
    try:
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        port_ok = False
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment or not port_ok:
        what = tr("the district address '{url}' is not a web address", url=url)
        raise LoaError(Problem(None, None, what, tr("write it as http://HOST:PORT, the address of 'loa serve'")))
    return url.strip().rstrip("/").removesuffix("/api/v1")


@dataclass(frozen=True)
class Chunk:
    """Part of a file: its bytes from `start`, and the file's whole size (None when the district did not say)."""

    data: bytes
    start: int
    total: int | None


@dataclass(frozen=True)
class Link:
    """The routes of one station, with its token, over a transport."""

    base: str  # http://HOST:PORT (district_url)
    station: str
    token: str
    transport: Transport

    def days(self) -> list[dict[str, Any]]:
        """The station's published days from today on: date, version, published_at."""
        found = self._json("GET", "days", station_route=True)
        return [d for d in found.get("days", []) if isinstance(d, dict)]

    def day(self, day: str) -> dict[str, Any]:
        """The station's manifest entry of `day`, with its "version"."""
        return self._json("GET", f"days/{quote(day)}")

    def chunk(self, day: str, path: str, start: int, size: int) -> Chunk | None:
        """Bytes start..start+size-1 of a file of the day (Range); None when `start` is already its end (416)."""
        headers = {"Range": f"bytes={start}-{start + size - 1}"}
        answer = self._send("GET", f"days/{quote(day)}/files/{quote(path)}", b"", headers, TIMEOUT)
        if answer.status == 416:
            return None
        self._check(answer)
        if answer.status == 200:  # the district sent the whole file
            return Chunk(answer.body, 0, len(answer.body))
        return Chunk(answer.body, start, _total(answer.headers))

    def heartbeat(self, report: dict[str, Any]) -> dict[str, Any]:
        return self._json("POST", "heartbeat", {"agent": AGENT, **report})

    def playlog(self, rows: list[dict[str, Any]]) -> list[str]:
        """Sends rows of the play log; the ids the district has stored (now or before)."""
        accepted = self._json("POST", "playlog", {"rows": rows}).get("accepted", [])
        return [str(row_id) for row_id in accepted]

    def events(self, after: int) -> dict[str, Any]:
        """Events after `after`, waiting up to POLL_WAIT seconds for one."""
        return self._json("GET", f"events?after={after}", station_route=True, timeout=POLL_WAIT + TIMEOUT)

    def confirm(self, announcement_id: str, started: str) -> None:
        self._json("POST", "confirm", {"announcement_id": announcement_id, "started": started})

    def stopped(self, announcement_id: str, stopped: str) -> None:
        """The station stopped a withdrawn emergency at `stopped` (the same route as an airing's confirmation)."""
        self._json("POST", "confirm", {"announcement_id": announcement_id, "stopped": stopped})

    def _json(
        self, method: str, route: str, body: object = None, station_route: bool = False, timeout: float = TIMEOUT
    ) -> dict[str, Any]:
        data = b"" if body is None else json.dumps(body, ensure_ascii=False).encode()
        headers = {"Content-Type": "application/json"} if body is not None else {}
        answer = self._send(method, route, data, headers, timeout)
        self._check(answer, station_route or method == "POST")
        try:
            found = json.loads(answer.body)
        except ValueError:
            found = None
        if not isinstance(found, dict):
            raise self._down(tr("the district sent an answer that is not JSON"))
        return found

    def _send(self, method: str, route: str, body: bytes, headers: dict[str, str], timeout: float) -> HttpResponse:
        url = f"{self.base}/api/v1/stations/{quote(self.station)}/{route}"
        sent = HttpRequest(url, body, {"Authorization": f"Bearer {self.token}", **headers}, timeout, method)
        try:
            return self.transport.send(sent)
        except (TimeoutError, ConnectionError) as err:
            raise self._down(str(err)) from None

    def _check(self, answer: HttpResponse, station_route: bool = True) -> None:
        """Nothing for an answer; the agent's error for a refusal (404 of a day or a file is LineDown: it passes)."""
        if answer.status in (200, 206):
            return
        said = _message(answer.body)
        if answer.status == 401:
            what = tr("the district refused the station's token ({said})", said=said)
            raise BadToken(Problem(None, None, what, tr("ask the district for a new token ('loa station token add')")))
        if answer.status == 403 or (answer.status == 404 and station_route):
            what = tr("the district does not know station {station} for this token ({said})", station=self.station,
                      said=said)  # fmt: skip
            raise UnknownStation(Problem(None, None, what, tr("check --station and the token file with the district")))
        raise self._down(tr("the district answered {status} ({said})", status=answer.status, said=said))

    def _down(self, said: str) -> LineDown:
        what = tr("the district at {url} cannot be reached now: {said}", url=self.base, said=said)
        return LineDown(Problem(None, None, what, tr("the station keeps playing what it holds and tries again")))


def _message(body: bytes) -> str:
    """The district's own words from its JSON error, or the start of what it sent."""
    try:
        return str(json.loads(body)["error"]["message"])
    except (ValueError, KeyError, TypeError):
        return body[:200].decode("utf-8", "replace").strip() or "-"


def _total(headers: Mapping[str, str]) -> int | None:
    """The whole size from `Content-Range: bytes a-b/total`."""
    found = {k.lower(): v for k, v in headers.items()}
    try:
        return int(found.get("content-range", "").rsplit("/", 1)[1])
    except (IndexError, ValueError):
        return None
