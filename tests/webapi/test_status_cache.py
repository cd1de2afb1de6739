"""The cached plan-status views (service.statuscache), the remembered users and tokens, and
the remembered session cookies: every cache must show what the database holds, within the
documented bounds, and never one user's page to another."""

from __future__ import annotations

import re
import time
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import delete, update

from domain.candidate import Person
from service.accounts import store as account_store
from service.accounts import tables as account_tables
from tests.conftest import FIXED_NOW
from tests.webapi.conftest import PASSWORD, login, make_app, seed

SOURCE_LABEL = "Bồi dưỡng, tạo nguồn"
NEW_STUDENT = {"cell": "CB-A", "full_name": "Lê Thị Cúc", "birth_date": "2007-05-06",
               "gender": "female", "category": "HS", "nominated_on": "2026-05-04",
               "youth_union_member": True, "education": "upper_secondary",
               "ethnicity": "Kinh", "class_name": "11A1"}


def api_status(client, token, plan, **headers):
    return client.get(f"/api/v1/plans/{plan}/status",
                      headers={"Authorization": f"Bearer {token}", **headers})


def source_row(html: str) -> tuple[bool, list[str]]:
    """(the row is marked behind, its cells) of the page's "source" row."""
    row = re.search(r"<tr( class=\"behind\")?>\s*<td>" + SOURCE_LABEL + r".*?</tr>", html,
                    re.S)
    assert row, html
    return bool(row[1]), re.findall(r"<td>(\d+|–)</td>", row[0])


def test_a_command_shows_in_the_next_get_of_the_api_and_the_page(app, ids, as_user):
    accounts = app.extensions["ketnap_accounts"]
    token, c, page = accounts.issue_token("kiemtra"), app.test_client(), as_user("kiemtra")
    assert api_status(c, token, ids["plan"]).json["activities"]["source"]["actual"][
        "total"] == 1
    assert source_row(page.get(f"/ke-hoach/{ids['plan']}").get_data(as_text=True))[1][:2] \
        == ["4", "1"]
    created = c.post("/api/v1/candidates", json=NEW_STUDENT,
                     headers={"Authorization": f"Bearer {accounts.issue_token('bithu.a')}"})
    assert created.status_code == 201, created.json
    actual = api_status(c, token, ids["plan"]).json["activities"]["source"]["actual"]
    assert (actual["total"], actual["Q2"]) == (2, 1)
    assert source_row(page.get(f"/ke-hoach/{ids['plan']}").get_data(as_text=True))[1][:2] \
        == ["4", "2"]


def test_another_worker_is_seen_once_the_read_models_move(database_url):
    """Two apps on one database stand for two gunicorn workers (or the CLI and the
    follower): what the other one records shows when the read models' position moves, and
    the page shows what the read models hold until then."""
    from service.readside import catch_up

    reader, writer = make_app(database_url), make_app(database_url)
    try:
        ids = seed(writer)
        token = reader.extensions["ketnap_accounts"].issue_token("kiemtra")
        c = reader.test_client()

        def source_total():
            response = api_status(c, token, ids["plan"])
            assert response.status_code == 200, response.json
            return response.json["activities"]["source"]["actual"]["total"]

        assert source_total() == 1
        store = writer.extensions["ketnap"].store     # stored, read models not caught up
        store.nominate("CB-A", Person("Phạm Văn Dũng", date(2007, 8, 9), "male", "Kinh",
                                      "HS", True, "upper_secondary", "11A3"),
                       date(2026, 5, 4), "bithu.a")
        assert source_total() == 1
        assert catch_up(writer.extensions["ketnap"]) == 1
        # SQLite: at once; PostgreSQL: once its notification is delivered (milliseconds)
        assert eventually(lambda: source_total() == 2)
    finally:
        reader.extensions["ketnap"].close()
        writer.extensions["ketnap"].close()


def eventually(check, seconds: float = 2.0) -> bool:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.005)
    return True


def counting_reads(app, monkeypatch) -> list:
    """Each time the status cache asks the database for the position."""
    probe = app.extensions["ketnap_status_cache"].position
    reads, read = [], probe._read

    def counted(conn):
        reads.append(1)
        return read(conn)
    monkeypatch.setattr(probe, "_read", counted)
    return reads


