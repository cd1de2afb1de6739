"""The living documentation joins the features with the latest results and the articles."""

from __future__ import annotations

import json

from domain.rules import RULE_SETS
from service.livingdocs import load_features, render_html

FEATURE = """# language: vi
Tính năng: Chi bộ xét kết nạp
  Quy tắc: Đủ 18 tuổi tính theo tháng
    @rule_age_minimum
    Tình huống: Sinh nhật trong tháng họp
      Cho quần chúng "Nguyễn <Văn> An" sinh ngày 25/05/2006
      Thì chi bộ được xét

    @rule_vote_two_thirds
    Khung tình huống: Hai phần ba
      Khi <tan_thanh> trên <tong> đảng viên tán thành
      Thì nghị quyết <ket_qua>
      Dữ liệu:
        | tong | tan_thanh | ket_qua |
        | 9    | 6         | đạt     |
"""


def _results(tmp_path, outline_ok: bool):
    results = [{"uri": "ket_nap.feature", "elements": [
        {"name": "Sinh nhật trong tháng họp", "steps": [{"result": {"status": "passed"}}]},
        {"name": "Hai phần ba", "steps": [
            {"result": {"status": "passed" if outline_ok else "failed"}}]},
    ]}]
    path = tmp_path / "cucumber.json"
    path.write_text(json.dumps(results), encoding="utf-8")
    return path


def test_each_scenario_shows_its_latest_result_and_rule(tmp_path):
    folder = tmp_path / "features"
    folder.mkdir()
    (folder / "ket_nap.feature").write_text(FEATURE, encoding="utf-8")
    [feature] = load_features(folder, _results(tmp_path, outline_ok=False))
    by_name = {s.name: s for s in feature.scenarios}
    assert by_name["Sinh nhật trong tháng họp"].status == "đạt"
    assert by_name["Hai phần ba"].status == "không đạt"
    assert by_name["Hai phần ba"].examples[0] == ["tong", "tan_thanh", "ket_qua"]
    assert by_name["Sinh nhật trong tháng họp"].rule_group == "Đủ 18 tuổi tính theo tháng"


def test_the_document_escapes_text_and_ends_with_the_article_table(tmp_path):
    folder = tmp_path / "features"
    folder.mkdir()
    (folder / "ket_nap.feature").write_text(FEATURE, encoding="utf-8")
    html = render_html(load_features(folder, _results(tmp_path, outline_ok=True)))
    assert "Nguyễn &lt;Văn&gt; An" in html
    table = html.split("Bảng đối chiếu")[1]
    article = RULE_SETS[-1].rule("age_minimum").article
    assert article in table
    age_row = table.split(article)[1].split("</tr>")[0]
    assert "Sinh nhật trong tháng họp" in age_row
    assert "<td>Cao</td>" in age_row          # the catalogue's confidence, in words
    retention = RULE_SETS[-1].rule("retention_never_admitted").article
    assert "<td>Trung bình</td>" in table.split(retention)[1].split("</tr>")[0]
    assert "chưa có tình huống" in table     # rules without a scenario are called out


def test_the_tables_under_the_given_steps_are_shown():
    """Issue 19: the facts a scenario is given (a table under "Cho") are part of what the
    committee reads; the document says when its results were run and links back to the app."""
    from datetime import UTC, datetime
    from pathlib import Path

    from service.livingdocs import load_features, render_html
    features = Path(__file__).resolve().parents[2] / "features"
    html = render_html(load_features(features, Path("/nonexistent.json")), app_link="/")
    assert "<td>đăng ký học lớp bồi dưỡng nhận thức về Đảng</td>" in html
    assert "chưa có kết quả chạy nào" in html and 'href="/">Về Ketnap' in html
    ran = render_html(load_features(features, Path("/nonexistent.json")),
                      results_at=datetime(2026, 12, 2, 18, 21, tzinfo=UTC))
    assert "kết quả của lần chạy lúc 01:21 03/12/2026" in ran
    assert "dossier_complete" not in ran


def test_example_headers_are_vietnamese_words_not_code_names():
    """Issue 19: the committee reads the outlines' example headers (`ngày họp`, not
    `ngay_hop`), in the tables and in the steps that name them."""
    import re
    from pathlib import Path

    from service.livingdocs import load_features, render_html
    features = load_features(Path(__file__).resolve().parents[2] / "features")
    outlines = [s for f in features for s in f.scenarios if s.examples]
    assert len(outlines) >= 8
    code_name = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*$")
    for s in outlines:
        assert not [h for h in s.examples[0] if code_name.match(h) and h.isascii()], s.name
        for _, text, _table in s.steps:
            assert not re.search(r"<[a-z0-9_]+>", text), text
    html = render_html(features)
    assert "<th>ngày họp</th>" in html and "<th>ngay_hop</th>" not in html
    assert "&lt;ngày họp&gt;" in html
