"""`ketnap user add|list|disable|enable|role|password|token|tokens|revoke` and
`ketnap demo-users`: accounts from the command line (the admin page does the same)."""

from __future__ import annotations

import secrets
import sys

import click
from flask import Flask, current_app
from sqlalchemy.exc import IntegrityError

from service.accounts import ROLES
from service.accounts.store import TOKEN_DAYS
from service.web.text import vn_date

# (username, role, cells, body): the demo committee is the demo cell's superior today
# (service/demo.py: the ward's committee since 01/07/2025)
DEMO_USERS = (("bithu.ltk", "secretary", ("THPT-LTK",), ""),
              ("capuy.vietyen", "committee", (), "Đảng ủy phường Việt Yên"),
              ("kiemtra", "inspector", (), ""), ("quantri", "admin", (), ""),
              ("soanthao", "maintainer", (), ""))
BODY_HELP = ("A committee user's body: it reads and records for the cells under that body "
             "on the date of the act.")


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
@click.option("--body", default="", help=BODY_HELP)
def user_add(username, role, cells, body) -> None:
    """Add a user with a role (secretary, committee, inspector, admin, maintainer). The password is read
    from stdin (one line) or, at a terminal, from a hidden prompt; never from the command line."""
    try:
        accounts().add_user(username, read_password(), role, list(cells), body)
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
@click.option("--name", default="", help="What the token is for (shown in `user tokens`).")
@click.option("--days", default=TOKEN_DAYS, show_default=True, type=int,
              help="Days until it expires.")
def user_token(username, name, days) -> None:
    """Print a new API token for a user (only its hash is stored: keep it now)."""
    click.echo(refused_as_click(lambda: accounts().issue_token(username, name, days)))


@user_group.command("list")
def user_list() -> None:
    """Every user: name, role, cells, active or disabled."""
    for row in accounts().users():
        u = row.user
        state = "đang dùng" if row.active else "đã khóa"
        where = " ".join(u.cells) or u.body or ("(chưa gắn cấp ủy)" if u.role == "committee"
                                                 else "-")
        click.echo(f"{u.username:20} {u.role:10} {where:12} {state}")


@user_group.command("disable")
@click.argument("username")
def user_disable(username) -> None:
    """No more login; every session ends and every token is revoked, for good."""
    refused_as_click(lambda: accounts().disable(username))
    click.echo(f"Đã khóa {username}; phiên đăng nhập và mã truy cập đã bị thu hồi.")


@user_group.command("enable")
@click.argument("username")
def user_enable(username) -> None:
    """Allow login again (old sessions and tokens stay revoked)."""
    refused_as_click(lambda: accounts().enable(username))
    click.echo(f"Đã mở khóa {username}.")


@user_group.command("role")
@click.argument("username")
@click.option("--role", required=True, type=click.Choice(list(ROLES)))
@click.option("--cell", "cells", multiple=True, help="Chi bộ (bắt buộc với bí thư).")
@click.option("--body", default="", help=BODY_HELP)
def user_role(username, role, cells, body) -> None:
    """Change a user's role and cells or body (their sessions end: they log in again)."""
    refused_as_click(lambda: accounts().set_role(username, role, list(cells), body))
    click.echo(f"{username}: {ROLES[role]}.")


@user_group.command("password")
@click.argument("username")
def user_password(username) -> None:
    """Set a new password (stdin or a hidden prompt); every session of the user ends."""
    refused_as_click(lambda: accounts().set_password(username, read_password()))
    click.echo(f"Đã đặt mật khẩu mới cho {username}.")


@user_group.command("tokens")
@click.argument("username")
def user_tokens(username) -> None:
    """The user's API tokens: id, name, issued, expires, last used, state."""
    now = accounts().clock()
    for token in accounts().tokens(username):
        state = ("thu hồi" if token.revoked_at else
                 "còn hiệu lực" if token.live(now) else "hết hạn")
        click.echo(f"{token.id:5} {token.name or '-':20} {vn_date(token.created_at)} → "
                   f"{vn_date(token.expires_at) or 'không hạn'}  dùng: "
                   f"{vn_date(token.last_used_at) or 'chưa'}  {state}")


@user_group.command("revoke")
@click.argument("username")
@click.option("--token", "token_id", type=int, help="The token's id (`user tokens`).")
@click.option("--all", "every", is_flag=True, help="Every token of the user.")
def user_revoke(username, token_id, every) -> None:
    """Revoke one token (--token ID) or all of them (--all)."""
    if (token_id is None) == (not every):
        raise click.ClickException("Chọn một: --token ID hoặc --all.")
    done = refused_as_click(lambda: accounts().revoke_tokens(username) if every
                            else accounts().revoke_token(username, token_id))
    click.echo("Đã thu hồi." if done else "Không có mã còn hiệu lực nào để thu hồi.")


def refused_as_click(change):
    """An account change; its refusal becomes a clear error (exit code 1), never a trace."""
    try:
        return change()
    except (ValueError, LookupError) as error:
        raise click.ClickException(str(error)) from None


@click.command("demo-users")
def demo_users() -> None:
    """Create the demo accounts (once) and print how to log in."""
    from service.cli import ensure_database
    ensure_database()
    for username, role, cells, body in DEMO_USERS:
        if accounts().by_name(username):
            click.echo(f"  {username:16} ({ROLES[role]}) đã có; giữ mật khẩu cũ.")
            continue
        password = secrets.token_urlsafe(12)
        try:
            accounts().add_user(username, password, role, list(cells), body)
        except ValueError as refused:   # the demo cell is not loaded (ketnap demo)
            click.echo(f"  {username:16} chưa tạo: {refused}")
            continue
        click.echo(f"  {username:16} mật khẩu: {password}   ({ROLES[role]})")
