"""What an emergency (issue 31.4) reads of a loaded workspace, not the whole province again: its one announcement
file (installed, then signed off), giving the workspace `load_workspace` gives and the same refusals; the lexicon
once for every dialect."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.build.check import load_workspace, with_announcement
from pipeline.build.program import ProgramWriter
from pipeline.errors import ValidationFailed

from .test_programming import EMERGENCY

FOLDER = Path("scripts_vi") / "announcements"
BULLETIN = EMERGENCY.replace("stations: [an-binh]\n", 'valid_until: "2021-08-10 23:59"\n')


def test_a_new_file_read_alone_gives_the_workspace_loading_gives(mini_ws: Path) -> None:
    before = load_workspace(mini_ws)
    for name in ("a-truoc.md", "z-sau.md"):  # before and after the workspace's own file, by name
        (mini_ws / FOLDER / name).write_text(BULLETIN, encoding="utf-8")
        before = with_announcement(before, mini_ws / FOLDER / name)
        assert before == load_workspace(mini_ws)


def test_a_changed_file_replaces_its_announcement(mini_ws: Path) -> None:
    before = load_workspace(mini_ws)
    path = next((mini_ws / FOLDER).glob("*.md"))
    path.write_text(path.read_text(encoding="utf-8").replace("---\n", "---\npriority: uu-tien\n", 1))
    assert with_announcement(before, path) == load_workspace(mini_ws)


@pytest.mark.parametrize(
    "front, said",
    [("id: hop-thon\n", "also used by bao.md"), ("stations: [khong-co]\n", "khong-co"),
     ("template: khong-co\n", "khong-co")],
)  # fmt: skip
def test_a_file_loading_refuses_is_refused_alike(mini_ws: Path, front: str, said: str) -> None:
    before = load_workspace(mini_ws)
    path = mini_ws / FOLDER / "bao.md"
    path.write_text(BULLETIN.replace("---\n", f"---\n{front}", 1), encoding="utf-8")
    with pytest.raises(ValidationFailed) as alone:
        with_announcement(before, path)
    with pytest.raises(ValidationFailed) as loading:
        load_workspace(mini_ws)
    assert said in str(alone.value)
    assert [p.what for p in alone.value.problems] == [p.what for p in loading.value.problems]


def test_the_dialects_normalizers_share_the_workspace_lexicon_read_once(mini_ws: Path) -> None:
    """A province's three voices: the lexicon (some 1,500 entries, one regex) is read and compiled once, not per
    dialect (issue 31.4: an emergency templates every dialect's bulletin before it airs)."""
    writer = ProgramWriter(load_workspace(mini_ws))
    bac, nam = writer.normalizer("bac"), writer.normalizer("nam")
    assert bac.ctx.lexicon is nam.ctx.lexicon and bac.ctx.style != nam.ctx.style
    assert bac.text("Số 105 của UBND") != nam.text("Số 105 của UBND")  # each dialect reads its own way
