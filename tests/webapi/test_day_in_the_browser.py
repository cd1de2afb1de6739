"""A secretary's, a committee member's and an inspector's day through the web forms
(issue 19): dates typed day first, errors tied to their fields, nothing English or coded,
the inspector's pages, the deadlines open first, no step offered twice, a failed vote in
amber, the home page on this year's plan."""

from __future__ import annotations

import re
from datetime import date

import pytest

from bench.meetings import meeting_of
from service.typed_dates import DATE_ERROR, iso_date, parse_day
from tests.webapi.conftest import PASSWORD, event_count, login
from tests.webapi.test_extreme_values import post, walk_the_path


@pytest.mark.parametrize("typed", ["10/05/2026", "10/5/2026", "10.05.2026", "10-05-2026",
                                   "10052026", " 10/05/2026 ", "2026-05-10"])
def test_a_date_is_typed_day_first_in_every_usual_way(typed):
    assert iso_date(typed) == "2026-05-10" and str(parse_day(typed)) == "2026-05-10"


@pytest.mark.parametrize("typed", ["31/02/2026", "10/05/26", "05/10", "10 05 2026", "hôm qua"])
def test_anything_else_is_not_a_date(typed):
    assert parse_day(typed) is None


def test_a_wrong_date_is_tied_to_its_field_with_a_summary_and_stores_nothing(app, as_user, ids):
    client, before = as_user("bithu.a"), event_count(app)
    answer = client.post(f"/quan-chung/{ids['candidate']}/class-registration",
                         data={"registered_on": "31/02/2026"})
    page = answer.get_data(as_text=True)
    assert answer.status_code == 422 and event_count(app) == before
    assert DATE_ERROR in page and "dd/mm/yyyy" in page and "YYYY-MM-DD" not in page
    assert 'aria-invalid="true" aria-describedby="e-registered_on"' in page
    assert 'id="e-registered_on"' in page
    assert 'class="error-summary" role="alert" tabindex="-1" data-autofocus' in page
    assert 'href="#f-registered_on"' in page
    assert 'inputmode="decimal"' in page          # a pad with "." ; "/" is optional


def test_a_date_typed_with_dots_is_recorded(app, as_user, ids):
    client = as_user("bithu.a")
    answer = client.post(f"/quan-chung/{ids['candidate']}/class-registration",
                         data={"registered_on": "10.05.2026"})
    assert answer.status_code == 302
    assert "10/05/2026" in client.get(f"/quan-chung/{ids['candidate']}").get_data(as_text=True)


def test_a_wrong_password_is_never_written_back_and_the_errors_are_vietnamese(client):
    page = login(client, "bithu.a", "sai-mat-khau-bi-mat").get_data(as_text=True)
    assert "sai-mat-khau-bi-mat" not in page
    assert "Tên đăng nhập hoặc mật khẩu không đúng." in page
    empty = client.post("/dang-nhap", data={}).get_data(as_text=True)
    assert "Missing data" not in empty and "Bắt buộc." in empty


def test_every_page_has_a_skip_link_and_the_page_script(as_user):
    page = as_user("bithu.a").get("/han-xu-ly").get_data(as_text=True)
    assert 'class="skip" href="#noi-dung"' in page and 'id="noi-dung"' in page
    assert "ketnap.js" in page


def test_a_one_cell_secretary_lands_on_this_years_plan(app, as_user, ids):
    answer = as_user("bithu.a").get("/")
    assert answer.status_code == 302 and answer.location.endswith(f"/ke-hoach/{ids['plan']}")


def test_without_this_years_plan_the_list_says_so(app, as_user):
    assert as_user("bithu.b").get("/").location.endswith("/ke-hoach")
    page = as_user("capuy").get("/ke-hoach").get_data(as_text=True)
    assert "Chưa có kế hoạch năm 2026" in page and "Chi bộ Trường THPT CB-B" in page


