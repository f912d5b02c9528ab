"""`loa init`: a new workspace from the sample shipped with Loa, valid around today, and its first days built.

On day one the operator opens the pages before anyone has written an announcement: they must show a program.
"""

from __future__ import annotations

import os
import re
import shutil
from datetime import date, datetime, timedelta
from importlib import resources
from pathlib import Path

from ..build.check import load_workspace
from ..build.history import Origin
from ..build.steps import BuildReport, Progress
from ..build.steps import build as run_build
from ..errors import LoaError, Problem
from ..i18n import tr
from ..workspace import approval
from . import approvals
from .own_station import make_own

SAMPLE_FILES = ("loa.toml", "stations.yaml", "scripts_vi", "jingles")
SAMPLE_APPROVER = "Loa (mẫu)"
APPROVAL_ON = "require_approval = true   # air only what a leader approved as it is: loa approve FILE --as TÀI-KHOẢN\n"
SAMPLE_DAY = date(2021, 8, 10)  # the day the sample announcements are written around
DATE_FIELD = re.compile(r"^((?:valid_from|valid_until):\s*)(\d{4}-\d{2}-\d{2})", re.MULTILINE)


def init_workspace(directory: Path, now: datetime, commune: str = "", district: str = "") -> None:
    """Copy the sample workspace shipped with Loa into a new folder, its announcements valid around today;
    with `commune`, stations.yaml is that commune's one station (of `district`) instead of the sample's.

    The samples come approved (by "Loa (mẫu)") so the new workspace builds at once; an edit unapproves them.
    """
    if district.strip() and not commune.strip():
        raise LoaError(Problem(None, None, tr("--huyen needs --xa"), tr('add --xa "Tên xã" (your commune\'s name)')))
    if directory.exists() and any(directory.iterdir()):
        raise LoaError(Problem(directory, None, tr("this folder is not empty"), tr("choose a new folder name")))
    sample = resources.files("pipeline").joinpath("sample")
    with resources.as_file(sample) as source:
        shutil.copytree(source, directory, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))
    for generated in ("audio_out", "playlists"):
        (directory / generated).mkdir(exist_ok=True)
    settings = directory / "loa.toml"
    settings.write_text(APPROVAL_ON + settings.read_text("utf-8"), encoding="utf-8")
    shift = (
        now.date() - SAMPLE_DAY
    )  # the samples are written around 2021-08-10; a new workspace builds something tomorrow
    for path in (directory / "scripts_vi" / "announcements").glob("*.md"):
        moved = DATE_FIELD.sub(
            lambda m: f"{m.group(1)}{date.fromisoformat(m.group(2)) + shift}", path.read_text("utf-8")
        )
        path.write_text(moved, encoding="utf-8")
    if commune.strip():
        make_own(directory, commune, district)
    approval.ensure_key(directory)  # the workspace's own approval key, readable only by Loa's user
    workspace = load_workspace(directory)
    for item in workspace.announcements:
        approvals.sign(workspace, item, SAMPLE_APPROVER, now)


def build_first_days(directory: Path, now: datetime, progress: Progress) -> tuple[BuildReport, ...]:
    """Today and tomorrow of a new workspace: on day one the operator's pages show a program at once instead
    of "no program yet" (some seconds of rendering)."""
    workers = os.cpu_count() or 1
    days = (now.date(), now.date() + timedelta(days=1))
    origin, today = Origin("init"), now.date()
    return tuple(run_build(directory, day, (), progress, workers=workers, today=today, origin=origin) for day in days)
