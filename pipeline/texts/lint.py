"""The words of `loa lint`: each word the voice would misread, and what to do about it, as file:line."""

from __future__ import annotations

from ..build.letter import APPARATUS_KINDS, Apparatus
from ..build.lint import Ambiguous, Defined, Finding, Guessed, Spelled
from ..i18n import tr


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


def defined(found: Defined) -> str:
    return tr('info: {file}:{line}: {word} is defined as "{words}"; the bracket is not read, and later uses of {word} '
              'are read "{words}"', file=found.file, line=found.line, word=found.token, words=found.words)  # fmt: skip
