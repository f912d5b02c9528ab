"""CAP 1.2 alerts in (`loa cap import`): the OASIS specification's examples, an Alert → Update → Cancel chain
written from them, hostile files, and every decision (status, msgType, expiry, area, trusted sender)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from pipeline import i18n, texts
from pipeline.app import accounts, station_events
from pipeline.app.cap import import_alerts
from pipeline.build.check import load_workspace
from pipeline.errors import ValidationFailed
from pipeline.workspace.stations import load_stations

from ..build.test_programming import items_of
from ..conftest import ANNOUNCEMENTS, MORNING, invoke

CAP = Path(__file__).parent.parent / "data" / "cap"
SENDER = "kttv.bacgiang@example.gov.vn"


@pytest.fixture
def cap_ws(two_ws: Path) -> Path:
    """Two stations: an-binh in district 07264 (Lạng Giang), binh-an with no area codes."""
    stations = two_ws / "stations.yaml"
    text = stations.read_text(encoding="utf-8")
    stations.write_text(
        text.replace("    district: Lạng Giang\n", '    district: Lạng Giang\n    area_codes: ["07264", "24"]\n', 1),
        encoding="utf-8",
    )
    return two_ws


def trust(ws: Path) -> None:
    with (ws / "loa.toml").open("a", encoding="utf-8") as toml:
        toml.write(f'\n[cap]\nsender = "ubnd.langgiang@example.gov.vn"\ntrusted_senders = ["{SENDER}"]\n')


def outcomes(ws: Path, *names: str, now=MORNING) -> list[str]:  # type: ignore[no-untyped-def]
    return [d.outcome for d in import_alerts(ws, tuple(CAP / n for n in names), now)]


def cap_files(ws: Path) -> list[str]:
    return sorted(p.name for p in (ws / ANNOUNCEMENTS).glob("cap-*.md"))


def test_the_specification_examples_are_read_and_none_airs_in_vietnam(cap_ws: Path) -> None:
    decisions = import_alerts(cap_ws, (CAP / "spec-homeland-security.xml", CAP / "spec-thunderstorm.xml",
                                       CAP / "spec-earthquake.xml"), MORNING)  # fmt: skip
    assert [(d.alert, d.outcome) for d in decisions] == [
        ("cap:hsas@dhs.gov/43b080713727", "no-area"),  # nationwide, no geocode
        ("cap:KSTO@NWS.NOAA.GOV/KSTO1055887203", "expired"),  # expired in 2003
        ("cap:trinet@caltech.edu/TRI13970876.2", "no-area"),  # an Update of an alert never seen, a circle only
    ]
    assert "it expired at 2003-06-18 06:00" in texts.cap_decision(decisions[1])
    assert cap_files(cap_ws) == []


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("hostile-entity.xml", "declares a DTD or entities"),
        ("hostile-billion-laughs.xml", "declares a DTD or entities"),
        ("wrong-namespace.xml", "not a CAP 1.2 alert"),
        ("not-cap.xml", "not a CAP 1.2 alert"),
    ],
)
def test_a_hostile_or_foreign_file_is_refused_naming_the_file(cap_ws: Path, name: str, why: str) -> None:
    (decision,) = import_alerts(cap_ws, (CAP / name,), MORNING)
    assert decision.outcome == "refused"
    line = texts.cap_decision(decision)
    assert name in line and why in line
    assert cap_files(cap_ws) == []


def test_a_10_mb_file_is_refused_before_it_is_parsed(cap_ws: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.xml"
    alert = (CAP / "bao-alert.xml").read_text(encoding="utf-8")
    big.write_text(alert.replace("<scope>", "<!--" + "x" * 10_000_000 + "--><scope>"), encoding="utf-8")
    (decision,) = import_alerts(cap_ws, (big,), MORNING)
    assert decision.outcome == "refused" and "too large" in decision.detail


def test_an_alert_lacking_a_required_element_is_refused(cap_ws: Path, tmp_path: Path) -> None:
    broken = tmp_path / "no-sender.xml"
    broken.write_text((CAP / "bao-alert.xml").read_text(encoding="utf-8").replace(f"<sender>{SENDER}</sender>", ""),
                      encoding="utf-8")  # fmt: skip
    (decision,) = import_alerts(cap_ws, (broken,), MORNING)
    assert decision.outcome == "refused" and "lacks sender" in decision.detail


@pytest.mark.parametrize("status", ["Test", "Exercise", "System", "Draft"])
def test_only_an_actual_alert_airs(cap_ws: Path, tmp_path: Path, status: str) -> None:
    trust(cap_ws)
    source = tmp_path / "bao.xml"
    source.write_text((CAP / "bao-alert.xml").read_text(encoding="utf-8").replace("Actual", status), encoding="utf-8")
    (decision,) = import_alerts(cap_ws, (source,), MORNING)
    assert decision.outcome == "not-actual"
    assert f"its status is {status}; only Actual alerts air" in texts.cap_decision(decision)
    assert cap_files(cap_ws) == []


def test_an_untrusted_senders_alert_waits_for_an_approver_in_vietnamese(cap_ws: Path) -> None:
    (decision,) = import_alerts(cap_ws, (CAP / "bao-alert.xml",), MORNING)
    assert (decision.outcome, decision.stations) == ("waiting", ("an-binh",))
    text = (cap_ws / ANNOUNCEMENTS / "cap-kttv-bg-2021-0810-1.md").read_text(encoding="utf-8")
    assert 'title: "Cảnh báo dông mạnh"' in text and "priority: khan-cap" in text
    assert 'valid_until: "2021-08-10 22:00"' in text and "stations: [an-binh]" in text
    assert f'origin: "cap:{SENDER}/KTTV-BG-2021-0810-1"' in text and "status: cho-duyet" in text
    assert "Bà con trú ẩn trong nhà kiên cố" in text and "SEVERE" not in text  # the vi-VN block, not the first
    item = load_workspace(cap_ws).announcement("cap-kttv-bg-2021-0810-1")
    assert item is not None and item.in_workflow and item.origin == f"cap:{SENDER}/KTTV-BG-2021-0810-1"


def test_an_alert_for_no_stations_area_does_not_air(cap_ws: Path, tmp_path: Path) -> None:
    source = tmp_path / "elsewhere.xml"
    source.write_text((CAP / "bao-alert.xml").read_text(encoding="utf-8").replace("07264", "01001"), encoding="utf-8")
    (decision,) = import_alerts(cap_ws, (source,), MORNING)
    assert decision.outcome == "no-area"
    assert "no station's area_codes match its area (01001)" in texts.cap_decision(decision)


def test_an_expired_alert_never_airs(cap_ws: Path) -> None:
    assert outcomes(cap_ws, "bao-alert.xml", now=MORNING + timedelta(hours=17)) == ["expired"]
    assert cap_files(cap_ws) == []


def test_the_same_alert_twice_is_imported_once(cap_ws: Path) -> None:
    assert outcomes(cap_ws, "bao-alert.xml", "bao-alert.xml") == ["waiting", "already"]
    assert cap_files(cap_ws) == ["cap-kttv-bg-2021-0810-1.md"]


def test_an_update_replaces_its_alert_and_a_cancel_takes_it_off(cap_ws: Path) -> None:
    decisions = import_alerts(cap_ws, (CAP / "bao-alert.xml", CAP / "bao-update.xml"), MORNING)
    assert [(d.outcome, d.replaced) for d in decisions] == [("waiting", ()), ("waiting", ("cap-kttv-bg-2021-0810-1",))]
    assert cap_files(cap_ws) == ["cap-kttv-bg-2021-0810-2.md"]
    assert "cập nhật" in (cap_ws / ANNOUNCEMENTS / "cap-kttv-bg-2021-0810-2.md").read_text(encoding="utf-8")
    (cancel,) = import_alerts(cap_ws, (CAP / "bao-cancel.xml",), MORNING)
    assert (cancel.outcome, cancel.replaced) == ("cancelled", ("cap-kttv-bg-2021-0810-2",))
    assert cap_files(cap_ws) == []
    assert "cap-kttv-bg-2021-0810-2 taken off the air" in texts.cap_decision(cancel)
    assert [(e.user, e.action) for e in accounts.history(cap_ws, "cap-kttv-bg-2021-0810-2")][:2] in (
        [(f"CAP: {SENDER}", "rut"), (f"CAP: {SENDER}", "gui-duyet")],
        [(f"CAP: {SENDER}", "gui-duyet"), (f"CAP: {SENDER}", "rut")],
    )


def test_a_cancel_with_nothing_to_cancel_says_so(cap_ws: Path) -> None:
    assert outcomes(cap_ws, "bao-cancel.xml") == ["nothing-to-cancel"]


def test_another_sender_may_not_cancel_an_alert(cap_ws: Path, tmp_path: Path) -> None:
    assert outcomes(cap_ws, "bao-update.xml") == ["waiting"]
    forged = tmp_path / "forged.xml"
    text = (CAP / "bao-cancel.xml").read_text(encoding="utf-8")
    forged.write_text(
        text.replace(f"<sender>{SENDER}</sender>", "<sender>mallory@example.org</sender>"), encoding="utf-8"
    )
    (decision,) = import_alerts(cap_ws, (forged,), MORNING)
    assert decision.outcome == "foreign-reference"
    assert cap_files(cap_ws) == ["cap-kttv-bg-2021-0810-2.md"]


@pytest.mark.slow
def test_a_trusted_senders_alert_airs_at_once_signed_in_its_name(cap_ws: Path) -> None:
    trust(cap_ws)
    (decision,) = import_alerts(cap_ws, (CAP / "bao-alert.xml",), MORNING)
    assert (decision.outcome, decision.announcement) == ("aired", "cap-kttv-bg-2021-0810-1"), decision.detail
    item = load_workspace(cap_ws).announcement("cap-kttv-bg-2021-0810-1")
    assert item is not None and item.approved_by == f"CAP: {SENDER}" and not item.in_workflow
    assert "cap-kttv-bg-2021-0810-1" in items_of(cap_ws, "an-binh", "sang")
    assert "on air as emergency cap-kttv-bg-2021-0810-1 (trusted sender): an-binh sang 05:30" in texts.cap_decision(
        decision
    )


def test_loa_cap_import_prints_one_line_per_alert_and_fails_on_a_refused_file(cap_ws: Path) -> None:
    code, out = invoke("cap", "import", str(cap_ws), str(CAP / "spec-thunderstorm.xml"), str(CAP / "not-cap.xml"))
    assert code == 1
    assert len(out.strip().splitlines()) == 2 and "expired" in out and "not-cap.xml" in out


def test_station_area_codes_must_be_quoted_codes(cap_ws: Path) -> None:
    stations = cap_ws / "stations.yaml"
    assert load_stations(stations, "")[0].area_codes == ("07264", "24")
    stations.write_text(
        stations.read_text(encoding="utf-8").replace('["07264", "24"]', "[07264, 24]"), encoding="utf-8"
    )
    with pytest.raises(ValidationFailed, match="'area_codes' must be a list of administrative codes in quotes"):
        load_stations(stations, "")


def test_each_decision_is_said_in_vietnamese_naming_the_file(cap_ws: Path) -> None:
    i18n.use("vi")
    decisions = import_alerts(cap_ws, (CAP / "hostile-entity.xml", CAP / "wrong-namespace.xml", CAP / "spec-thunderstorm.xml",
                                       CAP / "bao-alert.xml"), MORNING)  # fmt: skip
    lines = [texts.cap_decision(d) for d in decisions]
    assert "hostile-entity.xml" in lines[0] and "tệp khai báo DTD hoặc entity" in lines[0]
    assert "wrong-namespace.xml" in lines[1] and "không phải cảnh báo CAP 1.2" in lines[1]
    assert "urn:oasis:names:tc:emergency:cap:1.1" in lines[1]
    assert "spec-thunderstorm.xml" in lines[2] and "đã hết hiệu lực lúc 2003-06-18 06:00" in lines[2]
    assert "bao-alert.xml" in lines[3] and "chờ người duyệt" in lines[3]


@pytest.mark.slow
def test_a_trusted_update_re_airs_and_its_cancel_ends_the_approval(cap_ws: Path) -> None:
    trust(cap_ws)
    first, update = import_alerts(cap_ws, (CAP / "bao-alert.xml", CAP / "bao-update.xml"), MORNING)
    assert (first.outcome, update.outcome, update.replaced) == ("aired", "aired", ("cap-kttv-bg-2021-0810-1",))
    assert items_of(cap_ws, "an-binh", "sang").count("cap-kttv-bg-2021-0810-1") == 0
    assert "cap-kttv-bg-2021-0810-2" in items_of(cap_ws, "an-binh", "sang")
    (cancel,) = import_alerts(cap_ws, (CAP / "bao-cancel.xml",), MORNING)
    assert cancel.outcome == "cancelled" and cap_files(cap_ws) == []
    assert load_workspace(cap_ws).announcement("cap-kttv-bg-2021-0810-2") is None
    told, _ = station_events.events(cap_ws, "an-binh", 0)  # its station is told to stop it at once
    assert ("stop", "cap-kttv-bg-2021-0810-2") in [(e["kind"], e["announcement_id"]) for e in told]
