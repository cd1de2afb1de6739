"""Every bad input is a clean refusal that stores nothing: bodies over the limit (413), JSON
too deep or with a lone surrogate (400), names with control, bidi or only invisible
characters (422, naming the field), implausible birth and business dates (422), numeric
query parameters out of range (400); names are stored in NFC."""

from __future__ import annotations

import json
import unicodedata

import pytest

from tests.webapi.conftest import event_count

NEW = {"cell": "CB-A", "full_name": "Lê Văn Cường", "birth_date": "2007-01-15",
       "gender": "male", "category": "HS", "nominated_on": "2026-03-02",
       "youth_union_member": True, "education": "upper_secondary", "ethnicity": "Kinh",
       "class_name": "11A2"}


def post_raw(app, api_token_call, body: bytes):
    return api_token_call("POST", "/candidates", data=body, content_type="application/json")


def test_a_body_over_one_megabyte_is_refused_before_it_is_read(app, api):
    before = event_count(app)
    big = json.dumps({**NEW, "class_name": "x" * (1024 * 1024)}).encode()
    response = post_raw(app, api("bithu.a"), big)
    assert response.status_code == 413 and response.get_json()["error"]
    assert event_count(app) == before


def test_a_body_just_under_the_limit_is_read(app, api):
    body = json.dumps({**NEW, "class_name": "x" * (1024 * 1024 - 400)}).encode()
    assert len(body) < 1024 * 1024
    response = post_raw(app, api("bithu.a"), body)
    assert response.status_code == 422          # read, then refused by the schema (too long)


@pytest.mark.parametrize("depth", [33, 100_000])
def test_json_nested_too_deep_is_a_400(app, api, depth):
    before = event_count(app)
    response = post_raw(app, api("bithu.a"), b"[" * depth + b"]" * depth)
    assert response.status_code == 400, response.get_data(as_text=True)[:200]
    assert event_count(app) == before


def test_json_with_a_lone_surrogate_is_a_400(app, api):
    before = event_count(app)
    body = json.dumps(NEW, ensure_ascii=False).replace("Cường", "\\ud800").encode()
    response = post_raw(app, api("bithu.a"), body)
    assert response.status_code == 400 and "Unicode" in response.get_json()["message"]
    assert event_count(app) == before


def test_bytes_that_are_not_utf8_are_refused_not_a_500(app, api):
    response = post_raw(app, api("bithu.a"), json.dumps(NEW).encode().replace(b"K", b"\xff"))
    assert response.status_code in (400, 422)


@pytest.mark.parametrize("name", ["\u200b\u200b\u200b", "Lê\x00Văn", "Lê \x1b[31mVăn",
                                  "Lê Văn \u202eCường", "Lê\u2066 Văn", "\ufeff \u200d"])
def test_names_with_control_bidi_or_only_invisible_characters_are_refused(app, api, name):
    before = event_count(app)
    response = api("bithu.a")("POST", "/candidates", json={**NEW, "full_name": name})
    assert response.status_code == 422
    assert "full_name" in response.get_json()["errors"]
    assert event_count(app) == before


def test_the_web_form_refuses_them_too(app, as_user):
    before = event_count(app)
    form = {"cell": "CB-A", "full_name": "Lê \u202eVăn", "birth_date": "15/01/2007",
            "gender": "male", "category": "HS", "nominated_on": "02/03/2026",
            "youth_union_member": "on", "education": "upper_secondary", "ethnicity": "Kinh",
            "class_name": "11A2"}
    response = as_user("bithu.a").post("/quan-chung/moi", data=form)
    assert response.status_code == 422 and "đảo chiều" in response.get_data(as_text=True)
    assert event_count(app) == before


def test_names_are_stored_composed(app, api):
    call = api("bithu.a")
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hường")
    assert decomposed != "Nguyễn Thị Hường"
    created = call("POST", "/candidates", json={**NEW, "full_name": decomposed})
    assert created.status_code == 201
    stored = call("GET", f"/candidates/{created.get_json()['id']}").get_json()["full_name"]
    assert stored == "Nguyễn Thị Hường" and unicodedata.is_normalized("NFC", stored)


@pytest.mark.parametrize("birth, accepted", [
    ("0001-01-01", False), ("1800-01-01", False), ("2026-02-23", False),
    ("1925-03-02", False), ("1925-03-03", True), ("2016-03-02", True), ("2016-03-03", False),
])
def test_a_person_is_between_ten_and_a_hundred_at_nomination(app, api, birth, accepted):
    before = event_count(app)
    body = {**NEW, "birth_date": birth, "category": "GV", "class_name": None}
    response = api("bithu.a")("POST", "/candidates", json=body)
    if accepted:
        assert response.status_code == 201, response.get_json()
    else:
        assert response.status_code == 422 and "birth_date" in response.get_json()["errors"]
        assert event_count(app) == before


@pytest.mark.parametrize("nominated_on", ["1900-01-01", "1999-12-31", "2026-11-27"])
def test_business_dates_lie_between_2000_and_today(app, api, nominated_on):
    before = event_count(app)
    response = api("bithu.a")("POST", "/candidates",
                              json={**NEW, "nominated_on": nominated_on, "birth_date": "1990-01-01"})
    assert response.status_code == 422
    assert "nominated_on" in response.get_json()["errors"]
    assert event_count(app) == before


@pytest.mark.parametrize("late, code", [("-5", 400), ("3661", 400), ("abc", 400),
                                        ("0", 200), ("3660", 200)])
def test_numeric_query_parameters_are_checked(api, late, code):
    response = api("kiemtra")("GET", "/audit/report?cell=CB-A&from=2026-01-01&to=2026-06-30"
                                     f"&late_days={late}")
    assert response.status_code == code
