"""The `ketnap` command: a Flask CLI group (init, cells, plans, calendar, demo, run, ...)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import click
from flask import Flask

from domain.clock import local_date
from migrations import upgrade
from service.application import Recorded
from service.cli_common import actor_option, run_use_case_with
from service.cli_vi import VietnameseGroup
from service.config import sqlalchemy_url
from service.current import services as services
from service.current import services_of
from service.devserver import run_command
from service.planfile import PlanFileError, read_plan_file
from service.typed_dates import click_day

DATE = click_day()


def _create_app(*_args) -> Flask:
    """One app per command; its store and connections close when the command ends."""
    from service import create_app
    from service.encryption.masterkey import MasterKeyError
    try:
        app = create_app()
    except MasterKeyError as error:     # e.g. a master key file others can read
        raise click.ClickException(str(error)) from None
    context = click.get_current_context(silent=True)
    if context is not None:
        context.call_on_close(services_of(app).close)
    return app


cli = VietnameseGroup(create_app=_create_app)   # help texts: service/cli_vi.py
cli.add_command(run_command)   # in place of Flask's, which sends a version banner


def main() -> None:
    cli.main(prog_name="ketnap")


def install(app: Flask) -> None:
    from service.personal.cli import COMMANDS
    for command in (init_command, cell_group, plan_group, calendar_group, demo_command,
                    member_group, *COMMANDS):
        app.cli.add_command(command)


def run_use_case(use_case: Callable[..., Recorded], *args, **kwargs):
    """Run a use case (a method of `services().store`); a refusal becomes a clear error
    naming the rule or the field."""
    return run_use_case_with(services().command, use_case, *args, **kwargs)


@click.command("init")
def init_command() -> None:
    """Create or upgrade the database (event store and read models)."""
    ensure_database()
    click.echo(f"Cơ sở dữ liệu sẵn sàng: {_safe_url(services().database_url)}")


def ensure_database() -> None:
    upgrade(sqlalchemy_url(services().database_url))


def _safe_url(url: str) -> str:
    head, _, tail = url.rpartition("@")
    return f"{head.split('://')[0]}://***@{tail}" if head else url


@click.group("cell")
def cell_group() -> None:
    """Chi bộ: register a cell, change its superior body."""


@cell_group.command("add")
@click.argument("code")
@click.option("--name", required=True, help="Tên chi bộ.")
@click.option("--superior", "superior_body", required=True, help="Cấp ủy cấp trên trực tiếp.")
@click.option("--since", type=DATE, default=lambda: local_date(datetime.now(UTC)).isoformat())
@actor_option
def cell_add(code, name, superior_body, since, actor) -> None:
    """Register a cell and its directly superior body."""
    run_use_case(services().store.register_cell, code, name, superior_body, since.date(), actor)
    click.echo(f"Đã đăng ký chi bộ {code}.")


@cell_group.command("superior")
@click.argument("code")
@click.option("--body", required=True, help="Cấp ủy cấp trên trực tiếp mới.")
@click.option("--since", type=DATE, required=True)
@click.option("--document", "document_no", default=None, help="Văn bản quyết định.")
@actor_option
def cell_superior(code, body, since, document_no, actor) -> None:
    """Record that the cell's superior body changed (e.g. on 01/07/2025)."""
    run_use_case(services().store.change_superior, code, body, since.date(), actor, document_no)
    click.echo(f"Chi bộ {code} trực thuộc {body} từ {since:%d/%m/%Y}.")


@cell_group.command("settings")
@click.argument("code")
@click.option("--place", required=True, help="Địa danh ghi trước ngày tháng trên văn bản.")
@click.option("--full-name", default="", help="Tên đầy đủ của chi bộ trên văn bản.")
@click.option("--since", type=DATE, default=lambda: local_date(datetime.now(UTC)).isoformat())
@actor_option
def cell_settings(code, place, full_name, since, actor) -> None:
    """The place name and full name the cell's documents show (issue 20)."""
    run_use_case(services().store.change_cell_settings, code, place, full_name, since.date(), actor)
    click.echo(f"Văn bản của chi bộ {code} ghi địa danh {place}.")


