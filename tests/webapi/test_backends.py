"""Login, the backoff, tokens and a command through the API on SQLite and PostgreSQL."""

from __future__ import annotations

from service.accounts.throttle import FREE_PER_USER
from tests.webapi.conftest import PASSWORD, event_count, make_app, seed


def test_login_backoff_token_and_api_command_on_each_store(database_url):
    app = make_app(database_url)
    try:
        ids = seed(app)
        c = app.test_client()
        for _ in range(FREE_PER_USER):
            c.post("/dang-nhap", data={"username": "capuy", "password": "sai"})
        assert c.post("/dang-nhap", data={"username": "capuy", "password": PASSWORD}
                      ).status_code == 429
        token = app.extensions["ketnap_accounts"].issue_token("bithu.a")
        before = event_count(app)
        response = c.post(f"/api/v1/candidates/{ids['candidate']}/class-registration",
                          json={"registered_on": "2026-03-10"},
                          headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 201 and event_count(app) == before + 1
        other = app.extensions["ketnap_accounts"].issue_token("bithu.b")
        refused = c.post(f"/api/v1/candidates/{ids['candidate']}/helper",
                         json={"assigned_on": "2026-03-10", "helpers": ["A"]},
                         headers={"Authorization": f"Bearer {other}"})
        assert refused.status_code == 403 and event_count(app) == before + 1
    finally:
        app.extensions["ketnap"].close()
