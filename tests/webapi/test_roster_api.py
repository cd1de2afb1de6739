"""GET/POST /api/v1/cells/{code}/members: bad input is a 4xx naming the field, storing nothing."""

from __future__ import annotations

import pytest

from tests.webapi.conftest import event_count

HOA = {"full_name": "Đỗ Thị Hoa", "birth_date": "1980-04-02", "gender": "female",
       "category": "GV", "admitted_on": "2005-03-26", "official_since": "2006-03-26",
       "joined_on": "2024-01-02"}


def test_a_secretary_lists_a_member_and_reads_the_roster(api):
    bithu = api("bithu.a")
    assert bithu("POST", "/cells/CB-A/members", json=HOA).status_code == 201
    body = bithu("GET", "/cells/CB-A/members").get_json()
    assert body["official_count"] == 1
    assert [m["full_name"] for m in body["members"]] == ["Đỗ Thị Hoa"]
    assert body["members"][0]["joined_by"] == "listed"


def test_the_same_member_twice_is_refused_and_stores_nothing(app, api):
    bithu = api("bithu.a")
    bithu("POST", "/cells/CB-A/members", json=HOA)
    before = event_count(app)
    answer = bithu("POST", "/cells/CB-A/members", json=HOA)
    assert answer.status_code == 422 and "full_name" in answer.get_json()["errors"]
    assert event_count(app) == before


def test_leaving_before_joining_names_the_field(app, api):
    bithu = api("bithu.a")
    bithu("POST", "/cells/CB-A/members", json=HOA)
    member = bithu("GET", "/cells/CB-A/members").get_json()["members"][0]["member_id"]
    before = event_count(app)
    answer = bithu("POST", "/cells/CB-A/members/leaving",
                   json={"member_id": member, "left_on": "2023-12-31", "reason": "death"})
    assert answer.status_code == 422 and "left_on" in answer.get_json()["errors"]
    assert event_count(app) == before
    answer = bithu("POST", "/cells/CB-A/members/leaving",
                   json={"member_id": member, "left_on": "2024-05-01", "reason": "death"})
    assert answer.status_code == 201
    assert bithu("GET", "/cells/CB-A/members").get_json()["official_count"] == 0


def test_a_typed_admission_and_an_unknown_field_are_refused(app, api):
    bithu = api("bithu.a")
    before = event_count(app)
    assert bithu("POST", "/cells/CB-A/members",
                 json={**HOA, "joined_by": "admitted"}).status_code == 422
    assert bithu("POST", "/cells/CB-A/members",
                 json={**HOA, "birth_date": "02/04/1980"}).status_code == 422
    assert event_count(app) == before


def test_another_cells_secretary_may_neither_read_nor_write_the_roster(api):
    other = api("bithu.b")
    assert other("POST", "/cells/CB-A/members", json=HOA).status_code == 403
    assert other("GET", "/cells/CB-A/members").status_code == 403
    assert api("kiemtra")("POST", "/cells/CB-A/members", json=HOA).status_code == 403


def _three_members(bithu) -> list[str]:
    for n, name in enumerate(("Đỗ Thị Hoa", "Lê Văn Bình", "Phạm Thị Cúc"), start=1):
        assert bithu("POST", "/cells/CB-A/members",
                     json={**HOA, "full_name": name, "birth_date": f"1980-04-0{n}"}
                     ).status_code == 201
    return [m["member_id"] for m in bithu("GET", "/cells/CB-A/members").get_json()["members"]]


def test_a_meeting_counts_the_official_members_present(api):
    bithu = api("bithu.a")
    ids = _three_members(bithu)
    answer = bithu("POST", "/cells/CB-A/meetings", json={
        "held_on": "2024-03-12", "kind": "regular", "chaired_by": ids[0],
        "minutes_by": ids[1], "present": ids[:2]})
    assert answer.status_code == 201, answer.get_json()
    meeting = bithu("GET", "/cells/CB-A/members").get_json()["meetings"][0]
    assert (meeting["official_members"], meeting["official_present"]) == (3, 2)


@pytest.mark.parametrize(("change", "field"), [
    ({"present": ["nguoi-ngoai"]}, "present"),
    ({"held_on": "2026-11-27"}, "held_on"),            # tomorrow: in the future
    ({"chaired_by": "nguoi-ngoai"}, "chaired_by"),
    ({"held_on": "2023-12-31"}, "present"),            # before they joined the roster
])
def test_a_meeting_with_bad_attendance_names_the_field_and_stores_nothing(app, api, change,
                                                                         field):
    bithu = api("bithu.a")
    ids = _three_members(bithu)
    before = event_count(app)
    answer = bithu("POST", "/cells/CB-A/meetings", json={
        "held_on": "2024-03-12", "kind": "regular", "chaired_by": ids[0],
        "minutes_by": ids[0], "present": ids, **change})
    assert answer.status_code == 422 and field in answer.get_json()["errors"], answer.get_json()
    assert event_count(app) == before


def test_leaving_or_absence_of_someone_not_on_the_roster_names_the_member(app, api):
    bithu = api("bithu.a")
    before = event_count(app)
    for path, body in (("leaving", {"left_on": "2024-05-01", "reason": "death"}),
                       ("absences", {"kind": "away", "starts_on": "2024-05-01",
                                     "ends_on": "2024-05-02"})):
        answer = bithu("POST", f"/cells/CB-A/members/{path}", json={"member_id": "ai-do",
                                                                    **body})
        assert answer.status_code == 422 and "member_id" in answer.get_json()["errors"]
    assert event_count(app) == before
