"""The JSON API: the happy paths and every error shape; no refusal stores anything."""

from __future__ import annotations

import uuid

from tests.webapi.conftest import event_count

CANDIDATE = {"cell": "CB-A", "full_name": "Trần Thị Bình", "birth_date": "2007-01-15",
             "gender": "female", "category": "HS", "nominated_on": "2026-03-02",
             "youth_union_member": True, "education": "upper_secondary", "ethnicity": "Kinh",
             "class_name": "11A2"}


def test_nominate_then_record_steps_returns_stage_and_version(api):
    call = api("bithu.a")
    created = call("POST", "/candidates", json=CANDIDATE)
    assert created.status_code == 201, created.json
    cid = created.json["id"]
    assert created.json["stage"] == "nominated"
    assert created.json["version"] == created.json["position"] == 1
    step = call("POST", f"/candidates/{cid}/class-registration",
                json={"registered_on": "2026-03-10"})
    assert step.status_code == 201, step.json
    # `position`: the version's deprecated name, the same value for one release
    assert step.json == {"id": cid, "stage": "class_registered", "version": 2, "position": 2}


def test_register_cell_and_adopt_plan(api):
    cell = api("capuy")("POST", "/cells", json={"code": "CB-C", "name": "Chi bộ C",
                                               "superior_body": "Đảng ủy phường Việt Yên"})
    assert cell.status_code == 201, cell.json
    elsewhere = api("capuy")("POST", "/cells", json={"code": "CB-E", "name": "Chi bộ E",
                                                    "superior_body": "Đảng ủy phường X"})
    assert elsewhere.status_code == 403 and elsewhere.json["error"] == "cell_out_of_reach"
    plan = api("bithu.a")("POST", "/plans", json={
        "cell": "CB-A", "year": 2025, "number": "01-KH/CB", "issued_on": "2025-01-10",
        "basis": "", "targets": [{"activity": "admission", "total": 2, "GV": 1, "HS": 1,
                                  "quarters": None}]})
    assert plan.status_code == 201, plan.json
    assert uuid.UUID(plan.json["id"])


def test_plan_status_shape(api, ids):
    body = api("kiemtra")("GET", f"/plans/{ids['plan']}/status").json
    assert body["plan_id"] == str(ids["plan"])
    source = body["activities"]["source"]
    assert source["target"] == {"total": 4, "GV": 1, "HS": 3, "Q1": 1, "Q2": 1, "Q3": 1,
                                "Q4": 1}
    assert source["actual"]["total"] == 1
    assert body["activities"]["class_registration"]["target"]["Q1"] is None


def test_reads_list_one_history_deadlines(api, ids):
    call = api("capuy")
    listed = call("GET", "/candidates?cell=CB-A&stage=nominated")
    assert [r["id"] for r in listed.json] == [str(ids["candidate"])]
    assert call("GET", f"/candidates/{ids['candidate']}").json["full_name"] == "Nguyễn Văn An"
    history = call("GET", f"/candidates/{ids['candidate']}/history").json
    assert history[0]["position"] == 1 and history[0]["event_type"] == "CandidateNominated"
    assert call("GET", "/deadlines?cell=CB-A").status_code == 200


def test_malformed_json_is_400(app, api):
    before = event_count(app)
    response = api("bithu.a")("POST", "/candidates", data="{not json",
                              content_type="application/json")
    assert response.status_code == 400
    assert event_count(app) == before


def test_shape_errors_are_422_by_field(app, api):
    before = event_count(app)
    response = api("bithu.a")("POST", "/candidates", json={**CANDIDATE, "birth_date": "15/01/2007",
                                                           "gender": "x"})
    assert response.status_code == 422
    assert set(response.json["errors"]) == {"birth_date", "gender"}
    assert event_count(app) == before


def test_domain_invalid_field_is_422(app, api):
    before = event_count(app)
    response = api("bithu.a")("POST", "/candidates", json={**CANDIDATE, "class_name": None})
    assert response.status_code == 422
    assert response.json == {"errors": {"class_name": ["Học sinh phải có lớp."]}}
    assert event_count(app) == before


