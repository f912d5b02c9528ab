"""The `loa` command. Commands are thin: they parse options and call the library.

`LoaGroup.invoke` is the one place that maps errors to messages and exit codes.
"""

from __future__ import annotations

import errno
import os
import sys
from datetime import date, datetime
from inspect import cleandoc
from pathlib import Path

import click

from . import texts, usage
from .app import accounts, commands, station_agent, station_link, station_status
from .app import playout as player
from .app import statistics as official
from .app.nightly import parse_clock_time
from .domain.limits import LIMITS
from .errors import EXIT_INTERNAL, EXIT_USER_ERROR, DamageFound, LoaError, Status
from .i18n import LANGUAGES, N_, chosen, tr, use

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


class Translated(click.Command):
    """Shows its help, its options' help and its subcommands' short help in the chosen language.

    click reads docstrings when the module is imported, before `--lang` is seen, so the English texts stay
    the catalog's keys and are looked up as they are shown (tools/extract_help.py adds them to the catalog).
    """

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


@cli.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--no-build", is_flag=True, help="Only create the workspace; build no day yet.")
@click.option("--xa", "commune", default="", help="Your commune's name: stations.yaml gets its station.")
@click.option("--huyen", "district", default="", help="Your district's name (with --xa).")
def init(directory: Path, no_build: bool, commune: str, district: str) -> None:
    """Create a new workspace with a working example, and build today and tomorrow.

    Example: loa init xa-tan-hung --xa "Tân Hưng" --huyen "Lạng Giang"
    """
    now = commands.now(directory)
    commands.init_workspace(directory, now, commune, district)
    if no_build:
        click.echo(texts.created_only(directory))
        return
    click.echo(texts.building_first_days(directory), err=True)
    progress = (lambda line: click.echo(line, err=True)) if sys.stderr.isatty() else (lambda _: None)
    reports = commands.build_first_days(directory, now, progress)
    for warning in (w for report in reports for w in report.warnings):
        click.echo(texts.warning(warning), err=True)
    for line in texts.created(directory, reports):
        click.echo(line)


@cli.command()
@WORKSPACE
def validate(workspace: Path) -> None:
    """Check every input file; each problem as file:line: what — how to fix.

    Example: loa validate .
    """
    result = commands.validate(workspace)
    for notice in result.notices:
        click.echo(texts.warning(notice), err=True)
    click.echo(texts.validated(result))


@cli.command()
@click.argument("announcement_id")
@click.option("--station", required=True, help="Station id from stations.yaml.")
@click.option("--date", "day", type=DAY_FORMATS, default=None, help="Air date (default: tomorrow).")
@WORKSPACE_OPT
def script(announcement_id: str, station: str, day: object, workspace: Path) -> None:
    """Print the rendered script: written form, then what the voice says.

    Example: loa script 5k-bluezone --station tan-dinh
    """
    result = commands.script(workspace, announcement_id, station, _day(day, workspace))
    if result.not_airing:
        click.echo(texts.warning(result.not_airing), err=True)
    click.echo(texts.script(result))


@cli.command()
@click.argument("announcement_id")
@click.option("--station", required=True, help="Station id from stations.yaml.")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True, help="MP3 file to write."
)
@click.option("--date", "day", type=DAY_FORMATS, default=None, help="Air date (default: tomorrow).")
@WORKSPACE_OPT
def preview(announcement_id: str, station: str, output: Path, day: object, workspace: Path) -> None:
    """Render one announcement to an MP3 to listen to.

    Example: loa preview 5k-bluezone --station tan-dinh -o nghe-thu.mp3
    """
    result = commands.preview(workspace, announcement_id, station, _day(day, workspace), output)
    if result.not_airing:
        click.echo(texts.warning(result.not_airing), err=True)
    click.echo(texts.wrote(output, result.seconds))


