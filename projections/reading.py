"""Plumbing the queries share: run a statement on an Engine or a Connection."""

from __future__ import annotations

from contextlib import nullcontext

from sqlalchemy import Engine


def connection(bind):
    return bind.connect() if isinstance(bind, Engine) else nullcontext(bind)


def rows(bind, statement) -> list:
    with connection(bind) as conn:
        return conn.execute(statement).all()


def first(bind, statement):
    with connection(bind) as conn:
        return conn.execute(statement).first()
