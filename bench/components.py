"""The parts other engineers build, reached through their contracts. A part that has not
landed raises Missing, and the report says "not measured (component missing)"."""

from __future__ import annotations

import importlib
import inspect
from datetime import date
from uuid import UUID

MISSING_TEXT = "not measured (component missing)"


class Missing(Exception):
    """A component the measurement needs has not landed (or is still a stub)."""


def _attr(module: str, name: str):
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as error:
        raise Missing(f"{module}.{name}") from error


def _call(func, services, **extra):
    """Call a read-side function, handing it what it asks for by parameter name."""
    offer = {"engine": services.engine, "conn": services.engine, "connection": services.engine,
             "read_events": services.store.read_events, "services": services,
             "store": services.store, "stream_events": services.store.stream_events, **extra}
    params = inspect.signature(func).parameters
    args = {k: v for k, v in offer.items() if k in params}
    try:
        return func(**args)
    except NotImplementedError as error:
        raise Missing(f"{func.__module__}.{func.__name__} (stub)") from error


def catch_up(services) -> int:
    """The composition root's catch-up (`service.readside.catch_up(services)`)."""
    return _call(_attr("service.readside", "catch_up"), services)


def rebuild(services) -> int:
    """What `ketnap projections rebuild` does (`service.readside.rebuild_all`); before that
    landed: empty the read models and catch up from 0."""
    try:
        return _call(_attr("service.readside", "rebuild_all"), services)
    except Missing:
        clear = _attr("projections.runner", "clear")
        _attr("service.readside", "catch_up")    # fail before clearing if it is missing
        _call(clear, services)
        return catch_up(services)


def plan_status(services, plan_id: UUID, today: date):
    return _call(_attr("projections.queries", "plan_status"), services, plan_id=plan_id,
                 today=today)


def candidate_page(services, candidate_id: UUID):
    """What the candidate page shows: the candidate's row and its history."""
    row = _call(_attr("projections.queries", "candidate"), services, candidate_id=candidate_id)
    history = _call(_attr("projections.queries", "history"), services,
                    candidate_id=candidate_id)
    return row, history


def audit_tools(services):
    """The inspectors' tools on these services, with the run's keys; the log is sealed
    (Merkle tree and stream index) before it is returned."""
    from bench.stores import audit_key_file

    tools_class = _attr("service.audit", "AuditTools")
    tools = tools_class(services, audit_key_file())
    tools.seal()
    return tools


def as_of_replay(tools, cell_code: str, as_of):
    """The inspectors' replay of one cell as of a recorded moment."""
    return _attr("service.audit.replay", "replay")(tools, cell_code, as_of)


def http_api_present() -> bool:
    try:
        importlib.import_module("service.api")
        return True
    except ImportError:
        return False


def status_pages(url: str, plan_id: UUID) -> list[tuple[str, str, dict]]:
    """(name, path, headers) of the status pages to load-test."""
    if not http_api_present():
        raise Missing("service.api (the HTTP API and web status page)")
    from bench import http
    return http.status_pages(url, plan_id)


def http_commands(url: str, seconds: float) -> dict:
    if not http_api_present():
        raise Missing("service.api (POST with a bearer token)")
    from bench import http
    return http.command_rate(url, seconds)


def verify(services, key_file) -> str:
    """After a crash: seal what was recorded but not yet sealed, then verify the chain."""
    tools = _attr("service.audit", "AuditTools")(services, key_file)
    tools.seal()
    return str(tools.verify())
