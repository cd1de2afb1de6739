"""POST /candidates/{id}/introduction with introducers from the roster (issue 14): each a
member official on the date, 12 months together unless replacing one who left, two
different people; bad input is a 4xx naming the field or the rule and stores nothing."""

from __future__ import annotations

from datetime import date
from uuid import UUID

import pytest

from tests.webapi.conftest import event_count

OFFICIAL = {"full_name": "Đỗ Thị Hoa", "birth_date": "1980-04-02", "gender": "female",
            "category": "GV", "admitted_on": "2005-03-26", "official_since": "2006-03-26",
            "joined_on": "2023-01-02"}
SECOND = {**OFFICIAL, "full_name": "Lê Văn Minh", "birth_date": "1982-05-05"}
PROBATIONARY = {**OFFICIAL, "full_name": "Vũ Văn Khánh", "birth_date": "1995-01-09",
                "admitted_on": "2023-08-01", "official_since": None, "joined_on": "2023-08-01"}


@pytest.fixture
def cell(api):
    """A teacher past youth age with an application, and the cell's roster by name."""
    bithu = api("bithu.a")
    for member in (OFFICIAL, SECOND, PROBATIONARY):
        assert bithu("POST", "/cells/CB-A/members", json=member).status_code == 201
    ids = {m["full_name"]: m["member_id"]
           for m in bithu("GET", "/cells/CB-A/members").get_json()["members"]}
    cid = bithu("POST", "/candidates", json={
        "cell": "CB-A", "full_name": "Trương Văn Lực", "birth_date": "1985-06-01",
        "gender": "male", "category": "GV", "nominated_on": "2023-09-01",
        "youth_union_member": False, "education": "university", "ethnicity": "Kinh",
        "class_name": None}).get_json()["id"]
    for slug, body in (("class-registration", {"registered_on": "2023-09-05"}),
                       ("class-completion", {"completed_on": "2023-10-05",
                                             "certificate_no": "12/CN", "issued_by": "TTCT"}),
                       ("application", {"submitted_on": "2023-11-01"})):
        assert bithu("POST", f"/candidates/{cid}/{slug}", json=body).status_code == 201
    return bithu, cid, ids


def introduce(bithu, cid, *members, kind="two_members", **extra):
    return bithu("POST", f"/candidates/{cid}/introduction", json={
        "introduced_on": "2024-01-15", "kind": kind, "introducer_members": list(members),
        **extra})


def test_two_official_members_of_twelve_months_introduce_and_the_event_keeps_them(app, cell):
    bithu, cid, ids = cell
    answer = introduce(bithu, cid,
                       {"member_id": ids["Đỗ Thị Hoa"], "together_since": "2015-09-01"},
                       {"member_id": ids["Lê Văn Minh"], "together_since": "2023-01-15"})
    assert answer.status_code == 201, answer.get_json()
    event = app.extensions["ketnap"].store.candidate(UUID(cid)).history[-1]
    assert [m["full_name"] for m in event.members] == ["Đỗ Thị Hoa", "Lê Văn Minh"]
    assert list(event.introducers) == ["Đỗ Thị Hoa", "Lê Văn Minh"]
    assert event.members[1]["together_since"] == date(2023, 1, 15)   # a date, as stored


@pytest.mark.parametrize("second, field_or_rule", [
    ({"name": "Lê Văn Minh", "together_since": "2023-01-16"}, "introducer_12_months"),
    ({"name": "Vũ Văn Khánh", "together_since": "2020-01-01"}, "introducer_official_member"),
    ({"name": "Đỗ Thị Hoa", "together_since": "2015-09-01"}, "introducer_members"),
    ({"member_id": "not-on-the-roster", "together_since": "2015-09-01"}, "introducer_members"),
])
def test_a_bad_introducer_is_refused_naming_the_field_or_rule_and_stores_nothing(
        app, cell, second, field_or_rule):
    bithu, cid, ids = cell
    member = second.get("member_id") or ids[second["name"]]
    before = event_count(app)
    answer = introduce(bithu, cid,
                       {"member_id": ids["Đỗ Thị Hoa"], "together_since": "2015-09-01"},
                       {"member_id": member, "together_since": second["together_since"]})
    body = answer.get_json()
    assert answer.status_code in (409, 422), body
    assert field_or_rule in (body.get("rule"), *body.get("errors", {}),
                             *(v.get("rule") for v in body.get("violations", []))), body
    assert event_count(app) == before


def test_a_replacement_introducer_needs_no_twelve_months(cell):
    bithu, cid, ids = cell
    answer = introduce(bithu, cid,
                       {"member_id": ids["Đỗ Thị Hoa"], "together_since": "2015-09-01"},
                       {"member_id": ids["Lê Văn Minh"], "together_since": "2023-12-01",
                        "replaces_reason": "Đồng chí Lý Văn Nam đã chuyển công tác"})
    assert answer.status_code == 201, answer.get_json()


def test_the_union_route_needs_its_resolution_date_and_one_member(app, cell):
    bithu, cid, ids = cell
    before = event_count(app)
    one = {"member_id": ids["Đỗ Thị Hoa"], "together_since": "2015-09-01"}
    answer = introduce(bithu, cid, one, kind="trade_union", resolution_no="03-NQ/CĐ")
    assert answer.status_code == 422 and "resolution_on" in answer.get_json()["errors"]
    assert event_count(app) == before
    answer = introduce(bithu, cid, one, kind="trade_union", resolution_no="03-NQ/CĐ",
                       resolution_on="2024-01-10")
    assert answer.status_code == 201, answer.get_json()


@pytest.mark.parametrize("body, field", [
    ({"introducers": ["Đỗ Thị Hoa", "Lê Văn Minh"]}, "introducers"),
    ({"introducers": ["Đỗ Thị Hoa"], "introducer_members": []}, "introducers"),
    ({}, "introducer_members"),
])
def test_a_new_introduction_never_names_its_introducers_as_typed_text(app, cell, body, field):
    """Issue 14: names typed before the roster are read in old records, never written anew."""
    bithu, cid, _ = cell
    before = event_count(app)
    answer = bithu("POST", f"/candidates/{cid}/introduction",
                   json={"introduced_on": "2024-01-15", "kind": "two_members", **body})
    assert answer.status_code == 422, answer.get_json()
    assert field in answer.get_json()["errors"]
    if field == "introducers":
        assert "danh sách đảng viên" in str(answer.get_json()["errors"]["introducers"])
    assert event_count(app) == before
