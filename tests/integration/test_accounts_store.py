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


def test_a_token_expires_after_its_days_and_records_its_last_use(accounts, clock):
    token = accounts.issue_token("kiemtra", "bao-cao", days=90)
    assert accounts.user_for_token(token).username == "kiemtra"
    [row] = accounts.tokens("kiemtra")
    assert row.name == "bao-cao" and row.last_used_at == FIXED_NOW
    assert row.expires_at == FIXED_NOW + timedelta(days=90)
    clock.now += timedelta(days=90, seconds=-1)
    assert accounts.user_for_token(token) is not None
    assert accounts.tokens("kiemtra")[0].last_used_at == clock.now
    clock.now += timedelta(seconds=1)
    assert accounts.user_for_token(token) is None


def test_disable_revokes_tokens_and_sessions_for_good(accounts):
    token = accounts.issue_token("bithu")
    session = accounts.sessions.open(accounts.by_name("bithu").id)
    accounts.disable("bithu")
    accounts.enable("bithu")
    assert accounts.user_for_token(token) is None
    assert accounts.sessions.user_id(session) is None
    assert all(row.revoked_at is not None for row in accounts.tokens("bithu"))


@pytest.mark.parametrize("username, password, cells", [
    ("x<script>", PASSWORD, []), ("Bithu", PASSWORD, []), ("", PASSWORD, []),
    ("moi", "12345678", []), ("moi", "password1234", []), ("moi", "aaaaaaaaaaaa", []),
    ("moi", PASSWORD, ["NO-SUCH-CELL"]),
])
def test_bad_users_are_refused_and_nothing_is_stored(accounts, username, password, cells):
    role = "secretary" if cells else "inspector"
    with pytest.raises(ValueError):
        accounts.add_user(username, password, role, cells)
    assert [r.user.username for r in accounts.users()] == ["bithu", "kiemtra"]


@pytest.mark.parametrize("parallel", [20])
def test_parallel_wrong_passwords_get_only_the_free_checks(accounts, parallel):
    """20 attempts at once: the claim is atomic, so only FREE_PER_USER passwords are checked
    and the rest are throttled without a check (before: all 20 were checked)."""
    from concurrent.futures import ThreadPoolExecutor

    from service.accounts import LoginThrottled
    from service.accounts.throttle import FREE_PER_USER

    checked = []
    verify = accounts._verify
    accounts._verify = lambda stored, password: checked.append(1) or verify(stored, password)

    def attempt(n: int) -> str:
        try:
            found = accounts.authenticate("bithu", "sai-mat-khau", f"10.0.{n}.1")
        except LoginThrottled:
            return "throttled"
        return "refused" if found is None else "in"
    with ThreadPoolExecutor(parallel) as pool:
        outcomes = list(pool.map(attempt, range(parallel)))
    assert outcomes.count("refused") == FREE_PER_USER == len(checked)
    assert outcomes.count("throttled") == parallel - FREE_PER_USER
    with pytest.raises(LoginThrottled):           # even with the right password, for now
        accounts.authenticate("bithu", PASSWORD, "10.9.9.9")


def test_the_backoff_doubles_and_a_success_forgets_it(accounts, clock):
    from service.accounts import LoginThrottled
    from service.accounts.throttle import FREE_PER_USER

    for _ in range(FREE_PER_USER):
        assert accounts.authenticate("bithu", "sai-mat-khau", "10.0.0.1") is None
    with pytest.raises(LoginThrottled) as first:
        accounts.authenticate("bithu", PASSWORD, "10.0.0.1")
    assert first.value.wait_seconds == 1
    clock.now += timedelta(seconds=1)
    assert accounts.authenticate("bithu", "sai-mat-khau", "10.0.0.1") is None
    with pytest.raises(LoginThrottled) as second:
        accounts.authenticate("bithu", PASSWORD, "10.0.0.1")
    assert second.value.wait_seconds == 2
    clock.now += timedelta(seconds=2)
    assert accounts.authenticate("bithu", PASSWORD, "10.0.0.1").username == "bithu"
    assert accounts.authenticate("bithu", "sai-mat-khau", "10.0.0.1") is None   # counted anew


def test_one_address_spraying_many_users_is_slowed(accounts):
    from service.accounts import LoginThrottled
    from service.accounts.throttle import FREE_PER_ADDRESS

    for n in range(FREE_PER_ADDRESS):
        assert accounts.authenticate(f"khong-co-{n}", "sai-mat-khau", "203.0.113.5") is None
    with pytest.raises(LoginThrottled):
        accounts.authenticate("kiemtra", PASSWORD, "203.0.113.5")
    assert accounts.authenticate("kiemtra", PASSWORD, "203.0.113.6").username == "kiemtra"
