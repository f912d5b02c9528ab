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


def finding(found: Finding) -> str:
    return tr('{file}:{line}: "{word}" — add it to the lexicon (scripts_vi/lexicon.tsv) or rewrite it',
              file=found.file, line=found.line, word=found.token)  # fmt: skip


def spelled(found: Spelled) -> str:
    return tr('info: {file}:{line}: "{word}" is read letter by letter ("{spoken}"); to give it words, add a line '
              '"{word}<TAB>how to say it" to scripts_vi/lexicon.tsv', file=found.file, line=found.line,
              word=found.token, spoken=found.spoken)  # fmt: skip


def apparatus(found: Apparatus) -> str:
    what, fix = APPARATUS_KINDS[found.kind]
    return tr('{file}:{line}: "{text}" is {what}; fix: {fix}', file=found.file, line=found.line,
              text=found.text, what=tr(what), fix=tr(fix))  # fmt: skip


def guessed(found: Guessed) -> str:
    return tr('info: {file}:{line}: "{word}" is not in the lexicon; the voice guesses "{spoken}"; if that is wrong, '
              'add a line "{word}<TAB>how to say it" to scripts_vi/lexicon.tsv', file=found.file, line=found.line,
              word=found.token, spoken=found.spoken)  # fmt: skip


def ambiguous(found: Ambiguous) -> str:
    return tr('info: {file}:{line}: "{token}" may be a date or a ratio; write "ngày {token}" for a date or '
              '"{first} trên {second}" for a ratio', file=found.file, line=found.line, token=found.token,
              first=found.token.split("/")[0], second=found.token.split("/")[1])  # fmt: skip
