"""`ketnap user add|token` and `ketnap demo-users`, and the accounts tables on both stores."""

from __future__ import annotations

import pytest

from service import create_app


@pytest.fixture
def run(database_url):
    """One app for the whole test (closed afterwards), its commands run by Flask's runner."""
    app = create_app({"KETNAP_DATABASE_URL": database_url, "SECRET_KEY": "test",
                      "KETNAP_CHEAP_PASSWORD_HASHES": True})
    runner = app.test_cli_runner()

    def invoke(*args, input=None):
        return runner.invoke(args=list(args), input=input, catch_exceptions=False)
    with app.app_context():
        invoke("init")
        yield invoke
    app.extensions["ketnap"].close()


def add_cell(run, code: str = "CB-A") -> None:
    done = run("cell", "add", code, "--name", f"Chi bộ {code}", "--superior", "Đảng ủy phường",
               "--since", "2024-01-02")
    assert done.exit_code == 0, done.output


def test_user_add_reads_the_password_from_stdin_and_token_is_stored_hashed(run, database_url):
    add_cell(run)
    added = run("user", "add", "bithu", "--role", "secretary", "--cell", "CB-A",
                input="mat-khau-rat-dai\n")
    assert added.exit_code == 0, added.output
    token = run("user", "token", "bithu").output.strip()
    assert token.startswith("ktn_") and len(token) > 40
    from sqlalchemy import create_engine, text

    from service.config import sqlalchemy_url
    engine = create_engine(sqlalchemy_url(database_url))
    with engine.connect() as conn:
        stored = conn.execute(text("select token_hash from accounts_tokens")).scalar_one()
        password = conn.execute(text("select password_hash from accounts_users")).scalar_one()
    engine.dispose()
    assert token not in stored and len(stored) == 64
    assert password.startswith("$argon2id$")


def test_user_add_refuses_bad_definitions(run):
    assert run("user", "add", "x", "--role", "secretary", input="mat-khau-rat-dai\n"
               ).exit_code == 1
    assert run("user", "add", "y", "--role", "inspector", input="ngan\n").exit_code == 1
    run("user", "add", "z", "--role", "inspector", input="mat-khau-rat-dai\n")
    again = run("user", "add", "z", "--role", "inspector", input="mat-khau-rat-dai\n")
    assert again.exit_code == 1 and "đã có" in again.output
    assert run("user", "token", "nobody").exit_code == 1


def test_demo_users_prints_logins_once(run):
    first = run("demo-users")
    assert first.exit_code == 0 and "bithu.ltk" in first.output and "mật khẩu:" in first.output
    second = run("demo-users")
    assert "đã có" in second.output and "mật khẩu:" not in second.output
