"""The Vietnamese web pages: login, every page for every role, forms generated from the
schemas, refusals beside the form, the override, escaping."""

from __future__ import annotations

from datetime import date

import pytest

from domain.candidate import Person
from service.accounts.throttle import FREE_PER_USER
from tests.webapi.conftest import PASSWORD, event_count, login

ROLES = ["bithu.a", "capuy", "kiemtra"]   # the admin reads no cell's work (test_admin_page)


def test_pages_need_login(client, ids):
    for path in ("/", "/ke-hoach", "/quan-chung", f"/quan-chung/{ids['candidate']}", "/han-xu-ly"):
        response = client.get(path)
        assert response.status_code == 302 and "/dang-nhap" in response.location


def test_wrong_password_is_refused_and_repeated_failures_are_slowed(client):
    for _ in range(FREE_PER_USER):
        assert login(client, "bithu.a", "sai").status_code == 401
    throttled = login(client, "bithu.a", "mat-khau-dung-1")
    assert throttled.status_code == 429
    assert "thử lại sau" in throttled.get_data(as_text=True)


def test_the_users_backoff_holds_from_every_address_and_spares_other_users(app, client):
    for _ in range(FREE_PER_USER):
        login(client, "bithu.a", "sai")
    elsewhere = app.test_client()
    assert elsewhere.post("/dang-nhap", data={"username": "bithu.a", "password": PASSWORD},
                          environ_base={"REMOTE_ADDR": "10.0.0.9"}).status_code == 429
    assert login(client, "capuy").status_code == 302


def test_a_forwarded_address_is_ignored_without_trusted_proxies(client):
    for n in range(FREE_PER_USER):
        client.post("/dang-nhap", data={"username": "bithu.a", "password": "sai"},
                    headers={"X-Forwarded-For": f"198.51.100.{n}"})
    assert client.post("/dang-nhap", data={"username": "capuy", "password": "sai"},
                       headers={"X-Forwarded-For": "198.51.100.99"}).status_code == 401
    assert app_address_counter(client) == FREE_PER_USER + 1


def app_address_counter(client) -> int:
    from sqlalchemy import select

    from service.accounts import tables as t
    engine = client.application.extensions["ketnap_accounts"].engine
    with engine.connect() as conn:
        return conn.execute(select(t.login_failures.c.failures).where(
            t.login_failures.c.username == "*", t.login_failures.c.address == "127.0.0.1")
        ).scalar_one()


def test_login_never_redirects_off_site(client):
    response = client.post("/dang-nhap?next=//evil.example/x",
                           data={"username": "capuy", "password": "mat-khau-dung-1"})
    assert response.location == "/ke-hoach" or response.location.endswith("/")


@pytest.mark.parametrize("username", ROLES)
def test_every_role_sees_the_read_pages(as_user, ids, username):
    c = as_user(username)
    for path in ("/ke-hoach", f"/ke-hoach/{ids['plan']}", "/quan-chung", "/han-xu-ly",
                 f"/quan-chung/{ids['candidate']}", f"/ke-hoach/{ids['plan']}/bao-cao-quy-1"):
        assert c.get(path).status_code == 200, path


def test_dashboard_shows_target_actual_and_an_inline_chart(as_user, ids):
    html = as_user("bithu.a").get(f"/ke-hoach/{ids['plan']}").get_data(as_text=True)
    assert "<svg" in html and "Bồi dưỡng, tạo nguồn" in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_candidate_page_shows_timeline_and_allowed_actions(as_user, ids):
    html = as_user("bithu.a").get(f"/quan-chung/{ids['candidate']}").get_data(as_text=True)
    assert "03/02/2026" in html and "04/03/2006" in html
    assert "Đăng ký học lớp bồi dưỡng" in html and "Quyết định kết nạp" not in html
    committee = as_user("capuy").get(f"/quan-chung/{ids['candidate']}").get_data(as_text=True)
    assert "Đăng ký học lớp bồi dưỡng" in committee       # the cell's step, as an exception only
    assert "cấp ủy chỉ ghi khi cho phép ngoại lệ" in committee
    assert "cấp ủy chỉ ghi khi cho phép ngoại lệ" not in html


def test_other_cells_secretary_gets_403_on_pages(as_user, ids):
    c = as_user("bithu.b")
    for path in (f"/quan-chung/{ids['candidate']}", f"/ke-hoach/{ids['plan']}",
                 f"/quan-chung/{ids['candidate']}/class-registration", "/quan-chung?cell=CB-A",
                 f"/ke-hoach/{ids['plan']}/trang-thai.csv"):
        assert c.get(path).status_code == 403, path


@pytest.mark.parametrize("username", ["bithu.b", "kiemtra", "quantri"])
def test_action_form_refused_outside_role_or_cell(app, as_user, ids, username):
    before = event_count(app)
    response = as_user(username).post(f"/quan-chung/{ids['candidate']}/class-registration",
                                      data={"registered_on": "10/03/2026"})
    assert response.status_code == 403
    assert event_count(app) == before