@cli.command()
@WORKSPACE
@click.option("--date", "day", type=DAY_FORMATS, default=None, help="Air date (default: tomorrow).")
@click.option("--station", "stations", multiple=True, help="Only this station (repeatable).")
@click.option(
    "--workers", type=click.IntRange(min=0), default=0, help="Rendering processes (default: the number of CPU cores)."
)
@click.option("--cluster", default="", metavar="tcp://HOST:8786", help="Render on this Dask scheduler (loa[cluster]).")
def build(workspace: Path, day: object, stations: tuple[str, ...], workers: int, cluster: str) -> None:
    """Render and publish the playlists of every station for one day.

    Example: loa build . --date 2021-08-10
    """
    progress = (lambda line: click.echo(line, err=True)) if sys.stderr.isatty() else (lambda _: None)
    result = commands.build(workspace, _day(day, workspace), stations, progress, workers, cluster)
    for warning in result.warnings:
        click.echo(texts.warning(warning), err=True)
    click.echo(texts.summary(result))
    click.echo(texts.where(result), err=True)
    if result.exit_code:
        raise click.exceptions.Exit(result.exit_code)


@cli.group()
def cap() -> None:
    """Warnings in and out as CAP 1.2 alerts (OASIS, ITU-T X.1303)."""


@cap.command("import")
@click.argument("workspace", type=click.Path(file_okay=False, path_type=Path))
@click.argument("sources", nargs=-1, required=True, metavar="FILE|URL...")
def cap_import(workspace: Path, sources: tuple[str, ...]) -> None:
    """Air CAP alerts for the stations whose area_codes they name: files, or http(s) addresses of one alert or
    of an Atom feed of them (each entry's alert is decided).

    Example: loa cap import . canh-bao-bao.xml https://kttv.example.gov.vn/cap.atom
    """
    decisions = commands.cap_import(workspace, sources)
    for decision in decisions:
        click.echo(texts.cap_decision(decision))
    if any(d.outcome in ("refused", "unfetched", "not-on-air", "foreign-reference") for d in decisions):
        raise click.exceptions.Exit(Status.INPUT)


@cap.command("feed")
@WORKSPACE
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Write it here.")
def cap_feed(workspace: Path, output: Path | None) -> None:
    """Write the Atom feed of the khẩn-cấp announcements on air now, each as a CAP 1.2 alert.

    Example: loa cap feed . -o cap.atom
    """
    data = commands.cap_feed(workspace)
    if output is None:
        click.echo(data.decode("utf-8"))
    else:
        output.write_bytes(data)


@cli.group()
def cache() -> None:
    """What audio_out/ holds, and removing what is no longer used."""


@cache.command("stats")
@WORKSPACE
def cache_stats(workspace: Path) -> None:
    """Files, size and minutes of audio per kind; speech per engine.

    Example: loa cache stats .
    """
    for line in texts.cache_lines(commands.cache_stats(workspace)):
        click.echo(line)


@cache.command("prune")
@WORKSPACE
@click.option(
    "--older-than", "days", type=click.IntRange(min=0), required=True, help="Remove files not used for this many days."
)
def cache_prune(workspace: Path, days: int) -> None:
    """Remove rendered audio not used for DAYS days (published playlists are never broken).

    Example: loa cache prune . --older-than 30
    """
    click.echo(texts.pruned(commands.cache_prune(workspace, days, datetime.now()), days))


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
def inspect(files: tuple[Path, ...]) -> None:
    """Duration, loudness, true peak, loudness range, rate and silence of audio files.

    Example: loa inspect playlists/2021-08-10/tan-dinh/*.mp3
    """
    for path, measure in commands.inspect(files):
        click.echo(texts.measured(path, measure))


@cli.command()
@WORKSPACE
def doctor(workspace: Path) -> None:
    """Try ffmpeg and every configured speech engine once; say what works.

    Example: loa doctor .
    """
    checks, silent = commands.doctor(workspace)
    problem = texts.no_engine(silent) if silent else None
    _findings([texts.check(check) for check in checks], problem, tr("Every station can speak."))


