"""The committee reviews a procedure through the web form and the API: the version read,
comments per scenario, answers, "changed since approval", refusals that store nothing, the
rules' tie-in and the minutes of a period."""

from __future__ import annotations

import io

import pytest
from docx import Document

from domain.review import version_of
from tests.webapi.conftest import PASSWORD, event_count

FEATURE = """# language: vi
Tính năng: Giới thiệu người vào Đảng
  Quy tắc: Hình thức giới thiệu phải hợp với người được giới thiệu

    @rule_introduction_fits @dieu_4_1
    Tình huống: Đoàn giới thiệu đoàn viên
      Cho học sinh "Nguyễn Văn An", đoàn viên
      Thì Đoàn được giới thiệu

    @rule_stage_order @dieu_4
    Tình huống: Chưa nộp đơn thì chưa giới thiệu
      Cho học sinh "Trần Thị Bình" chưa nộp đơn
      Thì việc giới thiệu bị từ chối
"""
PATH = "gioi_thieu.feature"
V1 = version_of(FEATURE)


@pytest.fixture
def features(app, tmp_path):
    folder = tmp_path / "features"
    folder.mkdir()
    (folder / PATH).write_text(FEATURE, encoding="utf-8")
    app.config["KETNAP_FEATURES_DIR"] = str(folder)
    app.extensions["ketnap_accounts"].add_user("soanthao", PASSWORD, "maintainer", [])
    return folder


def review(call, version=V1, verdict="approved", comments=()):
    return call("POST", "/procedure-reviews", json={
        "path": PATH, "version": version, "verdict": verdict, "comments": list(comments)})


def test_a_committee_member_approves_the_version_read_and_the_state_says_who(api, features):
    created = review(api("capuy"))
    assert created.status_code == 201, created.get_json()
    state = api("bithu.a")("GET", f"/procedures/{PATH}").get_json()
    assert state["state"] == "approved" and state["approved_version"] == V1
    assert [a["actor"] for a in state["approved_by"]] == ["capuy"]


@pytest.mark.parametrize(("body", "field"), [
    ({"version": version_of("không có")}, "version"),
    ({"version": "abc"}, "version"),
    ({"verdict": "not_approved", "comments": [{"scenario": "Không có", "text": "Sai"}]},
     "comments"),
    ({"verdict": "not_approved", "comments": [{"scenario": None, "text": "  "}]}, "comments"),
    ({"verdict": "not_approved"}, "comments"),
    ({"verdict": "perhaps"}, "verdict"),
])
def test_bad_reviews_are_422_naming_the_field_and_store_nothing(app, api, features, body, field):
    before = event_count(app)
    response = api("kiemtra")("POST", "/procedure-reviews",
                              json={"path": PATH, "version": V1, "verdict": "approved", **body})
    assert response.status_code == 422
    assert field in response.get_json()["errors"]
    assert event_count(app) == before


def test_an_unknown_procedure_is_404_and_a_secretary_may_not_review(app, api, features):
    before = event_count(app)
    missing = api("capuy")("POST", "/procedure-reviews", json={
        "path": "khong_co.feature", "version": V1, "verdict": "approved"})
    assert missing.status_code == 404
    assert review(api("bithu.a")).status_code == 403
    assert review(api("soanthao")).status_code == 403
    assert event_count(app) == before


def test_comments_are_answered_by_the_maintainer_and_the_thread_stays(app, api, features):
    made = review(api("kiemtra"), verdict="not_approved", comments=[
        {"scenario": "Đoàn giới thiệu đoàn viên", "text": "Thiếu tuổi đoàn viên"},
        {"scenario": None, "text": "Xem lại cả quy trình"}])
    assert made.status_code == 201
    answer = {"path": PATH, "comment": "1.1", "outcome": "kept", "note": "Đúng Điều 4.1"}
    assert api("capuy")("POST", "/procedure-review-answers", json=answer).status_code == 403
    assert api("soanthao")("POST", "/procedure-review-answers",
                           json={**answer, "note": ""}).status_code == 422
    assert api("soanthao")("POST", "/procedure-review-answers", json=answer).status_code == 201
    again = api("quantri")("POST", "/procedure-review-answers", json=answer)
    assert again.status_code == 422 and "comment" in again.get_json()["errors"]
    state = api("capuy")("GET", f"/procedures/{PATH}").get_json()
    assert state["state"] == "not_approved"
    assert [c["id"] for c in state["open_comments"]] == ["1.2"]
    [done] = state["answered_comments"]
    assert done["text"] == "Thiếu tuổi đoàn viên"
    assert done["answer"] == {"actor": "soanthao", "at": done["answer"]["at"],
                              "outcome": "kept", "note": "Đúng Điều 4.1", "in_version": None}


