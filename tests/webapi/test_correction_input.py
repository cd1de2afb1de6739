"""Bad input to corrections and overrides is a 4xx that names the field or the rule and
stores nothing, on the API and on the web form; a good correction through the web form
changes the record everywhere."""

from __future__ import annotations

from datetime import date

import pytest

from tests.webapi.conftest import event_count

LONG = "x" * 201


def correction(fields, corrects=1, **extra) -> dict:
    return {"corrects": corrects, "fields": fields, "authority": "05-CV/ĐU", **extra}


@pytest.mark.parametrize(("body", "field"), [
    (correction({"class_name": {"a": 1}}), "class_name"),        # a nested object
    (correction({"full_name": ["Nguyễn Văn Ân"]}), "full_name"),  # a list for a text
    (correction({"full_name": 7}), "full_name"),                  # a number for a text
    (correction({"full_name": LONG}), "full_name"),               # over the form's 200
    (correction({"document_no": "x" * 501}), "document_no"),
    (correction({"birth_date": "2030-01-01"}), "birth_date"),     # in the future
    (correction({"birth_date": "04/03/2006"}), "birth_date"),     # not a date
    (correction({"youth_union_member": {"a": 1}}), "youth_union_member"),
    (correction({"gender": "other"}), "gender"),                  # not a choice
    (correction({"cell_code": "CB-B"}), "cell_code"),             # never corrected
    (correction({"actor": "x"}), "actor"),                        # frozen
    (correction({"votes_for": 3}), "votes_for"),                  # not this event's
    (correction({"full_name": "Nguyễn\x00Văn"}), "full_name"),    # a control character
    (correction({}), "fields"),
    (correction({"full_name": "A"}, corrects=0), "corrects"),
    (correction({"full_name": "A"}, corrects=9), "corrects"),
    (correction({"full_name": "A"}, authority=""), "authority"),
    (correction({"full_name": "A"}, on="2030-01-01"), "on"),
    ({"corrects": 1, "fields": "full_name=A", "authority": "x"}, "fields"),
])
def test_bad_corrections_name_the_field_and_store_nothing(app, api, ids, body, field):
    before = event_count(app)
    response = api("bithu.a")("POST", f"/candidates/{ids['candidate']}/correction", json=body)
    assert response.status_code == 422, response.json
    assert field in response.json["errors"], response.json
    assert event_count(app) == before


def test_a_correction_of_a_correction_is_refused(app, api, ids):
    call = api("bithu.a")
    assert call("POST", f"/candidates/{ids['candidate']}/correction",
                json=correction({"full_name": "Nguyễn Văn Ân"})).status_code == 201
    before = event_count(app)
    response = call("POST", f"/candidates/{ids['candidate']}/correction",
                    json=correction({"authority": "x"}, corrects=2))
    assert response.status_code == 422 and "corrects" in response.json["errors"]
    assert event_count(app) == before


@pytest.mark.parametrize(("override", "field"), [
    ({"reason": "x", "document_no": "1", "document_on": "2026-01-01"}, "issued_by"),
    ({"reason": "x", "document_no": {"a": 1}, "document_on": "2026-01-01", "issued_by": "B"},
     "document_no"),
    ({"reason": "x", "document_no": "1", "document_on": "01/01/2026", "issued_by": "B"},
     "document_on"),
    ({"reason": "x" * 501, "document_no": "1", "document_on": "2026-01-01", "issued_by": "B"},
     "reason"),
    ("Ban Thường vụ cho phép", "_schema"),
])
def test_bad_overrides_name_the_field_and_store_nothing(app, api, ids, override, field):
    before = event_count(app)
    response = api("capuy")("POST", f"/candidates/{ids['candidate']}/application",
                            json={"submitted_on": "2026-03-01", "override": override})
    assert response.status_code == 422, response.json
    errors = response.json["errors"]["override"]
    assert field in errors, errors
    assert event_count(app) == before


def test_an_override_dated_in_the_future_is_refused(app, api, ids):
    before = event_count(app)
    response = api("capuy")("POST", f"/candidates/{ids['candidate']}/application", json={
        "submitted_on": "2026-03-01", "override": {
            "reason": "x", "document_no": "1", "document_on": "2026-12-01", "issued_by": "B"}})
    assert response.status_code == 422 and "override_document_on" in response.json["errors"]
    assert event_count(app) == before