@click.group("plan")
def plan_group() -> None:
    """Kế hoạch phát triển đảng viên."""


@plan_group.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@actor_option
def plan_import(path, actor) -> None:
    """Adopt a yearly plan from a plan file (format: examples/*.toml)."""
    try:
        plan = read_plan_file(path)
    except PlanFileError as error:
        raise click.ClickException(str(error)) from None
    recorded = run_use_case(services().store.adopt_plan,
                            plan.cell, plan.number, plan.year, plan.issued_on,
                            plan.basis, plan.targets, actor)
    click.echo(f"Đã nhập kế hoạch {plan.number} năm {plan.year}: {recorded.id}")


@click.group("calendar")
def calendar_group() -> None:
    """Days declared off or working by the authorities."""


@calendar_group.command("declare")
@click.argument("day", type=DATE)
@click.option("--working/--off", default=False, help="A make-up working day, or a day off.")
@click.option("--reason", required=True)
@click.option("--document", "document_no", default=None)
@actor_option
def calendar_declare(day, working, reason, document_no, actor) -> None:
    run_use_case(services().store.declare_day, day.date(), working, reason, actor, document_no)
    click.echo(f"{day:%d/%m/%Y}: {'ngày làm bù' if working else 'ngày nghỉ'}.")


@click.command("demo")
def demo_command() -> None:
    """Load the seed cell, its 2024 plan and a realistic history (once)."""
    from domain.cell import cell_id
    from service.demo import CELL, load_demo
    ensure_database()
    if services().store.stream(cell_id(CELL)):
        click.echo(f"Chi bộ {CELL} đã có dữ liệu; không nạp lại dữ liệu mẫu.")
        return
    ids = load_demo(services())
    click.echo(f"Đã nạp dữ liệu mẫu: chi bộ {CELL}, {len(ids)} quần chúng/đảng viên, "
               f"{services().store.last_position()} sự kiện.")


@click.group("member")
def member_group() -> None:
    """Đảng viên của chi bộ: list members, import a roster file."""


@member_group.command("add")
@click.argument("cell")
@click.option("--name", "full_name", required=True, help="Họ và tên.")
@click.option("--born", "birth_date", type=DATE, required=True, help="Ngày sinh.")
@click.option("--gender", type=click.Choice(["male", "female"]), required=True)
@click.option("--category", type=click.Choice(["GV", "HS"]), required=True,
              help="GV (giáo viên, nhân viên) hoặc HS.")
@click.option("--admitted", "admitted_on", type=DATE, required=True, help="Ngày vào Đảng.")
@click.option("--official-since", type=DATE, default=None,
              help="Ngày chính thức (bỏ trống nếu còn dự bị).")
@click.option("--joined", "joined_on", type=DATE, required=True,
              help="Ngày vào danh sách chi bộ.")
@click.option("--transfer-in", is_flag=True, help="Chuyển sinh hoạt đến.")
@click.option("--document", "document_no", default=None)
@actor_option
def member_add(cell, full_name, birth_date, gender, category, admitted_on, official_since,
               joined_on, transfer_in, document_no, actor) -> None:
    """List a party member already in the Party (or transferred in)."""
    from domain.roster import NewMember
    person = NewMember(full_name, birth_date.date(), gender, category, admitted_on.date(),
                       official_since.date() if official_since else None)
    run_use_case(services().store.add_member, cell, person, joined_on.date(), actor,
                 "transfer_in" if transfer_in else "listed", document_no)
    click.echo(f"Đã thêm {full_name.strip()} vào danh sách đảng viên chi bộ {cell}.")


@member_group.command("import")
@click.argument("cell")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@actor_option
def member_import(cell, path, actor) -> None:
    """Import a roster file (CSV or XLSX; columns: service/memberfile.py): all rows or none."""
    from service.memberfile import MemberFileError, read_member_file
    try:
        people = read_member_file(path)
    except MemberFileError as error:
        raise click.ClickException(str(error)) from None
    run_use_case(services().store.import_members, cell, people, actor)
    click.echo(f"Đã nhập {len(people)} đảng viên vào danh sách chi bộ {cell}.")
