"""Transfers on the API (issue 15): an arrival without its letter, a member's letter without
its number, a non-member's exit without the papers are 4xx naming the field or the rule, and
store nothing; a member arriving with the letter keeps the admission date."""

from __future__ import annotations

import pytest

from tests.webapi.conftest import event_count
from tests.webapi.test_extreme_values import nominate, walk_the_path

ARRIVAL = {"cell": "CB-A", "full_name": "Lê Hoài Nam", "birth_date": "1994-10-02",
           "gender": "male", "category": "GV", "youth_union_member": False,
           "education": "university", "ethnicity": "Kinh", "arrived_on": "2025-09-08",
           "letter_no": "31-GGT/ĐU", "letter_on": "2025-08-28",
           "from_unit": "Chi bộ Trường THCS Tự Lạn", "admitted_on": "2025-03-14",
           "new_member_class_on": "2025-06-20"}


@pytest.mark.parametrize(("body", "field"), [
    ({k: v for k, v in ARRIVAL.items() if k != "letter_no"}, "letter_no"),
    ({**ARRIVAL, "letter_no": "  "}, "letter_no"),
    ({k: v for k, v in ARRIVAL.items() if k != "letter_on"}, "letter_on"),
    ({**ARRIVAL, "letter_on": "2025-09-09"}, "letter_on"),          # after the arrival
    ({**ARRIVAL, "admitted_on": "2025-08-29"}, "admitted_on"),      # after the letter
])
def test_an_arrival_without_its_letter_stores_nothing(app, api, body, field):
    before = event_count(app)
    response = api("bithu.a")("POST", "/candidates/arrivals", json=body)
    assert response.status_code == 422, response.json
    assert field in response.json["errors"], response.json
    assert event_count(app) == before


def test_an_arrival_keeps_the_admission_date(api):
    created = api("bithu.a")("POST", "/candidates/arrivals", json=ARRIVAL)
    assert created.status_code == 201 and created.json["stage"] == "probationary"
    row = api("kiemtra")("GET", f"/candidates/{created.json['id']}").json
    assert (row["admitted_on"], row["probation_ends_on"]) == ("2025-03-14", "2026-03-14")


def test_another_cells_secretary_cannot_take_in_for_cb_a(app, api):
    before = event_count(app)
    assert api("bithu.b")("POST", "/candidates/arrivals", json=ARRIVAL).status_code == 403
    assert event_count(app) == before


def test_a_members_letter_needs_its_number_and_a_plain_exit_is_refused(app, api):
    secretary, committee = api("bithu.a"), api("capuy")
    cid = nominate(secretary, "1980-01-31", None, category="GV")
    walk_the_path(secretary, committee, cid, upto="admission-ceremony")
    before = event_count(app)
    response = secretary("POST", f"/candidates/{cid}/party-transfer", json={
        "letter_on": "2024-03-01", "letter_no": "", "destination": "Xã",
        "cause_on": "2024-02-20"})
    assert response.status_code == 422 and "letter_no" in response.json["errors"]
    plain = secretary("POST", f"/candidates/{cid}/transfer", json={
        "on": "2024-03-01", "reason": "Chuyển trường", "papers": ["Lý lịch"]})
    assert plain.status_code == 409 and plain.json["rule"] == "member_transfer_by_letter"
    assert event_count(app) == before


def test_a_candidates_exit_needs_the_papers(app, api):
    cid = nominate(api("bithu.a"), "1980-01-31", None, category="GV")
    before = event_count(app)
    response = api("bithu.a")("POST", f"/candidates/{cid}/transfer",
                              json={"on": "2024-03-01", "reason": "Chuyển trường"})
    assert response.status_code == 422 and "papers" in response.json["errors"]
    assert event_count(app) == before