def test_rule_violation_is_409_with_rule_and_article_then_override_records(app, api, ids):
    call, before = api("bithu.a"), event_count(app)
    refused = call("POST", f"/candidates/{ids['candidate']}/application",
                   json={"submitted_on": "2026-03-01"})
    assert refused.status_code == 409
    assert refused.json["error"] == "rule_violation"
    assert refused.json["rule"] == "stage_order" and refused.json["article"]
    assert "giấy chứng nhận" in refused.json["message"]
    [violation] = refused.json["violations"]
    assert violation["override"] == "committee" and "cấp ủy" in violation["document_needed"]
    assert event_count(app) == before
    override = {"submitted_on": "2026-03-01", "override": {
        "reason": "Được phép", "document_no": "12-CV/ĐU", "document_on": "2026-02-20",
        "issued_by": "Ban Thường vụ Đảng ủy"}}
    by_secretary = call("POST", f"/candidates/{ids['candidate']}/application", json=override)
    assert by_secretary.status_code == 403
    assert by_secretary.json["error"] == "not_permitted" and event_count(app) == before
    accepted = api("capuy")("POST", f"/candidates/{ids['candidate']}/application",
                            json=override)
    assert accepted.status_code == 201


def test_stale_expected_version_is_409_conflict(app, api, ids):
    before = event_count(app)
    response = api("bithu.a")("POST", f"/candidates/{ids['candidate']}/class-registration",
                              json={"registered_on": "2026-03-10", "expected_version": 7})
    assert response.status_code == 409 and response.json["error"] == "conflict"
    assert event_count(app) == before


def test_unknown_candidate_is_404(api):
    call = api("capuy")
    assert call("GET", f"/candidates/{uuid.uuid4()}").status_code == 404
    missing = call("POST", f"/candidates/{uuid.uuid4()}/admission-decision", json={
        "decided_on": "2026-03-10", "decision_no": "1", "decided_by": "X",
        "received_on": "2026-03-11"})
    assert missing.status_code == 404 and missing.json["error"] == "not_found"


def test_no_or_bad_token_is_401(client):
    assert client.get("/api/v1/candidates").status_code == 401
    bad = client.get("/api/v1/candidates", headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401 and bad.headers["WWW-Authenticate"] == "Bearer"


def test_a_web_session_does_not_authenticate_the_api(as_user):
    assert as_user("bithu.a").get("/api/v1/candidates").status_code == 401


def test_dates_are_iso(api, ids):
    row = api("capuy")("GET", f"/candidates/{ids['candidate']}").json
    assert row["birth_date"] == "2006-03-04"


def test_a_step_loads_the_candidate_once_and_judges_the_right_on_it(app, api, ids,
                                                                   monkeypatch):
    """One command's path (issue 21): the use case loads the candidate once, and the user's
    right is judged on that candidate's cell (not on one loaded before for the check)."""
    store = app.extensions["ketnap"].store
    loads, reads = [], []
    loaded, read = store._loaded, store.candidate
    monkeypatch.setattr(store, "_loaded", lambda cid, may: loads.append(cid) or loaded(cid, may))
    monkeypatch.setattr(store, "candidate", lambda cid: reads.append(cid) or read(cid))
    step = api("bithu.a")("POST", f"/candidates/{ids['candidate']}/class-registration",
                          json={"registered_on": "2026-03-10"})
    assert step.status_code == 201, step.json
    assert loads == [ids["candidate"]] and len(reads) <= 1
    loads.clear(), reads.clear()
    refused = api("bithu.b")("POST", f"/candidates/{ids['candidate']}/helper",
                             json={"assigned_on": "2026-03-11", "helpers": ["Nguyễn Văn A"]})
    assert refused.status_code == 403
    assert loads == [ids["candidate"]] and len(reads) <= 1
