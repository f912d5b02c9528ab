"""Commands that look after the machine and the store: the cache, inspect, doctor, verify."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from .. import texts
from ..app import commands
from ..errors import DamageFound
from ..i18n import tr
from .base import WORKSPACE, _findings, cli


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
