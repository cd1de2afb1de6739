"""`ketnap user add|token` and `ketnap demo-users`: accounts from the command line."""

from __future__ import annotations

import secrets
import sys

import click
from flask import Flask, current_app
from sqlalchemy.exc import IntegrityError

from service.accounts import ROLES

DEMO_USERS = (("bithu.ltk", "secretary", ("THPT-LTK",)), ("capuy.vietyen", "committee", ()),
              ("kiemtra", "inspector", ()), ("quantri", "admin", ()))


def install(app: Flask) -> None:
    app.cli.add_command(user_group)
    app.cli.add_command(demo_users)


def accounts():
    return current_app.extensions["ketnap_accounts"]


@click.group("user")
def user_group() -> None:
    """Người dùng và mã truy cập API."""


@user_group.command("add")
@click.argument("username")
@click.option("--role", required=True, type=click.Choice(list(ROLES)))
@click.option("--cell", "cells", multiple=True, help="Chi bộ (bắt buộc với bí thư).")
def user_add(username, role, cells) -> None:
    """Add a user with a role (secretary, committee, inspector, admin). The password is read
    from stdin (one line) or, at a terminal, from a hidden prompt; never from the command line."""
    try:
        accounts().add_user(username, read_password(), role, list(cells))
    except (ValueError, IntegrityError) as error:
        message = "Tên đăng nhập đã có." if isinstance(error, IntegrityError) else str(error)
        raise click.ClickException(message) from None
    click.echo(f"Đã thêm {username} ({ROLES[role]}).")


def read_password() -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    return click.prompt("Mật khẩu", hide_input=True, confirmation_prompt=True)


@user_group.command("token")
@click.argument("username")
def user_token(username) -> None:
    """Print a new API token for a user (only its hash is stored: keep it now)."""
    try:
        click.echo(accounts().issue_token(username))
    except LookupError as error:
        raise click.ClickException(str(error)) from None


@click.command("demo-users")
def demo_users() -> None:
    """Create the demo accounts (once) and print how to log in."""
    from service.cli import ensure_database
    ensure_database()
    for username, role, cells in DEMO_USERS:
        if accounts().by_name(username):
            click.echo(f"  {username:16} ({ROLES[role]}) đã có; giữ mật khẩu cũ.")
            continue
        password = secrets.token_urlsafe(12)
        try:
            accounts().add_user(username, password, role, list(cells))
        except ValueError as refused:   # the demo cell is not loaded (ketnap demo)
            click.echo(f"  {username:16} chưa tạo: {refused}")
            continue
        click.echo(f"  {username:16} mật khẩu: {password}   ({ROLES[role]})")
