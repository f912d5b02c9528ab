"""What each CLI command does, as plain functions returning data (the CLI parses options and words the results).

This is the surface a web app or another front end calls: values in, values out. One module per family of
commands, named as the CLI's modules (cli/): clock (now, today, tomorrow in the workspace's time zone), days
(validate, script, preview, build, lint, new, approve, normalize), upkeep (cache, doctor, inspect, verify), report,
onair (emergency and its stop), cap (CAP alerts in, the feed out), keeping (the nightly run, the keeper). Callers
say `commands.build(...)`: this package names every command once more (below), so the front ends and the tests need
not know which family a command is in. A family is imported when one of its names is first used: every `loa`
command starts by importing this package, and `loa emergency` (whose start-up is part of its time to air) then loads
neither the CAP stack, nor the nightly job, nor the statistics.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

from ...lazy import on_first_use

if TYPE_CHECKING:  # what mypy and a reader see; at run time __getattr__ imports the family
    from ..new import Draft as Draft
    from ..starting import build_first_days as build_first_days
    from ..starting import init_workspace as init_workspace
    from .cap import cap_feed as cap_feed
    from .cap import cap_import as cap_import
    from .clock import now as now
    from .clock import today as today
    from .clock import tomorrow as tomorrow
    from .days import Preview as Preview
    from .days import ScriptText as ScriptText
    from .days import Validated as Validated
    from .days import approve as approve
    from .days import build as build
    from .days import lint as lint
    from .days import new as new
    from .days import normalize_lines as normalize_lines
    from .days import preview as preview
    from .days import script as script
    from .days import validate as validate
    from .days import workspace_of as workspace_of
    from .keeping import keeper as keeper
    from .keeping import nightly as nightly
    from .onair import Emergency as Emergency
    from .onair import emergency as emergency
    from .onair import emergency_stop as emergency_stop
    from .report import Period as Period
    from .report import period_report as period_report
    from .signing import signed_in as signed_in
    from .upkeep import cache_prune as cache_prune
    from .upkeep import cache_stats as cache_stats
    from .upkeep import doctor as doctor
    from .upkeep import inspect as inspect
    from .upkeep import verify as verify

FAMILIES = MappingProxyType(
    {
        "..new": ("Draft",),
        "..starting": ("build_first_days", "init_workspace"),
        ".clock": ("now", "today", "tomorrow"),
        ".days": ("Preview", "ScriptText", "Validated", "approve", "build", "lint", "new", "normalize_lines", "preview",
                  "script", "validate", "workspace_of"),
        ".signing": ("signed_in",),
        ".onair": ("Emergency", "emergency", "emergency_stop"),
        ".cap": ("cap_feed", "cap_import"),
        ".keeping": ("keeper", "nightly"),
        ".report": ("Period", "period_report"),
        ".upkeep": ("cache_prune", "cache_stats", "doctor", "inspect", "verify"),
    }
)  # fmt: skip

if not TYPE_CHECKING:  # mypy sees the names above only, so a misspelt name is still an error
    __getattr__, __dir__ = on_first_use(__name__, FAMILIES, globals)
