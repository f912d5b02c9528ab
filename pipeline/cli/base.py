"""The `loa` group and what every command shares: the option types, the translated help, and `LoaGroup.invoke`,
the one place that maps errors to messages and exit codes.
"""

from __future__ import annotations

import errno
import os
from datetime import date
from inspect import cleandoc
from pathlib import Path

import click

from .. import texts, usage
from ..app import commands
from ..domain.limits import LIMITS
from ..errors import EXIT_INTERNAL, EXIT_USER_ERROR, LoaError
from ..i18n import LANGUAGES, N_, chosen, tr, use

DAY_FORMATS = click.DateTime(["%Y-%m-%d", "%d/%m/%Y"])  # editors write 15/08/2021 as often as 2021-08-15


WORKSPACE = click.argument("workspace", type=click.Path(file_okay=False, path_type=Path), default=".", required=False)


WORKSPACE_OPT = click.option(
    "--workspace",
    "-w",
    type=click.Path(file_okay=False, path_type=Path),
    default=".",
    show_default=True,
    help="The workspace folder.",
)


HEADINGS = (N_("Options"), N_("Commands"))  # the sections click writes in a help page, for the catalog


class TranslatedFormatter(click.HelpFormatter):
    """click's help layout with its own words in the chosen language: "Cách dùng:", "Tùy chọn:", "Lệnh:".

    click takes them from its own gettext domain, which has no Vietnamese, so they go through Loa's catalog here,
    the one place every help page is written through.
    """

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, tr("Usage:") + " " if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        super().write_heading(tr(heading) if heading in HEADINGS else heading)


class TranslatedContext(click.Context):
    formatter_class = TranslatedFormatter


class Translated(click.Command):
    """Shows its help, its options' help and its subcommands' short help in the chosen language.

    click reads docstrings when the module is imported, before `--lang` is seen, so the English texts stay
    the catalog's keys and are looked up as they are shown (tools/extract_help.py adds them to the catalog).
    """

    context_class = TranslatedContext

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        texts: list[tuple[click.Command | click.Option, str | None]] = [(self, self.help)]
        texts += [(p, p.help) for p in self.params if isinstance(p, click.Option)]
        for owner, text in texts:
            owner.help = tr(cleandoc(text)) if text else text
        try:
            super().format_help(ctx, formatter)
        finally:
            for owner, text in texts:
                owner.help = text

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = tr("Show this message and exit.")
        return option

    def get_short_help_str(self, limit: int = 45) -> str:
        text = self.help
        self.help = tr(cleandoc(text)) if text else text
        try:
            return super().get_short_help_str(limit)
        finally:
            self.help = text


class LoaCommand(Translated):
    """Every `loa` subcommand."""


class LoaGroup(Translated, click.Group):
    command_class = LoaCommand
    group_class = type

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as err:
            raise usage.plain(err) from None

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        try:
            return super().resolve_command(ctx, args)
        except click.UsageError as err:
            if isinstance(err, usage.Plain):
                raise
            raise usage.no_such_command(click.utils.make_str(args[0]), self, ctx) from None

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except click.UsageError as err:
            raise usage.plain(err) from None
        except LoaError as err:
            for problem in err.problems:
                click.echo(texts.error(problem), err=True)
            ctx.exit(err.exit_code)
        except OSError as err:
            message = _os_message(err)
            if message is None:
                raise _internal(err) from None
            click.echo(texts.error(message), err=True)
            ctx.exit(EXIT_USER_ERROR)
        except RecursionError as err:
            raise _internal(err) from None
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as err:
            raise _internal(err) from None
        return None


OS_MESSAGES = {
    errno.ENOSPC: (N_("the disk is full"), N_("free some space and run again; published playlists were not changed")),
    errno.EACCES: (
        N_("Loa may not write or read here"),
        N_("check the folder's permissions (ls -l) and run again as its owner"),
    ),
    errno.EPERM: (
        N_("Loa may not write or read here"),
        N_("check the folder's permissions (ls -l) and run again as its owner"),
    ),
    errno.EROFS: (
        N_("the disk is read-only"),
        N_("mount it writable (or copy the workspace to a writable disk) and run again"),
    ),
    errno.ENOENT: (
        N_("a file or folder disappeared while Loa was using it"),
        N_("check that nothing else deletes files in the workspace, then run again"),
    ),
    errno.ENOTDIR: (N_("a path that must be a folder is a file"), N_("rename the file")),
    errno.EISDIR: (N_("a path that must be a file is a folder"), N_("rename the folder")),
}


def _os_message(err: OSError) -> str | None:
    """A plain message for what the operating system refused, naming the file; None for the unexpected."""
    if err.errno not in OS_MESSAGES:
        return None
    what, fix = OS_MESSAGES[err.errno]
    where = f" ({err.filename})" if err.filename else ""
    return f"{tr(what)}{where} — {tr(fix)}"


def _internal(err: BaseException) -> click.exceptions.Exit:
    if os.environ.get("LOA_DEBUG"):
        raise err
    click.echo(
        texts.error(
            tr(
                "Loa hit an internal problem ({kind}: {err}) — run again with LOA_DEBUG=1 and report the output",
                kind=type(err).__name__,
                err=err,
            )
        ),
        err=True,
    )
    return click.exceptions.Exit(EXIT_INTERNAL)


@click.group(cls=LoaGroup)
@click.version_option(package_name="loa")
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    default=None,
    is_eager=True,
    expose_value=False,
    callback=lambda ctx, param, value: use(chosen(value)),
    help="Language of messages: vi (default) or en; or set LOA_LANG.",
)
def cli() -> None:
    """Loa: announcements to playlists for commune loudspeaker stations."""


def _clock_time(value: str) -> str:
    from ..app.nightly import parse_clock_time  # the nightly job is loaded by `loa nightly` only

    try:
        parse_clock_time(value)
    except LoaError:
        raise click.BadParameter(tr("'{value}' is not a time of day; write HH:MM, e.g. 01:30", value=value)) from None
    return value


def _days_ahead(value: int) -> int:
    if not 0 <= value <= LIMITS.days_ahead:
        raise click.BadParameter(
            tr("{value} days is out of range; write a number from 0 to {most}", value=value, most=LIMITS.days_ahead)
        )
    return value


def _findings(lines: list[str], problem: str | None, all_good: str) -> None:
    """Print a check's lines; then the problem on stderr with exit code 1, or the all-good line."""
    for line in lines:
        click.echo(line)
    if problem:
        click.echo(problem, err=True)
        raise click.exceptions.Exit(EXIT_USER_ERROR)
    click.echo(all_good)


def _day(value: object, workspace: Path) -> date:
    """The --date option, or tomorrow in the workspace's time zone (the clock is read here, at the edge)."""
    if value is None:
        return commands.tomorrow(workspace)
    return value.date()  # type: ignore[attr-defined, no-any-return]
