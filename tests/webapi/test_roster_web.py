"""The page Đảng viên của chi bộ: the roster and its forms; a refusal stays on the form."""

from __future__ import annotations

from tests.webapi.conftest import event_count

HOA = {"form": "add", "full_name": "Đỗ Thị Hoa", "birth_date": "02/04/1980",
       "gender": "female", "category": "GV", "admitted_on": "26/03/2005",
       "official_since": "26/03/2006", "joined_on": "02/01/2024"}


def test_a_secretary_adds_a_member_and_sees_the_roster(as_user):
    bithu = as_user("bithu.a")
    assert bithu.post("/chi-bo/CB-A/dang-vien", data=HOA).status_code == 302
    page = bithu.get("/chi-bo/CB-A/dang-vien").get_data(as_text=True)
    assert "Đỗ Thị Hoa" in page and "26/03/2006" in page
    assert "Đảng viên chính thức hôm nay (26/11/2026): <strong>1</strong>" in page


def test_a_member_twice_stays_on_the_form_and_stores_nothing(app, as_user):
    bithu = as_user("bithu.a")
    bithu.post("/chi-bo/CB-A/dang-vien", data=HOA)
    before = event_count(app)
    answer = bithu.post("/chi-bo/CB-A/dang-vien", data=HOA)
    assert answer.status_code == 422
    assert "đã có trong danh sách đảng viên" in answer.get_data(as_text=True)
    assert event_count(app) == before


def test_the_leaving_form_offers_the_members_present_by_name(app, as_user):
    bithu = as_user("bithu.a")
    bithu.post("/chi-bo/CB-A/dang-vien", data=HOA)
    roster = app.extensions["ketnap"].store.roster("CB-A")
    member = next(iter(roster.members))
    page = bithu.get("/chi-bo/CB-A/dang-vien").get_data(as_text=True)
    assert f'<option value="{member}">Đỗ Thị Hoa</option>' in page
    left = bithu.post("/chi-bo/CB-A/dang-vien", data={
        "form": "leave", "member_id": member, "left_on": "01/05/2024", "reason": "death"})
    assert left.status_code == 302
    assert app.extensions["ketnap"].store.roster("CB-A").members[member].left_reason == "death"


def test_another_cells_secretary_is_forbidden(as_user):
    assert as_user("bithu.b").get("/chi-bo/CB-A/dang-vien").status_code == 403
