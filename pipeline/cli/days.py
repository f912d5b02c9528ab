"""Commands on a workspace and its days: set up, check, script, preview, build, lint, write, approve, normalize."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import click

from .. import texts
from ..app import commands
from ..i18n import tr
from .base import DAY_FORMATS, WORKSPACE, WORKSPACE_OPT, _day, _findings, cli


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


@cli.command()
@WORKSPACE
def lint(workspace: Path) -> None:
    """List every word the voice would misread, as file:line: "word"; exit 1 if any.

    Example: loa lint .
    """
    linted = commands.lint(workspace)
    informed = [*map(texts.defined, linted.defined), *map(texts.spelled, linted.spelled)]
    informed += map(texts.guessed, linted.guessed)
    for line in [*informed, *map(texts.ambiguous, linted.ambiguous)]:
        click.echo(line, err=True)
    findings, apparatus = linted.findings, linted.apparatus
    counts = [tr("words to fix before they reach the voice: {count}", count=len(findings))] if findings else []
    if apparatus:
        counts.append(tr("{count} lines of an official letter or long links would be read aloud", count=len(apparatus)))
    problem = "; ".join(counts) or None
    lines = [*map(texts.finding, findings), *map(texts.apparatus, apparatus)]
    _findings(lines, problem, tr("OK: every word is speakable"))


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