@pytest.mark.postgres
def test_on_postgresql_a_cached_status_asks_nothing_until_the_position_moves(
        postgres_url, monkeypatch):
    """The worker listens for the position's moves (migration 1810's trigger): requests in
    between cost no round trip; a move by another process, and one of its own, is seen."""
    from service.readside import catch_up

    reader, writer = make_app(postgres_url), make_app(postgres_url)
    try:
        ids = seed(writer)
        token = reader.extensions["ketnap_accounts"].issue_token("kiemtra")
        c = reader.test_client()
        total = lambda: api_status(c, token, ids["plan"]).json[  # noqa: E731
            "activities"]["source"]["actual"]["total"]
        assert total() == 1
        reads = counting_reads(reader, monkeypatch)
        assert [total() for _ in range(20)] == [1] * 20
        assert reads == []                           # no round trip while nothing moved
        writer.extensions["ketnap"].store.nominate(
            "CB-A", Person("Phạm Văn Dũng", date(2007, 8, 9), "male", "Kinh", "HS", True,
                           "upper_secondary", "11A3"), date(2026, 5, 4), "bithu.a")
        assert catch_up(writer.extensions["ketnap"]) == 1   # another process's commit
        assert eventually(lambda: total() == 2)
        assert 1 <= len(reads) <= 3
        before = len(reads)
        with reader.extensions["ketnap"].engine.begin() as conn:   # a commit of its own
            conn.exec_driver_sql("SELECT 1")
        assert total() == 2 and len(reads) == before + 1
    finally:
        reader.extensions["ketnap"].close()
        writer.extensions["ketnap"].close()


@pytest.mark.postgres
def test_on_postgresql_without_the_trigger_the_position_is_asked_every_time(
        postgres_url, monkeypatch):
    """A database not yet at migration 1810 never announces moves: the worker asks."""
    app = make_app(postgres_url)
    try:
        ids = seed(app)
        with app.extensions["ketnap"].engine.begin() as conn:
            conn.exec_driver_sql("DROP TRIGGER ketnap_read_models_moved ON rm_positions")
        token = app.extensions["ketnap_accounts"].issue_token("kiemtra")
        reads = counting_reads(app, monkeypatch)
        c = app.test_client()
        for _ in range(3):
            assert api_status(c, token, ids["plan"]).status_code == 200
        assert len(reads) == 3
    finally:
        app.extensions["ketnap"].close()


def test_users_and_roles_never_get_each_others_page(app, ids, as_user):
    path = f"/ke-hoach/{ids['plan']}"
    pages = {}
    for name in ("kiemtra", "capuy", "bithu.a"):
        response = as_user(name).get(path)
        assert response.status_code == 200
        pages[name] = response
    for name, response in pages.items():
        html = response.get_data(as_text=True)
        assert f"<span>{name}</span>" in html
        assert all(f"<span>{other}</span>" not in html for other in pages if other != name)
    # every role reads the living documents (a secretary too: issue 23)
    assert all("/tai-lieu-quy-trinh" in r.get_data(as_text=True) for r in pages.values())
    assert len({r.headers["ETag"] for r in pages.values()}) == 3
    # a warm cache and another reader's tag do not open the plan to another cell
    other = as_user("bithu.b")
    assert other.get(path).status_code == 403
    assert other.get(path, headers={"If-None-Match": pages["bithu.a"].headers["ETag"]}
                     ).status_code == 403
    accounts = app.extensions["ketnap_accounts"]
    tag = api_status(app.test_client(), accounts.issue_token("kiemtra"), ids["plan"]
                     ).headers["ETag"]
    refused = api_status(app.test_client(), accounts.issue_token("bithu.b"), ids["plan"],
                         **{"If-None-Match": tag})
    assert refused.status_code == 403


def test_two_sessions_of_one_user_get_their_own_csrf_token(as_user, ids):
    tokens = [re.search(r'name="csrf_token" value="([^"]+)"',
                        as_user("kiemtra").get(f"/ke-hoach/{ids['plan']}").get_data(
                            as_text=True))[1] for _ in range(2)]
    assert tokens[0] != tokens[1]


def test_a_flashed_message_is_shown_once_not_kept_in_the_page(as_user, ids):
    page = as_user("kiemtra")
    path = f"/ke-hoach/{ids['plan']}"
    page.get(path)
    with page.session_transaction() as session:
        session["_flashes"] = [("message", "Đã ghi nhận.")]
    flashed = page.get(path)
    assert "Đã ghi nhận." in flashed.get_data(as_text=True) and "ETag" not in flashed.headers
    assert "Đã ghi nhận." not in page.get(path).get_data(as_text=True)


