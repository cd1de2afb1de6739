"""CSRF on every form (the token-only API is exempt); exports parse back."""

from __future__ import annotations

import csv
import io
import re

from docx import Document
from openpyxl import load_workbook

from tests.webapi.conftest import PASSWORD, event_count, make_app, seed


def token_of(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html)[1]


def test_csrf_is_required_on_web_forms_but_not_on_the_api(tmp_path):
    app = make_app(f"sqlite:///{tmp_path}/csrf.sqlite", WTF_CSRF_ENABLED=True)
    ids = seed(app)
    c = app.test_client()
    assert c.post("/dang-nhap", data={"username": "bithu.a", "password": PASSWORD}
                  ).status_code == 400
    token = token_of(c.get("/dang-nhap").get_data(as_text=True))
    assert c.post("/dang-nhap", data={"username": "bithu.a", "password": PASSWORD,
                                      "csrf_token": token}).status_code == 302
    before = event_count(app)
    assert c.post(f"/quan-chung/{ids['candidate']}/helper", data={
        "assigned_on": "05/02/2026", "helpers": "A"}).status_code == 400
    assert event_count(app) == before
    page = c.get(f"/quan-chung/{ids['candidate']}/helper").get_data(as_text=True)
    assert c.post(f"/quan-chung/{ids['candidate']}/helper", data={
        "assigned_on": "05/02/2026", "helpers": "A", "csrf_token": token_of(page)}
                  ).status_code == 302
    api_token = app.extensions["ketnap_accounts"].issue_token("bithu.a")
    assert c.post(f"/api/v1/candidates/{ids['candidate']}/class-registration",
                  json={"registered_on": "2026-03-10"},
                  headers={"Authorization": f"Bearer {api_token}"}).status_code == 201
    app.extensions["ketnap"].close()


def test_register_exports_parse_back_in_vietnamese_order(app, as_user):
    from dataclasses import replace
    from datetime import date

    from tests.webapi.conftest import STUDENT
    svc = app.extensions["ketnap"]
    for name in ("Lê Thị Ánh", "Đỗ Văn Bảo", "Trần An"):
        svc.command(svc.store.nominate, "CB-A", replace(STUDENT, full_name=name), date(2026, 2, 3),
                    "bithu.a")
    c = as_user("bithu.a")
    book = load_workbook(io.BytesIO(c.get("/xuat/danh-sach.xlsx").data))
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][:2] == ("STT", "Họ và tên")
    names = [r[1] for r in rows[1:]]
    assert names == ["Nguyễn Văn An", "Trần An", "Lê Thị Ánh", "Đỗ Văn Bảo"]
    text = c.get("/xuat/danh-sach.csv").data.decode("utf-8-sig")
    parsed = list(csv.reader(io.StringIO(text)))
    assert [r[1] for r in parsed[1:]] == names and parsed[1][2] == "04/03/2006"


def test_plan_status_exports_parse_back(as_user, ids):
    c = as_user("kiemtra")
    book = load_workbook(io.BytesIO(c.get(f"/ke-hoach/{ids['plan']}/trang-thai.xlsx").data))
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[1][:3] == ("Bồi dưỡng, tạo nguồn bổ sung đối tượng Đảng", 4, 1)
    text = c.get(f"/ke-hoach/{ids['plan']}/trang-thai.csv").data.decode("utf-8-sig")
    parsed = list(csv.reader(io.StringIO(text)))
    assert parsed[0][0] == "Nội dung" and parsed[2][7] == ""     # no quarter split: blank


def test_formula_like_text_is_not_a_formula_in_exports(app, as_user):
    from datetime import date

    from domain.candidate import Person
    app.extensions["ketnap"].command(app.extensions["ketnap"].store.nominate, "CB-A", Person(
        "=HYPERLINK(1) Bình", date(2006, 3, 4), "male", "Kinh", "HS", True, "upper_secondary",
        "12A1"), date(2026, 2, 3), "bithu.a")
    book = load_workbook(io.BytesIO(as_user("bithu.a").get("/xuat/danh-sach.xlsx").data))
    values = [r[1] for r in book.active.iter_rows(min_row=2, values_only=True)]
    assert "'=HYPERLINK(1) Bình" in values


