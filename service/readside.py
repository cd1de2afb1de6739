"""Wires the projections into the app: catch up after every command, and the
`ketnap projections` commands (follow, rebuild, check)."""

from __future__ import annotations

import logging
import tempfile
import time
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from migrations import upgrade
from projections import compare, rebuilding, runner
from projections.workdays import ProjectionContext
from service.services import Services, make_engine
from service.workcalendar import public_holidays, substituted_workdays

log = logging.getLogger(__name__)


def context() -> ProjectionContext:
    return ProjectionContext(public_holidays(), substituted_workdays())


def catch_up(services: Services, engine=None, **kwargs) -> int:
    return runner.catch_up(engine or services.engine, services.store.read_events, context(),
                           stream_events=services.store.stream_events, **kwargs)


def rebuild_all(services: Services, on_batch=None) -> int:
    """Replace the read models with ones built from the whole log; returns how many events."""
    store = services.store
    return rebuilding.rebuild(services.engine, store.last_position(), context(),
                              events_except=store.events_except,
                              events_by_stream=store.events_by_stream, on_batch=on_batch)


def install(app: Flask) -> None:
    """Register the catch-up hook and the `ketnap projections` commands."""
    services: Services = app.extensions["ketnap"]
    services.after_command.append(lambda _recorded: _catch_up_after_command(services))
    services.read_position = lambda: runner.position(services.engine)
    app.cli.add_command(projections_group)


def _catch_up_after_command(services: Services) -> None:
    """The event is stored whatever happens here: a failure leaves the read side behind
    (logged), and the next catch-up or `projections follow` retries it."""
    try:
        catch_up(services)
    except Exception:  # noqa: BLE001 - never turn a stored command into an error page
        log.exception("read-model catch-up failed; it will be retried")


def _services() -> Services:
    return current_app.extensions["ketnap"]


@click.group("projections", cls=AppGroup)  # subcommands run in an app context
def projections_group() -> None:
    """Read models (bảng tra cứu): follow the log, rebuild, check."""


@projections_group.command("follow")
@click.option("--interval", default=0.2, show_default=True, help="Seconds between polls.")
@click.option("--once", is_flag=True, help="One round, then exit (cron, tests).")
def follow(interval: float, once: bool) -> None:
    """Keep the read models and the audit seal up to date until Ctrl-C (the follower)."""
    services = _services()
    if not once:
        click.echo(f"Đang theo dõi nhật ký sự kiện (mỗi {interval:g} giây); Ctrl-C để dừng.")
    try:
        while True:
            before = runner.position(services.engine)
            _follow_round(services)
            after = runner.position(services.engine)
            if after != before:
                click.echo(f"Đã cập nhật {after - before} vị trí (đến vị trí {after}).")
            if once:
                return
            time.sleep(interval)
    except KeyboardInterrupt:
        click.echo("Đã dừng theo dõi.")


def _follow_round(services: Services) -> None:
    """A failing round is logged and retried at the next poll: the follower keeps running."""
    try:
        services.follow_once()
    except Exception:  # noqa: BLE001 - a follower must outlive a bad round
        log.exception("follower round failed; it will be retried")


@projections_group.command("rebuild")
def rebuild() -> None:
    """Rebuild every read model from the whole log (the pages show the old ones meanwhile)."""
    services = _services()
    total = services.store.last_position()
    started = time.perf_counter()
    with click.progressbar(length=total, label="Dựng lại bảng tra cứu") as bar:
        applied = rebuild_all(services, on_batch=lambda count, _pos: bar.update(count))
    seconds = max(time.perf_counter() - started, 1e-9)
    click.echo(f"Đã dựng lại {applied} sự kiện trong {seconds:.2f} giây "
               f"({applied / seconds:,.0f} sự kiện/giây).")


@projections_group.command("check")
def check() -> None:
    """Rebuild into a scratch SQLite database and compare it with the live read models."""
    services = _services()
    catch_up(services)
    live_position = runner.position(services.engine)
    with tempfile.TemporaryDirectory(prefix="ketnap-check-") as scratch:
        url = f"sqlite:///{Path(scratch, 'check.sqlite')}"
        upgrade(url)
        engine = make_engine(url)
        try:
            catch_up(services, engine=engine, until=live_position)
            difference = compare.first_difference(services.engine, engine)
        finally:
            engine.dispose()
    if difference:
        raise click.ClickException(f"Bảng tra cứu khác với bản dựng lại: {difference}")
    click.echo(f"Bảng tra cứu khớp với bản dựng lại từ đầu ({live_position} sự kiện).")
