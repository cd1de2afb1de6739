"""Wires the projections into the app: catch up after every command, and the
`ketnap projections` commands (follow, rebuild, check)."""

from __future__ import annotations

import logging
import os
import tempfile
import time
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import click
from flask import Flask
from flask.cli import AppGroup

from migrations import upgrade
from projections import compare, rebuilding, runner
from projections.failures import CatchUpFailed, Failure
from projections.failures import last as last_failure
from service.application.opening import StoreAt
from service.current import services as _services
from service.current import services_of
from service.readcalendar import projection_context
from service.services import Services, make_engine

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
log = logging.getLogger(__name__)
MAX_WORKERS = 8       # a rebuild's worker processes: beyond this the single writer is the limit
WORKERS_FROM = 50_000  # events in the log from which a rebuild uses worker processes


def catch_up(services: Services, engine=None, **kwargs) -> int:
    return runner.catch_up(engine or services.engine, services.store.read_events, projection_context(),
                           stream_events=services.store.stream_events, **kwargs)


def rebuild_all(services: Services, on_batch=None, workers: int | None = None,
                chunk: int = rebuilding.CHUNK) -> int:
    """Replace the read models with ones built from the whole log; returns how many events.
    `workers`: processes folding the candidates (default: `workers_for` the log)."""
    until = services.store.last_position()
    return rebuilding.rebuild(services.engine, until, projection_context(),
                              open_store=StoreAt(services.database_url),
                              store=services.store, on_batch=on_batch,
                              workers=workers_for(until) if workers is None else workers,
                              chunk=chunk)


def workers_for(events: int) -> int:
    """One worker process per CPU, for a log long enough to repay them: a worker takes
    about 0.9 s to start (a fresh interpreter importing the store), about what it saves at
    100,000 events (bench/README.md); below WORKERS_FROM the rebuild stays in process."""
    if events < WORKERS_FROM:
        return 1
    return min(_usable_cpus(), MAX_WORKERS)


def _usable_cpus() -> int:
    """The CPUs this process may run on (a container's or taskset's), not the host's."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def install(app: Flask) -> None:
    """Register the catch-up hook and the `ketnap projections` commands."""
    services = services_of(app)
    services.after_command.append(lambda _recorded: _catch_up_after_command(services))
    services.read_position = lambda: runner.position(services.engine)
    app.cli.add_command(projections_group)


def _catch_up_after_command(services: Services) -> None:
    """The event is stored whatever happens here: a failure leaves the read side behind
    (logged), and the next catch-up or `projections follow` retries it."""
    try:
        catch_up(services)
    except Exception as error:  # noqa: BLE001 - never turn a stored command into an error page
        log.error("read-model catch-up failed; it will be retried: %s", without_data(error))


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
    reported = retained_on = None
    try:
        while True:
            before = runner.position(services.engine)
            _follow_round(services)
            retained_on = _retention_round(services, retained_on)
            after = runner.position(services.engine)
            if after != before:
                click.echo(f"Đã cập nhật {after - before} vị trí (đến vị trí {after}).")
            reported = _report_failure(services, reported)
            if once:
                return
            time.sleep(interval)
    except KeyboardInterrupt:
        click.echo("Đã dừng theo dõi.")


def _report_failure(services: Services, reported: Failure | None) -> Failure | None:
    """Say once (per failing event) where the read models stopped, and why."""
    with services.engine.connect() as conn:
        failure = last_failure(conn)
    if failure is not None and failure != reported:
        click.echo(f"Bảng tra cứu dừng lại: {failure.describe()}", err=True)
    return failure


def _follow_round(services: Services) -> None:
    """A failing round is logged and retried at the next poll: the follower keeps running."""
    try:
        services.follow_once()
    except Exception as error:  # noqa: BLE001 - a follower must outlive a bad round
        log.error("follower round failed; it will be retried: %s", without_data(error))
        click.echo(f"Lỗi, sẽ thử lại: {without_data(error)}", err=True)


def _retention_round(services: Services, done_on: date | None) -> date | None:
    """Once a day, the retention policy erases whom it is due (docs/personal-data.md)."""
    from service.personal.erasure import apply_retention, retention_years
    today = services.store.clock().astimezone(VIETNAM).date()     # "today" is Việt Nam's
    if done_on == today:
        return done_on
    try:
        erased = apply_retention(services, today, retention_years(today),
                                 "chinh-sach-luu-giu")
    except Exception as error:  # noqa: BLE001 - retried tomorrow; the follower keeps running
        log.error("retention round failed: %s", without_data(error))
        return done_on
    if erased:
        click.echo(f"Chính sách lưu giữ: đã xóa dữ liệu cá nhân của {len(erased)} người.")
    return today


def without_data(error: BaseException) -> str:
    """What a log may say of an error: a failed catch-up names its event; any other error
    its kind and first line only (a database error's detail quotes the row: personal data)."""
    if isinstance(error, CatchUpFailed):
        return str(error)
    lines = str(error).strip().splitlines()
    return f"{type(error).__name__}: {lines[0] if lines else ''}"


@projections_group.command("rebuild")
@click.option("--workers", type=click.IntRange(1, MAX_WORKERS), default=None,
              help="Processes folding the candidates [default: one per CPU from "
                   f"{WORKERS_FROM:,} events in the log, else 1].")
def rebuild(workers: int | None) -> None:
    """Rebuild every read model from the whole log (the pages show the old ones meanwhile)."""
    services = _services()
    total = services.store.last_position()
    started = time.perf_counter()
    with click.progressbar(length=total, label="Dựng lại bảng tra cứu") as bar:
        try:
            applied = rebuild_all(services, on_batch=lambda count, _pos: bar.update(count),
                                  workers=workers)
        except Exception as error:  # noqa: BLE001 - say which event, never the data
            raise click.ClickException(f"Không dựng lại được: {without_data(error)}") from None
    seconds = max(time.perf_counter() - started, 1e-9)
    click.echo(f"Đã dựng lại {applied} sự kiện trong {seconds:.2f} giây "
               f"({applied / seconds:,.0f} sự kiện/giây).")


@projections_group.command("check")
def check() -> None:
    """Rebuild into a scratch SQLite database and compare it with the live read models."""
    services = _services()
    try:
        catch_up(services)
    except CatchUpFailed as error:
        raise click.ClickException(f"Bảng tra cứu dừng lại: {error}") from None
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