def test_quarterly_report_docx_has_the_official_header(as_user, ids):
    response = as_user("bithu.a").get(f"/ke-hoach/{ids['plan']}/bao-cao-quy-1.docx?so=5")
    doc = Document(io.BytesIO(response.data))
    header = doc.tables[0]
    assert header.rows[0].cells[1].text == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert header.rows[0].cells[0].text == "ĐẢNG BỘ PHƯỜNG VIỆT YÊN"
    assert header.rows[1].cells[0].text.startswith("CHI BỘ TRƯỜNG THPT CB-A")
    assert header.rows[2].cells[0].text == "Số 05-BC/CB"
    party = header.rows[0].cells[1].paragraphs[0].runs[0]
    assert party.bold and party.underline
    assert header.rows[1].cells[0].paragraphs[0].runs[0].bold
    assert header.rows[1].cells[0].paragraphs[1].text == "*"
    assert header.rows[2].cells[1].text == "Việt Yên, ngày 26 tháng 11 năm 2026"
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "quý 1 năm 2026" in body and "BÍ THƯ" in body
    assert "Nơi nhận:" in body and "- Lưu chi bộ." in body
    assert doc.tables[1].rows[1].cells[2].text == "1"       # Q1 target of the source row


def test_quarterly_report_printable_page(as_user, ids):
    html = as_user("capuy").get(f"/ke-hoach/{ids['plan']}/bao-cao-quy-2?so=12").get_data(
        as_text=True)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in html and "ngày 26 tháng 11 năm 2026" in html
    assert "Số 12-BC/CB" in html and "bao-cao-quy-2.docx?so=12" in html
    assert as_user("capuy").get(f"/ke-hoach/{ids['plan']}/bao-cao-quy-5").status_code == 404


def test_the_quarterly_report_asks_its_number_and_refuses_a_docx_without_it(as_user, ids):
    client, plan = as_user("bithu.a"), ids["plan"]
    first = client.get(f"/ke-hoach/{plan}/bao-cao-quy-1")
    form = first.get_data(as_text=True)
    assert first.status_code == 200 and 'name="so"' in form and "Việt Yên" in form
    assert "error-summary" not in form
    refused = client.get(f"/ke-hoach/{plan}/bao-cao-quy-1.docx")
    page = refused.get_data(as_text=True)
    assert refused.status_code == 422 and "Chưa có số báo cáo" in page
    assert 'aria-invalid="true" aria-describedby="e-so"' in page
    for wrong in ("", "5a", "0", "12345", "05-BC/CB"):
        answer = client.get(f"/ke-hoach/{plan}/bao-cao-quy-1", query_string={"so": wrong})
        assert answer.status_code == 422, wrong
        assert "Số      -BC/CB" not in answer.get_data(as_text=True)
    assert client.get(f"/ke-hoach/{plan}/bao-cao-quy-1?so=9999").status_code == 200


def test_the_report_takes_the_cells_place_and_full_name_from_its_settings(app, as_user, ids):
    from datetime import date
    app.extensions["ketnap"].command(app.extensions["ketnap"].store.change_cell_settings,
                                     "CB-A", "Bích Động",
                                     "Chi bộ Trường THPT Bích Động", date(2026, 1, 1), "admin")
    doc = Document(io.BytesIO(as_user("bithu.a").get(
        f"/ke-hoach/{ids['plan']}/bao-cao-quy-1.docx?so=7").data))
    header = doc.tables[0]
    assert header.rows[2].cells[1].text.startswith("Bích Động, ngày ")
    assert header.rows[1].cells[0].text.startswith("CHI BỘ TRƯỜNG THPT BÍCH ĐỘNG")


def test_a_report_without_any_place_is_refused_naming_the_place(app, as_user, ids):
    app.config["KETNAP_REPORT_PLACE"] = ""
    answer = as_user("bithu.a").get(f"/ke-hoach/{ids['plan']}/bao-cao-quy-1.docx?so=7")
    page = answer.get_data(as_text=True)
    assert answer.status_code == 422 and "chưa cài địa danh" in page
    assert "ketnap cell settings CB-A --place" in page and "……" not in page
