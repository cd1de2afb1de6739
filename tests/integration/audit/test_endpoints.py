"""CLI and HTTP give the same verdicts; only inspectors, the committee and admins get in."""

from __future__ import annotations

import pytest

from service.demo import CELL, WARD
from tests.conftest import FIXED_NOW, app_config, master_key_in, migrate
from tests.integration.audit import tamper

TOKENS: dict[str, dict] = {}


@pytest.fixture
def audited_app(app_demo_copy, database_url, tmp_path, monkeypatch):
    """The app on a copy of the demo this session recorded through it (tests/conftest.py)."""
    from service import create_app
    monkeypatch.setenv("KETNAP_MASTER_KEY_FILE", master_key_in(tmp_path))
    migrate(database_url)
    app = create_app(app_config(database_url, tmp_path))
    accounts = app.extensions["ketnap_accounts"]
    for role in ("inspector", "committee", "secretary"):
        accounts.add_user(role, "mat-khau-dai-du-12", role, [CELL] if role == "secretary" else [],
                          WARD if role == "committee" else "")
        TOKENS[role] = {"Authorization": f"Bearer {accounts.issue_token(role)}"}
    yield app
    app.extensions["ketnap"].close()


def test_verify_same_verdict_on_cli_and_http(audited_app):
    runner, client = audited_app.test_cli_runner(), audited_app.test_client()
    assert runner.invoke(args=["audit", "verify"]).exit_code == 0
    assert client.get("/api/v1/audit/verify", headers=TOKENS["inspector"]).get_json()["ok"] is True
    tamper.update_state(audited_app.extensions["ketnap_audit"], 12, b'"actor":"', b'"actor":"y')
    result = runner.invoke(args=["audit", "verify"])
    assert result.exit_code == 1 and "vị trí 12" in result.output
    body = client.get("/api/v1/audit/verify", headers=TOKENS["inspector"]).get_json()
    assert body["ok"] is False and body["problems"][0]["position"] == 12


def test_checkpoint_prints_the_text_for_the_minutes(audited_app):
    result = audited_app.test_cli_runner().invoke(args=["audit", "checkpoint"])
    assert result.exit_code == 0, result.output
    assert "Gốc cây Merkle" in result.output and "Dấu vân tay khóa công khai" in result.output


def test_report_json_html_and_cli(audited_app):
    client = audited_app.test_client()
    query = f"cell={CELL}&from=2024-01-01&to=2026-11-26"
    body = client.get(f"/api/v1/audit/report?{query}", headers=TOKENS["inspector"]).get_json()
    # the demo's only late step is a ceremony the superior consented to (issue 15)
    assert body["count"] == 1 and body["cell"] == CELL
    assert [f["kind"] for f in body["findings"]] == ["deadline_consented"]
    page = client.get(f"/api/v1/audit/report.html?{query}",
                      headers=TOKENS["committee"])
    assert "BÁO CÁO KIỂM TRA" in page.get_data(as_text=True)
    out = audited_app.test_cli_runner().invoke(args=["audit", "report", "--cell", CELL,
                                                     "--from", "2024-01-01", "--to",
                                                     "2026-11-26", "--json"])
    assert out.exit_code == 0 and '"count": 1' in out.output


def test_secretary_and_anonymous_are_refused(audited_app):
    client = audited_app.test_client()
    assert client.get("/api/v1/audit/verify").status_code == 401
    assert client.get("/api/v1/audit/verify",
                      headers={"Authorization": "Bearer ktn_wrong"}).status_code == 401
    assert client.get("/api/v1/audit/verify", headers=TOKENS["secretary"]).status_code == 403


def test_the_audit_api_cannot_write(audited_app):
    client = audited_app.test_client()
    for path in ("/api/v1/audit/verify", "/api/v1/audit/report"):
        assert client.post(path, headers=TOKENS["inspector"]).status_code == 405


def test_replay_over_http_has_the_plan_status_shape(audited_app):
    client = audited_app.test_client()
    body = client.get(f"/api/v1/audit/replay?cell={CELL}&as_of=2024-06-30T23:59",
                      headers=TOKENS["inspector"]).get_json()
    assert body["candidates"] and {"id", "full_name", "stage"} <= set(body["candidates"][0])
    plan = body["plans"][0]
    live = client.get(f"/api/v1/plans/{plan['plan_id']}/status",
                      headers=TOKENS["committee"]).get_json()
    assert set(plan["activities"]) == set(live["activities"])
    for code, activity in plan["activities"].items():
        assert set(activity) == set(live["activities"][code])
    changed = client.get(f"/api/v1/audit/replay?cell={CELL}&from=2024-06-30&as_of=2024-09-30",
                         headers=TOKENS["committee"]).get_json()
    assert changed["candidates"]


def test_prove_a_candidates_history_and_an_extension(audited_app):
    import json

    from service.audit import merkle
    from service.audit.sealing import leaf_of
    runner = audited_app.test_cli_runner()
    tools = audited_app.extensions["ketnap_audit"]
    first, _ = tools.checkpoint()
    services = audited_app.extensions["ketnap"]
    candidate = next(e for _, e in services.store.read_events(0, 500)
                     if type(e).__name__ == "CandidateNominated").originator_id
    services.command(services.store.change_superior,
                     CELL, "Đảng ủy phường Y", FIXED_NOW.date(), "bithu")
    tools.checkpoint()
    result = runner.invoke(args=["audit", "prove", "--stream", str(candidate)])
    assert result.exit_code == 0, result.output
    proved = json.loads(result.output)
    cp = proved["checkpoint"]
    assert len(proved["events"]) > 3 and not proved["not_sealed"]
    for event in proved["events"]:
        leaf = leaf_of(event["position"], bytes.fromhex(event["content_hash"]))
        assert merkle.verify_inclusion(event["leaf_index"], cp["tree_size"], leaf,
                                       [bytes.fromhex(h) for h in event["inclusion"]],
                                       bytes.fromhex(cp["root_hash"]))
    result = runner.invoke(args=["audit", "prove", "--from-size", str(first.tree_size)])
    extension = json.loads(result.output)
    assert merkle.verify_consistency(first.tree_size, cp["tree_size"],
                                     bytes.fromhex(first.root_hash),
                                     bytes.fromhex(cp["root_hash"]),
                                     [bytes.fromhex(h) for h in extension["consistency"]])
    assert runner.invoke(args=["audit", "prove"]).exit_code != 0


def test_prove_refuses_a_malformed_stream_id(audited_app):
    audited_app.extensions["ketnap_audit"].checkpoint()
    result = audited_app.test_cli_runner().invoke(args=["audit", "prove", "--stream", "x"])
    assert result.exit_code == 1 and "Mã luồng không hợp lệ" in result.output