@cli.command()
@WORKSPACE
def lint(workspace: Path) -> None:
    """List every word the voice would misread, as file:line: "word"; exit 1 if any.

    Example: loa lint .
    """
    linted = commands.lint(workspace)
    informed = [*map(texts.spelled, linted.spelled), *map(texts.guessed, linted.guessed)]
    for line in [*informed, *map(texts.ambiguous, linted.ambiguous)]:
        click.echo(line, err=True)
    findings, apparatus = linted.findings, linted.apparatus
    counts = [tr("words to fix before they reach the voice: {count}", count=len(findings))] if findings else []
    if apparatus:
        counts.append(tr("{count} lines of an official letter or long links would be read aloud", count=len(apparatus)))
    problem = "; ".join(counts) or None
    lines = [*map(texts.finding, findings), *map(texts.apparatus, apparatus)]
    _findings(lines, problem, tr("OK: every word is speakable"))


@cli.command("verify")
@WORKSPACE
@click.option(
    "--repair", is_flag=True, help="Replace damaged files from the store; rebuild days from today on where it cannot."
)
def verify_command(workspace: Path, repair: bool) -> None:
    """Check every published day and every stored file, byte for byte.

    Example: loa verify . --repair
    """
    result = commands.verify(workspace, repair, commands.today(workspace))
    for line in texts.verified(result, repair):
        click.echo(line)
    left = result.unrepaired if repair else result.problems
    if left:
        raise DamageFound(*left)


