"""HTTP behind a one-method seam: `Transport.send(request) -> response`.

The only place Loa talks HTTP (to the online voice, a station agent to its district, CAP alerts and feeds).
The real transport uses urllib with the request's timeout and sorts failures into what the caller can act on: a
timeout (try again), a dropped connection (try again), the network down (stop asking).
`MockTransport` answers from a function, for tests; nothing else is needed to fake it.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

UNREACHABLE = (errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN, errno.ECONNREFUSED)


@dataclass(frozen=True)
class HttpRequest:
    url: str
    body: bytes
    headers: Mapping[str, str]
    timeout: float
    method: str = "POST"  # or "GET" (then the body is not sent)
    limit: int = 0  # read at most this many bytes of the answer, and one more to tell it was longer (0: all)


@dataclass(frozen=True)
class HttpResponse:
    status: int
    body: bytes
    headers: Mapping[str, str] = field(default_factory=dict)


class NetworkDown(ConnectionError):
    """The network cannot reach the service at all: no name resolution, connection refused, no route.

    Asking again will not help within this build, so the engine stops asking (the breaker).
    """


class Transport(Protocol):
    """Sends one request: the one method every HTTP seam has (httpx's idea).

    Raises TimeoutError, NetworkDown or ConnectionError when no answer comes.
    """

    def send(self, request: HttpRequest) -> HttpResponse: ...


class UrllibTransport:
    """The real network, with the request's timeout."""

    def send(self, request: HttpRequest) -> HttpResponse:
        return urllib_transport(request)


class MockTransport:
    """A transport answered by a function: what tests and benchmarks inject instead of the network."""

    def __init__(self, handler: Callable[[HttpRequest], HttpResponse]) -> None:
        self.handler = handler

    def send(self, request: HttpRequest) -> HttpResponse:
        return self.handler(request)


def urllib_transport(request: HttpRequest) -> HttpResponse:
    """One request over urllib, its failures sorted into TimeoutError, NetworkDown and ConnectionError.

    An answer cut short (the connection dropped mid-body) is a ConnectionError: the caller asks again.
    """
    import http.client  # here, not above: urllib and http.client cost `loa emergency` some 40 ms of start-up
    import urllib.error
    import urllib.request

    body = None if request.method == "GET" else request.body
    sent = urllib.request.Request(request.url, data=body, headers=dict(request.headers), method=request.method)
    try:
        with urllib.request.urlopen(sent, timeout=request.timeout) as answer:
            return HttpResponse(answer.status, _read(answer, request.limit), dict(answer.headers))
    except urllib.error.HTTPError as err:
        return HttpResponse(err.code, _read(err, request.limit), dict(err.headers or {}))
    except TimeoutError as err:
        raise TimeoutError(f"no answer within {request.timeout:g} s") from err
    except http.client.HTTPException as err:  # IncompleteRead, a status line that never came
        raise ConnectionError(f"the answer was cut short ({err!r})") from err
    except (urllib.error.URLError, OSError) as err:
        raise _sorted(getattr(err, "reason", err), request.timeout) from err


def _sorted(reason: object, timeout: float) -> OSError:
    """A failure to connect as the caller acts on it: the network down, a timeout, or a connection to try again."""
    import socket

    if isinstance(reason, socket.gaierror | ConnectionRefusedError) or getattr(reason, "errno", None) in UNREACHABLE:
        return NetworkDown(str(reason))
    if isinstance(reason, TimeoutError):
        return TimeoutError(f"no answer within {timeout:g} s")
    return ConnectionError(str(reason))


def _read(answer: Any, limit: int) -> bytes:
    """The body, cut one byte past `limit` so a caller can tell "too large" without holding all of it."""
    data: bytes = answer.read(limit + 1) if limit else answer.read()
    return data