def test_a_change_after_approval_shows_old_and_new_scenarios(api, as_user, features):
    assert review(api("capuy")).status_code == 201
    changed = FEATURE.replace("Thì Đoàn được giới thiệu", "Thì Đoàn được giới thiệu khi đủ 18 tuổi")
    (features / PATH).write_text(changed, encoding="utf-8")
    state = api("capuy")("GET", f"/procedures/{PATH}").get_json()
    assert state["state"] == "changed_since_approval" and state["version"] == version_of(changed)
    assert state["changes"] == [{"scenario": "Đoàn giới thiệu đoàn viên",
                                 "old": "@rule_introduction_fits @dieu_4_1\n"
                                        "Cho học sinh \"Nguyễn Văn An\", đoàn viên\n"
                                        "Thì Đoàn được giới thiệu",
                                 "new": "@rule_introduction_fits @dieu_4_1\n"
                                        "Cho học sinh \"Nguyễn Văn An\", đoàn viên\n"
                                        "Thì Đoàn được giới thiệu khi đủ 18 tuổi"}]
    page = as_user("bithu.a").get(f"/tai-lieu-quy-trinh/xem-xet/{PATH}").get_data(as_text=True)
    assert "Đã thay đổi sau khi thông qua" in page and "khi đủ 18 tuổi" in page
    doc = as_user("kiemtra").get("/tai-lieu-quy-trinh").get_data(as_text=True)
    assert "Đã thay đổi sau khi thông qua" in doc
    # the old version may still be reviewed: the log kept its text
    assert review(api("kiemtra"), version=V1).status_code == 201


def test_the_web_form_records_a_review_with_a_scenario_comment(app, as_user, features):
    client = as_user("capuy")
    page = client.get(f"/tai-lieu-quy-trinh/xem-xet/{PATH}")
    assert page.status_code == 200 and "Chưa xem xét" in page.get_data(as_text=True)
    saved = client.post(f"/tai-lieu-quy-trinh/xem-xet/{PATH}", data={
        "version": V1, "verdict": "approved_with_remarks", "comment_1": "Nên ghi rõ Mẫu 4-KNĐ"})
    assert saved.status_code == 302
    html = client.get(f"/tai-lieu-quy-trinh/xem-xet/{PATH}").get_data(as_text=True)
    assert "Thông qua có ý kiến" in html and "Nên ghi rõ Mẫu 4-KNĐ" in html
    assert "Tình huống “Chưa nộp đơn thì chưa giới thiệu”" in html


def test_the_web_form_refuses_not_approved_without_comment_and_stores_nothing(app, as_user,
                                                                              features):
    before = event_count(app)
    refused = as_user("kiemtra").post(f"/tai-lieu-quy-trinh/xem-xet/{PATH}", data={
        "version": V1, "verdict": "not_approved", "comment_whole": "  "})
    assert refused.status_code == 422
    assert "Không thông qua thì phải nêu ý kiến" in refused.get_data(as_text=True)
    bogus = as_user("kiemtra").post(f"/tai-lieu-quy-trinh/xem-xet/{PATH}", data={
        "version": "0" * 64, "verdict": "approved"})
    assert bogus.status_code == 422 and "Không có phiên bản" in bogus.get_data(as_text=True)
    assert as_user("bithu.a").post(f"/tai-lieu-quy-trinh/xem-xet/{PATH}", data={
        "version": V1, "verdict": "approved"}).status_code == 403
    assert as_user("capuy").get("/tai-lieu-quy-trinh/xem-xet/khong_co.feature").status_code == 404
    assert event_count(app) == before


def test_rules_show_whether_their_scenarios_are_approved(api, as_user, features):
    summary = as_user("kiemtra").get("/tai-lieu-quy-trinh/xem-xet").get_data(as_text=True)
    assert "Chưa xem xét (1)" in summary
    row = summary.split("<code>introduction_fits</code>")[1].split("</tr>")[0]
    assert "0/1" in row and "chưa được xem xét" in row
    assert review(api("capuy")).status_code == 201
    summary = as_user("kiemtra").get("/tai-lieu-quy-trinh/xem-xet").get_data(as_text=True)
    assert "Đã thông qua (1)" in summary
    row = summary.split("<code>introduction_fits</code>")[1].split("</tr>")[0]
    assert "1/1" in row and "mọi tình huống đã được thông qua" in row
    row = summary.split("<code>age_minimum</code>")[1].split("</tr>")[0]
    assert "0/0" in row and "chưa được xem xét" in row


