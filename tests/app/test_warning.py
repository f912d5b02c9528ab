"""Disaster warnings' fields (Decision 18/2021/QĐ-TTg): hazard, risk_level, responsible — validated in the file
and the web forms, read aloud by the khẩn-cấp template, published in CAP out and read back from CAP in."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from pipeline import i18n
from pipeline.app import accounts, cap_feed, commands
from pipeline.app.cap import import_alerts
from pipeline.build.check import load_workspace
from pipeline.domain.warning import hazards
from pipeline.web import create_app

from ..conftest import ANNOUNCEMENTS, MORNING, invoke
from ..web.test_web import PASSWORD, login
from .test_cap import cap_ws as cap_ws
from .test_cap_feed import NS, SENDER, STORM, alerts_in, schema
from .test_cap_feed import feed_ws as feed_ws

FLOOD = STORM.replace("title: Khẩn cấp bão số 5", "title: Lũ trên sông Thương").replace(
    "issuer: UBND huyện Lạng Giang",
    'issuer: UBND huyện Lạng Giang\nhazard: Lũ\nrisk_level: 3\nresponsible: "Chủ tịch UBND huyện Lạng Giang"',
)


def write(ws: Path, name: str, text: str) -> Path:
    path = ws / ANNOUNCEMENTS / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_hazard_list_is_decision_18s_and_each_has_a_cap_category() -> None:
    names = [h.name for h in hazards()]
    for name in ("áp thấp nhiệt đới", "bão", "lũ", "ngập lụt", "lũ quét", "sạt lở đất", "sụt lún đất", "hạn hán",
                 "xâm nhập mặn", "nắng nóng", "rét hại", "sương muối", "mưa lớn", "lốc", "sét", "mưa đá",
                 "động đất", "sóng thần", "cháy rừng"):  # fmt: skip
        assert name in names
    assert {h.category for h in hazards()} <= {"Met", "Geo", "Env", "Fire"}
    assert len({h.slug for h in hazards()}) == len(hazards())


def test_the_warning_fields_are_read_with_a_hazard_typed_as_its_name(cap_ws: Path) -> None:
    write(cap_ws, "lu.md", FLOOD)
    item = load_workspace(cap_ws).announcement("lu")
    assert item is not None and (item.hazard, item.risk_level, item.responsible) == (
        "lu", 3, "Chủ tịch UBND huyện Lạng Giang")  # fmt: skip


@pytest.mark.parametrize(
    ("line", "field_line", "said", "fix"),
    [
        ("hazard: bão tuyết", 7, "'bão tuyết' không phải loại thiên tai của Quyết định 18/2021/QĐ-TTg",
         "áp thấp nhiệt đới, bão"),
        ("hazard: lũ\nrisk_level: 6", 8, "cấp độ rủi ro thiên tai phải là số nguyên từ 1 đến 5", "risk_level: 3"),
        ("risk_level: 2", 7, "cấp độ rủi ro thiên tai cần có loại thiên tai", "hazard: lũ"),
        ("hazard: lũ\nrisk_level: ba", 8, "không phải 'ba'", "risk_level: 3"),
    ],
)  # fmt: skip
def test_a_wrong_warning_field_is_said_in_vietnamese_at_its_file_and_line(
    cap_ws: Path, monkeypatch: pytest.MonkeyPatch, line: str, field_line: int, said: str, fix: str
) -> None:
    monkeypatch.setenv("LOA_LANG", "vi")
    write(cap_ws, "lu.md", STORM.replace("issuer: UBND huyện Lạng Giang", f"issuer: UBND huyện Lạng Giang\n{line}"))
    code, output = invoke("validate", str(cap_ws))
    assert code == 1 and f"lu.md:{field_line}:" in output and said in output and fix in output, output


def test_the_khan_cap_template_reads_the_warning_aloud(cap_ws: Path) -> None:
    write(cap_ws, "lu.md", FLOOD)
    script = commands.script(cap_ws, "lu", "an-binh", date(2021, 8, 10))
    assert script.written.splitlines()[:2] == [
        "Thông báo khẩn. Thông báo khẩn. Lũ trên sông Thương.",
        "Cảnh báo lũ, cấp độ rủi ro thiên tai cấp 3.",
    ]
    assert script.written.splitlines()[-1] == "Người chịu trách nhiệm: Chủ tịch UBND huyện Lạng Giang."
    assert "cấp độ rủi ro thiên tai cấp ba" in script.spoken
    write(cap_ws, "lu.md", STORM)  # no warning fields: the shape it always had
    assert commands.script(cap_ws, "lu", "an-binh", date(2021, 8, 10)).written.splitlines()[1].startswith("Bão số 5")


def test_cap_out_takes_event_severity_urgency_and_sender_name_from_the_warning(feed_ws: Path) -> None:
    write(feed_ws, "bao-so-5.md", FLOOD)
    (alert,) = alerts_in(cap_feed.feed(feed_ws, MORNING))
    schema().assertValid(etree.ElementTree(alert))
    text = lambda path: alert.findtext(f"cap:info/{path}", namespaces=NS)
    assert (text("cap:event"), text("cap:category"), text("cap:severity"), text("cap:urgency")) == (
        "Lũ", "Met", "Severe", "Immediate")  # fmt: skip
    assert text("cap:senderName") == "Chủ tịch UBND huyện Lạng Giang"
    assert (text("cap:eventCode/cap:valueName"), text("cap:eventCode/cap:value")) == ("VN-QD18-2021", "lu")
    assert text("cap:parameter/cap:value") == "3"


@pytest.mark.parametrize(("level", "severity", "urgency"), [(1, "Minor", "Expected"), (2, "Moderate", "Expected"),
                                                           (4, "Extreme", "Immediate"), (5, "Extreme", "Immediate")])  # fmt: skip
def test_each_risk_level_maps_to_the_readmes_severity_and_urgency(
    feed_ws: Path, level: int, severity: str, urgency: str
) -> None:
    write(feed_ws, "bao-so-5.md", FLOOD.replace("risk_level: 3", f"risk_level: {level}"))
    (alert,) = alerts_in(cap_feed.feed(feed_ws, MORNING))
    schema().assertValid(etree.ElementTree(alert))
    assert alert.findtext("cap:info/cap:severity", namespaces=NS) == severity
    assert alert.findtext("cap:info/cap:urgency", namespaces=NS) == urgency


def test_an_emergency_without_warning_fields_keeps_its_title_as_event_and_the_issuer_as_sender(feed_ws: Path) -> None:
    (alert,) = alerts_in(cap_feed.feed(feed_ws, MORNING))
    assert alert.findtext("cap:info/cap:event", namespaces=NS) == "Khẩn cấp bão số 5"
    assert alert.findtext("cap:info/cap:senderName", namespaces=NS) == "UBND huyện Lạng Giang"
    assert alert.find("cap:info/cap:parameter", NS) is None and alert.find("cap:info/cap:eventCode", NS) is None


def test_cap_in_reads_back_the_warning_loa_published(feed_ws: Path, tmp_path: Path) -> None:
    write(feed_ws, "bao-so-5.md", FLOOD)
    published = tmp_path / "lu.xml"
    published.write_bytes(cap_feed.alert(feed_ws, "bao-so-5", MORNING) or b"")
    (decision,) = import_alerts(feed_ws, (published,), MORNING)
    assert decision.outcome == "waiting", decision
    item = load_workspace(feed_ws).announcement(decision.announcement)
    assert item is not None and item.origin == f"cap:{SENDER}/loa.bao-so-5"
    assert (item.hazard, item.risk_level, item.responsible) == ("lu", 3, "Chủ tịch UBND huyện Lạng Giang")


def test_cap_in_takes_the_hazard_from_another_senders_event_name_and_no_level_it_does_not_give(
    cap_ws: Path, tmp_path: Path
) -> None:
    source = tmp_path / "flood.xml"
    alert = (Path(__file__).parent.parent / "data" / "cap" / "bao-alert.xml").read_text(encoding="utf-8")
    source.write_text(alert.replace("<event>Dông mạnh</event>", "<event>Flood</event>"), encoding="utf-8")
    (decision,) = import_alerts(cap_ws, (source,), MORNING)
    item = load_workspace(cap_ws).announcement(decision.announcement)
    assert item is not None and (item.hazard, item.risk_level) == ("lu", None)
    assert item.responsible == "Đài Khí tượng Thủy văn tỉnh Bắc Giang"


@pytest.mark.slow
def test_the_editor_and_emergency_forms_offer_and_save_the_warning_fields(cap_ws: Path) -> None:
    i18n.use("vi")
    now = MORNING.replace(tzinfo=None)
    for name, role in (("bien-tap", "editor"), ("lanh-dao", "approver")):
        accounts.add_user(cap_ws, name, role, (), PASSWORD, now)
    app = create_app(cap_ws, now=lambda: now)
    editor, editor_csrf = login(app, "bien-tap")
    page = editor.get("/tin/moi").text
    assert 'name="hazard"' in page and '<option value="sat-lo-dat" >Sạt lở đất</option>' in page
    assert 'name="risk_level"' in page and 'name="responsible"' in page
    data = {"title": "Nắng nóng", "priority": "uu-tien", "valid_from": "2021-08-10", "valid_until": "2021-08-12",
            "repeat": "1", "body": "Bà con hạn chế ra ngoài trưa.", "action": "luu", "csrf": editor_csrf,
            "hazard": "nang-nong", "risk_level": "2", "responsible": "Chủ tịch UBND xã"}  # fmt: skip
    assert editor.post("/tin/luu", data=data).status_code == 302
    item = load_workspace(cap_ws).announcement("nang-nong")
    assert item is not None and (item.hazard, item.risk_level, item.responsible) == ("nang-nong", 2, "Chủ tịch UBND xã")
    bad = editor.post("/tin/luu", data={**data, "title": "Khác", "hazard": "", "risk_level": "9"})
    assert bad.status_code == 422 and 'id="error-risk_level"' in bad.text and "từ 1 đến 5" in bad.text
    approver, csrf = login(app, "lanh-dao")
    assert editor.post("/khan-cap", data={"title": "x", "csrf": editor_csrf}).status_code == 403  # approvers only
    assert 'name="hazard"' in approver.get("/khan-cap").text
    no_csrf = {"title": "Lũ quét", "body": "Sơ tán ngay.", "stations": ["an-binh"], "valid_until": "2021-08-11",
               "until_time": "23:59", "hazard": "lu-quet", "risk_level": "3", "responsible": "Chủ tịch UBND xã"}  # fmt: skip
    assert approver.post("/khan-cap", data=no_csrf).status_code in (400, 403)
    sent = approver.post("/khan-cap", data={**no_csrf, "csrf": csrf})
    assert sent.status_code == 200 and 'id="emergency-report"' in sent.text, sent.text
    item = load_workspace(cap_ws).announcement("lu-quet")
    assert item is not None and (item.hazard, item.risk_level) == ("lu-quet", 3)
