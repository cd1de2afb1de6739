"""Login sessions live on the server: logout, a new password and a disabled account end
them; they time out when idle and at the latest after their lifetime; the cookie is Secure
over HTTPS (directly or behind the trusted proxies), HttpOnly and SameSite=Lax; `next=`
never leaves the site."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.conftest import FIXED_NOW
from tests.webapi.conftest import PASSWORD, login, make_app, seed

NEW_PASSWORD = "mot-mat-khau-moi-hoan-toan"


def page_ok(client, ids) -> bool:
    response = client.get(f"/ke-hoach/{ids['plan']}")
    assert response.status_code in (200, 302)
    return response.status_code == 200


def stolen_copy(app, client):
    """Another browser holding a copy of the client's session cookie."""
    thief = app.test_client()
    thief.set_cookie("session", client.get_cookie("session").value)
    return thief


@pytest.mark.parametrize("target", [
    "/%09/evil.example", "/%0d%0a/x", "//evil.example/x", "/%5Cevil.example", "/\\evil.example",
    "https://evil.example/", "javascript:alert(1)", "%2F%2Fevil.example", "/%E2%80%AE/x",
    "http:/evil.example", " /ke-hoach"])
def test_next_goes_home_unless_it_is_a_local_path(client, target):
    response = client.post(f"/dang-nhap?next={target}",
                           data={"username": "capuy", "password": PASSWORD})
    assert response.status_code == 302
    assert response.location == "/"


def test_next_keeps_a_local_path_with_its_query(client):
    response = client.post("/dang-nhap?next=/quan-chung%3Fcell%3DCB-A",
                           data={"username": "capuy", "password": PASSWORD})
    assert response.location == "/quan-chung?cell=CB-A"


def test_logout_ends_the_session_for_every_copy_of_the_cookie(app, as_user, ids):
    browser = as_user("bithu.a")
    thief = stolen_copy(app, browser)
    assert page_ok(thief, ids)
    assert browser.post("/dang-xuat").status_code == 302
    assert not page_ok(thief, ids)
    assert not page_ok(browser, ids)


def test_a_new_password_ends_every_session_of_the_user_only(app, as_user, ids):
    laptop, phone, other = as_user("bithu.a"), as_user("bithu.a"), as_user("capuy")
    app.extensions["ketnap_accounts"].set_password("bithu.a", NEW_PASSWORD)
    assert not page_ok(laptop, ids) and not page_ok(phone, ids)
    assert page_ok(other, ids)
    assert login(app.test_client(), "bithu.a").status_code == 401
    assert login(app.test_client(), "bithu.a", NEW_PASSWORD).status_code == 302


def test_disabling_ends_sessions_and_tokens_and_enabling_brings_none_back(app, as_user, api,
                                                                          ids):
    accounts = app.extensions["ketnap_accounts"]
    browser, call = as_user("bithu.a"), api("bithu.a")
    assert call("GET", "/candidates").status_code == 200
    accounts.disable("bithu.a")
    assert not page_ok(browser, ids)
    assert call("GET", "/candidates").status_code == 401
    assert login(app.test_client(), "bithu.a").status_code == 401
    accounts.enable("bithu.a")
    assert not page_ok(browser, ids)
    assert call("GET", "/candidates").status_code == 401
    assert page_ok(as_user("bithu.a"), ids)      # a new login works again


class Clock:
    def __init__(self) -> None:
        self.now = FIXED_NOW
        self.ticks = 0.0

    def __call__(self):
        return self.now

    def monotonic(self) -> float:
        return self.ticks

    def advance(self, delta: timedelta) -> None:
        self.now += delta
        self.ticks += delta.total_seconds()


@pytest.fixture
def timed(sqlite_url):
    """An app whose clock the test moves (the default timeouts: 30 minutes, 12 hours)."""
    clock = Clock()
    app = make_app(sqlite_url, KETNAP_CLOCK=clock)
    app.seed = seed(app)
    app.extensions["ketnap_accounts"].monotonic = clock.monotonic
    yield app, clock
    app.extensions["ketnap"].close()


def test_an_idle_session_ends_after_thirty_minutes(timed):
    app, clock = timed
    browser = app.test_client()
    login(browser, "kiemtra")
    clock.advance(timedelta(minutes=29))
    assert page_ok(browser, app.seed)        # a request: no longer idle
    clock.advance(timedelta(minutes=29))
    assert page_ok(browser, app.seed)
    clock.advance(timedelta(minutes=30, seconds=1))
    assert not page_ok(browser, app.seed)


def test_a_busy_session_still_ends_twelve_hours_after_login(timed):
    app, clock = timed
    browser = app.test_client()
    login(browser, "kiemtra")
    for _ in range(35):
        clock.advance(timedelta(minutes=20))
        assert page_ok(browser, app.seed)
    clock.advance(timedelta(minutes=19))
    assert page_ok(browser, app.seed)         # 11 h 59 min
    clock.advance(timedelta(minutes=1, seconds=1))
    assert not page_ok(browser, app.seed)


def session_cookie_header(response) -> str:
    found = [h for h in response.headers.getlist("Set-Cookie") if h.startswith("session=")]
    assert found, response.headers
    return found[0]


def login_over(client, **kw):
    return client.post("/dang-nhap", data={"username": "kiemtra", "password": PASSWORD}, **kw)


def test_the_cookie_is_secure_over_https_and_always_httponly_and_lax(client):
    header = session_cookie_header(login_over(client, base_url="https://ketnap.example"))
    assert "Secure" in header and "HttpOnly" in header and "SameSite=Lax" in header
    plain = session_cookie_header(login_over(client))
    assert "Secure" not in plain and "HttpOnly" in plain and "SameSite=Lax" in plain


@pytest.mark.parametrize("hops, secure", [(1, True), (0, False)])
def test_behind_a_proxy_the_forwarded_scheme_counts_only_if_proxies_are_trusted(
        sqlite_url, hops, secure):
    app = make_app(sqlite_url, KETNAP_PROXY_HOPS=hops)
    try:
        seed(app)
        response = login_over(app.test_client(), headers={"X-Forwarded-Proto": "https",
                                                          "X-Forwarded-For": "203.0.113.9"})
        assert response.status_code == 302
        assert ("Secure" in session_cookie_header(response)) is secure
    finally:
        app.extensions["ketnap"].close()
