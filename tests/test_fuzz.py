"""Fuzzing every input a user controls: front matter, bodies, templates, stations, settings, lexicon, CLI values.

Property: the command ends within a bound, with exit 0 or a documented error code, a
message naming the file when the input is at fault, never an internal error; and the
published tree afterwards passes `loa verify`.

Profiles: CI runs a few examples per input (`LOA_FUZZ_EXAMPLES`, default 40; builds fewer); the
nightly run documented in the README uses `LOA_FUZZ_EXAMPLES=500`
(`LOA_FUZZ_RANDOM=1` draws new examples each run instead of the same ones).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.cli import cli

from .conftest import MINI_ANNOUNCEMENT, MINI_STATIONS, copy_sample

EXAMPLES = int(os.environ.get("LOA_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=not os.environ.get("LOA_FUZZ_RANDOM"),
)
DOCUMENTED = {0, 1, 2, 3, 4}  # README: exit codes (6 and 75 are verify's and the lock's, not reachable here)
SECONDS = 30.0  # every command ends well within this, whatever the input
ANNOUNCEMENT = Path("scripts_vi") / "announcements" / "hop-thon.md"

JINJA = st.sampled_from([
    "{{ station.name }}", "{{ date }}", "{{ weekday }}", "{{ nope }}", "{% if %}", "{{ 'a' * 99999999 }}", "{% for i in range(99999) %}x{% endfor %}",
    "{% include 'thong-bao.j2' %}", "{{ ''.__class__.__mro__ }}", "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", "{{", "}}", "{#", "{% raw %}",
])  # fmt: skip
WORDS = st.sampled_from(
    [
        "Kính thưa bà con",
        "UBND",
        "05/8/2021",
        "17h30",
        "50.000đ",
        "0913 123 456",
        "\u0301",
        "\x00",
        "\ufeff",
        "---",
        "\r\n",
        "🙂",
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=20), WORDS, JINJA), max_size=8).map(" ".join)
SCALAR = st.one_of(
    st.text(max_size=20), st.integers(-10**12, 10**12), st.floats(allow_nan=False), st.booleans(), st.none(),
    st.lists(st.text(max_size=8), max_size=3), st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2),
    st.sampled_from(["2021-08-10", "10/08/2021", "2021-02-30", "2021-08-10 25:00", "khan-cap", "ưu tiên", "all", "1000000", "[t2, cn]", "../../etc"]),
)  # fmt: skip
FRONT_KEYS = st.sampled_from(["id", "title", "priority", "valid_from", "valid_until", "stations", "slots", "repeat", "template", "audio",
                              "issuer", "bed", "intro", "outro", "days", "spread", "supersedes", "tieu-de"])  # fmt: skip


@contextmanager
def workspace() -> Iterator[Path]:
    """A fresh mini workspace (one station, one announcement) for one example."""
    with tempfile.TemporaryDirectory() as folder:
        ws = copy_sample(Path(folder) / "ws")
        (ws / "stations.yaml").write_text(MINI_STATIONS, encoding="utf-8")
        for old in (ws / "scripts_vi" / "announcements").glob("*.md"):
            old.unlink()
        (ws / ANNOUNCEMENT).write_text(MINI_ANNOUNCEMENT, encoding="utf-8")
        yield ws


def run(*args: str) -> tuple[int, str]:
    start = time.monotonic()
    result = CliRunner().invoke(cli, list(args))
    assert time.monotonic() - start < SECONDS, f"{args} took too long"
    assert result.exit_code in DOCUMENTED, (args, result.exit_code, result.output)
    assert "internal problem" not in result.output and "Traceback" not in result.output, result.output
    return result.exit_code, result.output


def check_input(ws: Path, file: Path, build: bool = False) -> None:
    """validate and script (and build when asked) end cleanly; an error names the file; what is published verifies."""
    code, output = run("validate", str(ws))
    if code == 1 and file.exists():
        assert "error: " in output and (file.name in output or str(ws) in output), output
    if code == 0:
        run("script", "hop-thon", "--station", "an-binh", "--date", "2021-08-10", "-w", str(ws))
    if code == 0 and build:
        run("build", str(ws), "--date", "2021-08-10", "--workers", "1")
    if (ws / "playlists" / "2021-08-10").exists():
        code, output = run("verify", str(ws))
        assert code == 0, output


@pytest.mark.slow
@FUZZ
@given(st.dictionaries(FRONT_KEYS, SCALAR, max_size=6), TEXT)
def test_front_matter_and_body(fields: dict[str, object], body: str) -> None:
    with workspace() as ws:
        header = yaml.safe_dump(fields, allow_unicode=True) if fields else ""
        (ws / ANNOUNCEMENT).write_text(f"---\n{header}---\n{body}\n", encoding="utf-8")
        check_input(ws, ws / ANNOUNCEMENT)


@pytest.mark.slow
@settings(FUZZ, max_examples=max(3, EXAMPLES // 8))
@given(TEXT)
def test_bodies_build_and_publish_a_verifiable_day(body: str) -> None:
    with workspace() as ws:
        (ws / ANNOUNCEMENT).write_text(MINI_ANNOUNCEMENT + body + "\n", encoding="utf-8")
        check_input(ws, ws / ANNOUNCEMENT, build=True)


@pytest.mark.slow
@FUZZ
@given(st.binary(max_size=200))
def test_raw_bytes_as_an_announcement(data: bytes) -> None:
    with workspace() as ws:
        (ws / ANNOUNCEMENT).write_bytes(b"---\ntitle: x\n---\n" + data)
        check_input(ws, ws / ANNOUNCEMENT)


@pytest.mark.slow
@FUZZ
@given(TEXT)
def test_templates(source: str) -> None:
    with workspace() as ws:
        template = ws / "scripts_vi" / "templates" / "thong-bao.j2"
        template.write_text(source, encoding="utf-8")
        check_input(ws, template)


@FUZZ
@given(
    st.dictionaries(
        st.sampled_from(["id", "name", "district", "dialect", "slots", "engines", "voices", "x"]), SCALAR, max_size=6
    )
)
def test_stations(fields: dict[str, object]) -> None:
    with workspace() as ws:
        path = ws / "stations.yaml"
        path.write_text(yaml.safe_dump({"stations": [fields]}, allow_unicode=True), encoding="utf-8")
        check_input(ws, path)


SETTING_LINES = st.lists(
    st.one_of(
        st.tuples(st.sampled_from(["timezone", "default_template", "[audio]", "target_lufs", "[speech]", "engines", "rate_wpm", "[gtts]",
                                   "attempts", "[jingles]", "opening", "nope"]), SCALAR)
        .map(lambda kv: kv[0] if kv[0].startswith("[") else f"{kv[0]} = {kv[1]!r}".replace("'", '"')),
        st.text(max_size=20),
    ),
    max_size=6,
)  # fmt: skip


@pytest.mark.slow  # 2 to 7 s: out of the fast loop
@FUZZ
@given(SETTING_LINES)
def test_settings(lines: list[str]) -> None:
    with workspace() as ws:
        path = ws / "loa.toml"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        check_input(ws, path)


@FUZZ
@given(
    st.lists(
        st.tuples(st.text(max_size=10), st.sampled_from(["\t", "  ", " ", "\t\t", ""]), st.text(max_size=10)),
        max_size=5,
    )
)
@pytest.mark.slow
def test_lexicon_lines(rows: list[tuple[str, str, str]]) -> None:
    with workspace() as ws:
        path = ws / "scripts_vi" / "lexicon.tsv"
        path.write_text("\n".join("".join(row) for row in rows) + "\n", encoding="utf-8")
        check_input(ws, path)


@settings(FUZZ, max_examples=max(5, EXAMPLES // 4))
@given(st.one_of(st.text(max_size=12), st.sampled_from(["2021-08-10", "10/08/2021", "0001-01-01", "9999-12-31", "2021-13-01", "-1"])),
       st.one_of(st.text(max_size=12), st.sampled_from(["an-binh", "An Bình", "../x", "--help"])))  # fmt: skip
@pytest.mark.slow
def test_command_line_values(day: str, station: str) -> None:
    with workspace() as ws:
        run("script", "hop-thon", "--station", station, "--date", day, "-w", str(ws))
        run("report", str(ws), "--from", day, "--to", day)
        run("build", str(ws), "--date", day, "--station", station, "--workers", "1")
        if any((ws / "playlists").glob("*/manifest.json")):
            assert run("verify", str(ws))[0] == 0


def test_fuzz_profile_is_documented() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "LOA_FUZZ_EXAMPLES=500" in readme and shutil.which("ffmpeg")
