"""The access log: every view of a person's page, history, export or API record, with who,
when, what and from where. Kept apart from the event store (its own table) and holding no
personal data beyond the ids. The inspector reads it; the admin does not."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

from sqlalchemy import Engine, insert, select

from service.accesslog.tables import access_log


def record(engine: Engine, username: str, role: str, what: str, person: UUID | None = None,
           cell_code: str | None = None, address: str | None = None) -> None:
    with engine.begin() as conn:
        conn.execute(insert(access_log).values(
            at=datetime.now(UTC).replace(tzinfo=None), username=username, role=role, what=what,
            person_id=None if person is None else str(person), cell_code=cell_code,
            address=(address or "")[:64] or None))


def entries(engine: Engine, person: UUID | None = None, username: str | None = None,
            limit: int = 1000) -> list:
    query = select(access_log).order_by(access_log.c.at.desc(), access_log.c.id.desc())
    if person is not None:
        query = query.where(access_log.c.person_id == str(person))
    if username is not None:
        query = query.where(access_log.c.username == username)
    with engine.connect() as conn:
        return list(conn.execute(query.limit(limit)))


def seen(what: str, person: UUID | None = None, cell_code: str | None = None) -> None:
    """Record that the signed-in user (web or API token) viewed a person's record."""
    from flask import g, request

    from service.current import services
    user = g.get("api_user") or g.user
    record(services().engine, user.username, user.role, what, person,
           cell_code, request.remote_addr)