@cli.command("new")
@click.option("--title", prompt=tr("Title"), help="The title, read out and shown in playlists.")
@click.option("--text", prompt=tr("Text"), help="What the voice reads (edit the file afterwards for more).")
@click.option(
    "--priority", default="thuong", show_default=True, help="thuong, uu-tien or khan-cap (ưu tiên, khẩn cấp)."
)
@click.option("--from", "first", type=DAY_FORMATS, default=None, help="First day it airs (default: today).")
@click.option("--to", "last", type=DAY_FORMATS, default=None, help="Last day it airs (default: until removed).")
@click.option("--station", "stations", multiple=True, help="A station's id or name (repeatable; default: all).")
@click.option("--slot", "slots", multiple=True, help="A slot (repeatable; default: all).")
@click.option("--emergency", is_flag=True, help="A khẩn-cấp item from now to the end of the day, khan-cap template.")
@WORKSPACE_OPT
def new_command(
    title: str,
    text: str,
    priority: str,
    first: datetime | None,
    last: datetime | None,
    stations: tuple[str, ...],
    slots: tuple[str, ...],
    emergency: bool,
    workspace: Path,
) -> None:
    """Write a new announcement with complete front matter, ready to edit and approve.

    Example: loa new --title "Lịch tiêm vắc xin" --text "..." --station "Tân Dĩnh" --to 31/08/2021
    """
    draft = commands.Draft(title, text, priority, first and first.date(), last and last.date(), stations, slots,
                           emergency)  # fmt: skip
    path = commands.new(workspace, draft, commands.now(workspace))
    click.echo(texts.written_new(path, workspace, emergency))


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--as", "name", required=True, help="Your account (an approver's, as in the web app).")
@click.option("--workspace", "-w", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The workspace folder (default: the one the file is in).")  # fmt: skip
def approve(file: Path, name: str, workspace: Path | None) -> None:
    """Approve an announcement as it is now, and what it will say; editing it later makes it unapproved again.

    Asks for the account's password. The rules are the web's: an approver, never on a text they edited last.

    Example: loa approve scripts_vi/announcements/tiem-vac-xin.md --as lanh-dao
    """
    password = click.prompt(tr("Password"), hide_input=True)
    now = commands.now(workspace or commands.workspace_of(file))
    click.echo(texts.approved(commands.approve(workspace, file, name, password, now)))


@cli.command()
@click.argument("workspace", type=click.Path(file_okay=False, path_type=Path))
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--stations", "stations", multiple=True, help="Only these stations (repeatable; default: the announcement's)."
)
@click.option("--as", "name", default="", help="The approver's account that signs it off (asks its password).")
def emergency(workspace: Path, file: Path, stations: tuple[str, ...], name: str) -> None:
    """Put a khẩn-cấp announcement on air at each station's current or next slot, now.

    Example: loa emergency . bao-so-5.md --stations tan-dinh --as lanh-dao
    """
    password = click.prompt(tr("Password"), hide_input=True) if name else ""
    done = commands.emergency(workspace, file, stations, name, password)
    for line in texts.emergency(done.report, file, done.seconds):
        click.echo(line)


@cli.command("emergency-stop")
@click.argument("workspace", type=click.Path(file_okay=False, path_type=Path))
@click.argument("announcement_id")
@click.option("--as", "name", required=True, help="Your account (an approver or an admin; asks its password).")
def emergency_stop(workspace: Path, announcement_id: str, name: str) -> None:
    """Stop an emergency everywhere ("Ngừng phát"): off the published days, cut off in the stations' players.

    Each station confirms the stop itself; 'loa station status' shows which did.

    Example: loa emergency-stop . bao-so-5 --as lanh-dao
    """
    password = click.prompt(tr("Password"), hide_input=True)
    for line in texts.emergency_stopped(commands.emergency_stop(workspace, announcement_id, name, password)):
        click.echo(line)


@cli.command()
@click.argument("workspace", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--at",
    "at",
    default="01:30",
    show_default=True,
    callback=lambda ctx, param, value: _clock_time(value),
    help="Time of the nightly run, HH:MM, in the workspace's time zone.",
)
@click.option(
    "--days-ahead",
    type=int,
    default=1,
    show_default=True,
    callback=lambda ctx, param, value: _days_ahead(value),
    help="Build the day this many days after today.",
)
def nightly(workspace: Path, at: str, days_ahead: int) -> None:
    """Run the build every night, forever (logs in WORKSPACE/logs/loa.log).

    Example: loa nightly . --at 01:30
    """
    commands.nightly(workspace, at, days_ahead, texts.summary, texts.cap_decision)


@cli.command()
@WORKSPACE
@click.option("--station", required=True, help="The station's id in stations.yaml.")
@click.option("--date", "day", type=DAY_FORMATS, default=None, help="The day to write (default: today).")
@click.option("--run", "run", is_flag=True, help="Play: start Liquidsoap and keep the station on air.")
@click.option("--icecast", default="", help="Stream to icecast://source:PASSWORD@HOST:8000/MOUNT, not the sound card.")
@click.option("--record", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Record to a WAV file.")
def playout(workspace: Path, station: str, day: datetime | None, run: bool, icecast: str, record: Path | None) -> None:
    """Write (and with --run, play) a station's Liquidsoap program from the published days.

    Example: loa playout . --station tan-dinh --run
    """
    output = player.output_for(icecast, record)
    if run:
        player.play(workspace, station, output, lambda line: click.echo(line, err=True))
        return
    for line in texts.playout(player.prepare(workspace, station, day.date() if day else None, output)):
        click.echo(line)


@cli.command()
@click.argument("workspace", type=click.Path(file_okay=False, path_type=Path), default=".", required=False)
@click.option("--from", "first", type=DAY_FORMATS, default=None)
@click.option("--to", "last", type=DAY_FORMATS, default=None)
@click.option("--month", default="", help="Official statistics of a month, e.g. 2026-11.")
@click.option("--year", default="", help="Official statistics of a year, e.g. 2026.")
@click.option("--csv", "csv_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="With --month/--year: also write the figures as CSV.")  # fmt: skip
@click.option("--xlsx", "xlsx_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="With --month/--year: also write the figures as an Excel workbook.")  # fmt: skip
def report(
    workspace: Path, first: datetime | None, last: datetime | None, month: str, year: str,
    csv_file: Path | None, xlsx_file: Path | None,
) -> None:  # fmt: skip
    """Airtime per announcement and station over a period (published figures, else planned ones); with --month or
    --year, the official statistics: bulletins and minutes per station by priority, language and origin.

    Example: loa report . --from 2021-08-01 --to 2021-08-31
    Example: loa report . --month 2026-11 --xlsx thong-ke-2026-11.xlsx
    """
    if bool(month or year) == bool(first or last) or (month and year) or (first is None) != (last is None):
        raise usage.Plain(tr("say which period: --from DAY --to DAY, or --month 2026-11, or --year 2026"))
    if first is not None and last is not None:
        for line in texts.period(commands.period_report(workspace, first.date(), last.date())):
            click.echo(line)
        return
    stats = official.statistics(workspace, *official.period_of(month, year), commands.today(workspace))
    for line in texts.statistics(stats.figures):
        click.echo(line)
    for path, data in ((csv_file, official.csv_bytes), (xlsx_file, official.xlsx_bytes)):
        if path is not None:
            path.write_bytes(data(stats))
            click.echo(tr("Written: {file}", file=path))


@cli.command()
@click.argument("file", type=click.File("r", encoding="utf-8"), default="-")
@click.option("--dialect", type=click.Choice(["bac", "trung", "nam"]), default="bac", show_default=True)
@click.option(
    "--lexicon", type=click.Path(dir_okay=False, path_type=Path), default=None, help="A workspace lexicon.tsv to add."
)
def normalize(file: click.utils.LazyFile, dialect: str, lexicon: Path | None) -> None:
    """Print the speakable form of text, one output line per input line.

    Example: echo "Ngày 05/8/2021, UBND xã" | loa normalize
    """
    for line in commands.normalize_lines(file, dialect, lexicon):
        click.echo(line)


def _clock_time(value: str) -> str:
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


@cli.group(cls=LoaGroup)
def user() -> None:
    """Accounts of the web app (loa serve): editors, approvers, operators, admins."""


@user.command("add")
@click.argument("name")
@click.option("--role", required=True, type=click.Choice(accounts.ROLES), help="What the user may do.")
@click.option("--station", "stations", multiple=True, help="An operator's station id (repeat for several).")
@click.option("--full-name", default="", help="The person's full name, as pages show it (Nguyễn Văn An).")
@WORKSPACE_OPT
def user_add(name: str, role: str, stations: tuple[str, ...], full_name: str, workspace: Path) -> None:
    """Add a user; the password is asked twice (not shown).

    Example: loa user add nguyen-van-a --role editor
    """
    password = click.prompt(tr("Password"), hide_input=True, confirmation_prompt=tr("Repeat the password"))
    now = commands.now(workspace)
    added = accounts.add_user(workspace.resolve(), name, role, stations, password, now, full_name)
    click.echo(tr("Added {name} ({role}).", name=added.name, role=texts.role(added.role)))


@user.command("passwd")
@click.argument("name")
@WORKSPACE_OPT
def user_passwd(name: str, workspace: Path) -> None:
    """Set a user's password; their open sessions end.

    Example: loa user passwd nguyen-van-a
    """
    password = click.prompt(tr("New password"), hide_input=True, confirmation_prompt=tr("Repeat the password"))
    accounts.set_password(workspace.resolve(), name, password)
    click.echo(tr("Password changed for {name}.", name=name))


@user.command("list")
@WORKSPACE_OPT
def user_list(workspace: Path) -> None:
    """List the users, their roles and an operator's stations."""
    for found in accounts.list_users(workspace.resolve()):
        named = f"\t{found.full_name}" if found.full_name else ""
        click.echo(f"{found.name}\t{texts.role(found.role)}\t{','.join(found.stations)}{named}")


@cli.group(cls=LoaGroup)
def station() -> None:
    """Stations on the line (loa serve's api/v1): their tokens, how they are doing, and the station PC's agent."""


@station.group(cls=LoaGroup)
def token() -> None:
    """A station's tokens: the station agent sends one with every request."""


@token.command("add")
@click.argument("station_id")
@WORKSPACE_OPT
def token_add(station_id: str, workspace: Path) -> None:
    """Make a new token for a station and print it, once (only its hash is kept).

    Example: loa station token add tan-dinh -w xa-tan-dinh
    """
    made = station_link.add_token(workspace.resolve(), station_id, commands.now(workspace))
    click.echo(made)
    click.echo(tr("Give it to the station's agent now: it is not shown again."), err=True)


@token.command("revoke")
@click.argument("station_id")
@WORKSPACE_OPT
def token_revoke(station_id: str, workspace: Path) -> None:
    """Revoke every token of a station; its next request is refused.

    Example: loa station token revoke tan-dinh -w xa-tan-dinh
    """
    count = station_link.revoke_tokens(workspace.resolve(), station_id, commands.now(workspace))
    click.echo(tr("Revoked {count} token(s) of {station}.", count=count, station=station_id))


@token.command("list")
@WORKSPACE_OPT
def token_list(workspace: Path) -> None:
    """List the tokens: station, when made, and when revoked."""
    for found in station_link.list_tokens(workspace.resolve()):
        state = tr("revoked {at}", at=found.revoked) if found.revoked else tr("valid")
        click.echo(f"{found.id}\t{found.station}\t{found.created}\t{state}")


@station.command("status")
@WORKSPACE_OPT
def station_status_command(workspace: Path) -> None:
    """One line per station; exit 5 when a station on the line is offline over 2 minutes or missed a slot.

    Example (cron, every 5 minutes): loa station status -w /srv/loa/xa-tan-dinh || notify-send "Loa: đài có sự cố"
    """
    states = station_status.status(workspace.resolve(), commands.now(workspace))
    for state in states:
        click.echo(texts.station_state(state))
    if any(state.alarm for state in states):
        raise click.exceptions.Exit(Status.STATION_DOWN)


@cli.command()
@WORKSPACE
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8080, show_default=True, type=int, help="Port to listen on.")
def serve(workspace: Path, host: str, port: int) -> None:
    """Start the web app for editors, approvers and operators (stop with Ctrl+C).

    Example: loa serve . --port 8080
    """
    from .web import serve as run_server  # Flask is loaded only by the command that needs it

    ready = lambda: click.echo(tr("Loa is at http://{host}:{port}/ (Ctrl+C to stop)", host=host, port=port))
    run_server(workspace, host, port, ready)


def _day(value: object, workspace: Path) -> date:
    """The --date option, or tomorrow in the workspace's time zone (the clock is read here, at the edge)."""
    if value is None:
        return commands.tomorrow(workspace)
    return value.date()  # type: ignore[attr-defined, no-any-return]


def main() -> None:
    cli(prog_name="loa")


def _district(ctx: click.Context, param: click.Parameter, value: str) -> str:
    try:
        station_agent.check_url(value)
    except LoaError as err:
        raise click.BadParameter(err.problems[0].plain) from None
    return value


@station.command("run")
@click.argument("url", callback=_district)
@click.option("--station", "station_id", required=True, help="The station's id at the district.")
@click.option(
    "--token-file", type=click.Path(dir_okay=False, path_type=Path), required=True, help="The file holding the token."
)
@click.option(
    "--dir", "folder", type=click.Path(file_okay=False, path_type=Path), required=True, help="Where the days are kept."
)
@click.option("--icecast", default="", help="Stream to icecast://source:PASSWORD@HOST:8000/MOUNT, not the sound card.")
@click.option("--record", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Record to a WAV file.")
# hidden: for tests and benchmarks running many agents on one PC (no Liquidsoap each); it still syncs, reports, polls
@click.option("--no-play", "no_play", is_flag=True, hidden=True, help="Sync, report and poll events, but play nothing.")
def station_run(
    url: str, station_id: str, token_file: Path, folder: Path, icecast: str, record: Path | None, no_play: bool
) -> None:
    """Follow the district: download the station's days, play them, report what aired, air emergencies at once.

    Example: loa station run http://huyen.example:8080 --station tan-dinh --token-file /etc/loa/token --dir /srv/loa
    """
    say = lambda line: click.echo(line, err=True)
    station_agent.run(url, station_id, token_file, folder, (icecast, record), say, play=not no_play)
