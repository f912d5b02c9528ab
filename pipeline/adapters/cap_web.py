"""CAP from the web: one http(s) document fetched through the `Transport` seam, bounded like a file, and read
as a CAP 1.2 alert or an Atom feed of them (each entry carrying its alert, or linking to it).

Parsed with the same safe parser as files (adapters/cap.py: no DTD, no entities). Only http and https are
fetched: a feed's link to `file:///etc/passwd` or `ftp://` is refused, not followed.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from ..domain.cap import CAP_NS, CapAlert
from ..errors import LoaError, Problem, ValidationFailed
from ..i18n import tr
from .cap import alert_of, parsed
from .http import HttpRequest, NetworkDown, Transport

ATOM = "{http://www.w3.org/2005/Atom}"
TIMEOUT_S = 10.0  # a warning service answers in a second; a poll must not hang the keeper's loop for long
SCHEMES = ("http", "https")


@dataclass(frozen=True)
class Document:
    """What one address served: an alert, or an Atom feed's entries."""

    alert: CapAlert | None = None
    entries: tuple[AtomEntry, ...] = ()


@dataclass(frozen=True)
class AtomEntry:
    where: str  # the address of its CAP document, else the feed's address and the entry's id
    alert: CapAlert | None  # the alert the entry carries itself
    link: str = ""  # the CAP document to fetch when it carries none
    problem: str = ""  # why the alert it carries was refused


def is_address(text: str) -> bool:
    """A web address rather than a file name (any scheme: `ftp://…` is an address Loa refuses to fetch)."""
    return "://" in text and text.split("://", 1)[0].isalpha()


def fetch(url: str, transport: Transport, limit: int, timeout: float = TIMEOUT_S) -> bytes:
    """The body served at `url`, or LoaError saying why not: another scheme, no answer, an HTTP error, too large,
    not XML."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in SCHEMES:
        raise _failed(tr("only http and https addresses are fetched, not {scheme!r}", scheme=scheme),
                      tr("give an http(s) address or a file"))  # fmt: skip
    request = HttpRequest(url, b"", {"Accept": "application/cap+xml, application/atom+xml, application/xml"},
                          timeout, method="GET", limit=limit)  # fmt: skip
    try:
        answer = transport.send(request)
    except TimeoutError:
        raise _failed(tr("no answer within {seconds:g} s", seconds=timeout), _try_again()) from None
    except (NetworkDown, ConnectionError, OSError) as err:
        raise _failed(tr("the server cannot be reached ({reason})", reason=err), _try_again()) from None
    if answer.status != 200:
        raise _failed(tr("the server answered HTTP {status}", status=answer.status), _check_address())
    if len(answer.body) > limit:
        raise _failed(tr("the answer is too large (over {limit:,} bytes)", limit=limit),
                      tr("ask the sender for a shorter feed, or one alert per document"))  # fmt: skip
    kind = _header(answer.headers, "content-type").split(";")[0].strip().lower()
    if kind and "xml" not in kind:
        raise _failed(tr("the answer is {kind}, not XML", kind=kind), _check_address())
    return answer.body


def read_document(data: bytes, url: str) -> Document:
    """A CAP alert or an Atom feed; ValidationFailed for anything else (and for a DTD or entities)."""
    where = Path(urlsplit(url).path or "/")
    root = parsed(data, where)
    if root.tag == f"{ATOM}feed":
        return Document(entries=tuple(_entry(element, url, where) for element in root.findall(f"{ATOM}entry")))
    if root.tag == f"{{{CAP_NS}}}alert":
        return Document(alert=alert_of(root, where))
    raise ValidationFailed(Problem(None, None, tr("this is neither a CAP 1.2 alert nor an Atom feed of them"),
                                   _check_address()))  # fmt: skip


def _entry(element: ET.Element, url: str, where: Path) -> AtomEntry:
    link = _cap_link(element, url)
    carried = next(element.iter(f"{{{CAP_NS}}}alert"), None)
    place = link or f"{url}#{(element.findtext(f'{ATOM}id') or '').strip()}"
    if carried is None:
        problem = "" if link else tr("an Atom entry carries no CAP alert and links to none")
        return AtomEntry(place, None, link, problem)
    try:
        return AtomEntry(place, alert_of(carried, where))
    except LoaError as err:
        return AtomEntry(place, None, problem="; ".join(p.what for p in err.problems))


def _cap_link(entry: ET.Element, url: str) -> str:
    """The entry's link to its CAP document (typed application/cap+xml, else its alternate), made absolute."""
    links = entry.findall(f"{ATOM}link")
    typed = [link for link in links if "cap" in link.get("type", "")]
    alternate = [link for link in links if link.get("rel", "alternate") == "alternate"]
    href = next((link.get("href", "") for link in typed or alternate), "")
    return urljoin(url, href) if href else ""


def _header(headers: Mapping[str, str], name: str) -> str:
    return next((value for key, value in headers.items() if key.lower() == name), "")


def _failed(what: str, fix: str) -> LoaError:
    return LoaError(Problem(None, None, what, fix))


def _try_again() -> str:
    return tr("check the address and the network; the feeds of loa.toml are asked again at the next poll")


def _check_address() -> str:
    return tr("check the address: it should serve a CAP 1.2 alert or an Atom feed of them")
