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


def _ready_for_the_vote(app, cid) -> None:
    """The seed's candidate with a complete dossier, and a meeting of 3 official members."""
    from datetime import date

    from bench.meetings import meeting_of
    store = app.extensions["ketnap"].store
    for method, kw in (("register_for_awareness_class", {"registered_on": date(2026, 2, 5)}),
                       ("complete_awareness_class", {"completed_on": date(2026, 3, 5),
                                                     "certificate_no": "12/CN",
                                                     "issued_by": "TTCT"}),
                       ("submit_application", {"submitted_on": date(2026, 3, 10)}),
                       ("record_verification", {"concluded_on": date(2026, 4, 1),
                                                "result": "passed"}),
                       ("record_introduction", {"introduced_on": date(2026, 4, 2),
                                                "kind": "youth_union",
                                                "introducers": ["BCH Đoàn trường"]}),
                       ("collect_comments", {"collected_on": date(2026, 4, 3)})):
        getattr(store, method)(cid, "bithu.a", **kw)
    meeting_of(store, "CB-A", date(2026, 4, 10), 3, "bithu.a")


def test_a_failed_vote_is_recorded_and_shown_as_a_warning_not_a_success(app, ids, as_user):
    _ready_for_the_vote(app, ids["candidate"])
    bithu = as_user("bithu.a")
    answer = bithu.post(f"/quan-chung/{ids['candidate']}/admission-vote", data={
        "meeting_on": "10/04/2026", "resolution_no": "05-NQ/CB", "votes_for": "1"},
        follow_redirects=True)
    page = answer.get_data(as_text=True)
    assert '<p class="warning" role="status">' in page and "không đạt 2/3" in page
    history = app.extensions["ketnap"].store.candidate(ids["candidate"]).history
    assert history[-1].passed is False and history[-1].official_members == 3


def test_a_meeting_is_recorded_from_the_page_with_its_attendance(app, as_user):
    bithu = as_user("bithu.a")
    bithu.post("/chi-bo/CB-A/dang-vien", data=HOA)
    member = next(iter(app.extensions["ketnap"].store.roster("CB-A").members))
    page = bithu.get("/chi-bo/CB-A/dang-vien").get_data(as_text=True)
    assert f'name="present" value="{member}"' in page
    empty = bithu.post("/chi-bo/CB-A/dang-vien", data={
        "form": "meeting", "held_on": "12/03/2024", "kind": "regular",
        "chaired_by": member, "minutes_by": member})
    assert empty.status_code == 422          # no one present: refused, nothing stored
    assert app.extensions["ketnap"].store.roster("CB-A").meetings == {}
    held = bithu.post("/chi-bo/CB-A/dang-vien", data={
        "form": "meeting", "held_on": "12/03/2024", "kind": "regular",
        "chaired_by": member, "minutes_by": member, "present": [member]})
    assert held.status_code == 302
    page = bithu.get("/chi-bo/CB-A/dang-vien").get_data(as_text=True)
    assert "<td>12/03/2024</td><td>Thường kỳ</td><td>Đỗ Thị Hoa</td>" in page