def test_the_inspector_and_the_committee_have_the_audit_in_the_menu(as_user):
    for name in ("kiemtra", "capuy"):
        page = as_user(name).get("/kiem-tra").get_data(as_text=True)
        assert 'href="/kiem-tra"' in page and "Tái hiện chi bộ" in page
    assert as_user("bithu.a").get("/kiem-tra").status_code == 403
    assert 'href="/kiem-tra"' not in as_user("bithu.a").get("/han-xu-ly").get_data(as_text=True)
    assert as_user("quantri").get("/kiem-tra/xac-minh").status_code == 403


def test_the_replay_is_a_vietnamese_table_with_a_diff(as_user):
    client = as_user("kiemtra")
    page = client.get("/kiem-tra/tai-hien?chi-bo=CB-A&ngay=26/11/2026&gio=15:00"
                      "&tu-ngay=01/01/2026").get_data(as_text=True)
    assert "Chi bộ Trường THPT CB-A tại 26/11/2026 15:00" in page
    assert "Cảm tình Đảng" in page and "Nguyễn Văn An" in page
    assert "Thay đổi từ 01/01/2026 23:59" in page and "Chưa có trong danh sách" in page
    assert "nominated" not in page and "{" not in page.split("<main")[1]
    early = client.get("/kiem-tra/tai-hien?chi-bo=CB-A&ngay=01/01/2024").get_data(as_text=True)
    assert "Chưa có ai trong danh sách." in early
    wrong = client.get("/kiem-tra/tai-hien?chi-bo=CB-A&ngay=2026-13-01")
    assert wrong.status_code == 400 and "dd/mm/yyyy" in wrong.get_data(as_text=True)


def test_the_verification_is_a_sentence(as_user):
    page = as_user("kiemtra").get("/kiem-tra/xac-minh").get_data(as_text=True)
    assert "Sổ sự kiện nguyên vẹn" in page and "điểm kiểm tra" in page
    assert '"ok"' not in page


def test_the_report_names_the_cell_and_links_each_finding_to_the_timeline(app, api, as_user):
    secretary = api("bithu.a")
    cid = post(secretary, "/candidates", {
        "cell": "CB-A", "full_name": "Lê Thị Cúc", "birth_date": "2006-01-02",
        "gender": "female", "ethnicity": "Kinh", "category": "HS", "nominated_on": "2026-01-05",
        "youth_union_member": True, "education": "upper_secondary", "class_name": "12A2"})["id"]
    page = as_user("kiemtra").get("/kiem-tra/bao-cao?chi-bo=CB-A&tu=01/01/2026&den=26/11/2026"
                                  ).get_data(as_text=True)
    assert "Chi bộ Trường THPT CB-A" in page and "Ghi sổ chậm" in page
    assert re.search(rf'href="/quan-chung/{cid}#nhat-ky-\d+">Lê Thị Cúc', page)
    assert "late_entry" not in page
    timeline = as_user("kiemtra").get(f"/quan-chung/{cid}").get_data(as_text=True)
    assert re.search(r'<li id="nhat-ky-\d+">', timeline)


def test_deadlines_say_what_who_and_when_with_the_met_ones_folded(app, api, as_user):
    secretary, committee = api("bithu.a"), api("capuy")
    cid = post(secretary, "/candidates", {
        "cell": "CB-A", "full_name": "Phạm Văn Dũng", "birth_date": "1980-01-02",
        "gender": "male", "ethnicity": "Kinh", "category": "GV", "nominated_on": "2000-01-01",
        "youth_union_member": False, "education": "postgraduate", "class_name": None})["id"]
    walk_the_path(secretary, committee, cid, upto="admission-decision")
    page = as_user("bithu.a").get("/han-xu-ly").get_data(as_text=True)
    open_part, folded = page.split('<details class="met">')
    assert "Tổ chức lễ kết nạp" in open_part and "Chi bộ" in open_part
    assert "Ra quyết định kết nạp (hoặc không kết nạp)" in folded
    assert not re.search(r"\b[a-z]+(_[a-z0-9]+)+\b", page.split("<main")[1])


