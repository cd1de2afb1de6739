"""Identity and re-admission on the API and the web form (issue 15): a wrong citizen ID,
a possible duplicate without confirmation and a barred re-admission are 4xx naming the field
or the rule, and store nothing; the warning names only cells the user can see."""

from __future__ import annotations

import pytest

from tests.webapi.conftest import event_count


def person(**extra) -> dict:
    """The seeded student of CB-A and CB-B (tests.webapi.conftest.STUDENT), spelled loosely."""
    return {"cell": "CB-A", "full_name": "nguyễn  văn an", "birth_date": "2006-03-04",
            "gender": "male", "category": "HS", "nominated_on": "2026-03-02",
            "youth_union_member": True, "education": "upper_secondary", "ethnicity": "Kinh",
            "class_name": "12A1", **extra}


def test_a_possible_duplicate_needs_confirmation(app, api):
    call = api("bithu.a")
    before = event_count(app)
    response = call("POST", "/candidates", json=person())
    assert response.status_code == 422, response.json
    message = response.json["errors"]["confirm_duplicate"]
    assert "Nguyễn Văn An" in str(message) and "CB-A" in str(message)
    assert "CB-B" not in str(message)              # a secretary sees only her own cell
    assert event_count(app) == before
    assert call("POST", "/candidates", json=person(confirm_duplicate=True)).status_code == 201


def test_the_same_citizen_id_under_another_name_is_warned(app, api):
    call = api("bithu.a")
    first = person(full_name="Trần Văn Cường", birth_date="2006-05-06",
                   citizen_id="024206000001")
    assert call("POST", "/candidates", json=first).status_code == 201
    other = person(full_name="Trần Cường", birth_date="2006-05-06",
                   citizen_id="024206000001")
    response = call("POST", "/candidates", json=other)
    assert response.status_code == 422 and "cùng số định danh" in str(response.json)


@pytest.mark.parametrize("number", ["02420600000", "0242060000012", "02420600000A",
                                    "024306000001"])
def test_a_wrong_citizen_id_is_refused_naming_the_field(app, api, number):
    before = event_count(app)
    response = api("bithu.a")("POST", "/candidates", json=person(
        full_name="Lê Thị Hà", citizen_id=number))
    assert response.status_code == 422, response.json
    assert "citizen_id" in response.json["errors"]
    assert event_count(app) == before


def test_a_barred_readmission_is_refused_by_its_rule(app, api):
    before = event_count(app)
    response = api("bithu.a")("POST", "/candidates", json=person(
        full_name="Hoàng Văn Tùng", birth_date="1980-10-10", category="GV", class_name=None,
        left_party_on="2019-03-01", left_by="corruption"))
    assert response.status_code == 409, response.json
    assert response.json["rule"] == "readmission_barred"
    assert event_count(app) == before


def test_a_readmission_needs_both_its_date_and_how(app, api):
    response = api("bithu.a")("POST", "/candidates", json=person(
        full_name="Hoàng Văn Tùng", birth_date="1980-10-10", category="GV", class_name=None,
        left_party_on="2019-03-01"))
    assert response.status_code == 422 and "left_by" in response.json["errors"]


def test_the_web_form_warns_and_records_after_confirmation(app, as_user):
    client = as_user("bithu.a")
    form = {k: v for k, v in person().items() if v is not None and k != "youth_union_member"}
    form["youth_union_member"] = "y"
    page = client.post("/quan-chung/moi", data=form)
    assert page.status_code == 422
    assert "Có thể trùng người đã có" in page.get_data(as_text=True)
    before = event_count(app)
    done = client.post("/quan-chung/moi", data={**form, "confirm_duplicate": "y"})
    assert done.status_code == 302 and event_count(app) == before + 1