def test_the_date_changing_judges_the_plan_again(sqlite_url):
    """`behind` depends on today: Q1 reached (1 of 1 done), then Q4 (1 of 4 done)."""
    now = [datetime(2026, 2, 10, 8, 0, tzinfo=UTC)]
    app = make_app(sqlite_url, KETNAP_CLOCK=lambda: now[0])
    try:
        ids = seed(app)
        token = app.extensions["ketnap_accounts"].issue_token("kiemtra")
        c, page = app.test_client(), app.test_client()
        assert login(page, "kiemtra").status_code == 302
        assert api_status(c, token, ids["plan"]).json["activities"]["source"]["behind"] is False
        assert source_row(page.get(f"/ke-hoach/{ids['plan']}").get_data(as_text=True))[0] \
            is False
        now[0] = FIXED_NOW
        assert api_status(c, token, ids["plan"]).json["activities"]["source"]["behind"] is True
        assert source_row(page.get(f"/ke-hoach/{ids['plan']}").get_data(as_text=True))[0] \
            is True
    finally:
        app.extensions["ketnap"].close()


def test_api_etag_revalidates_until_a_command_changes_the_status(app, ids):
    accounts = app.extensions["ketnap_accounts"]
    token, c = accounts.issue_token("kiemtra"), app.test_client()
    first = api_status(c, token, ids["plan"])
    assert first.headers["Cache-Control"] == "private, no-cache"
    again = api_status(c, token, ids["plan"], **{"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.data == b""
    assert again.headers["ETag"] == first.headers["ETag"]
    c.post("/api/v1/candidates", json=NEW_STUDENT,
           headers={"Authorization": f"Bearer {accounts.issue_token('bithu.a')}"})
    changed = api_status(c, token, ids["plan"], **{"If-None-Match": first.headers["ETag"]})
    assert changed.status_code == 200 and changed.headers["ETag"] != first.headers["ETag"]
    assert changed.json["activities"]["source"]["actual"]["total"] == 2


def test_page_etag_revalidates_until_the_status_changes(app, ids, as_user):
    page = as_user("kiemtra")
    path = f"/ke-hoach/{ids['plan']}"
    first = page.get(path)
    assert page.get(path, headers={"If-None-Match": first.headers["ETag"]}
                    ).status_code == 304
    accounts = app.extensions["ketnap_accounts"]
    app.test_client().post("/api/v1/candidates", json=NEW_STUDENT, headers={
        "Authorization": f"Bearer {accounts.issue_token('bithu.a')}"})
    changed = page.get(path, headers={"If-None-Match": first.headers["ETag"]})
    assert changed.status_code == 200
    assert source_row(changed.get_data(as_text=True))[1][:2] == ["4", "2"]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_deleted_token_or_disabled_user_is_refused_within_known_for(app, ids):
    accounts = app.extensions["ketnap_accounts"]
    accounts.monotonic = clock = Clock()
    token, c = accounts.issue_token("kiemtra"), app.test_client()
    assert api_status(c, token, ids["plan"]).status_code == 200
    with accounts.engine.begin() as conn:
        conn.execute(delete(account_tables.tokens))
    clock.now += account_store.KNOWN_FOR - 1
    assert api_status(c, token, ids["plan"]).status_code == 200     # still remembered
    clock.now += 1
    assert api_status(c, token, ids["plan"]).status_code == 401

    page = app.test_client()
    assert login(page, "capuy").status_code == 302
    assert page.get(f"/ke-hoach/{ids['plan']}").status_code == 200
    with accounts.engine.begin() as conn:
        conn.execute(update(account_tables.users).where(
            account_tables.users.c.username == "capuy").values(active=False))
    clock.now += account_store.KNOWN_FOR
    assert page.get(f"/ke-hoach/{ids['plan']}").status_code == 302     # back to the login
    assert account_store.KNOWN_FOR <= 10


def test_a_wrong_token_is_never_remembered(app, ids):
    c = app.test_client()
    for _ in range(2):
        assert api_status(c, "ktn_not-a-token", ids["plan"]).status_code == 401
    assert not any(key[0] == "token" and value is None
                   for key, value in app.extensions["ketnap_accounts"]._known.items())


def test_a_remembered_session_cookie_still_expires_and_a_forged_one_is_refused(app, ids):
    page = app.test_client()
    assert login(page, "kiemtra", PASSWORD).status_code == 302
    path = f"/ke-hoach/{ids['plan']}"
    for _ in range(2):      # the first page adds the CSRF secret: a new cookie
        assert page.get(path).status_code == 200
    sessions = app.session_interface
    cookie = page.get_cookie("session").value
    signed_at = sessions._verified[cookie][0]
    lifetime = app.permanent_session_lifetime.total_seconds()
    sessions.now = lambda: signed_at + lifetime + 1
    assert page.get(path).status_code == 302
    sessions.now = lambda: signed_at + 1
    assert page.get(path).status_code == 200
    forged = app.test_client()
    forged.set_cookie("session", cookie[:-2] + ("AA" if not cookie.endswith("AA") else "BB"))
    assert forged.get(path).status_code == 302

