"""Add the command line's help texts (click docstrings and option help) to the message template.

Babel extracts `tr(...)`/`N_(...)` calls; click's help lives in docstrings and `help=` strings,
which the `loa` command translates when it shows them (`cli.Translated`). Run by tools/i18n.sh.
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

import click
from babel.messages.pofile import read_po, write_po

from pipeline.cli import cli


def help_texts(command: click.Command) -> list[str]:
    texts = [command.help or "", *(p.help or "" for p in command.params if isinstance(p, click.Option))]
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            texts += help_texts(sub)
    return [inspect.cleandoc(t) for t in texts if t]


def main(pot: Path) -> None:
    with pot.open("rb") as handle:
        catalog = read_po(handle)
    for text in help_texts(cli):
        catalog.add(text, auto_comments=["loa --help"])
    with pot.open("wb") as handle:
        write_po(handle, catalog, width=120, omit_header=False, sort_output=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
