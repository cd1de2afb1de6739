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


def test_a_committee_user_is_added_with_its_body_not_cells(run):
    """Issue 14: `--body` replaces the list of cells for a committee user."""
    added = run("user", "add", "capuy", "--role", "committee", "--body", "Đảng ủy phường",
                input="mat-khau-rat-dai\n")
    assert added.exit_code == 0, added.output
    assert "Đảng ủy phường" in run("user", "list").output
    missing = run("user", "add", "capuy.thieu", "--role", "committee", input="mat-khau-rat-dai\n")
    assert missing.exit_code == 1 and "--body" in missing.output
    add_cell(run)
    cells = run("user", "role", "capuy", "--role", "committee", "--cell", "CB-A",
                "--body", "Đảng ủy phường")
    assert cells.exit_code == 1 and "--body" in cells.output


def test_demo_users_prints_logins_once(run):
    first = run("demo-users")
    assert first.exit_code == 0 and "bithu.ltk" in first.output and "mật khẩu:" in first.output
    second = run("demo-users")
    assert "đã có" in second.output and "mật khẩu:" not in second.output


@pytest.mark.parametrize("args, password, reason", [
    (("x<script>", "--role", "inspector"), "mat-khau-rat-dai", "Tên đăng nhập"),
    (("moi", "--role", "inspector"), "12345678", "12 ký tự"),
    (("moi", "--role", "inspector"), "qwerty123456", "phổ biến"),
    (("moi", "--role", "secretary", "--cell", "NO-SUCH-CELL"), "mat-khau-rat-dai",
     "NO-SUCH-CELL"),
])
def test_user_add_refuses_bad_names_weak_passwords_and_unknown_cells(run, args, password,
                                                                     reason):
    refused = run("user", "add", *args, input=password + "\n")
    assert refused.exit_code == 1 and reason in refused.output
    assert "moi" not in run("user", "list").output and "x<script>" not in run("user", "list").output


def test_the_life_cycle_of_a_user_from_the_command_line(run):
    add_cell(run)
    add_cell(run, "CB-B")
    run("user", "add", "bithu", "--role", "secretary", "--cell", "CB-A", input="mat-khau-rat-dai\n")
    listed = run("user", "list").output
    assert "bithu" in listed and "CB-A" in listed and "đang dùng" in listed
    token = run("user", "token", "bithu", "--name", "dong-bo", "--days", "30").output.strip()
    tokens = run("user", "tokens", "bithu").output
    assert "dong-bo" in tokens and "còn hiệu lực" in tokens and token not in tokens

    assert run("user", "disable", "bithu").exit_code == 0
    assert "đã khóa" in run("user", "list").output
    assert "thu hồi" in run("user", "tokens", "bithu").output
    assert run("user", "enable", "bithu").exit_code == 0
    assert "còn hiệu lực" not in run("user", "tokens", "bithu").output   # none came back

    assert run("user", "role", "bithu", "--role", "secretary", "--cell", "CB-B").exit_code == 0
    assert "CB-B" in run("user", "list").output
    assert run("user", "role", "bithu", "--role", "secretary", "--cell", "NOPE").exit_code == 1
    assert run("user", "password", "bithu", input="ngan\n").exit_code == 1
    assert run("user", "password", "bithu", input="mot-mat-khau-moi-hoan-toan\n").exit_code == 0
    assert run("user", "disable", "nobody").exit_code == 1


def test_tokens_are_revoked_one_by_one_or_all_at_once(run):
    run("user", "add", "kiemtra", "--role", "inspector", input="mat-khau-rat-dai\n")
    for name in ("mot", "hai", "ba"):
        run("user", "token", "kiemtra", "--name", name)
    first = run("user", "tokens", "kiemtra").output.splitlines()[-1].split()[0]
    assert run("user", "revoke", "kiemtra", "--token", first).exit_code == 0
    assert run("user", "tokens", "kiemtra").output.count("còn hiệu lực") == 2
    assert run("user", "revoke", "kiemtra").exit_code == 1          # neither --token nor --all
    assert run("user", "revoke", "kiemtra", "--all").exit_code == 0
    assert "còn hiệu lực" not in run("user", "tokens", "kiemtra").output
    assert "Không có mã" in run("user", "revoke", "kiemtra", "--all").output
    assert run("user", "token", "kiemtra", "--days", "0").exit_code == 1
