"""A build's warnings are data (build/warnings.py): worded in one place, picked by their fields, carried as JSON."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from pipeline import i18n, texts
from pipeline.app.emergency import EmergencyReport, why_not_on_air
from pipeline.build.summary import BuildReport
from pipeline.build.warnings import KINDS, BuildWarning, stranger, warning, worded

DAY = date(2021, 8, 10)

# every kind with the values its sentence needs, and the words it said before it was data (issue 27)
SAID = {
    "overlong": (warning("overlong", station_id="binh-an", slot="Sáng", seconds=990.0, length=900.0),
                 "binh-an Sáng: the program lasts 16.5 min, longer than the slot (15 min)"),
    "silent": (warning("silent", "hop-thon", title="Họp thôn"), "'Họp thôn' is silent: check the recording or the text"),
    "long_silence": (warning("long_silence", "hop-thon", title="Họp thôn", seconds=5.04),
                     "'Họp thôn' has 5.0 s of silence inside"),
    "misread": (warning("misread", count=2, word="xyz", file="hop-thon.md", line=7),
                'words the voice would misread: 2, first "xyz" (hop-thon.md:7); loa lint lists them all'),
    "fallback": (warning("fallback", title="Họp thôn", engine="espeak", reasons="gtts: offline"),
                 "'Họp thôn' was spoken by espeak because gtts: offline"),
    "left_out": (warning("left_out", "hop-thon", "an-binh", slot="sang", failure="no engine could speak it"),
                 "left out an-binh sang: no engine could speak it"),
    "empty_day": (warning("empty_day", day="2021-08-10"),
                  "nothing airs on 2021-08-10: the published day is empty (see the report for why)"),
    "note": (warning("note", "dai", "binh-an", slot="", what="did not fit the slot; waits for a later day"),
             "binh-an: dai did not fit the slot; waits for a later day"),
    "stranger": (stranger(Path("/ws/scripts_vi/announcements/hop.docx")),
                 "/ws/scripts_vi/announcements/hop.docx is not an announcement and does not air: only .md files are "
                 "read; save it as hop.md"),
    "manifest_damaged": (warning("manifest_damaged", day="2021-08-10"),
                         "the published manifest of 2021-08-10 was damaged; every station is built again"),
    "station_rebuilt": (warning("station_rebuilt", station_id="binh-an"),
                        "binh-an: published files were damaged and the store had no intact copy; built again"),
    "repaired_missing": (warning("repaired_missing", station_id="binh-an", file="a.mp3"),
                         "binh-an: repaired a.mp3 from the store (missing)"),
    "repaired_damaged": (warning("repaired_damaged", station_id="binh-an", file="a.mp3"),
                         "binh-an: repaired a.mp3 from the store (damaged)"),
    "no_speech_kept": (warning("no_speech_kept", station_id="an-binh", slots="sang, chieu"),
                       "an-binh: NO SPEECH could be made for sang, chieu; the previous version stays on air"),
    "no_speech_dropped": (warning("no_speech_dropped", station_id="an-binh", slots="sang"),
                          "an-binh: NO SPEECH could be made for sang; nothing is published for it"),
    "drift": (warning("drift", "hop-thon", stations="an-binh, binh-an"),
              "hop-thon: what it says at an-binh, binh-an changed since it was approved (lexicon, template, station "
              "or settings); it airs as approved until an approver approves it again"),
    "no_history": (warning("no_history"), "the build history could not be written"),
}  # fmt: skip


def test_every_kind_of_build_warning_says_what_it_said_before_it_was_data() -> None:
    assert set(SAID) == set(KINDS)
    assert {kind: worded(w) for kind, (w, _) in SAID.items()} == {kind: said for kind, (_, said) in SAID.items()}


def test_a_build_warning_reads_back_from_json_as_it_was() -> None:
    for w, _ in SAID.values():
        assert BuildWarning.from_dict(json.loads(json.dumps(w.as_dict()))) == w


def test_a_build_warning_is_worded_in_vietnamese_through_the_catalog() -> None:
    i18n.use("vi")
    overlong, _ = SAID["overlong"]
    assert worded(overlong) == "binh-an Sáng: chương trình dài 16,5 phút, quá thời lượng buổi (15 phút)"
    assert texts.warning(overlong) == texts.warning(worded(overlong))


def _report(*warnings: BuildWarning) -> EmergencyReport:
    build = BuildReport(DAY, 2, 2, 2, 60.0, 0, 4, None, warnings)
    return EmergencyReport("hop", Path("hop.md"), False, (), (build,))


def test_an_emergency_reports_its_own_warnings_not_those_of_an_id_that_merely_contains_its_own() -> None:
    done = _report(warning("drift", "hop-thon", stations="an-binh"), warning("left_out", "hop", "an-binh", slot="sang",
                                                                            failure="no engine could speak 'Họp'"))  # fmt: skip
    lines = texts.emergency(done, Path("hop.md"), 1.0)
    assert [line for line in lines if line.startswith("warning:")] == [
        "warning: left out an-binh sang: no engine could speak 'Họp'"
    ]


def test_an_emergency_not_on_air_says_the_warnings_about_it_and_its_missing_stations() -> None:
    done = _report(
        warning("overlong", station_id="an-binh", slot="Sáng", seconds=990.0, length=900.0),
        warning("overlong", station_id="binh-an", slot="Sáng", seconds=990.0, length=900.0),
        warning("drift", "hop-thon", stations="an-binh"),
        warning("silent", "hop", title="Họp"),
    )
    assert why_not_on_air(done, {"an-binh"}) == [
        "an-binh Sáng: the program lasts 16.5 min, longer than the slot (15 min)",
        "'Họp' is silent: check the recording or the text",
    ]
    assert why_not_on_air(_report(warning("drift", "hop-thon", stations="an-binh")), {"binh-an"}) == [
        "see the build's warnings"
    ]
