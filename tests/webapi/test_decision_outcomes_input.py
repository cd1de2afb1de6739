"""The superior's other outcomes on the API (issue 15): bad input is a 4xx naming the field
or the rule, and nothing is stored; the good ones move the record."""

from __future__ import annotations

import pytest

from tests.webapi.conftest import SUPERIOR, event_count
from tests.webapi.test_extreme_values import nominate, walk_the_path

REFUSAL = {"decided_on": "2024-03-01", "decision_no": "45-TB/HU",
           "decided_by": SUPERIOR,
           "reason": "Chưa đủ tiêu chuẩn", "afterwards": "pool"}
EXTENSION = {"extended_on": "2024-03-01", "document_no": "46-CV/HU", "reason": "Thẩm tra"}


@pytest.fixture
def proposed(api):
    secretary, committee = api("bithu.a"), api("capuy")
    cid = nominate(secretary, "1980-01-31", None, category="GV")
    walk_the_path(secretary, committee, cid, upto="admission-vote")   # voted 08/01/2024
    return cid


@pytest.mark.parametrize(("body", "field"), [
    ({**REFUSAL, "reason": ""}, "reason"),
    ({k: v for k, v in REFUSAL.items() if k != "reason"}, "reason"),
    ({**REFUSAL, "afterwards": "maybe"}, "afterwards"),
    ({**REFUSAL, "decided_on": "2030-01-01"}, "decided_on"),
])
def test_a_bad_refusal_names_the_field_and_stores_nothing(app, api, proposed, body, field):
    before = event_count(app)
    response = api("capuy")("POST", f"/candidates/{proposed}/admission-refusal", json=body)
    assert response.status_code == 422, response.json
    assert field in response.json["errors"], response.json
    assert event_count(app) == before


def test_a_refusal_sends_the_candidate_back_to_the_pool(api, proposed):
    response = api("capuy")("POST", f"/candidates/{proposed}/admission-refusal", json=REFUSAL)
    assert response.status_code == 201 and response.json["stage"] == "nominated"
    row = api("kiemtra")("GET", f"/candidates/{proposed}").json
    assert row["stage"] == "nominated"


def test_a_secretary_cannot_record_the_superiors_refusal(app, api, proposed):
    before = event_count(app)
    response = api("bithu.a")("POST", f"/candidates/{proposed}/admission-refusal",
                              json=REFUSAL)
    assert response.status_code == 403
    assert event_count(app) == before


def test_an_extension_past_30_working_days_is_refused_by_its_rule(app, api, proposed):
    before = event_count(app)
    response = api("capuy")("POST", f"/candidates/{proposed}/admission-extension",
                            json={**EXTENSION, "extended_to": "2024-06-28"})
    assert response.status_code == 409, response.json
    assert response.json["rule"] == "decision_extension"
    assert event_count(app) == before


def test_a_second_extension_is_refused(app, api, proposed):
    call = api("capuy")
    first = call("POST", f"/candidates/{proposed}/admission-extension",
                 json={**EXTENSION, "extended_to": "2024-04-15"})
    assert first.status_code == 201, first.json
    before = event_count(app)
    second = call("POST", f"/candidates/{proposed}/admission-extension",
                  json={**EXTENSION, "extended_to": "2024-04-22"})
    assert second.status_code == 409 and second.json["rule"] == "decision_extension"
    assert event_count(app) == before


def test_a_probationary_member_is_not_withdrawn(app, api):
    secretary, committee = api("bithu.a"), api("capuy")
    cid = nominate(secretary, "1980-01-31", None, category="GV")
    walk_the_path(secretary, committee, cid, upto="admission-ceremony")
    before = event_count(app)
    response = secretary("POST", f"/candidates/{cid}/withdrawal",
                         json={"on": "2024-02-01", "reason": "Xin thôi"})
    assert response.status_code == 409, response.json
    assert response.json["rule"] == "members_leave_by_decision"
    assert event_count(app) == before


def test_the_plan_status_says_how_many_were_refused(app, api, as_user, proposed):
    plan = app.seed["plan"]                  # CB-A's 2026 plan
    status = api("kiemtra")("GET", f"/plans/{plan}/status").json
    assert (status["refused_admissions"], status["refused_back_in_pool"]) == (0, 0)
    refused = api("capuy")("POST", f"/candidates/{proposed}/admission-refusal",
                           json={**REFUSAL, "decided_on": "2026-03-02"})
    assert refused.status_code == 201, refused.json
    status = api("kiemtra")("GET", f"/plans/{plan}/status").json
    assert (status["refused_admissions"], status["refused_back_in_pool"]) == (1, 1)
    assert status["activities"].get("admission", {}).get("actual", {}).get("total", 0) == 0
    page = as_user("bithu.a").get(f"/ke-hoach/{plan}").get_data(as_text=True)
    assert "không đồng ý kết nạp trong năm: 1 người" in page


@pytest.mark.parametrize("path", ["admission-refusal", "admission-decision"])
def test_a_decision_by_another_body_is_refused_by_its_rule(app, api, proposed, path):
    """Issue 14: the deciding body is the cell's superior on the decision date."""
    body = {**REFUSAL, "decided_by": "Hội Phụ nữ xã"}
    if path == "admission-decision":
        body = {k: v for k, v in body.items() if k not in ("reason", "afterwards")} | {
            "decision_no": "9-QĐ/ĐU", "received_on": "2024-03-02"}
    before = event_count(app)
    response = api("capuy")("POST", f"/candidates/{proposed}/{path}", json=body)
    assert response.status_code == 409, response.json
    assert response.json["rule"] == "decision_by_competent_body"
    assert event_count(app) == before


def test_the_superiors_standing_committee_decides_for_it(api, proposed):
    body = {**REFUSAL, "decided_by": "  ban thường vụ  " + SUPERIOR.removeprefix("Ban Thường vụ ")}
    response = api("capuy")("POST", f"/candidates/{proposed}/admission-refusal", json=body)
    assert response.status_code == 201, response.json
