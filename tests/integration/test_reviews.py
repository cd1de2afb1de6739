"""Reviews are facts in the log on both stores: replayed by a fresh process, sealed in the
audit chain, ignored by the read models, and tied to the rules in `ketnap audit report`."""

from __future__ import annotations

import json
from datetime import date

import pytest

from domain.review import procedure_id
from service.livingdocs.procedures import procedure_text
from tests.webapi.conftest import make_app
from tests.webapi.test_reviews import FEATURE, PATH, V1


@pytest.fixture
def app(database_url):
    flask_app = make_app(database_url)
    yield flask_app
    flask_app.extensions["ketnap"].close()


def features(app, tmp_path):
    folder = tmp_path / "features"
    folder.mkdir()
    (folder / PATH).write_text(FEATURE, encoding="utf-8")
    app.config["KETNAP_FEATURES_DIR"] = str(folder)
    return folder


def audit_report(app) -> dict:
    out = app.test_cli_runner().invoke(args=["audit", "report", "--cell", "LTK", "--from",
                                             "2026-01-01", "--to", "2026-12-31", "--json"])
    assert out.exit_code == 0, out.output
    return json.loads(out.output)


def test_reviews_are_replayed_sealed_and_tie_the_rules_in_the_audit_report(app, tmp_path,
                                                                         database_url):
    features(app, tmp_path)
    services = app.extensions["ketnap"]
    services.command(services.store.register_cell, "LTK", "Chi bộ Trường THPT Lý Thường Kiệt",
                     "Huyện ủy Việt Yên", date(2024, 1, 2), "capuy")
    unreviewed = {r["rule_id"] for r in audit_report(app)["not_reviewed_rules"]}
    assert {"introduction_fits", "stage_order", "age_minimum"} <= unreviewed

    current = procedure_text(PATH, FEATURE)
    services.command(services.store.review_procedure, current, V1, "not_approved",
                     [{"scenario": "Đoàn giới thiệu đoàn viên", "text": "Thiếu điều kiện"}],
                     "kiemtra")
    services.command(services.store.answer_review_comment,
                     PATH, "1.1", "kept", "Đúng Điều 4.1", None,
                     "soanthao")
    services.command(services.store.review_procedure, current, V1, "approved", [], "capuy")

    report = audit_report(app)
    unreviewed = {r["rule_id"] for r in report["not_reviewed_rules"]}
    assert "introduction_fits" not in unreviewed and "stage_order" not in unreviewed
    assert "age_minimum" in unreviewed
    text = app.test_cli_runner().invoke(args=["audit", "report", "--cell", "LTK", "--from",
                                              "2026-01-01", "--to", "2026-12-31"]).output
    assert "QUY TẮC CHƯA ĐƯỢC XEM XÉT" in text and "age_minimum" in text

    # the facts, as a fresh process reads them from the log
    from service.services import Services
    fresh = Services(database_url)
    try:
        record = fresh.store.review_record(PATH)
        assert [(r.actor, r.verdict) for r in record.reviews] == [
            ("kiemtra", "not_approved"), ("capuy", "approved")]
        assert record.comments["1.1"].answer.note == "Đúng Điều 4.1"
        assert record.texts[V1].text == FEATURE
        kinds = [type(e).__name__ for e in fresh.store.stream(procedure_id(PATH))]
        assert kinds == ["ProcedureReviewed", "ReviewCommentAnswered", "ProcedureReviewed"]
    finally:
        fresh.close()

    # sealed like every other fact, and the read models still equal a rebuild
    from service.audit import tools_of
    verdict = tools_of(app).verify()
    assert verdict.ok, verdict.message
    check = app.test_cli_runner().invoke(args=["projections", "check"])
    assert check.exit_code == 0, check.output
