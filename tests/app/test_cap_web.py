"""CAP alerts from http(s) addresses (`loa cap import WS URL`): a real local HTTP server serving the CAP documents
of tests/data/cap and an Atom feed of them; a mock transport for what a server rarely does on cue (no answer, too
much, the wrong kind of document)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pipeline import i18n, texts
from pipeline.adapters.http import HttpRequest, HttpResponse, MockTransport
from pipeline.app.cap import import_alerts

from ..conftest import MORNING, invoke
from .test_cap import CAP, cap_files
from .test_cap import cap_ws as cap_ws

KINDS = {".xml": "application/cap+xml", ".atom": "application/atom+xml"}


class Site:
    """What the local server serves: path → (body, content type); tests change it between polls."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.pages: dict[str, tuple[bytes, str]] = {}
        for file in CAP.iterdir():
            self.pages[f"/{file.name}"] = (file.read_bytes(), KINDS.get(file.suffix, "text/plain"))

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}/{path}"

    def put(self, path: str, body: bytes, kind: str = "application/atom+xml") -> None:
        self.pages[f"/{path}"] = (body, kind)


@pytest.fixture
def site() -> Iterator[Site]:
    """A real HTTP server on a free loopback port, in a thread, for the test's length."""
    pages: dict[str, tuple[bytes, str]] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body, kind = pages.get(self.path, (b"not here", "text/plain"))
            self.send_response(200 if self.path in pages else 404)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    served = Site(server.server_address[1])
    pages.update(served.pages)
    served.pages = pages  # the handler reads what tests put
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)  # quick to shut down
    thread.start()
    yield served
    server.shutdown()
    server.server_close()


def feed_carrying(*names: str) -> bytes:
    """An Atom feed whose entries carry the CAP documents themselves (as Loa's own /cap.atom does)."""
    entries = "".join(
        f"<entry><id>urn:test:{name}</id><title>{name}</title><updated>2021-08-10T05:00:00+07:00</updated>"
        f'<content type="application/cap+xml">{(CAP / name).read_text(encoding="utf-8").split("?>", 1)[1]}</content>'
        "</entry>"
        for name in names
    )
    return (f'<feed xmlns="http://www.w3.org/2005/Atom"><id>urn:test</id><title>t</title>'
            f"<updated>2021-08-10T05:00:00+07:00</updated>{entries}</feed>").encode()  # fmt: skip


def test_an_alert_is_imported_from_its_address(cap_ws: Path, site: Site) -> None:
    (decision,) = import_alerts(cap_ws, (site.url("bao-alert.xml"),), MORNING)
    assert (decision.outcome, decision.stations) == ("waiting", ("an-binh",))
    assert texts.cap_decision(decision).startswith(site.url("bao-alert.xml") + " cap:kttv.bacgiang")
    assert cap_files(cap_ws) == ["cap-kttv-bg-2021-0810-1.md"]


def test_an_atom_feed_is_read_entry_by_entry_oldest_first(cap_ws: Path, site: Site) -> None:
    """Its entries link to their alerts; the Update, listed first, supersedes the Alert it replaces."""
    decisions = import_alerts(cap_ws, (site.url("kttv-feed.atom"),), MORNING)
    assert [(d.source, d.outcome) for d in decisions] == [
        (site.url("bao-alert.xml"), "superseded"),
        (site.url("bao-update.xml"), "waiting"),
    ]
    assert "KTTV-BG-2021-0810-2, later in the same feed, updates or cancels it" in texts.cap_decision(decisions[0])
    assert cap_files(cap_ws) == ["cap-kttv-bg-2021-0810-2.md"]


def test_a_feed_carrying_its_alerts_and_their_cancel_airs_none(cap_ws: Path, site: Site) -> None:
    site.put("carried.atom", feed_carrying("bao-cancel.xml", "bao-update.xml", "spec-thunderstorm.xml"))
    decisions = import_alerts(cap_ws, (site.url("carried.atom"),), MORNING)
    assert [d.outcome for d in decisions] == ["expired", "superseded", "nothing-to-cancel"]
    assert cap_files(cap_ws) == []


