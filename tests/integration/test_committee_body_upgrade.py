"""Revision 1900 gives committee users a body (issue 14): an account made before, with a list
of cells (or none, which meant every cell), keeps its tokens and reaches no cell until the
admin sets its body."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import MetaData, Table, insert

from migrations import upgrade
from service.config import sqlalchemy_url
from service.demo import CELL, WARD
from tests.conftest import FIXED_NOW


def test_an_old_committee_user_reaches_nothing_until_its_body_is_set(database_url):
    from service import create_app
    from service.demo import load_demo
    url = sqlalchemy_url(database_url)
    upgrade(url, "1800")
    app = create_app({"TESTING": True, "KETNAP_DATABASE_URL": database_url, "SECRET_KEY": "t",
                      "KETNAP_CLOCK": lambda: FIXED_NOW, "KETNAP_CHEAP_PASSWORD_HASHES": True})
    try:
        services = app.extensions["ketnap"]
        users = Table("accounts_users", MetaData(), autoload_with=services.engine)
        tokens = Table("accounts_tokens", MetaData(), autoload_with=services.engine)
        with services.engine.begin() as conn:     # as `ketnap user add … --cell` made it
            user_id = conn.execute(insert(users).values(
                username="capuy.cu", password_hash="x", role="committee", cells=CELL,
                active=True, created_at=datetime(2026, 1, 5, tzinfo=UTC))).inserted_primary_key[0]
            conn.execute(insert(tokens).values(user_id=user_id, token_hash="a" * 64,
                                               created_at=datetime(2026, 1, 5, tzinfo=UTC)))
        upgrade(url)
        load_demo(services)
        accounts = app.extensions["ketnap_accounts"]
        old = accounts.by_name("capuy.cu")
        assert old.body == "" and not old.may_read(CELL) and not old.may_record("committee", CELL)
        assert len(accounts.tokens("capuy.cu")) == 1           # nothing cascaded away
        accounts.set_role("capuy.cu", "committee", [], WARD)
        assert accounts.by_name("capuy.cu").may_read(CELL)
    finally:
        app.extensions["ketnap"].close()
