"""Erasure as the service does it: the use case (event, then the key destroyed), the read
side brought up to date (the fold writes the person as erased), then what could still hold
the person's bytes is cleared: API answers kept for retries that name the person, and on
SQLite the write-ahead logs (checkpointed and truncated; deletes overwrite freed bytes,
`secure_delete`)."""

from __future__ import annotations

import os
from datetime import date
from uuid import UUID

from sqlalchemy import delete

from domain import candidate as cd
from service.accounts.tables import request_keys
from service.application import Recorded
from service.services import Services


def retention_years(today: date) -> int:
    """KETNAP_RETENTION_YEARS: never-admitted candidates are erased this many years after
    they left the list (by default the catalogue's rule `retention_never_admitted`, with its
    source)."""
    setting = os.environ.get("KETNAP_RETENTION_YEARS")
    return cd.retention_years_on(today) if setting is None else int(setting)


def erase_person(services: Services, person: UUID, actor: str, authority: str) -> Recorded:
    recorded = services.command(services.store.erase_person, person, actor, authority)
    services.settle(recorded)
    scrub(services, person)
    return recorded


def scrub(services: Services, person: UUID) -> None:
    with services.engine.begin() as conn:
        conn.execute(delete(request_keys).where(request_keys.c.body.contains(str(person))))
    if services.engine.dialect.name == "sqlite":
        with services.engine.connect() as conn:
            for schema in ("main", "read_models"):
                conn.exec_driver_sql(f"PRAGMA {schema}.wal_checkpoint(TRUNCATE)")


def due(services: Services, today: date, years: int) -> list[UUID]:
    """The retention policy: who is to be erased today (never admitted, left `years` ago)."""
    from projections.queries import exited_never_admitted
    with services.engine.connect() as conn:
        ids = exited_never_admitted(conn)
    return [i for i in ids if cd.due_for_erasure(services.store.candidate(i), today, years)]


def apply_retention(services: Services, today: date, years: int, actor: str) -> list[UUID]:
    authority = f"Chính sách lưu giữ: xóa {years} năm sau khi ra khỏi danh sách"
    erased = []
    for person in due(services, today, years):
        erase_person(services, person, actor, authority)
        erased.append(person)
    return erased
