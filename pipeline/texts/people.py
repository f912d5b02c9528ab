"""Everything Loa says to a person about a result: the CLI and the nightly log word the data the use cases return.

Use cases return values (reports, rows, checks); nothing in `pipeline/app` or below builds a
sentence for a person except errors' own problems and a build's warnings (`build.warnings.worded`: the build
words them itself for the pre-air report and its history; `warning` here calls it). Every sentence goes through
`tr`, so it reads in Vietnamese by default and in English with `--lang en` (catalog:
pipeline/locale/vi/LC_MESSAGES/loa.po).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from types import MappingProxyType

from .adapters.cap_web import is_address
from .adapters.ffmpeg import Measure
from .app import cap
from .app.cache import KINDS, CacheStats, Pruned
from .app.commands import Period, ScriptText, Validated
from .app.doctor import Check
from .app.emergency import EmergencyReport
from .app.emergency_stop import StopReport
from .app.playout import Prepared
from .app.station_events import Sent
from .app.station_status import StationState
from .build.letter import APPARATUS_KINDS, Apparatus
from .build.lint import Ambiguous, Finding, Guessed, Spelled
from .build.statistics import Figure
from .build.steps import BuildReport
from .build.warnings import BuildWarning, worded
from .domain.model import Announcement
from .i18n import N_, number, tr
from .onair.verify import VerifyReport


ROLE_WORDS = MappingProxyType(
    {"editor": N_("editor"), "approver": N_("approver"), "operator": N_("operator"), "admin": N_("admin")}
)


def role(key: str) -> str:
    """A role as people say it (`--role` keeps the English key; Vietnamese readers see biên tập viên…)."""
    return tr(ROLE_WORDS[key]) if key in ROLE_WORDS else key
