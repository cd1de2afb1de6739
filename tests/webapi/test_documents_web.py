"""Issue 20 through the browser's routes and the API: the Văn bản section, each document as
DOCX and as a printable page (the same lines), the list, refusals, rights, and a document
written again after a rebuild of the read models."""

from __future__ import annotations

import io
import re

import pytest
from docx import Document

from domain import events as ev
from service.demo import CELL, load_demo
from service.documents.render import text_of
from service.readside import rebuild_all
from tests.webapi.conftest import PASSWORD, make_app, seed

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture
def demo_app(sqlite_url):
    app = make_app(sqlite_url)
    app.seed = seed(app)
    app.demo = load_demo(app.extensions["ketnap"])
    app.extensions["ketnap_accounts"].add_user("bithu.ltk", PASSWORD, "secretary", [CELL])
    yield app
    app.extensions["ketnap"].close()


@pytest.fixture
def as_user(demo_app):
    from tests.webapi.conftest import login

    def make(username: str):
        c = demo_app.test_client()
        assert login(c, username).status_code == 302
        return c
    return make


@pytest.fixture
def api(demo_app):
    def make(username: str):
        token = demo_app.extensions["ketnap_accounts"].issue_token(username)
        c = demo_app.test_client()
        return lambda method, path: c.open(f"/api/v1{path}", method=method,
                                           headers={"Authorization": f"Bearer {token}"})
    return make


def vote_of(app, key: str) -> ev.AdmissionVoted:
    history = app.extensions["ketnap"].store.candidate(app.demo[key]).history
    return [e for e in history if isinstance(e, ev.AdmissionVoted) and e.passed][-1]


def test_the_candidate_page_shows_the_documents_and_the_dossier(demo_app, as_user):
    hoa = demo_app.demo["gv-hoa"]
    page = as_user("bithu.ltk").get(f"/quan-chung/{hoa}").get_data(as_text=True)
    assert '<h2 id="van-ban">Văn bản</h2>' in page
    assert f"/quan-chung/{hoa}/van-ban/nghi-quyet-ket-nap.docx" in page
    assert "Nghị quyết đề nghị kết nạp đảng viên (Mẫu 6-KNĐ)" in page
    assert "Hồ sơ xét công nhận đảng viên chính thức" in page    # hoa is a member now
    son = demo_app.demo["hs-son"]
    page = as_user("bithu.ltk").get(f"/quan-chung/{son}?ngay_hop=2026-12-01").get_data(
        as_text=True)
    assert "Chưa có văn bản nào lập được từ hồ sơ." in page
    assert "<strong>Thiếu</strong>" in page and "01/12/2026" in page


def test_the_planned_meeting_date_is_typed_day_first_and_the_print_link_keeps_it(demo_app,
                                                                                as_user):
    son = demo_app.demo["hs-son"]
    page = as_user("bithu.ltk").get(f"/quan-chung/{son}?ngay_hop=01/12/2026").get_data(
        as_text=True)
    assert "01/12/2026" in page and "ngay_hop=01/12/2026" in page
    assert "ngay_hop=2026" not in page


def test_the_docx_and_the_printable_page_say_the_same_as_the_record(demo_app, as_user):
    hoa, vote = demo_app.demo["gv-hoa"], vote_of(demo_app, "gv-hoa")
    browser = as_user("bithu.ltk")
    got = browser.get(f"/quan-chung/{hoa}/van-ban/nghi-quyet-ket-nap.docx")
    assert got.status_code == 200 and got.headers["Content-Type"] == DOCX
    text = text_of(got.data)
    assert f"Số {vote.document_no}" in text
    assert f"chi bộ: {vote.official_members} đồng chí" in text
    assert f"Ngày {vote.occurred_on:%d/%m/%Y}," in text
    printable = browser.get(f"/quan-chung/{hoa}/van-ban/nghi-quyet-ket-nap").get_data(as_text=True)
    shown = re.sub(r"<[^>]+>", "", printable)
    for line in text.splitlines():
        assert line in shown


