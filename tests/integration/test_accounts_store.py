"""The accounts store on SQLite and PostgreSQL: server-side sessions (ended one by one, all
at once, by idle time and by lifetime), the user's life cycle and API tokens."""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST

from service.accounts import Accounts
from tests.conftest import FIXED_NOW

PASSWORD = "mat-khau-dung-1"


class Clock:
    def __init__(self) -> None:
        self.now = FIXED_NOW

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def accounts(services, clock):
    store = Accounts(services.engine, clock, PasswordHasher.from_parameters(CHEAPEST),
                     cell_exists=lambda code: code == "CB-A")
    ticks = iter(range(0, 10**9, 1000))            # every call: beyond KNOWN_FOR
    store.monotonic = lambda: float(next(ticks))
    store.add_user("bithu", PASSWORD, "secretary", ["CB-A"])
    store.add_user("kiemtra", PASSWORD, "inspector", [])
    return store


def test_sessions_end_at_logout_and_all_at_once(accounts):
    user = accounts.by_name("bithu")
    one, two = accounts.sessions.open(user.id), accounts.sessions.open(user.id)
    other = accounts.sessions.open(accounts.by_name("kiemtra").id)
    assert accounts.sessions.user_id(one) == user.id
    accounts.sessions.end(one)
    assert accounts.sessions.user_id(one) is None and accounts.sessions.user_id(two) == user.id
    accounts.set_password("bithu", "mot-mat-khau-moi-hoan-toan")
    assert accounts.sessions.user_id(two) is None
    assert accounts.sessions.user_id(other) is not None
    assert accounts.sessions.user_id("not-a-key") is None


def test_sessions_time_out_idle_and_at_their_lifetime(accounts, clock):
    uid = accounts.by_name("bithu").id
    idle, busy = accounts.sessions.open(uid), accounts.sessions.open(uid)
    clock.now += timedelta(minutes=30)
    assert accounts.sessions.user_id(idle) == uid          # exactly 30 minutes: still alive
    clock.now += timedelta(minutes=30, seconds=1)
    assert accounts.sessions.user_id(idle) is None
    clock.now = FIXED_NOW
    for _ in range(12 * 3):
        assert accounts.sessions.user_id(busy) == uid
        clock.now += timedelta(minutes=20)                  # at last 12 h after login
    clock.now += timedelta(seconds=1)
    assert accounts.sessions.user_id(busy) is None
    assert accounts.sessions.count(uid) == 0                # ended sessions are deleted
