"""A POST sent twice records once: the API's Idempotency-Key and the web forms' one-time
form_key; the same key with another body is refused; a retry while the first runs waits,
after a first that died it runs again without creating a second person; a fault after the
event is stored is answered as stored (201), not 500."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

import pytest
from sqlalchemy import insert

from service import actions
from service.accounts import tables as t
from service.idempotency import derived_id
from tests.conftest import FIXED_NOW
from tests.webapi.conftest import event_count, make_app, seed

NEW = {"cell": "CB-A", "full_name": "Lê Văn Cường", "birth_date": "2007-01-15",
       "gender": "male", "category": "HS", "nominated_on": "2026-03-02",
       "youth_union_member": True, "education": "upper_secondary", "ethnicity": "Kinh",
       "class_name": "11A2"}


def keyed(call, key: str, path: str = "/candidates", body: dict = NEW):
    return call("POST", path, json=body, headers={"Idempotency-Key": key})


def test_a_retry_with_the_same_key_gets_the_first_answer_and_stores_nothing(database_url):
    app = make_app(database_url)
    try:
        seed(app)
        token = app.extensions["ketnap_accounts"].issue_token("bithu.a")
        client = app.test_client()

        def call(method, path, **kw):
            headers = {"Authorization": f"Bearer {token}", **kw.pop("headers", {})}
            return client.open(f"/api/v1{path}", method=method, headers=headers, **kw)
        before = event_count(app)
        first = keyed(call, "nop-ho-so-1")
        again = keyed(call, "nop-ho-so-1")
        assert first.status_code == again.status_code == 201
        assert again.get_json() == first.get_json()
        assert again.headers["Idempotent-Replayed"] == "true"
        assert event_count(app) == before + 1
        other = keyed(call, "nop-ho-so-2", body={**NEW, "confirm_duplicate": True})
        assert other.status_code == 201 and other.get_json()["id"] != first.get_json()["id"]
    finally:
        app.extensions["ketnap"].close()


def test_the_same_key_with_another_body_is_refused(app, api):
    call = api("bithu.a")
    keyed(call, "k-1")
    before = event_count(app)
    response = keyed(call, "k-1", body={**NEW, "full_name": "Lê Văn Khác"})
    assert response.status_code == 422
    assert response.get_json()["error"] == "idempotency_key_reused"
    assert event_count(app) == before


def test_a_step_sent_twice_is_recorded_once(app, api, ids):
    call, before = api("bithu.a"), event_count(app)
    path, body = f"/candidates/{ids['candidate']}/class-registration", {"registered_on":
                                                                        "2026-03-10"}
    assert keyed(call, "buoc-1", path, body).status_code == 201
    assert keyed(call, "buoc-1", path, body).status_code == 201
    assert event_count(app) == before + 1


@pytest.mark.parametrize("key", ["", "x" * 129, "khóa", "a b"])
def test_a_malformed_key_is_a_400(app, api, key):
    before = event_count(app)
    assert keyed(api("bithu.a"), key).status_code == 400
    assert event_count(app) == before


def test_keys_belong_to_their_user(app, api):
    assert keyed(api("bithu.a"), "chung").status_code == 201
    other = keyed(api("bithu.b"), "chung", body={**NEW, "cell": "CB-B"})
    assert other.status_code == 201 and "Idempotent-Replayed" not in other.headers


def claim_left_by_a_dead_worker(app, user: str, key: str, body: dict) -> None:
    """What a killed worker leaves: the key claimed, the answer never kept."""
    accounts = app.extensions["ketnap_accounts"]
    raw = app.json.dumps(body).encode()         # as the test client sends it
    with app.test_request_context("/api/v1/candidates", method="POST", data=raw,
                                  content_type="application/json"):
        from flask import request
        digest = hashlib.sha256(b"%s\n%s\n" % (request.path.encode(), request.get_data())
                                ).hexdigest()
    with accounts.engine.begin() as conn:
        conn.execute(insert(t.request_keys).values(
            user_id=accounts.by_name(user).id, key=key, request_hash=digest,
            created_at=FIXED_NOW))


def test_a_retry_while_the_first_runs_waits_and_after_a_dead_first_finds_the_same_person(
        app, api):
    accounts = app.extensions["ketnap_accounts"]
    claim_left_by_a_dead_worker(app, "bithu.a", "chet-giua-chung", NEW)
    call = api("bithu.a")
    running = keyed(call, "chet-giua-chung")
    assert running.status_code == 409 and running.get_json()["error"] == "idempotency_in_progress"
    # the dead first had stored the person before it died
    user = accounts.by_name("bithu.a")
    from service.schemas.commands import NominationSchema
    stored = actions.nominate(app.extensions["ketnap"], user, NominationSchema().load(NEW),
                              candidate_id=derived_id(user.id, "chet-giua-chung"))
    before = event_count(app)
    clock = {"now": FIXED_NOW + timedelta(seconds=61)}
    accounts.clock = lambda: clock["now"]
    retried = keyed(call, "chet-giua-chung")
    assert retried.status_code == 201 and retried.get_json()["id"] == str(stored.id)
    assert event_count(app) == before


def test_a_fault_after_the_event_is_stored_answers_201_and_the_retry_confirms(app, api):
    def broken(_recorded):
        raise OSError("No space left on device")
    app.extensions["ketnap"].after_command.append(broken)
    call, before = api("bithu.a"), event_count(app)
    first = keyed(call, "dia-day")
    assert first.status_code == 201 and event_count(app) == before + 1
    assert keyed(call, "dia-day").get_json() == first.get_json()
    assert event_count(app) == before + 1


def nomination_form(key: str | None) -> dict:
    form = {"cell": "CB-A", "full_name": "Trần Thị Bình", "birth_date": "15/01/2007",
            "gender": "female", "category": "HS", "nominated_on": "02/03/2026",
            "youth_union_member": "on", "education": "upper_secondary", "ethnicity": "Kinh",
            "class_name": "11A2"}
    return {**form, "form_key": key} if key else form


def test_a_form_posted_twice_records_once_and_both_go_to_the_same_page(app, as_user):
    browser, before = as_user("bithu.a"), event_count(app)
    page = browser.get("/quan-chung/moi").get_data(as_text=True)
    assert 'name="form_key"' in page
    first = browser.post("/quan-chung/moi", data=nomination_form("mot-lan-1"))
    second = browser.post("/quan-chung/moi", data=nomination_form("mot-lan-1"))
    assert first.status_code == second.status_code == 302
    assert second.location == first.location and "/quan-chung/" in first.location
    assert event_count(app) == before + 1


def test_every_rendering_of_a_form_has_a_new_key(as_user):
    browser = as_user("bithu.a")
    keys = {browser.get("/quan-chung/moi").get_data(as_text=True).split('name="form_key" value="'
                                                                     )[1][:24]
            for _ in range(3)}
    assert len(keys) == 3


def test_a_refused_form_frees_its_key(app, as_user):
    browser = as_user("bithu.a")
    refused = browser.post("/quan-chung/moi", data={**nomination_form("sua-lai"),
                                                  "full_name": ""})
    assert refused.status_code == 422
    assert browser.post("/quan-chung/moi", data=nomination_form("sua-lai")).status_code == 302


def test_an_answer_that_cannot_be_kept_is_still_given(app, api, monkeypatch):
    import service.idempotency as idempotency

    def full_disk(*_args, **_kwargs):
        raise OSError("No space left on device")
    monkeypatch.setattr(idempotency, "update", full_disk)
    before = event_count(app)
    response = keyed(api("bithu.a"), "khong-giu-duoc")
    assert response.status_code == 201 and event_count(app) == before + 1


def test_an_api_step_retried_after_a_dead_first_that_stored_it_is_answered_as_stored(app,
                                                                                      api,
                                                                                      ids):
    accounts = app.extensions["ketnap_accounts"]
    path = f"/api/v1/candidates/{ids['candidate']}/class-registration"
    body = {"registered_on": "2026-03-10"}
    digest = hashlib.sha256(b"%s\n%s\n" % (path.encode(), app.json.dumps(body).encode())
                            ).hexdigest()
    with accounts.engine.begin() as conn:       # the first claimed its key ...
        conn.execute(insert(t.request_keys).values(
            user_id=accounts.by_name("bithu.a").id, key="buoc-chet", request_hash=digest,
            created_at=FIXED_NOW))
    stored = app.extensions["ketnap"].command(  # ... stored its event, and died
        app.extensions["ketnap"].store.register_for_awareness_class, ids["candidate"], "bithu.a",
        registered_on=date(2026, 3, 10))
    before = event_count(app)
    clock = {"now": FIXED_NOW + timedelta(seconds=61)}
    accounts.clock = lambda: clock["now"]
    retried = keyed(api("bithu.a"), "buoc-chet", path.removeprefix("/api/v1"), body)
    assert retried.status_code == 201
    assert retried.get_json()["version"] == retried.get_json()["position"] == stored.version
    assert event_count(app) == before
    assert keyed(api("bithu.a"), "buoc-chet", path.removeprefix("/api/v1"), body
                 ).get_json() == retried.get_json()