def test_loa_cap_import_takes_an_address_beside_a_file(cap_ws: Path, site: Site) -> None:
    code, out = invoke("cap", "import", str(cap_ws), site.url("bao-alert.xml"), str(CAP / "spec-thunderstorm.xml"))
    assert code == 0, out  # today, both have long expired
    assert out.splitlines()[0].startswith(site.url("bao-alert.xml") + " cap:") and out.count("expired") == 2


@pytest.mark.parametrize(
    ("path", "why"),
    [
        ("missing.xml", "the server answered HTTP 404"),
        ("wrong-namespace.xml", "neither a CAP 1.2 alert nor an Atom feed"),  # a CAP 1.1 alert
        ("not-cap.xml", "the feed lists no alerts now"),  # RFC 4287's example feed, without entries
        ("hostile-entity.xml", "declares a DTD or entities"),
    ],
)
def test_a_bad_address_is_said_with_the_address(cap_ws: Path, site: Site, path: str, why: str) -> None:
    (decision,) = import_alerts(cap_ws, (site.url(path),), MORNING)
    line = texts.cap_decision(decision)
    assert line.startswith(site.url(path)) and why in line
    assert cap_files(cap_ws) == []


def test_an_answer_over_the_files_bound_is_refused_by_the_real_transport(cap_ws: Path, site: Site) -> None:
    site.put("huge.xml", b"<x>" + b" " * 1_100_000 + b"</x>", "application/xml")
    (decision,) = import_alerts(cap_ws, (site.url("huge.xml"),), MORNING)
    assert decision.outcome == "unfetched" and "too large (over 1,000,000 bytes)" in decision.detail


def test_a_server_that_is_down_is_said_unreachable(cap_ws: Path, site: Site) -> None:
    url = site.url("bao-alert.xml").replace(str(site.port), "9")  # the discard port: nothing listens on loopback
    (decision,) = import_alerts(cap_ws, (url,), MORNING)
    assert decision.outcome == "unfetched" and "the server cannot be reached" in decision.detail


def answering(status: int, body: bytes, kind: str) -> MockTransport:
    return MockTransport(lambda request: HttpResponse(status, body, {"content-type": kind}))


def no_answer(request: HttpRequest) -> HttpResponse:
    raise TimeoutError("no answer")


@pytest.mark.parametrize(
    ("transport", "url", "why"),
    [
        (MockTransport(no_answer), "https://kttv.example/cap.atom", "no answer within 10 s"),
        (answering(200, b"x" * 1_000_001, "application/xml"), "https://kttv.example/a.xml", "too large"),
        (answering(200, b"<html/>", "text/html; charset=utf-8"), "https://kttv.example/a", "text/html, not XML"),
        (answering(200, b"", "application/xml"), "ftp://kttv.example/a.xml", "only http and https"),
        (answering(200, b"", "application/xml"), "file:///etc/passwd", "only http and https"),
    ],
)
def test_what_a_server_rarely_does_on_cue_is_said(cap_ws: Path, transport: MockTransport, url: str, why: str) -> None:
    (decision,) = import_alerts(cap_ws, (url,), MORNING, transport=transport)
    assert decision.outcome == "unfetched" and why in texts.cap_decision(decision)
    assert texts.cap_decision(decision).startswith(url)


def test_the_request_is_a_bounded_get_with_a_timeout(cap_ws: Path) -> None:
    asked: list[HttpRequest] = []

    def record(request: HttpRequest) -> HttpResponse:
        asked.append(request)
        return HttpResponse(200, (CAP / "bao-alert.xml").read_bytes(), {"Content-Type": "application/cap+xml"})

    assert [d.outcome for d in import_alerts(cap_ws, ("https://kttv.example/a.xml",), MORNING,
                                             transport=MockTransport(record))] == ["waiting"]  # fmt: skip
    assert [(r.method, r.limit, r.timeout) for r in asked] == [("GET", 1_000_000, 10.0)]


def test_an_unreachable_address_is_said_in_vietnamese(cap_ws: Path) -> None:
    i18n.use("vi")
    (decision,) = import_alerts(cap_ws, ("https://kttv.example/cap.atom",), MORNING, transport=MockTransport(no_answer))
    line = texts.cap_decision(decision)
    assert line.startswith("https://kttv.example/cap.atom: ") and "không đọc được" in line and "10 giây" in line
