"""`loa station`: the district's tokens and status, and the agent a commune's player runs."""

from __future__ import annotations

from pathlib import Path

import click

from .. import texts
from ..app import commands
from ..errors import LoaError, Status
from ..i18n import tr
from .base import (
    WORKSPACE_OPT,
    LoaGroup,
    cli,
)


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
    from ..app import station_link  # each station command loads its own part of app/: `loa emergency` none of them

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
    from ..app import station_link

    count = station_link.revoke_tokens(workspace.resolve(), station_id, commands.now(workspace))
    click.echo(tr("Revoked {count} token(s) of {station}.", count=count, station=station_id))


@token.command("list")
@WORKSPACE_OPT
def token_list(workspace: Path) -> None:
    """List the tokens: station, when made, and when revoked."""
    from ..app import station_link

    for found in station_link.list_tokens(workspace.resolve()):
        state = tr("revoked {at}", at=found.revoked) if found.revoked else tr("valid")
        click.echo(f"{found.id}\t{found.station}\t{found.created}\t{state}")


@station.command("status")
@WORKSPACE_OPT
def station_status_command(workspace: Path) -> None:
    """One line per station; exit 5 when a station on the line is offline over 2 minutes or missed a slot.

    Example (cron, every 5 minutes): loa station status -w /srv/loa/xa-tan-dinh || notify-send "Loa: đài có sự cố"
    """
    from ..app import station_status

    states = station_status.status(workspace.resolve(), commands.now(workspace))
    for state in states:
        click.echo(texts.station_state(state))
    if any(state.alarm for state in states):
        raise click.exceptions.Exit(Status.STATION_DOWN)


def _district(ctx: click.Context, param: click.Parameter, value: str) -> str:
    from ..app import station_agent  # the station PC's agent (pipeline/station/): for `loa station run` only

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
    from ..app import station_agent

    say = lambda line: click.echo(line, err=True)
    station_agent.run(url, station_id, token_file, folder, (icecast, record), say, play=not no_play)
