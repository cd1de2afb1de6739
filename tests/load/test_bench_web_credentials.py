"""The bench's web figures are of the page itself: its session cookie is live on a server that
runs on the wall clock, and a redirect is not taken for the page.

Once, the cookie's session was opened at the generated log's fixed "today" (26/11/2026): on
the server's clock it had outlived its 12 hours, every measured request was a redirect to the
login page, and the bench reported the login's speed as the status page's."""

from __future__ import annotations

from bench import generate, http, web
from bench.shape import make_app
from migrations import upgrade
from service import create_app, services_of
from service.config import sqlalchemy_url


def test_the_bench_cookie_opens_a_page_on_the_wall_clock(sqlite_url):
    upgrade(sqlalchemy_url(sqlite_url))
    seeding = make_app(sqlite_url)                      # the bench cell, as in its logs
    services_of(seeding).store.save(next(iter(generate.events(1))))
    services_of(seeding).close()
    tokens = http.credentials(sqlite_url)
    app = create_app({"KETNAP_DATABASE_URL": sqlite_url, "SECRET_KEY": http.SECRET})
    try:
        client = app.test_client()
        client.set_cookie("session", tokens["cookie"].split("=", 1)[1])
        answer = client.get("/ke-hoach")
        assert answer.status_code == 200, answer.headers.get("Location")
    finally:
        services_of(app).close()


def test_a_redirect_is_an_answer_of_its_own_not_the_page(sqlite_url):
    upgrade(sqlalchemy_url(sqlite_url))
    with web.gunicorn("service:create_app()", {**http.ENV, "KETNAP_DATABASE_URL": sqlite_url},
                      ready_path="/api/v1/openapi.json") as (base, _):
        status, _ = web.get(base + "/ke-hoach")          # no cookie: the login's redirect
    assert status == 302
