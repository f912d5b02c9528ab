"""`loa user`: the web app's accounts."""

from __future__ import annotations

from pathlib import Path

import click

from .. import texts
from ..app import accounts, commands
from ..i18n import tr
from .base import (
    WORKSPACE_OPT,
    LoaGroup,
    cli,
)


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