def test_a_step_already_recorded_is_not_offered_again(app, api, as_user):
    secretary, committee = api("bithu.a"), api("capuy")
    cid = post(secretary, "/candidates", {
        "cell": "CB-A", "full_name": "Đào Văn Quang", "birth_date": "1980-01-02",
        "gender": "male", "ethnicity": "Kinh", "category": "GV", "nominated_on": "2000-01-01",
        "youth_union_member": False, "education": "postgraduate", "class_name": None})["id"]
    walk_the_path(secretary, committee, cid, upto="admission-ceremony")
    client = as_user("bithu.a")
    assert f"/quan-chung/{cid}/new-member-class" in client.get(f"/quan-chung/{cid}").get_data(
        as_text=True)
    answer = client.post(f"/quan-chung/{cid}/new-member-class",
                         data={"completed_on": "11/01/2024", "certificate_no": "45/CN"})
    assert answer.status_code == 302
    page = client.get(f"/quan-chung/{cid}").get_data(as_text=True)
    assert f"/quan-chung/{cid}/new-member-class" not in page
    before = event_count(app)
    again = client.post(f"/quan-chung/{cid}/new-member-class",
                        data={"completed_on": "12/01/2024", "certificate_no": "46/CN"})
    assert again.status_code == 302 and event_count(app) == before
    assert "đã được ghi" in client.get(f"/quan-chung/{cid}").get_data(as_text=True)


def test_a_one_time_step_recorded_again_is_refused_by_the_api_and_stores_nothing(app, api):
    secretary, committee = api("bithu.a"), api("capuy")
    cid = post(secretary, "/candidates", {
        "cell": "CB-A", "full_name": "Lý Văn Nam", "birth_date": "1980-01-02",
        "gender": "male", "ethnicity": "Kinh", "category": "GV", "nominated_on": "2000-01-01",
        "youth_union_member": False, "education": "postgraduate", "class_name": None})["id"]
    walk_the_path(secretary, committee, cid, upto="new-member-class")
    before = event_count(app)
    again = secretary("POST", f"/candidates/{cid}/new-member-class",
                      json={"completed_on": "2024-01-12", "certificate_no": "99/CN"})
    assert again.status_code == 409 and again.json["rule"] == "step_recorded_once"
    assert "6.2.4" in again.json["article"] and "đính chính" in again.json["message"]
    assert event_count(app) == before


def test_helpers_are_replaced_through_the_api_and_offered_again_by_name(app, api, as_user,
                                                                          ids):
    from service import actions
    secretary, cid = api("bithu.a"), ids["candidate"]
    post(secretary, f"/candidates/{cid}/helper",
         {"assigned_on": "2026-03-01", "helpers": ["Đỗ Thị Hoa", "Vũ Văn Khoa"]})
    page = as_user("bithu.a").get(f"/quan-chung/{cid}").get_data(as_text=True)
    assert "Phân công lại đảng viên giúp đỡ" in page
    post(secretary, f"/candidates/{cid}/helper",
         {"assigned_on": "2026-03-02", "helpers": ["Đỗ Thị Hoa", "Hà Văn Tâm"]})
    assert "helper" not in actions.ONCE and "introduction" not in actions.ONCE


def test_an_introduction_already_recorded_is_offered_as_a_new_one(app, api, as_user):
    secretary, committee = api("bithu.a"), api("capuy")
    cid = post(secretary, "/candidates", {
        "cell": "CB-A", "full_name": "Mai Văn Phúc", "birth_date": "1980-01-02",
        "gender": "male", "ethnicity": "Kinh", "category": "GV", "nominated_on": "2000-01-01",
        "youth_union_member": False, "education": "postgraduate", "class_name": None})["id"]
    walk_the_path(secretary, committee, cid, upto="comments")
    page = as_user("bithu.a").get(f"/quan-chung/{cid}").get_data(as_text=True)
    actions = page.split('<ul class="actions">')[1].split("</ul>")[0]
    assert "Giới thiệu lại" in actions and "Tổng hợp nhận xét lại" in actions
    assert f"/quan-chung/{cid}/helper" not in actions


