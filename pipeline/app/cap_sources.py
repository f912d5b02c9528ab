"""Where CAP alerts come from: files, and http(s) addresses serving one alert or an Atom feed of them.

A feed is read entry by entry: the alert an entry carries is used, else the CAP document it links to is
fetched. A feed's alerts are decided oldest first (by `sent`), and one that a later alert of the same feed
updates or cancels is not decided at all ("superseded"): a feed listing an alert and its Cancel never airs it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..adapters.cap import read_alert
from ..adapters.cap_web import AtomEntry, Document, fetch, is_address, read_document
from ..adapters.http import Transport
from ..domain.cap import CapAlert, origin
from ..domain.limits import LIMITS
from ..errors import LoaError, ValidationFailed
from ..i18n import tr

REFUSED, UNFETCHED, SUPERSEDED, EMPTY = "refused", "unfetched", "superseded", "empty"


@dataclass(frozen=True)
class Received:
    """One alert read (or why none was): `outcome` is set when there is nothing to decide."""

    source: str  # the file, or the address it was fetched from
    alert: CapAlert | None = None
    outcome: str = ""  # REFUSED, UNFETCHED, SUPERSEDED or EMPTY
    detail: str = ""


def receive(sources: Iterable[Path | str], transport: Transport) -> list[Received]:
    """Every alert the files and addresses hold, in the order given (a feed's own in its order: see above)."""
    found: list[Received] = []
    for source in sources:
        if isinstance(source, str) and is_address(source):
            found += read_address(source, transport)
        else:
            found.append(_from_file(Path(source)))
    return found


def read_address(url: str, transport: Transport) -> list[Received]:
    document = _document(url, transport)
    if isinstance(document, Received):
        return [document]
    if document.alert is not None:
        return [Received(url, document.alert)]
    if not document.entries:
        return [Received(url, outcome=EMPTY)]
    return ordered([_from_entry(entry, transport) for entry in document.entries])


def _from_entry(entry: AtomEntry, transport: Transport) -> Received:
    """The entry's own alert, else the one its link serves (only an alert: a feed linking feeds is not followed)."""
    if entry.problem:
        return Received(entry.where, outcome=REFUSED, detail=entry.problem)
    if entry.alert is not None:
        return Received(entry.where, entry.alert)
    document = _document(entry.link, transport)
    if isinstance(document, Received):
        return document
    if document.alert is None:
        return Received(entry.link, outcome=REFUSED, detail=tr("a feed's entry must link to a CAP alert, not a feed"))
    return Received(entry.link, document.alert)


def _document(url: str, transport: Transport) -> Document | Received:
    """What `url` serves, or why nothing usable came (a Received saying so)."""
    try:
        return read_document(fetch(url, transport, LIMITS.cap_bytes), url)
    except ValidationFailed as err:
        return Received(url, outcome=REFUSED, detail=_what(err))
    except LoaError as err:
        return Received(url, outcome=UNFETCHED, detail=err.plain)


def _from_file(path: Path) -> Received:
    try:
        return Received(str(path), read_alert(path, LIMITS.cap_bytes))
    except LoaError as err:
        return Received(str(path), outcome=REFUSED, detail=_what(err))


def ordered(found: list[Received]) -> list[Received]:
    """Problems first, then the alerts oldest first; one a later alert here references is superseded by it."""
    alerts = sorted(((r, r.alert) for r in found if r.alert is not None and not r.outcome), key=lambda p: p[1].sent)
    later = {origin(s, i): alert.origin for _r, alert in alerts for s, i, _sent in alert.references}
    kept = [r for r in found if r.alert is None or r.outcome]
    return kept + [
        Received(r.source, alert, SUPERSEDED, later[alert.origin]) if alert.origin in later else r
        for r, alert in alerts
    ]


def _what(err: LoaError) -> str:
    return "; ".join(p.what for p in err.problems)