def test_the_minutes_of_a_period_as_page_and_docx(api, as_user, features):
    review(api("kiemtra"), verdict="not_approved",
           comments=[{"scenario": None, "text": "Thiếu căn cứ Điều 4"}])
    client = as_user("capuy")
    page = client.get("/tai-lieu-quy-trinh/bien-ban?tu=01/01/2026&den=31/12/2026")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "BIÊN BẢN XEM XÉT" in html
    assert "Thiếu căn cứ Điều 4" in html and "Không thông qua" in html
    assert "Từ ngày 01/01/2026 đến ngày 31/12/2026" in html
    docx = client.get("/tai-lieu-quy-trinh/bien-ban?tu=01/01/2026&den=31/12/2026&dinh-dang=docx")
    document = Document(io.BytesIO(docx.data))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "BIÊN BẢN XEM XÉT" in text and "Thiếu căn cứ Điều 4" in cells
    assert round(document.sections[0].page_width.mm) == 210
    empty = client.get("/tai-lieu-quy-trinh/bien-ban?tu=01/01/2025&den=31/12/2025")
    assert "không có kết luận xem xét" in empty.get_data(as_text=True)
    assert client.get("/tai-lieu-quy-trinh/bien-ban?tu=31/12/2026&den=01/01/2026"
                      ).status_code == 400
    assert client.get("/tai-lieu-quy-trinh/bien-ban?tu=2026-01-01&den=x").status_code == 400


def test_the_maintainer_reads_the_procedures_but_no_cell(app, as_user, ids, features):
    client = as_user("soanthao")
    assert client.get("/tai-lieu-quy-trinh").status_code == 200
    assert client.get("/tai-lieu-quy-trinh/xem-xet").status_code == 200
    assert client.get(f"/quan-chung/{ids['candidate']}").status_code == 403
    assert client.get(f"/ke-hoach/{ids['plan']}").status_code == 403
    assert "Nguyễn Văn An" not in client.get("/quan-chung").get_data(as_text=True)


def test_the_web_answer_form_answers_once_and_refuses_an_empty_note(app, api, as_user,
                                                                     features):
    review(api("capuy"), verdict="approved_with_remarks",
           comments=[{"scenario": None, "text": "Thêm căn cứ"}])
    client = as_user("soanthao")
    page = client.get(f"/tai-lieu-quy-trinh/xem-xet/{PATH}").get_data(as_text=True)
    assert "Trả lời ý kiến 1.1" in page and 'id="xem-xet"' not in page
    before = event_count(app)
    empty = client.post(f"/tai-lieu-quy-trinh/xem-xet/{PATH}/tra-loi",
                        data={"comment": "1.1", "outcome": "changed", "note": " "})
    assert empty.status_code == 422 and "Cần ghi rõ" in empty.get_data(as_text=True)
    assert as_user("kiemtra").post(f"/tai-lieu-quy-trinh/xem-xet/{PATH}/tra-loi", data={
        "comment": "1.1", "outcome": "kept", "note": "Vì"}).status_code == 403
    assert event_count(app) == before
    done = client.post(f"/tai-lieu-quy-trinh/xem-xet/{PATH}/tra-loi",
                       data={"comment": "1.1", "outcome": "changed", "note": "Đã thêm Điều 4"})
    assert done.status_code == 302
    html = client.get(f"/tai-lieu-quy-trinh/xem-xet/{PATH}").get_data(as_text=True)
    assert "Thêm căn cứ" in html and "Đã sửa</strong> ở phiên bản" in html
    assert "Đã thêm Điều 4" in html and "Trả lời ý kiến 1.1" not in html


def test_api_shape_errors_are_422_by_field(app, api, features):
    before = event_count(app)
    call = api("capuy")
    wrong = call("POST", "/procedure-reviews", json={"path": "../etc/passwd", "version": V1,
                                                     "verdict": "approved", "comments": "x"})
    assert wrong.status_code == 422
    assert {"path", "comments"} <= set(wrong.get_json()["errors"])
    assert call("POST", "/procedure-reviews", data="{", content_type="application/json"
                ).status_code == 400
    assert event_count(app) == before
