"""`ketnap audit …`: verify, checkpoint, rotate-key, export, report, replay (all read-only
on the log)."""

from __future__ import annotations

import json
import sys

import click
from flask import current_app
from flask.cli import AppGroup

from service.audit.keys import grouped
from service.typed_dates import click_day


def tools():
    from service.audit import tools_of
    return tools_of(current_app)


audit_group = AppGroup(
    "audit", help="Kiểm tra: chuỗi băm, điểm kiểm tra có chữ ký, xuất hồ sơ, báo cáo, dựng lại.")


@audit_group.command("verify")
@click.option("--json", "as_json", is_flag=True, help="Kết quả dạng JSON.")
@click.option("--witness", "witnesses", multiple=True, metavar="FILE|URL",
              help="Tệp nhân chứng hoặc địa chỉ Ketnap nhân chứng: sổ phải nối tiếp mọi điểm "
                   "kiểm tra nhân chứng giữ.")
@click.option("--token", default=None, help="Mã truy cập của Ketnap nhân chứng (mặc định "
                                            "KETNAP_AUDIT_WITNESS_TOKEN).")
def verify_command(as_json: bool, witnesses: tuple[str, ...], token: str | None) -> None:
    """Recompute the seal from the raw tables; exit 1 naming the first event touched."""
    audit = tools()
    try:
        kept = [cp for source in witnesses for cp in audit.witnessed(source, token)]
    except (OSError, ValueError) as error:
        raise click.ClickException(f"Không đọc được nhân chứng: {error}") from None
    verdict = audit.verify(kept)
    if as_json:
        click.echo(json.dumps(verdict.as_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(verdict.message)
        for problem in verdict.problems[1:20]:
            click.echo(f"  - {problem.message}")
        for warning in verdict.warnings:
            click.echo(f"CẢNH BÁO: {warning}")
    sys.exit(0 if verdict.ok else 1)


@audit_group.command("rotate-key")
def rotate_key_command() -> None:
    """A new checkpoint signing key, endorsed by the old one (old checkpoints still verify)."""
    old, new = tools().rotate_key()
    click.echo(f"Đã thay khóa ký. Khóa cũ: {grouped(old)}\nKhóa mới: {grouped(new)}\n"
               "Ghi dấu vân tay khóa mới vào biên bản chi bộ.")


@audit_group.command("checkpoint")
def checkpoint_command() -> None:
    """Seal, verify, and sign a checkpoint to paste into the cell's minutes."""
    from service.audit import AuditRefused
    from service.audit.checkpoints import minutes_text
    try:
        checkpoint, verdict = tools().checkpoint()
    except AuditRefused as error:
        raise click.ClickException(str(error)) from None
    click.echo(minutes_text(checkpoint, verdict.events))


@audit_group.command("prove")
@click.option("--stream", "stream_id", default=None,
              help="Mã luồng (ví dụ một quần chúng): bằng chứng thuộc cây của từng sự kiện.")
@click.option("--from-size", "old_size", type=int, default=None,
              help="Cỡ cây cũ: bằng chứng nhất quán tới điểm kiểm tra mới nhất.")
def prove_command(stream_id: str | None, old_size: int | None) -> None:
    """Inclusion or consistency proofs against the latest signed checkpoint (JSON)."""
    from service.audit import AuditRefused, proving
    if (stream_id is None) == (old_size is None):
        raise click.UsageError("Cần đúng một trong --stream và --from-size.")
    try:
        result = (proving.prove_stream(tools(), stream_id) if stream_id
                  else proving.prove_extension(tools(), old_size))
    except AuditRefused as error:
        raise click.ClickException(str(error)) from None
    click.echo(json.dumps(result, ensure_ascii=False, indent=2))


@audit_group.command("checkpoints")
def checkpoints_command() -> None:
    """List the signed checkpoints."""
    for cp in tools().checkpoints():
        sealed = (f"{cp.tree_size} sự kiện  gốc {grouped(cp.root_hash)}" if cp.is_tree_head
                  else f"chuỗi băm {grouped(cp.chain_hash)}")
        click.echo(f"#{cp.id}  {cp.created_at}  vị trí {cp.position}  {sealed}")


@audit_group.command("seal")
def seal_command() -> None:
    """Seal events the application recorded but nobody sealed yet (e.g. after an import)."""
    click.echo(f"Đã niêm phong {tools().seal()} sự kiện.")


DATE = click_day()


@audit_group.command("report")
@click.option("--cell", "cell_code", required=True, help="Mã chi bộ.")
@click.option("--from", "start", type=DATE, required=True)
@click.option("--to", "end", type=DATE, required=True)
@click.option("--late-days", type=int, default=None,
              help="Ghi sổ chậm quá số ngày này là một phát hiện (mặc định 30).")
@click.option("--json", "as_json", is_flag=True)
def report_command(cell_code, start, end, late_days, as_json) -> None:
    """Compliance report of a cell for a period (every event by its rule set)."""
    from service.audit import report
    built = report.build(tools(), cell_code, start.date(), end.date(),
                         late_days if late_days is not None else report.LATE_ENTRY_DAYS)
    from service.livingdocs import reviews  # the rules no approved scenario illustrates
    unreviewed = reviews.unreviewed_rules(tools().services.store, current_app.config)
    if as_json:
        click.echo(json.dumps({**built.as_dict(),
                               "not_reviewed_rules": reviews.unreviewed_dicts(unreviewed)},
                              ensure_ascii=False, indent=2))
    else:
        click.echo("\n".join(report.text_lines(built) + reviews.unreviewed_lines(unreviewed)))


@audit_group.command("export")
@click.option("--cell", "cell_code", required=True)
@click.option("--out", type=click.Path(file_okay=False), required=True)
def export_command(cell_code, out) -> None:
    """Write a self-contained bundle of the cell's events for offline checking."""
    from pathlib import Path

    from service.audit import AuditRefused
    from service.audit.export import export
    try:
        manifest = export(tools(), cell_code, Path(out))
    except AuditRefused as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"Đã xuất {len(manifest['cell_positions'])} sự kiện của chi bộ {cell_code} "
               f"vào {out}. Kiểm tra: python3 {out}/verify_bundle.py")


MOMENT = click.DateTime(formats=["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d"])


@audit_group.command("replay")
@click.option("--cell", "cell_code", required=True)
@click.option("--as-of", "as_of", type=MOMENT, required=True, help="Thời điểm ghi sổ (UTC).")
@click.option("--diff-from", "since", type=MOMENT, default=None,
              help="So sánh với thời điểm này (những gì đã thay đổi).")
def replay_command(cell_code, as_of, since) -> None:
    """The cell as the log held it at a recorded moment (or what changed since another)."""
    from service.audit import replay
    result = (replay.diff(tools(), cell_code, since, as_of) if since
              else replay.replay(tools(), cell_code, as_of))
    click.echo(json.dumps(result, ensure_ascii=False, indent=2))
