"""What a `loa` command loads before it works: its start-up is part of an emergency's time to air (issue 31.4)."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import texts
from pipeline.app import commands

ROOT = Path(__file__).resolve().parent.parent
LOADED_AT_EXIT = """
import atexit, sys
out = sys.argv[1]
atexit.register(lambda: print("\\n".join(sorted(sys.modules)), file=open(out, "w")))
sys.argv = ["loa", *sys.argv[2:]]
from pipeline.cli import main
main()
"""
NOT_FOR_AN_EMERGENCY = ("flask", "werkzeug", "dask", "distributed", "openpyxl", "xml", "defusedxml", "statistics",
                        "logging.handlers", "pipeline.web", "pipeline.station", "pipeline.adapters.cap",
                        "pipeline.app.cap", "pipeline.app.statistics", "pipeline.app.nightly",
                        "pipeline.app.station_agent", "pipeline.texts.cap", "http.client", "urllib.request",
                        "email")  # fmt: skip  # HTTP: only the real transport loads it (adapters/http.py)
CHECKED_WHEN = """
import sys
out = sys.argv[1]
sys.argv = ["loa", *sys.argv[2:]]
import pipeline.app.commands.onair as onair
class Noted(onair.ThreadPoolExecutor):
    def submit(self, fn, /, *args, **kwargs):
        if fn is onair.signed_in:
            print("\\n".join(sorted(sys.modules)), file=open(out, "w"))
        return super().submit(fn, *args, **kwargs)
onair.ThreadPoolExecutor = Noted
from pipeline.cli import main
main()
"""
# What an emergency's password check (argon2, some 0.2 s outside the GIL) runs beside: the build's, normalization's
# and the bulletin's modules, some 0.25 CPU s to import.
LOADED_WHILE_CHECKED = ("pipeline.build", "pipeline.normalize", "pipeline.render", "pipeline.app.emergency",
                        "pipeline.app.playout", "jinja2")  # fmt: skip
# What only the rebuild after air (or another command) needs: loaded once the bulletin is on the line, not before.
AFTER_AIR = ("pipeline.build.steps", "pipeline.build.history", "pipeline.build.lint", "pipeline.build.keep",
             "pipeline.app.emergency_stop", "pipeline.app.keeper", "pipeline.app.commands.days")  # fmt: skip


def test_loa_emergency_loads_neither_the_web_nor_cap_nor_the_nightly_job_nor_statistics(
    mini_ws: Path, tmp_path: Path
) -> None:
    """The real command in its own process, refused after the application is loaded (a bulletin that is not
    khẩn cấp): what it imported by then is all a sent emergency imports before its first tool."""
    source = tmp_path / "thuong.md"
    source.write_text("---\ntitle: Họp thôn\npriority: thuong\n---\nHọp thôn lúc tám giờ.\n", encoding="utf-8")
    loaded = tmp_path / "modules.txt"
    argv = [sys.executable, "-c", LOADED_AT_EXIT, str(loaded), "--lang", "en", "emergency", str(mini_ws), str(source)]
    done = subprocess.run(argv, capture_output=True, text=True, check=False)
    assert "this announcement is not an emergency" in done.stderr
    modules = loaded.read_text(encoding="utf-8").split()
    assert "pipeline.app.emergency" in modules
    assert [m for m in modules if m.startswith(NOT_FOR_AN_EMERGENCY) and m.split(".")[0] != "xmlrpc"] == []
    assert [m for m in modules if m in AFTER_AIR] == []


@pytest.mark.slow
def test_loa_emergency_checks_its_approvers_password_before_it_loads_the_build_and_normalization(
    mini_ws: Path, tmp_path: Path
) -> None:
    """The real command in its own process: the password's check is started (in a thread) before the modules the
    bulletin needs are loaded, so that they load beside it (on the other core) rather than before it (issue 31.4)."""
    from pipeline.app.accounts import add_user
    from pipeline.app.commands import now

    add_user(mini_ws, "lanh-dao", "approver", (), "mat-khau-du-dai", now(mini_ws))
    source = tmp_path / "thuong.md"
    source.write_text("---\ntitle: Họp thôn\npriority: thuong\n---\nHọp thôn lúc tám giờ.\n", encoding="utf-8")
    loaded = tmp_path / "modules.txt"
    argv = [sys.executable, "-c", CHECKED_WHEN, str(loaded), "--lang", "en", "emergency", str(mini_ws), str(source)]
    done = subprocess.run([*argv, "--as", "lanh-dao"], input="mat-khau-du-dai\n", capture_output=True, text=True,
                          check=False)  # fmt: skip
    assert "this announcement is not an emergency" in done.stderr
    modules = loaded.read_text(encoding="utf-8").split()
    assert "pipeline.app.accounts" in modules
    assert [m for m in modules if m.startswith(LOADED_WHILE_CHECKED)] == []


@pytest.mark.parametrize("facade", [commands, texts], ids=["app.commands", "texts"])
def test_a_facade_names_each_of_its_families_names_once_and_gives_the_familys_own(facade: object) -> None:
    """app/commands/ and texts/ import a family on first use: what mypy reads (their TYPE_CHECKING imports) and
    what they give at run time (FAMILIES) are the same names, each the family's own object."""
    source = Path(facade.__file__)  # type: ignore[attr-defined]
    checked = [
        block
        for block in ast.parse(source.read_text(encoding="utf-8")).body
        if isinstance(block, ast.If) and isinstance(block.test, ast.Name) and block.test.id == "TYPE_CHECKING"
    ]
    typed = {
        (f"{'.' * node.level}{node.module}", alias.name)
        for block in checked
        for node in ast.walk(block)
        if isinstance(node, ast.ImportFrom) and node.level
        for alias in node.names
    }
    given = {(family, name) for family, names in facade.FAMILIES.items() for name in names}  # type: ignore[attr-defined]
    assert typed == given
    for family, name in sorted(given):
        module = importlib.import_module(family, facade.__name__)  # type: ignore[attr-defined]
        assert getattr(facade, name) is getattr(module, name)
    assert {name for _, name in given} <= set(dir(facade))
    with pytest.raises(AttributeError):
        facade.nonexistent  # type: ignore[attr-defined]  # noqa: B018
