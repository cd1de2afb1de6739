"""The `ketnap` command on both stores: init, cells, plan import, demo."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.cli import cli

SEED_PLAN = Path(__file__).resolve().parents[2] / "examples" / \
    "ke-hoach-2024-thpt-ly-thuong-kiet.toml"


@pytest.fixture
def run(database_url, monkeypatch, tmp_path):
    from click.testing import CliRunner
    monkeypatch.setenv("KETNAP_DATABASE_URL", database_url)
    monkeypatch.setenv("KETNAP_SECRET_KEY", "test")
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(cli, list(args), input=input, catch_exceptions=False)
    return invoke


def test_init_cell_and_seed_plan_import(run):
    assert run("init").exit_code == 0
    added = run("cell", "add", "THPT-LTK", "--name", "Chi bộ THPT Lý Thường Kiệt",
                "--superior", "Huyện ủy Việt Yên", "--since", "2023-01-05", "--actor", "admin")
    assert added.exit_code == 0, added.output
    imported = run("plan", "import", str(SEED_PLAN), "--actor", "bithu")
    assert imported.exit_code == 0, imported.output
    assert "02-KH/CB" in imported.output
    again = run("plan", "import", str(SEED_PLAN), "--actor", "bithu")
    assert again.exit_code == 1 and "đã có kế hoạch năm 2024" in again.output


def test_a_plan_file_whose_row_does_not_add_up_is_refused_naming_the_row(run, tmp_path):
    run("init")
    run("cell", "add", "THPT-LTK", "--name", "A", "--superior", "B", "--since", "2023-01-05")
    bad = tmp_path / "bad.toml"
    bad.write_text(SEED_PLAN.read_text(encoding="utf-8").replace("total = 15\nGV = 2\nHS = 13\n"
                                                                 "quarters", "total = 16\nGV = 2"
                                                                 "\nHS = 13\nquarters", 1),
                   encoding="utf-8")
    result = run("plan", "import", str(bad))
    assert result.exit_code == 1
    assert "dòng 3" in result.output and "khác tổng số 16" in result.output


def test_demo_loads_once_with_a_living_history(run):
    first = run("demo")
    assert first.exit_code == 0, first.output
    assert "THPT-LTK" in first.output
    second = run("demo")
    assert "không nạp lại" in second.output


def test_unknown_cell_is_a_clear_error(run):
    run("init")
    result = run("plan", "import", str(SEED_PLAN))
    assert result.exit_code == 1 and "Không tìm thấy chi bộ mã THPT-LTK" in result.output


def test_cell_settings_give_the_place_and_full_name_and_refuse_an_empty_place(run):
    import os

    from service.services import Services
    run("init")
    run("cell", "add", "THPT-LTK", "--name", "Chi bộ THPT Lý Thường Kiệt", "--superior",
        "Huyện ủy Việt Yên", "--since", "2023-01-05")
    empty = run("cell", "settings", "THPT-LTK", "--place", "  ", "--since", "2023-01-06")
    assert empty.exit_code == 1 and "Địa danh" in empty.output
    done = run("cell", "settings", "THPT-LTK", "--place", "Việt Yên", "--full-name",
               "Chi bộ Trường Trung học phổ thông Lý Thường Kiệt", "--since", "2023-01-06")
    assert done.exit_code == 0, done.output
    services = Services(os.environ["KETNAP_DATABASE_URL"])
    try:
        cell = services.store.cell("THPT-LTK")
    finally:
        services.close()
    assert (cell.place, cell.document_name) == (
        "Việt Yên", "Chi bộ Trường Trung học phổ thông Lý Thường Kiệt")


def test_the_command_line_takes_dates_as_the_pages_do_and_refuses_as_dd_mm_yyyy(run):
    run("init")
    run("cell", "add", "THPT-NTH", "--name", "Chi bộ THPT Ngô Thì Nhậm", "--superior",
        "Huyện ủy Việt Yên", "--since", "05.01.2023")
    wrong = run("cell", "settings", "THPT-NTH", "--place", "Việt Yên", "--since", "31.02.2023")
    assert wrong.exit_code == 2 and "dd/mm/yyyy" in wrong.output
    assert "does not match" not in wrong.output and "%Y" not in wrong.output
    for typed in ("6/1/2023", "06-01-2023", "06012023"):
        done = run("cell", "settings", "THPT-NTH", "--place", "Việt Yên", "--since", typed)
        assert done.exit_code == 0, (typed, done.output)
