"""Every role against every kind of request: outside its role or cell → 403, nothing stored."""

from __future__ import annotations

import pytest

from tests.webapi.conftest import SUPERIOR, event_count

DECISION = {"decided_on": "2026-03-10", "decision_no": "5-QĐ/ĐU", "decided_by": SUPERIOR,
            "received_on": "2026-03-11"}
STEP = {"registered_on": "2026-03-10"}
NEW = {"cell": "CB-A", "full_name": "Lê Văn Cường", "birth_date": "2007-01-15",
       "gender": "male", "category": "HS", "nominated_on": "2026-03-02",
       "youth_union_member": True, "education": "upper_secondary", "ethnicity": "Kinh",
       "class_name": "11A2"}
CELL = {"code": "CB-Z", "name": "Chi bộ Z", "superior_body": "Đảng ủy phường X"}


def refused(app, call, *args, error: str = "forbidden", **kw) -> None:
    before = event_count(app)
    response = call(*args, **kw)
    assert response.status_code == 403, response.json
    assert response.json["error"] == error
    assert event_count(app) == before


@pytest.mark.parametrize("username", ["bithu.b", "capuy", "kiemtra", "quantri"])
def test_only_the_cells_secretary_records_its_steps(app, api, ids, username):
    """The committee may record a cell's step only as an exception (not_permitted here)."""
    refused(app, api(username), "POST", f"/candidates/{ids['candidate']}/class-registration",
            json=STEP, error="not_permitted" if username == "capuy" else "forbidden")


@pytest.mark.parametrize("username", ["bithu.b", "capuy", "kiemtra", "quantri"])
def test_only_the_cells_secretary_nominates(app, api, username):
    refused(app, api(username), "POST", "/candidates", json=NEW)


@pytest.mark.parametrize("username", ["bithu.a", "kiemtra", "quantri"])
def test_only_the_committee_decides(app, api, ids, username):
    refused(app, api(username), "POST", f"/candidates/{ids['candidate']}/admission-decision",
            json=DECISION)


@pytest.mark.parametrize("username", ["bithu.a", "kiemtra"])
def test_only_committee_or_admin_registers_cells(app, api, username):
    refused(app, api(username), "POST", "/cells", json=CELL)


def test_a_committee_of_another_body_cannot_decide_for_these_cells(app, api, ids):
    app.extensions["ketnap_accounts"].add_user("capuy.b", "mat-khau-dai", "committee", [],
                                               "Đảng ủy xã Khác")
    refused(app, api("capuy.b"), "POST", f"/candidates/{ids['candidate']}/admission-decision",
            json=DECISION, error="cell_out_of_reach")


def test_the_committee_decision_passes_the_role_check(app, api, ids):
    response = api("capuy")("POST", f"/candidates/{ids['candidate']}/admission-decision",
                            json=DECISION)
    assert response.status_code == 409       # role accepted; the rules refuse (no vote yet)


def test_a_secretary_reads_only_her_cell(app, api, ids):
    call = api("bithu.a")
    refused(app, call, "GET", f"/candidates/{ids['other']}")
    refused(app, call, "GET", "/candidates?cell=CB-B")
    refused(app, call, "GET", "/deadlines?cell=CB-B")
    own = call("GET", "/candidates").json
    assert {r["cell_code"] for r in own} == {"CB-A"}


@pytest.mark.parametrize("username", ["capuy", "kiemtra"])
def test_committee_and_inspector_read_everything(api, ids, username):
    call = api(username)
    assert call("GET", f"/candidates/{ids['other']}").status_code == 200
    assert len(call("GET", "/candidates").json) == 2
    assert call("GET", f"/plans/{ids['plan']}/status").status_code == 200


def test_another_cells_secretary_cannot_read_the_plan(app, api, ids):
    refused(app, api("bithu.b"), "GET", f"/plans/{ids['plan']}/status")


def test_another_cells_secretary_cannot_adopt_its_plan(app, api):
    refused(app, api("bithu.b"), "POST", "/plans", json={
        "cell": "CB-A", "year": 2025, "number": "01-KH/CB", "issued_on": "2025-01-10",
        "targets": [{"activity": "admission", "total": 1, "GV": 1, "HS": 0}]})
