"""Everything Loa says to a person about a result: the CLI and the nightly log word the data the use cases return.

Use cases return values (reports, rows, checks); nothing in `pipeline/app` or below builds a
sentence for a person except errors' own problems and a build's warnings (`build.warnings.worded`: the build
words them itself for the pre-air report and its history; `warning` here calls it). Every sentence goes through
`tr`, so it reads in Vietnamese by default and in English with `--lang en` (catalog:
pipeline/locale/vi/LC_MESSAGES/loa.po).

One module per family of commands, named as the CLI's modules (cli/): base (a warning, an error), days (init,
validate, script, preview, build, new, approve), lint, upkeep (cache, doctor, inspect, verify), report, onair
(emergency, its stop, playout), stations (station status), cap, people. Callers say `texts.summary(...)`: this
package names every function once more (below), so the front ends and the tests need not know which family a
sentence is in. A family is imported when one of its names is first used (as app/commands/ does): the words of a CAP
decision need the CAP stack, which `loa emergency` has no use for.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

from ..lazy import on_first_use

if TYPE_CHECKING:  # what mypy and a reader see; at run time __getattr__ imports the family
    from .base import error as error
    from .base import warning as warning
    from .cap import cap_decision as cap_decision
    from .days import approved as approved
    from .days import building_first_days as building_first_days
    from .days import created as created
    from .days import created_only as created_only
    from .days import script as script
    from .days import summary as summary
    from .days import validated as validated
    from .days import where as where
    from .days import written_new as written_new
    from .days import wrote as wrote
    from .lint import ambiguous as ambiguous
    from .lint import apparatus as apparatus
    from .lint import defined as defined
    from .lint import finding as finding
    from .lint import guessed as guessed
    from .lint import spelled as spelled
    from .onair import emergency as emergency
    from .onair import emergency_stopped as emergency_stopped
    from .onair import playout as playout
    from .people import role as role
    from .report import period as period
    from .report import statistics as statistics
    from .stations import station_state as station_state
    from .upkeep import cache_lines as cache_lines
    from .upkeep import check as check
    from .upkeep import measured as measured
    from .upkeep import no_engine as no_engine
    from .upkeep import pruned as pruned
    from .upkeep import verified as verified

FAMILIES = MappingProxyType(
    {
        ".base": ("error", "warning"),
        ".cap": ("cap_decision",),
        ".days": ("approved", "building_first_days", "created", "created_only", "script", "summary", "validated",
                  "where", "written_new", "wrote"),
        ".lint": ("ambiguous", "apparatus", "defined", "finding", "guessed", "spelled"),
        ".onair": ("emergency", "emergency_stopped", "playout"),
        ".people": ("role",),
        ".report": ("period", "statistics"),
        ".stations": ("station_state",),
        ".upkeep": ("cache_lines", "check", "measured", "no_engine", "pruned", "verified"),
    }
)  # fmt: skip

if not TYPE_CHECKING:  # mypy sees the names above only, so a misspelt name is still an error
    __getattr__, __dir__ = on_first_use(__name__, FAMILIES, globals)
