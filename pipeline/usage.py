"""A mistyped `loa` command said as a person reads it: what is wrong, which option, how to fix; one line.

click's own frame ("Usage: …", "Try 'loa … --help'", "Error: Invalid value for …") is English and shows the
programmer's view (the types' names, Python's quoting). `LoaGroup` turns every click usage error into a `Plain`
one, worded here through `tr`; the exit code stays click's 2.
"""

from __future__ import annotations

import re
from typing import IO

import click

from .i18n import tr

QUOTED = re.compile(r"""^[^'"]*?(['"])(.*?)\1""")  # click quotes the typed value with repr()


class Plain(click.UsageError):
    """A usage error already worded for a person; shown as `error: …` on stderr, nothing else."""

    def show(self, file: IO[str] | None = None) -> None:
        click.echo(tr("error: {text}", text=self.message), err=True)


def plain(err: click.UsageError) -> Plain:
    """The person's wording of a click usage error (a Plain one is kept)."""
    if isinstance(err, Plain):
        return err
    ctx = err.ctx
    help_ = f"'{_path(ctx)} --help'"
    if isinstance(err, click.NoSuchOption):
        return Plain(_no_such_option(err, help_), ctx)
    if isinstance(err, click.BadOptionUsage) and "requires" in err.message:
        return Plain(
            tr("the option {option} needs a value — write it right after {option}", option=err.option_name), ctx
        )
    if isinstance(err, click.MissingParameter):
        return Plain(_missing(err, help_), ctx)
    if isinstance(err, click.BadParameter) and err.param is not None:
        return Plain(f"{_name(err.param)}: {_bad_value(err)}", ctx)
    if err.message.startswith("Got unexpected extra argument"):
        extra = err.message.split("(", 1)[-1].rstrip(")")
        return Plain(tr("too many arguments: {extra} — see {help}", extra=extra, help=help_), ctx)
    return Plain(tr("{what} — see {help}", what=err.message, help=help_), ctx)


def no_such_command(name: str, group: click.Group, ctx: click.Context) -> Plain:
    names = ", ".join(sorted(group.list_commands(ctx)))
    return Plain(tr("there is no command '{name}' in '{group}' — use one of: {names}", name=name,
                    group=_path(ctx), names=names), ctx)  # fmt: skip


def _no_such_option(err: click.NoSuchOption, help_: str) -> str:
    if err.possibilities:
        return tr("there is no option {option} — did you mean {others}?", option=err.option_name,
                  others=" / ".join(sorted(err.possibilities)))  # fmt: skip
    return tr("there is no option {option} — see the options with {help}", option=err.option_name, help=help_)


def _missing(err: click.MissingParameter, help_: str) -> str:
    param = err.param
    if param is None or not isinstance(param, click.Option):
        name = _name(param) if param else "?"
        return tr("{name} is missing — write it after the command; see {help}", name=name, help=help_)
    choices = getattr(param.type, "choices", None)
    if choices:
        return tr("the option {option} is missing — add {option} with one of: {choices}", option=_name(param),
                  choices=", ".join(choices))  # fmt: skip
    return tr("the option {option} is missing — add {option} and its value; see {help}", option=_name(param),
              help=help_)  # fmt: skip


def _bad_value(err: click.BadParameter) -> str:
    """What is wrong with the value and how to write it, by the option's type; our own checks are already worded."""
    found = QUOTED.match(err.message)
    value = found[2] if found else err.message.split(" ", 1)[0]
    kind = err.param.type if err.param else None
    if isinstance(kind, click.Choice):
        return tr("'{value}' is not a choice — write one of: {choices}", value=value, choices=", ".join(kind.choices))
    if isinstance(kind, click.DateTime):
        return tr("'{value}' is not a date — write it as 2021-08-15 or 15/08/2021", value=value)
    if isinstance(kind, click.IntRange) and value.lstrip("-").isdigit():
        low, high = ("" if end is None else end for end in (kind.min, kind.max))
        return tr("{value} is out of range — write a number from {low} to {high}", value=value, low=low, high=high)
    if isinstance(kind, (click.types.IntParamType, click.types.FloatParamType)) and not _number(value):
        return tr("'{value}' is not a number — write digits only, e.g. 2", value=value)
    if isinstance(kind, click.Path):
        return _bad_path(err.message, value)
    return err.message  # a check of ours: already worded, in the chosen language


def _bad_path(message: str, value: str) -> str:
    if "does not exist" in message:
        return tr("'{value}' does not exist — check the path", value=value)
    if message.startswith("Directory") and "is a file" in message:
        return tr("'{value}' is a file — give the path of a folder", value=value)
    if message.startswith("File") and "is a directory" in message:
        return tr("'{value}' is a folder — give the path of a file", value=value)
    return tr("'{value}' cannot be used — check that it exists and that you may read and write it", value=value)


def _name(param: click.Parameter) -> str:
    """--role for an option (its longest name), WORKSPACE for an argument."""
    if isinstance(param, click.Option):
        return max(param.opts, key=len)
    return (param.name or "?").upper()


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _path(ctx: click.Context | None) -> str:
    """The command as typed, `loa user add` (the root is `loa` whatever the program was started as)."""
    names = []
    while ctx is not None:
        names.append(ctx.info_name if ctx.parent else "loa")
        ctx = ctx.parent
    return " ".join(str(n) for n in reversed(names))