def test_the_api_lists_the_documents_and_refuses_one_naming_what_is_missing(demo_app, api):
    call = api("bithu.ltk")
    tam = demo_app.demo["hs-tam"]                  # voted; the superior has not decided
    listed = call("GET", f"/candidates/{tam}/documents").get_json()
    assert {d["code"]: d["ready"] for d in listed} == {
        "tong-hop-nhan-xet": True, "nghi-quyet-ket-nap": True, "bien-ban-xet-ket-nap": True}
    assert all(d["source"] for d in listed)
    refused = call("GET", f"/candidates/{tam}/documents/quyet-dinh-ket-nap.docx")
    assert refused.status_code == 422
    body = refused.get_json()
    assert body["error"] == "document_facts_missing"
    assert body["fields"] == ["decision_date", "decision_no", "decided_by"]
    assert "số quyết định kết nạp" in body["message"]
    assert call("GET", f"/candidates/{tam}/documents/khong-co.docx").status_code == 404
    got = call("GET", f"/candidates/{tam}/documents/nghi-quyet-ket-nap.docx")
    assert got.status_code == 200
    assert f"tán thành: {vote_of(demo_app, 'hs-tam').votes_for} đồng chí" in text_of(got.data)


def test_the_web_refuses_a_document_without_its_facts_in_vietnamese(demo_app, as_user):
    tam = demo_app.demo["hs-tam"]
    got = as_user("bithu.ltk").get(f"/quan-chung/{tam}/van-ban/quyet-dinh-ket-nap.docx")
    assert got.status_code == 422
    assert "hồ sơ còn thiếu ngày quyết định kết nạp" in got.get_data(as_text=True)


def test_only_those_who_read_the_cell_get_its_documents(demo_app, api, as_user):
    hoa = demo_app.demo["gv-hoa"]
    path = f"/candidates/{hoa}/documents/quyet-dinh-ket-nap.docx"
    assert api("bithu.a")("GET", path).status_code == 403        # another cell's secretary
    assert api("quantri")("GET", path).status_code == 403        # the admin reads no record
    assert api("capuy")("GET", path).status_code == 200
    assert api("kiemtra")("GET", path).status_code == 200
    assert as_user("bithu.a").get(f"/quan-chung/{hoa}/van-ban/quyet-dinh-ket-nap").status_code \
        == 403


def test_a_template_with_an_unknown_field_is_refused_by_the_api(demo_app, api, tmp_path):
    own = Document()
    own.add_paragraph("{{ full_name }} {{ ngay_sinh_am_lich }}")
    own.save(tmp_path / "nghi-quyet-ket-nap.docx")
    demo_app.config["KETNAP_TEMPLATES_DIR"] = str(tmp_path)
    got = api("bithu.ltk")("GET", f"/candidates/{demo_app.demo['gv-hoa']}/documents/"
                                  "nghi-quyet-ket-nap.docx")
    assert got.status_code == 422
    assert got.get_json()["error"] == "template_field_unknown"
    assert got.get_json()["fields"] == ["ngay_sinh_am_lich"]


def test_a_document_is_written_again_identical_after_a_rebuild(demo_app, api):
    call = api("capuy")
    paths = [f"/candidates/{demo_app.demo[key]}/documents/{code}.docx"
             for key, code in (("tc-hai", "quyet-dinh-chinh-thuc"), ("gv-hoa", "nghi-quyet-ket-nap"),
                               ("tc-my", "nghi-quyet-xoa-ten"))]
    before = [text_of(call("GET", p).data) for p in paths]
    rebuild_all(demo_app.extensions["ketnap"], workers=0)
    after = [text_of(call("GET", p).data) for p in paths]
    assert after == before and all(before)
    assert Document(io.BytesIO(call("GET", paths[0]).data)).paragraphs


@pytest.mark.parametrize("username", ["bithu.ltk", "capuy"])
def test_the_meetings_page_lists_the_resolution_and_minutes_of_each_vote_taken_there(
        demo_app, as_user, username):
    """Issue 20 item 5: a meeting's documents on the meeting's page, for the secretary and
    the committee; each link opens the document written from that vote's record."""
    hoa, vote = demo_app.demo["gv-hoa"], vote_of(demo_app, "gv-hoa")
    browser = as_user(username)
    page = browser.get(f"/chi-bo/{CELL}/dang-vien")
    assert page.status_code == 200
    row = next(r for r in page.get_data(as_text=True).split("<tr>")
               if r.startswith(f"<td>{vote.occurred_on:%d/%m/%Y}</td>"))
    for code in ("nghi-quyet-ket-nap", "bien-ban-xet-ket-nap"):
        assert f"/quan-chung/{hoa}/van-ban/{code}.docx" in row
    minutes = browser.get(f"/quan-chung/{hoa}/van-ban/bien-ban-xet-ket-nap.docx")
    assert minutes.status_code == 200
    roster = demo_app.extensions["ketnap"].store.roster(CELL)
    held = roster.meetings[vote.occurred_on]
    assert f"Có mặt {len(held.present)} đồng chí" in text_of(minutes.data)