# --- the web form -------------------------------------------------------------------------

def form_of(as_user, ids, position=1, user="bithu.a"):
    client = as_user(user)
    page = client.get(f"/quan-chung/{ids['candidate']}/dinh-chinh?su_kien={position}")
    return client, page


def test_the_timeline_leads_to_a_form_with_the_steps_own_fields(as_user, ids):
    client = as_user("bithu.a")
    timeline = client.get(f"/quan-chung/{ids['candidate']}").get_data(as_text=True)
    assert f"/quan-chung/{ids['candidate']}/dinh-chinh?su_kien=1" in timeline
    _, page = form_of(as_user, ids)
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "JSON" not in html and "<textarea" not in html
    assert 'name="full_name" value="Nguyễn Văn An"' in html
    assert 'name="birth_date" value="04/03/2006"' in html          # as on the original form
    assert 'name="cell_code"' not in html and 'name="authority"' in html


@pytest.mark.parametrize(("data", "field_error"), [
    ({"birth_date": "31/02/2006"}, "Ngày sinh"),
    ({"birth_date": "04/03/2031"}, "Ngày sinh phải trước"),
    ({"full_name": LONG}, "tối đa 200"),
    ({"full_name": ""}, "Họ và tên"),
    ({}, "Chưa thay đổi thông tin nào"),
    ({"full_name": "Nguyễn Văn Ân", "authority": ""}, "Không được để trống"),
])
def test_bad_web_corrections_stay_on_the_form_and_store_nothing(app, as_user, ids, data,
                                                                 field_error):
    client, page = form_of(as_user, ids)
    before = event_count(app)
    body = {"full_name": "Nguyễn Văn An", "birth_date": "04/03/2006", "gender": "male",
            "ethnicity": "Kinh", "category": "HS", "youth_union_member": "on",
            "education": "upper_secondary", "class_name": "12A1", "occurred_on": "03/02/2026",
            "authority": "05-CV/ĐU", **data}
    response = client.post(f"/quan-chung/{ids['candidate']}/dinh-chinh?su_kien=1", data=body)
    assert response.status_code == 422
    assert field_error in response.get_data(as_text=True)
    assert event_count(app) == before


def test_a_web_correction_changes_only_what_was_changed(app, as_user, ids):
    client, _ = form_of(as_user, ids)
    response = client.post(f"/quan-chung/{ids['candidate']}/dinh-chinh?su_kien=1", data={
        "full_name": "Nguyễn Văn Ân", "birth_date": "4/3/2006", "gender": "male",
        "ethnicity": "Kinh", "category": "HS", "youth_union_member": "on",
        "education": "upper_secondary", "class_name": "12A1", "document_no": "",
        "occurred_on": "03/02/2026", "authority": "05-CV/ĐU ngày 01/03/2026 của Đảng ủy"})
    assert response.status_code == 302
    event = app.extensions["ketnap"].store.candidate(ids["candidate"]).history[-1]
    assert event.fields == {"full_name": "Nguyễn Văn Ân"}
    assert event.occurred_on == date(2026, 11, 26)
    page = client.get(f"/quan-chung/{ids['candidate']}").get_data(as_text=True)
    assert "Nguyễn Văn Ân" in page


def test_a_correction_cannot_be_chosen_for_correction_on_the_web(app, as_user, ids):
    client, _ = form_of(as_user, ids)
    client.post(f"/quan-chung/{ids['candidate']}/dinh-chinh?su_kien=1", data={
        "full_name": "Nguyễn Văn Ân", "birth_date": "04/03/2006", "gender": "male",
        "ethnicity": "Kinh", "category": "HS", "youth_union_member": "on",
        "education": "upper_secondary", "class_name": "12A1", "occurred_on": "03/02/2026",
        "authority": "05-CV/ĐU"})
    assert client.get(f"/quan-chung/{ids['candidate']}/dinh-chinh?su_kien=2").status_code == 404
    assert client.get(f"/quan-chung/{ids['candidate']}/dinh-chinh?su_kien=9").status_code == 404


def test_another_cells_secretary_cannot_open_the_correction_form(as_user, ids):
    assert as_user("bithu.b").get(
        f"/quan-chung/{ids['candidate']}/dinh-chinh?su_kien=1").status_code == 403
