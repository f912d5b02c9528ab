"""What each CLI command does, as plain functions returning data (the CLI parses options and words the results).

This is the surface a web app or another front end calls: values in, values out. One module per family of
commands, named as the CLI's modules (cli/): clock (now, today, tomorrow in the workspace's time zone), days
(validate, script, preview, build, lint, new, approve, normalize), upkeep (cache, doctor, inspect, verify), report,
onair (emergency, its stop, CAP, nightly, the keeper). Callers say `commands.build(...)`: this package names every
command once more (below), so the front ends and the tests need not know which family a command is in.
"""

from __future__ import annotations

from ..new import Draft as Draft
from ..starting import build_first_days as build_first_days
from ..starting import init_workspace as init_workspace
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
from .days import signed_in as signed_in
from .days import validate as validate
from .days import workspace_of as workspace_of
from .onair import Emergency as Emergency
from .onair import cap_feed as cap_feed
from .onair import cap_import as cap_import
from .onair import emergency as emergency
from .onair import emergency_stop as emergency_stop
from .onair import keeper as keeper
from .onair import nightly as nightly
from .report import Period as Period
from .report import period_report as period_report
from .upkeep import cache_prune as cache_prune
from .upkeep import cache_stats as cache_stats
from .upkeep import doctor as doctor
from .upkeep import inspect as inspect
from .upkeep import verify as verify
