"""A committee user belongs to a body and reaches the cells under it (issue 14): on the date
of the act for a write, today for a read. Outside its reach: 403 with `cell_out_of_reach` in
the API, a Vietnamese page on the web, nothing stored."""

from __future__ import annotations

from datetime import date

import pytest

from tests.webapi.conftest import PASSWORD, STUDENT, SUPERIOR, event_count

OTHER_BODY = "Đảng ủy xã Tiên Sơn"          # body B: cell CB-X only
DISTRICT = "Ban Thường vụ Huyện ủy Việt Yên"   # CB-D's superior until 30/06/2025
REFORM_DAY = date(2025, 7, 1)                  # CB-D's superior is SUPERIOR from that day
OVERRIDE = {"reason": "Bổ sung hồ sơ", "document_no": "7-CV/ĐU", "document_on": "2025-06-01",
            "issued_by": "Cấp ủy cấp trên"}


@pytest.fixture
def reach(app):
    svc, accounts = app.extensions["ketnap"], app.extensions["ketnap_accounts"]
    svc.command(svc.store.register_cell, "CB-X", "Chi bộ Trường THCS Tiên Sơn", OTHER_BODY,
                date(2024, 1, 2), "capuy")
    svc.command(svc.store.register_cell, "CB-D", "Chi bộ Trường THPT Dĩnh Kế", DISTRICT,
                date(2024, 1, 2), "capuy")
    svc.command(svc.store.change_superior, "CB-D", SUPERIOR, REFORM_DAY, "capuy", "12-QĐ/TU")
    accounts.add_user("capuy.xa", PASSWORD, "committee", [], OTHER_BODY)
    accounts.add_user("capuy.huyen", PASSWORD, "committee", [], "Huyện ủy Việt Yên")
    moved = svc.command(svc.store.nominate, "CB-D", STUDENT, date(2025, 6, 2), "bithu.d")
    return {"moved": moved.id}


def out_of_reach(app, response, before: int) -> None:
    assert response.status_code == 403, response.get_data(as_text=True)
    assert response.json["error"] == "cell_out_of_reach"
    assert event_count(app) == before


def registration(on: str) -> dict:
    return {"registered_on": on, "override": OVERRIDE}


def test_body_a_reads_and_writes_a_cell_under_a(app, api, ids, reach):
    call = api("capuy")
    assert call("GET", f"/candidates/{ids['candidate']}").status_code == 200
    assert {r["cell_code"] for r in call("GET", "/candidates").json} == {"CB-A", "CB-B", "CB-D"}
    written = call("POST", f"/candidates/{ids['candidate']}/class-registration",
                   json=registration("2026-03-10"))
    assert written.status_code == 201


def test_body_b_is_refused_on_a_cell_under_a_and_nothing_is_stored(app, api, ids, reach):
    call, before = api("capuy.xa"), event_count(app)
    out_of_reach(app, call("GET", f"/candidates/{ids['candidate']}"), before)
    out_of_reach(app, call("GET", "/candidates?cell=CB-A"), before)
    out_of_reach(app, call("POST", f"/candidates/{ids['candidate']}/class-registration",
                           json=registration("2026-03-10")), before)
    out_of_reach(app, call("POST", f"/candidates/{ids['candidate']}/admission-decision",
                           json={"decided_on": "2026-03-10", "decision_no": "5-QĐ/ĐU",
                                 "decided_by": OTHER_BODY, "received_on": "2026-03-11"}),
                 before)
    out_of_reach(app, call("GET", "/audit/report?cell=CB-A&from=2026-01-01&to=2026-12-31"),
                 before)
    out_of_reach(app, call("GET", "/audit/replay?cell=CB-A"), before)
    out_of_reach(app, call("GET", "/cells/CB-A/members"), before)
    out_of_reach(app, call("GET", f"/plans/{ids['plan']}/status"), before)
    out_of_reach(app, call("GET", f"/candidates/{ids['candidate']}/documents"), before)
    assert "Tiên Sơn" in call("GET", f"/candidates/{ids['candidate']}").json["message"]
    assert call("GET", "/candidates").json == []          # its own cell has nobody yet
    assert call("GET", "/deadlines").json == []


