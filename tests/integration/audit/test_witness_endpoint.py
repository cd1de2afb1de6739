"""POST /api/v1/audit/witness: a Ketnap keeps other cells' checkpoints, append-only, and
refuses a rewrite (409) and a forged signature (422). Here the demo cell's Ketnap pushes to
itself (its witness table is apart from its own checkpoints)."""

from __future__ import annotations

import dataclasses
import json
from urllib.parse import urlsplit

import pytest

from service.audit import witness
from service.audit.proofs import consistency
from service.demo import CELL
from tests.integration.audit import tamper
from tests.integration.audit.test_endpoints import TOKENS, audited_app  # noqa: F401

URL = "http://witness.example/api/v1/audit/witness"


@pytest.fixture
def tools(audited_app):  # noqa: F811
    return audited_app.extensions["ketnap_audit"]


@pytest.fixture
def client(audited_app):  # noqa: F811
    return audited_app.test_client()


def body(tools, checkpoint, old_size: int) -> dict:
    with tools.engine.connect() as conn:
        proof = [h.hex() for h in consistency(conn, old_size, checkpoint.tree_size)]
    return {"checkpoint": json.loads(tools.witness_line(checkpoint)), "old_size": old_size,
            "consistency": proof}


def post(client, data, role="secretary"):
    return client.post("/api/v1/audit/witness", json=data, headers=TOKENS[role])


def held(client, tools):
    answer = client.get("/api/v1/audit/witness", query_string={"origin": tools.origin()},
                        headers=TOKENS["secretary"])
    return answer.get_json()["checkpoints"]


def another_command(tools, body_name="Đảng ủy phường Y"):
    tools.services.command(tools.services.store.change_superior, CELL, body_name,
                           tools.services.store.clock().date(), "bithu")


def test_accepts_checkpoints_that_extend_the_last(client, tools):
    first, _ = tools.checkpoint()
    assert post(client, body(tools, first, 0)).status_code == 201
    another_command(tools)
    second, _ = tools.checkpoint()
    answer = post(client, body(tools, second, first.tree_size))
    assert answer.status_code == 201 and answer.get_json()["held"] == 2
    assert [c["tree_size"] for c in held(client, tools)] == [first.tree_size, second.tree_size]


def test_refuses_a_rewritten_log_with_409(client, tools):
    first, _ = tools.checkpoint()
    assert post(client, body(tools, first, 0)).status_code == 201
    tamper.update_state(tools, 12, b'"actor":"', b'"actor":"x')
    tamper.reseal_as_insider(tools, with_mac=True)
    tamper.delete_checkpoints(tools)
    rewritten, _ = tools.checkpoint()                 # the application signs what it sees
    answer = post(client, body(tools, rewritten, first.tree_size))
    assert answer.status_code == 409
    assert answer.get_json()["error"] == "not_an_extension"
    assert answer.get_json()["held_size"] == first.tree_size
    assert len(held(client, tools)) == 1


def test_refuses_a_wrong_old_size_with_409(client, tools):
    first, _ = tools.checkpoint()
    assert post(client, body(tools, first, 0)).status_code == 201
    another_command(tools)
    second, _ = tools.checkpoint()
    assert post(client, body(tools, second, 0)).status_code == 409


def test_refuses_a_forged_signature_with_422(client, tools):
    first, _ = tools.checkpoint()
    forged = body(tools, first, 0)
    forged["checkpoint"]["root_hash"] = "0" * 64
    answer = post(client, forged)
    assert answer.status_code == 422 and answer.get_json()["error"] == "untrusted_signature"
    assert held(client, tools) == []


def test_a_rotated_key_is_accepted_only_with_its_endorsement(client, tools):
    first, _ = tools.checkpoint()
    assert post(client, body(tools, first, 0)).status_code == 201
    tools.rotate_key()
    another_command(tools)
    second, _ = tools.checkpoint()
    unendorsed = body(tools, second, first.tree_size)
    unendorsed["checkpoint"]["endorsement"] = None
    assert post(client, unendorsed).status_code == 422
    assert post(client, body(tools, second, first.tree_size)).status_code == 201


def test_only_token_users_with_a_role_may_push(client, tools):
    first, _ = tools.checkpoint()
    assert client.post("/api/v1/audit/witness", json=body(tools, first, 0)).status_code == 401
    assert post(client, body(tools, first, 0), role="inspector").status_code == 403


@pytest.fixture
def over_http(client, monkeypatch):
    """The witness client's HTTP requests, answered by the test client."""
    def request(url, token, data=None):
        parts = urlsplit(url)
        headers = {"Authorization": f"Bearer {token}"}
        answer = (client.get(parts.path, query_string=parts.query, headers=headers)
                  if data is None else client.post(parts.path, json=data, headers=headers))
        return answer.status_code, answer.get_json()
    monkeypatch.setattr(witness, "_request", request)


def test_checkpoints_are_pushed_and_verify_checks_the_url(audited_app, tools,  # noqa: F811
                                                          over_http):
    token = TOKENS["secretary"]["Authorization"].split()[1]
    tools.settings = dataclasses.replace(tools.settings, witness_url=URL, witness_token=token)
    tools.checkpoint()
    another_command(tools)
    tools.checkpoint()
    runner = audited_app.test_cli_runner()
    result = runner.invoke(args=["audit", "verify", "--witness", URL])
    assert result.exit_code == 0, result.output
    assert "nối tiếp 2 điểm kiểm tra do nhân chứng giữ" in result.output
    tamper.update_state(tools, 12, b'"actor":"', b'"actor":"x')
    tamper.reseal_as_insider(tools, with_mac=True)
    tamper.delete_checkpoints(tools)
    result = runner.invoke(args=["audit", "verify", "--witness", URL])
    assert result.exit_code == 1 and "nhân chứng" in result.output
    assert "CẢNH BÁO" in result.output


def test_an_origin_belongs_to_the_account_that_first_pushed_it(client, tools):
    first, _ = tools.checkpoint()
    assert post(client, body(tools, first, 0)).status_code == 201
    another_command(tools)
    second, _ = tools.checkpoint()
    answer = post(client, body(tools, second, first.tree_size), role="committee")
    assert answer.status_code == 403 and len(held(client, tools)) == 1