def test_a_failed_vote_is_an_amber_warning_saying_what_follows(app, api, as_user):
    secretary, committee = api("bithu.a"), api("capuy")
    cid = post(secretary, "/candidates", {
        "cell": "CB-A", "full_name": "Hoàng Văn Giang", "birth_date": "1980-01-02",
        "gender": "male", "ethnicity": "Kinh", "category": "GV", "nominated_on": "2000-01-01",
        "youth_union_member": False, "education": "postgraduate", "class_name": None})["id"]
    walk_the_path(secretary, committee, cid, upto="comments")
    # the 2/3 count is the meeting's (issue 14): 12 official members, 7 for
    meeting_of(app.extensions["ketnap"].store, "CB-A", date(2024, 1, 8), 12, "bithu.a")
    client = as_user("bithu.a")
    client.post(f"/quan-chung/{cid}/admission-vote",
                data={"meeting_on": "08/01/2024", "resolution_no": "01-NQ/CB",
                      "votes_for": "7"})
    page = client.get(f"/quan-chung/{cid}").get_data(as_text=True)
    assert '<p class="warning" role="status">' in page and "không đạt 2/3" in page
    assert '<p class="flash"' not in page


def test_a_correction_names_the_fields_in_vietnamese(app, api, as_user, ids):
    call = api("bithu.a")
    response = call("POST", f"/candidates/{ids['candidate']}/correction",
                    json={"corrects": 1, "fields": {"birth_date": "2006-03-05"},
                          "authority": "Công văn 12/CV-CB", "on": "2026-03-01"})
    assert response.status_code == 201, response.json
    page = as_user("bithu.a").get(f"/quan-chung/{ids['candidate']}").get_data(as_text=True)
    assert "(Ngày sinh)" in page and "birth_date" not in page


def test_the_password_of_the_tests_is_long_enough():
    assert len(PASSWORD) >= 12   # the fixtures log in with it: a guard for the above


def test_a_plan_is_entered_and_adopted_in_the_browser(app, as_user):
    client = as_user("bithu.b")
    assert "Nhập kế hoạch mới" in client.get("/ke-hoach").get_data(as_text=True)
    before = event_count(app)
    empty = client.post("/ke-hoach/moi", data={"cell": "CB-B", "year": "2026",
                                               "issued_on": "2026-13-40"})
    page = empty.get_data(as_text=True)
    assert empty.status_code == 422 and event_count(app) == before
    assert "dd/mm/yyyy" in page and "Cần ít nhất một chỉ tiêu" in page
    assert 'aria-invalid="true" aria-describedby="e-issued_on"' in page
    foreign = client.post("/ke-hoach/moi", data={"cell": "CB-A", "number": "03-KH/CB",
                                                 "year": "2026", "issued_on": "15/01/2026",
                                                 "source-total": "4", "source-GV": "1",
                                                 "source-HS": "3"})
    assert foreign.status_code == 422 and event_count(app) == before
    answer = client.post("/ke-hoach/moi", data={
        "cell": "CB-B", "number": "03-KH/CB", "year": "2026", "issued_on": "15.01.2026",
        "basis": "Căn cứ Kế hoạch của Đảng ủy phường",
        "source-total": "4", "source-GV": "1", "source-HS": "3",
        "source-Q1": "1", "source-Q2": "1", "source-Q3": "1", "source-Q4": "1"})
    assert answer.status_code == 302, answer.get_data(as_text=True)
    dashboard = client.get(answer.location).get_data(as_text=True)
    assert "03-KH/CB" in dashboard and "Bồi dưỡng, tạo nguồn" in dashboard
    assert client.get("/").location == answer.location       # now the home page