def test_body_b_gets_a_vietnamese_page_on_the_web(app, as_user, ids, reach):
    web = as_user("capuy.xa")
    for path in (f"/quan-chung/{ids['candidate']}", f"/quan-chung/{ids['candidate']}/documents",
                 "/quan-chung?cell=CB-A",
                 "/kiem-tra/bao-cao?chi-bo=CB-A&tu=01/01/2026&den=31/12/2026"):
        page = web.get(path)
        assert page.status_code in (403, 404), path
    page = web.get(f"/quan-chung/{ids['candidate']}")
    assert page.status_code == 403 and "không trực thuộc Đảng ủy xã Tiên Sơn" in \
        page.get_data(as_text=True)
    listing = web.get("/quan-chung").get_data(as_text=True)
    assert STUDENT.full_name not in listing
    before = event_count(app)
    posted = web.post(f"/quan-chung/{ids['candidate']}/class-registration",
                      data={"registered_on": "10/03/2026"})
    assert posted.status_code == 403 and event_count(app) == before


def test_the_superior_change_date_is_the_boundary_of_a_write(app, api, reach):
    """CB-D is under the district until 30/06/2025 and under the ward from 01/07/2025."""
    moved = reach["moved"]
    district, ward = api("capuy.huyen"), api("capuy")
    out_of_reach(app, ward("POST", f"/candidates/{moved}/class-registration",
                           json=registration("2025-06-30")), event_count(app))
    assert district("POST", f"/candidates/{moved}/class-registration",
                    json=registration("2025-06-30")).status_code == 201
    completion = {"completed_on": "2025-07-01", "certificate_no": "3/CN", "issued_by": "TTCT",
                  "override": OVERRIDE}
    out_of_reach(app, district("POST", f"/candidates/{moved}/class-completion",
                               json=completion), event_count(app))
    assert ward("POST", f"/candidates/{moved}/class-completion",
                json=completion).status_code == 201


def test_a_read_is_judged_today(app, api, reach):
    """Today (26/11/2026) CB-D is under the ward: the district's user no longer reads it."""
    moved = reach["moved"]
    assert api("capuy")("GET", f"/candidates/{moved}").status_code == 200
    out_of_reach(app, api("capuy.huyen")("GET", f"/candidates/{moved}"), event_count(app))


def test_a_committee_user_needs_a_body_and_one_from_before_reaches_nothing(app, api, ids):
    accounts = app.extensions["ketnap_accounts"]
    with pytest.raises(ValueError, match="--body"):
        accounts.add_user("capuy.moi", PASSWORD, "committee", ["CB-A"])
    from sqlalchemy import update

    from service.accounts import tables as t
    with app.extensions["ketnap"].engine.begin() as conn:   # an account from before 1900
        conn.execute(update(t.users).where(t.users.c.username == "capuy")
                     .values(body="", cells="CB-A"))
    answer = api("capuy")("GET", f"/candidates/{ids['candidate']}")
    assert answer.status_code == 403 and "--body" in answer.json["message"]
    accounts.set_role("capuy", "committee", [], SUPERIOR)
    assert api("capuy")("GET", f"/candidates/{ids['candidate']}").status_code == 200


def test_a_posted_web_form_is_judged_on_the_date_it_records(app, as_user, reach):
    """The district's user no longer opens CB-D's pages (today) but records on the web an
    act dated before 01/07/2025, as through the API; dated from that day, it is refused."""
    moved, web = reach["moved"], as_user("capuy.huyen")
    assert web.get(f"/quan-chung/{moved}/class-registration").status_code == 403
    override = {"override_reason": "Bổ sung hồ sơ", "override_document_no": "7-CV/ĐU",
                "override_document_on": "01/06/2025", "override_issued_by": "Cấp ủy"}
    before = event_count(app)
    late = web.post(f"/quan-chung/{moved}/class-registration",
                    data={"registered_on": "01/07/2025", **override})
    assert late.status_code == 403 and event_count(app) == before
    posted = web.post(f"/quan-chung/{moved}/class-registration",
                      data={"registered_on": "30/06/2025", **override})
    assert posted.status_code == 302 and event_count(app) > before
    assert posted.headers["Location"].endswith("/quan-chung")     # not a page it cannot read