def test_the_committee_records_a_cells_step_only_as_an_exception(app, as_user, ids):
    before = event_count(app)
    response = as_user("capuy").post(f"/quan-chung/{ids['candidate']}/class-registration",
                                     data={"registered_on": "10/03/2026"})
    html = response.get_data(as_text=True)
    assert response.status_code == 422 and event_count(app) == before
    assert "Cấp ủy chỉ ghi việc của chi bộ khi cho phép ngoại lệ" in html
    assert 'name="override_reason"' in html


@pytest.mark.parametrize("username", ["capuy", "kiemtra", "quantri"])
def test_only_a_secretary_nominates_on_the_web(app, as_user, username):
    assert as_user(username).get("/quan-chung/moi").status_code == 403


def test_action_form_is_rendered_from_the_schema(as_user, ids):
    html = as_user("bithu.a").get(f"/quan-chung/{ids['candidate']}/helper").get_data(as_text=True)
    assert 'name="assigned_on"' in html and 'name="helpers"' in html
    assert 'placeholder="dd/mm/yyyy"' in html and 'name="expected_version" value="1"' in html


def test_action_recorded_with_a_dd_mm_yyyy_date(app, as_user, ids):
    response = as_user("bithu.a").post(f"/quan-chung/{ids['candidate']}/helper", data={
        "assigned_on": "05/02/2026", "helpers": "Nguyễn Hồng Phúc\nLê Văn Tám",
        "expected_version": "1"})
    assert response.status_code == 302
    assert app.extensions["ketnap"].store.candidate(ids["candidate"]).helpers == (
        "Nguyễn Hồng Phúc", "Lê Văn Tám")


def test_shape_errors_are_shown_beside_the_fields(app, as_user, ids):
    before = event_count(app)
    response = as_user("bithu.a").post(f"/quan-chung/{ids['candidate']}/helper",
                                       data={"assigned_on": "32/13/2026"})
    html = response.get_data(as_text=True)
    assert response.status_code == 422 and "Ngày không hợp lệ" in html and "Bắt buộc" in html
    assert event_count(app) == before


def test_refusal_shown_with_article_then_recorded_with_override(app, as_user, ids):
    c, before = as_user("bithu.a"), event_count(app)
    refused = c.post(f"/quan-chung/{ids['candidate']}/application",
                     data={"submitted_on": "01/03/2026"})
    html = refused.get_data(as_text=True)
    assert refused.status_code == 422 and "Không thể ghi nhận theo quy định" in html
    assert "chưa có giấy chứng nhận" in html and "stage_order" not in html
    assert "Chỉ cấp ủy có thẩm quyền được ghi ngoại lệ, kèm văn bản" in html
    assert 'name="override_reason"' not in html and event_count(app) == before
    override = {"submitted_on": "01/03/2026", "override_reason": "Được phép",
                "override_document_no": "12-CV/ĐU", "override_document_on": "20/02/2026",
                "override_issued_by": "Ban Thường vụ Đảng ủy"}
    tried = c.post(f"/quan-chung/{ids['candidate']}/application", data=override)
    assert tried.status_code == 422 and event_count(app) == before
    assert "Bí thư chi bộ không ghi ngoại lệ" in tried.get_data(as_text=True)
    committee = as_user("capuy")
    form = committee.post(f"/quan-chung/{ids['candidate']}/application",
                          data={"submitted_on": "01/03/2026"})
    assert 'name="override_document_no"' in form.get_data(as_text=True)
    accepted = committee.post(f"/quan-chung/{ids['candidate']}/application", data=override)
    assert accepted.status_code == 302
    assert event_count(app) == before + 1


def test_stale_form_is_refused_with_a_reload_message(app, as_user, ids):
    response = as_user("bithu.a").post(f"/quan-chung/{ids['candidate']}/class-registration",
                                       data={"registered_on": "10/03/2026",
                                             "expected_version": "9"})
    assert response.status_code == 422 and "tải lại" in response.get_data(as_text=True)


def test_nomination_form_records_and_redirects(app, as_user):
    response = as_user("bithu.a").post("/quan-chung/moi", data={
        "cell": "CB-A", "full_name": "Phạm Thị Dung", "birth_date": "01/05/2007",
        "gender": "female", "category": "HS", "nominated_on": "02/03/2026",
        "youth_union_member": "on", "education": "upper_secondary", "ethnicity": "Kinh",
        "class_name": "11A1"})
    assert response.status_code == 302 and "/quan-chung/" in response.location


def test_a_script_in_a_name_is_escaped(app, as_user):
    evil = Person("<script>alert(1)</script> An", date(2006, 3, 4), "male", "Kinh", "HS",
                  True, "upper_secondary", "<b>12A</b>")
    cid = app.extensions["ketnap"].command(app.extensions["ketnap"].store.nominate,
                                           "CB-A", evil, date(2026, 2, 3),
                                           "bithu.a").id
    c = as_user("bithu.a")
    for path in (f"/quan-chung/{cid}", "/quan-chung"):
        html = c.get(path).get_data(as_text=True)
        assert "<script>alert" not in html and "&lt;script&gt;" in html
        assert "<b>12A</b>" not in html


def test_logout_needs_post(as_user):
    c = as_user("kiemtra")
    assert c.get("/dang-xuat").status_code == 405
    assert c.post("/dang-xuat").status_code == 302
    assert c.get("/quan-chung").status_code == 302
