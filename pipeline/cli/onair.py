"""Commands that put something on air or keep it there: emergencies, the nightly run, the player, the web app."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from .. import texts
from ..app import commands
from ..i18n import tr
from .base import (
    DAY_FORMATS,
    WORKSPACE,
    _clock_time,
    _days_ahead,
    cli,
)


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
    from ..app import playout as player  # loaded by the command that needs it: `loa emergency` starts without it

    output = player.output_for(icecast, record)
    if run:
        player.play(workspace, station, output, lambda line: click.echo(line, err=True))
        return
    for line in texts.playout(player.prepare(workspace, station, day.date() if day else None, output)):
        click.echo(line)


@cli.command()
@WORKSPACE
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8080, show_default=True, type=int, help="Port to listen on.")
def serve(workspace: Path, host: str, port: int) -> None:
    """Start the web app for editors, approvers and operators (stop with Ctrl+C).

    Example: loa serve . --port 8080
    """
    from ..web import serve as run_server  # Flask is loaded only by the command that needs it

    ready = lambda: click.echo(tr("Loa is at http://{host}:{port}/ (Ctrl+C to stop)", host=host, port=port))
    run_server(workspace, host, port, ready)
