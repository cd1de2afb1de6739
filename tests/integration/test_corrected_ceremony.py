"""A corrected ceremony date moves the official date in the domain and the read model alike."""

from __future__ import annotations

from datetime import date

from domain import events as ev
from domain.dates import add_months
from migrations import upgrade
from projections import queries
from service.config import sqlalchemy_url
from service.demo import load_demo


def test_the_register_follows_a_corrected_ceremony_date(app):
    services = app.extensions["ketnap"]
    upgrade(sqlalchemy_url(services.database_url))
    hoa = load_demo(services)["gv-hoa"]
    ceremony = next(e for e in services.store.candidate(hoa).history
                    if isinstance(e, ev.Admitted))
    moved = ceremony.occurred_on.replace(day=ceremony.occurred_on.day - 2)
    services.command(services.store.correct_record,
                     hoa, "capuy", corrects=ceremony.originator_version,
                     fields={"occurred_on": moved}, authority="QĐ đính chính 5-QĐ/ĐU",
                     on=date(2026, 1, 5))
    with services.engine.connect() as conn:
        row = queries.candidate(conn, hoa)
    assert services.store.candidate(hoa).official_since == add_months(moved, 12)
    assert row.official_since == add_months(moved, 12)
