"""Fixtures for the web and API tests: a migrated app with one user per role, two cells, a
plan and a candidate; helpers to log in and to call the API with a token."""

from __future__ import annotations

from datetime import date

import pytest

from domain.candidate import Person
from domain.plan import Target
from tests.conftest import FIXED_NOW, migrate

PASSWORD = "mat-khau-dung-1"
USERS = {
    "bithu.a": ("secretary", ["CB-A"]),
    "bithu.b": ("secretary", ["CB-B"]),
    "capuy": ("committee", []),
    "kiemtra": ("inspector", []),
    "quantri": ("admin", []),
}
STUDENT = Person("Nguyễn Văn An", date(2006, 3, 4), "male", "Kinh", "HS", True,
                 "upper_secondary", "12A1")


def make_app(url: str, **config):
    from service import create_app

    migrate(url)             # a copy of the migrated template where it can (tests/conftest.py)
    return create_app({"TESTING": True, "KETNAP_DATABASE_URL": url, "SECRET_KEY": "test",
                       "KETNAP_CLOCK": lambda: FIXED_NOW, "KETNAP_CHEAP_PASSWORD_HASHES": True,
                       "WTF_CSRF_ENABLED": False, "KETNAP_REPORT_PLACE": "Việt Yên", **config})


# The seeded cells' superior body: the only body whose decisions they take (issue 14).
SUPERIOR = "Ban Thường vụ Đảng ủy phường Việt Yên"


def seed(app) -> dict:
    svc, accounts = app.extensions["ketnap"], app.extensions["ketnap_accounts"]
    for code in ("CB-A", "CB-B"):
        svc.command(svc.store.register_cell, code, f"Chi bộ Trường THPT {code}",
                    SUPERIOR, date(2024, 1, 2), "capuy")
    for name, (role, cells) in USERS.items():   # a secretary's cell must be registered first
        accounts.add_user(name, PASSWORD, role, cells, SUPERIOR if role == "committee" else "")
    plan = svc.command(svc.store.adopt_plan,
                       "CB-A", "02-KH/CB", 2026, date(2026, 1, 10), "Căn cứ …",
                       [Target("source", 4, 1, 3, (1, 1, 1, 1)),
                        Target("class_registration", 2, 0, 2)], "bithu.a")
    cand = svc.command(svc.store.nominate, "CB-A", STUDENT, date(2026, 2, 3), "bithu.a")
    other = svc.command(svc.store.nominate, "CB-B", STUDENT, date(2026, 2, 3), "bithu.b")
    return {"plan": plan.id, "candidate": cand.id, "other": other.id}


@pytest.fixture
def app(sqlite_url):
    flask_app = make_app(sqlite_url)
    flask_app.seed = seed(flask_app)
    yield flask_app
    flask_app.extensions["ketnap"].close()


@pytest.fixture
def ids(app):
    return app.seed


@pytest.fixture
def client(app):
    return app.test_client()


def login(client, username: str, password: str = PASSWORD):
    return client.post("/dang-nhap", data={"username": username, "password": password})


@pytest.fixture
def as_user(app):
    """A test client logged in as `username`."""
    def make(username: str):
        c = app.test_client()
        assert login(c, username).status_code == 302
        return c
    return make


@pytest.fixture
def api(app):
    """`api(username)` → a function (method, path, json=None) → response, with a token."""
    def make(username: str):
        token = app.extensions["ketnap_accounts"].issue_token(username)
        c = app.test_client()

        def call(method: str, path: str, **kw):
            headers = {"Authorization": f"Bearer {token}", **kw.pop("headers", {})}
            return c.open(f"/api/v1{path}", method=method, headers=headers, **kw)
        return call
    return make


def event_count(app) -> int:
    return app.extensions["ketnap"].store.last_position()
