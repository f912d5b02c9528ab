"""CAP 1.2 XML in and out: parsed with defusedxml (no DTD, no entities, no external fetches), bounded in size,
and written with the standard library's ElementTree (it only writes what it is given)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import defusedxml
import defusedxml.ElementTree as SafeET

from ..domain.cap import CAP_NS, MSG_TYPES, SCOPES, STATUSES, CapAlert, CapArea, CapInfo
from ..errors import Problem, ValidationFailed
from ..i18n import tr
from .files import read_bytes

NS = {"cap": CAP_NS}
ALERT_REQUIRED = ("identifier", "sender", "sent", "status", "msgType", "scope")
INFO_REQUIRED = ("category", "event", "urgency", "severity", "certainty")


def read_alert(path: Path, limit: int) -> CapAlert:
    """The alert in `path`, or ValidationFailed naming the file and what makes it no CAP 1.2 alert."""
    return parse_alert(read_bytes(path, path.parent, limit), path)


def parse_alert(data: bytes, path: Path) -> CapAlert:
    return alert_of(parsed(data, path), path)


def alert_of(root: ET.Element, path: Path) -> CapAlert:
    """The alert an <alert> element holds (a document's root, or one carried in an Atom entry)."""
    if root.tag != f"{{{CAP_NS}}}alert":
        namespace, _, name = root.tag[1:].partition("}") if root.tag.startswith("{") else ("", "", root.tag)
        what = tr("this is not a CAP 1.2 alert: its root element is <{name}> in namespace {namespace!r}",
                  name=name, namespace=namespace)  # fmt: skip
        raise _refused(path, what)
    missing = [name for name in ALERT_REQUIRED if not _text(root, name)]
    if missing:
        raise _refused(path, tr("the alert lacks {names}", names=", ".join(missing)))
    status, msg_type, scope = _text(root, "status"), _text(root, "msgType"), _text(root, "scope")
    for name, value, allowed in (("status", status, STATUSES), ("msgType", msg_type, MSG_TYPES),
                                 ("scope", scope, SCOPES)):  # fmt: skip
        if value not in allowed:
            raise _refused(path, tr("the alert's {name} {value!r} is not a CAP 1.2 value", name=name, value=value))
    references = _references(_text(root, "references"), path)
    if msg_type in ("Update", "Cancel") and not references:
        raise _refused(path, tr("an {kind} must name the alert it changes in <references>", kind=msg_type))
    infos = tuple(_info(element, path) for element in root.findall("cap:info", NS))
    return CapAlert(_text(root, "identifier"), _text(root, "sender"), _moment(_text(root, "sent"), "sent", path),
                    status, msg_type, scope, references, infos)  # fmt: skip


def parsed(data: bytes, path: Path) -> ET.Element:
    """The document's root element, parsed safely: a DTD or an entity refuses it (no billion laughs, no XXE)."""
    try:
        root: ET.Element = SafeET.fromstring(data, forbid_dtd=True)
    except defusedxml.DefusedXmlException:
        raise _refused(path, tr("the file declares a DTD or entities, which CAP alerts never need")) from None
    except ET.ParseError as err:
        raise _refused(path, tr("the file is not well-formed XML ({err})", err=err)) from None
    return root


def _info(element: ET.Element, path: Path) -> CapInfo:
    missing = [name for name in INFO_REQUIRED if not _text(element, name)]
    if missing:
        raise _refused(path, tr("an <info> block lacks {names}", names=", ".join(missing)))
    expires = _text(element, "expires")
    return CapInfo(
        language=_text(element, "language") or "en-US",
        categories=tuple((c.text or "").strip() for c in element.findall("cap:category", NS)),
        event=_text(element, "event"),
        urgency=_text(element, "urgency"),
        severity=_text(element, "severity"),
        certainty=_text(element, "certainty"),
        headline=_text(element, "headline"),
        description=_text(element, "description"),
        instruction=_text(element, "instruction"),
        sender_name=_text(element, "senderName"),
        expires=_moment(expires, "expires", path) if expires else None,
        areas=tuple(_area(area, path) for area in element.findall("cap:area", NS)),
        event_codes=_pairs(element, "eventCode"),
        parameters=_pairs(element, "parameter"),
    )


def _pairs(element: ET.Element, name: str) -> tuple[tuple[str, str], ...]:
    """An <info>'s <eventCode> or <parameter> entries, (valueName, value) each."""
    return tuple((_text(pair, "valueName"), _text(pair, "value")) for pair in element.findall(f"cap:{name}", NS))


def _area(element: ET.Element, path: Path) -> CapArea:
    if not _text(element, "areaDesc"):
        raise _refused(path, tr("an <area> lacks areaDesc"))
    codes = tuple((_text(code, "valueName"), _text(code, "value")) for code in element.findall("cap:geocode", NS))
    return CapArea(_text(element, "areaDesc"), codes)


def _references(text: str, path: Path) -> tuple[tuple[str, str, str], ...]:
    found = []
    for entry in text.split():
        parts = entry.split(",")
        if len(parts) != 3:
            raise _refused(
                path, tr("<references> must list sender,identifier,sent entries, not {entry!r}", entry=entry)
            )
        found.append((parts[0], parts[1], parts[2]))
    return tuple(found)


def _moment(text: str, name: str, path: Path) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise _refused(path, tr("the alert's {name} {value!r} is not a time with its offset", name=name, value=text))
    return moment


def _text(element: ET.Element, name: str) -> str:
    found = element.find(f"cap:{name}", NS)
    return (found.text or "").strip() if found is not None else ""


def _refused(path: Path, what: str) -> ValidationFailed:
    fix = tr("ask the sender for a CAP 1.2 alert (namespace urn:oasis:names:tc:emergency:cap:1.2)")
    return ValidationFailed(Problem(path, None, what, fix))


def alert_element(alert: CapAlert) -> ET.Element:
    """The alert as XML, its elements in the schema's order, in CAP's namespace as the default one (written as
    an `xmlns` attribute: ElementTree cannot write a default namespace inside another, as in an Atom feed)."""
    root = ET.Element("alert", xmlns=CAP_NS)
    for name, value in (("identifier", alert.identifier), ("sender", alert.sender), ("sent", _when(alert.sent)),
                        ("status", alert.status), ("msgType", alert.msg_type), ("scope", alert.scope)):  # fmt: skip
        _add(root, name, value)
    for info in alert.infos:
        _add_info(root, info)
    return root


def _add_info(root: ET.Element, info: CapInfo) -> None:
    element = _add(root, "info", None)
    _add(element, "language", info.language)
    for category in info.categories:
        _add(element, "category", category)
    for name, value in (("event", info.event), ("urgency", info.urgency), ("severity", info.severity),
                        ("certainty", info.certainty)):  # fmt: skip
        _add(element, name, value)
    _add_pairs(element, "eventCode", info.event_codes)
    if info.expires is not None:
        _add(element, "expires", _when(info.expires))
    for name, value in (("senderName", info.sender_name), ("headline", info.headline),
                        ("description", info.description), ("instruction", info.instruction)):  # fmt: skip
        if value:
            _add(element, name, value)
    _add_pairs(element, "parameter", info.parameters)
    for area in info.areas:
        _add_area(element, area)


def _add_pairs(parent: ET.Element, name: str, pairs: tuple[tuple[str, str], ...]) -> None:
    for key, value in pairs:
        pair = _add(parent, name, None)
        _add(pair, "valueName", key)
        _add(pair, "value", value)


def _add_area(info: ET.Element, area: CapArea) -> None:
    element = _add(info, "area", None)
    _add(element, "areaDesc", area.desc)
    _add_pairs(element, "geocode", area.geocodes)


def _add(parent: ET.Element, name: str, text: str | None) -> ET.Element:
    element = ET.SubElement(parent, name)
    element.text = text
    return element


def _when(moment: datetime) -> str:
    """CAP's form: whole seconds and the offset (the schema's pattern asks for [+-]hh:mm, never "Z")."""
    return moment.replace(microsecond=0).isoformat(timespec="seconds")


ATOM_NS = "http://www.w3.org/2005/Atom"


@dataclass(frozen=True)
class FeedEntry:
    alert: CapAlert
    title: str
    link: str  # where the alert alone is served, e.g. "/cap/bao-so-5.xml"


def alert_document(alert: CapAlert) -> bytes:
    """One alert as an XML document in the CAP namespace."""
    data: bytes = ET.tostring(alert_element(alert), encoding="utf-8", xml_declaration=True)
    return data


def atom_feed(feed_id: str, title: str, author: str, updated: datetime, link: str, entries: list[FeedEntry]) -> bytes:
    """An Atom feed (RFC 4287) whose entries each carry their CAP alert inline (OASIS CAP feeds)."""
    feed = ET.Element("feed", xmlns=ATOM_NS)
    for name, text in (("id", feed_id), ("title", title), ("updated", _when(updated))):
        _atom(feed, name, text)
    ET.SubElement(feed, "link", rel="self", href=link)
    _atom(_atom(feed, "author", None), "name", author)
    for entry in entries:
        _atom_entry(feed, entry)
    data: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return data


def _atom_entry(feed: ET.Element, entry: FeedEntry) -> None:
    element = _atom(feed, "entry", None)
    _atom(element, "id", f"urn:loa:cap:{entry.alert.identifier}")
    _atom(element, "title", entry.title)
    _atom(element, "updated", _when(entry.alert.sent))
    ET.SubElement(element, "link", rel="alternate", type="application/cap+xml", href=entry.link)
    _atom(element, "content", None, type="application/cap+xml").append(alert_element(entry.alert))


def _atom(parent: ET.Element, name: str, text: str | None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, name, attributes)
    element.text = text
    return element
