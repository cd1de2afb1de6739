"""`ketnap person erase|export|retention`, `ketnap keys rotate`, `ketnap access log`."""

from __future__ import annotations

import json
import os
from pathlib import Path
from uuid import UUID

import click
from flask.cli import AppGroup

from service import accesslog as access
from service.cli_common import actor_option, run_use_case_with
from service.current import services
from service.personal.erasure import apply_retention, due, erase_person, retention_years
from service.personal.subject import person_record


@click.group("person", cls=AppGroup)  # subcommands run in an app context
def person_group() -> None:
    """Dữ liệu cá nhân: xóa, trích xuất cho chủ thể dữ liệu, chính sách lưu giữ."""


@person_group.command("erase")
@click.argument("person_id", type=click.UUID)
@click.option("--authority", default=None, help="Văn bản cho phép xóa (bắt buộc).")
@actor_option
def person_erase(person_id: UUID, authority: str | None, actor: str) -> None:
    """Destroy the person's key; the log keeps who erased whom under which document."""
    run_use_case_with(erase_person, services(), person_id, actor, authority or "")
    click.echo(f"Đã xóa dữ liệu cá nhân của {person_id} theo {authority}.")


@person_group.command("export")
@click.argument("person_id", type=click.UUID)
@click.option("--output", type=click.Path(dir_okay=False), default=None,
              help="Tệp JSON (tạo với quyền 600); mặc định in ra.")
@actor_option
def person_export(person_id: UUID, output: str | None, actor: str) -> None:
    """Everything held on one person: every event, decrypted, in order, with who recorded it."""
    record = run_use_case_with(person_record, services().store, person_id)
    access.record(services().engine, actor, "cli", "export", person_id)
    text = json.dumps(record, ensure_ascii=False, indent=2)
    if output is None:
        click.echo(text)
        return
    write_private(Path(output), text)
    click.echo(f"Đã ghi {output}.")


def write_private(path: Path, text: str) -> None:
    """An export is personal data: created 0600 in a folder made 0700."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)


@person_group.command("retention")
@click.option("--apply", is_flag=True, help="Xóa ngay những người đã đến hạn.")
@click.option("--years", type=int, default=None, help="Mặc định KETNAP_RETENTION_YEARS.")
@actor_option
def person_retention(apply: bool, years: int | None, actor: str) -> None:
    """The retention policy: candidates never admitted, N years after they left the list."""
    today = services().store.today()          # Việt Nam's date, whatever the server's zone
    years = retention_years(today) if years is None else years
    people = (apply_retention(services(), today, years, actor) if apply
              else due(services(), today, years))
    verb = "Đã xóa" if apply else "Đến hạn xóa"
    click.echo(f"{verb}: {len(people)} người (lưu giữ {years} năm).")
    for person in people:
        click.echo(str(person))


@click.group("keys", cls=AppGroup)
def keys_group() -> None:
    """Khóa chủ (KETNAP_MASTER_KEY_FILE)."""


@keys_group.command("rotate")
def keys_rotate() -> None:
    """A new master key; every person's key is wrapped again, no event is rewritten."""
    key_id, count = services().store.personal_keys.rotate()
    click.echo(f"Khóa chủ mới {key_id}: đã bọc lại {count} khóa.")


@click.group("access", cls=AppGroup)
def access_group() -> None:
    """Nhật ký truy cập hồ sơ (Ủy ban kiểm tra)."""


@access_group.command("log")
@click.option("--person", "person_id", type=click.UUID, default=None)
@click.option("--user", "username", default=None)
def access_log(person_id: UUID | None, username: str | None) -> None:
    """Who read whose file, when, what and from where (ids only)."""
    if person_id is None and username is None:
        raise click.UsageError("Cần --person ID hoặc --user NAME.")
    for row in access.entries(services().engine, person_id, username):
        click.echo(f"{row.at:%d/%m/%Y %H:%M:%S} {row.username} ({row.role}) {row.what} "
                   f"{row.person_id or row.cell_code or '-'} {row.address or '-'}")


@click.group("store", cls=AppGroup)
def store_group() -> None:
    """Kho sự kiện."""


@store_group.command("migrate")
@click.option("--to", "target_url", required=True, help="URL của kho mới (trống).")
@actor_option
def store_migrate(target_url: str, actor: str) -> None:
    """Copy this store into a new one, encrypted per person; this one is left untouched."""
    from flask import current_app

    from service.audit import tools_of
    from service.personal.migrate import MigrationRefused, migrate_store
    try:
        done = migrate_store(services(), target_url, tools_of(current_app).key_file, actor)
    except MigrationRefused as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"Đã chép {done.events} sự kiện; mã băm cuối chuỗi của kho cũ "
               f"{done.chain_head}; điểm kiểm tra đầu tiên của kho mới ở vị trí "
               f"{done.checkpoint_position}. Kiểm tra cả hai kho (`ketnap audit verify`), "
               "rồi lưu trữ hoặc hủy kho cũ.")


COMMANDS = (person_group, keys_group, access_group, store_group)
