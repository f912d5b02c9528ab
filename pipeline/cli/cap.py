"""`loa cap`: warnings in and out as CAP 1.2."""

from __future__ import annotations

from pathlib import Path

import click

from .. import texts
from ..app import commands
from ..errors import Status
from .base import (
    WORKSPACE,
    cli,
)


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