def test_next_years_plan_starts_from_this_years(as_user, ids):
    client = as_user("bithu.a")
    page = client.get(f"/ke-hoach/moi?tu={ids['plan']}").get_data(as_text=True)
    assert 'name="year" value="2027"' in page
    assert 'name="source-total" value="4"' in page and 'name="source-Q1" value="1"' in page
    assert as_user("bithu.b").get(f"/ke-hoach/moi?tu={ids['plan']}").status_code == 404
    assert as_user("kiemtra").get("/ke-hoach/moi").status_code == 403


def test_the_cell_is_chosen_from_a_list_and_the_deciding_body_is_prefilled(app, api, as_user):
    page = as_user("bithu.a").get("/quan-chung/moi").get_data(as_text=True)
    assert '<select id="f-cell" name="cell"' in page
    assert '<option value="CB-A"' in page and 'value="CB-B"' not in page
    secretary, committee = api("bithu.a"), api("capuy")
    cid = post(secretary, "/candidates", {
        "cell": "CB-A", "full_name": "Ngô Văn Lộc", "birth_date": "1980-01-02",
        "gender": "male", "ethnicity": "Kinh", "category": "GV", "nominated_on": "2000-01-01",
        "youth_union_member": False, "education": "postgraduate", "class_name": None})["id"]
    walk_the_path(secretary, committee, cid, upto="admission-vote")
    form = as_user("capuy").get(f"/quan-chung/{cid}/admission-decision").get_data(as_text=True)
    assert 'value="Ban Thường vụ Đảng ủy phường Việt Yên"' in form


def test_exports_are_a4_named_by_cell_year_and_quarter_with_typed_dates(as_user, ids):
    import io
    from datetime import datetime

    from docx import Document
    from openpyxl import load_workbook
    client = as_user("bithu.a")
    docx = client.get(f"/ke-hoach/{ids['plan']}/bao-cao-quy-1.docx?so=3")
    assert 'filename="bao-cao-cb-a-2026-quy-1.docx"' in docx.headers["Content-Disposition"]
    section = Document(io.BytesIO(docx.data)).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    xlsx = client.get("/xuat/danh-sach.xlsx")
    assert 'filename="danh-sach-cb-a-20261126.xlsx"' in xlsx.headers["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(xlsx.data)).active
    born = sheet["C2"]
    assert isinstance(born.value, datetime) and born.value.date().isoformat() == "2006-03-04"
    assert born.number_format == "DD/MM/YYYY"
    assert sheet.freeze_panes == "A2" and sheet.column_dimensions["B"].width >= 15
    status = client.get(f"/ke-hoach/{ids['plan']}/trang-thai.xlsx")
    assert 'filename="tien-do-cb-a-2026.xlsx"' in status.headers["Content-Disposition"]


def test_the_next_deadline_says_what_is_due(app, api, as_user):
    secretary, committee = api("bithu.a"), api("capuy")
    cid = post(secretary, "/candidates", {
        "cell": "CB-A", "full_name": "Đinh Văn Minh", "birth_date": "1980-01-02",
        "gender": "male", "ethnicity": "Kinh", "category": "GV", "nominated_on": "2000-01-01",
        "youth_union_member": False, "education": "postgraduate", "class_name": None})["id"]
    walk_the_path(secretary, committee, cid, upto="admission-vote")
    page = as_user("bithu.a").get(f"/quan-chung/{cid}").get_data(as_text=True)
    assert "Ra quyết định kết nạp (hoặc không kết nạp) (Cấp ủy cấp trên)" in page
    register = as_user("bithu.a").get("/quan-chung").get_data(as_text=True)
    assert ": Ra quyết định kết nạp (hoặc không kết nạp)" in register
