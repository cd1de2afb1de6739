"""Plumbing the queries share: run a statement on an Engine or a Connection."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import nullcontext
from uuid import UUID

from sqlalchemy import Engine

from domain import events as ev

# The store's look-up of given streams by key: (log position, event) pairs in log order.
StreamEvents = Callable[[Iterable[UUID]], list[tuple[int, ev.Event]]]


def connection(bind):
    return bind.connect() if isinstance(bind, Engine) else nullcontext(bind)


def rows(bind, statement) -> list:
    with connection(bind) as conn:
        return conn.execute(statement).all()


def first(bind, statement):
    with connection(bind) as conn:
        return conn.execute(statement).first()
