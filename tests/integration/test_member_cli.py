"""`ketnap member add` and `ketnap member import` on both stores: all rows or none."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from tests.integration.test_cli import run  # noqa: F401 - the CLI fixture

HEADER = "full_name,birth_date,gender,category,admitted_on,official_since,joined_on\n"


@pytest.fixture
def cell(run):  # noqa: F811
    run("init")
    run("cell", "add", "LTK", "--name", "Chi bộ", "--superior", "Đảng ủy xã", "--since",
        "2023-01-05")
    return "LTK"


def roster_names(run):  # noqa: F811
    from service import create_app
    app = create_app()
    try:
        roster = app.extensions["ketnap"].store.roster("LTK")
        return sorted((m.full_name, m.official_since) for m in roster.members.values())
    finally:
        app.extensions["ketnap"].close()


def test_member_add_lists_an_official_member(run, cell):  # noqa: F811
    added = run("member", "add", cell, "--name", "Đỗ Thị Hoa", "--born", "02/04/1980",
                "--gender", "female", "--category", "GV", "--admitted", "2005-03-26",
                "--official-since", "2006-03-26", "--joined", "2024-01-02")
    assert added.exit_code == 0, added.output
    assert roster_names(run) == [("Đỗ Thị Hoa", date(2006, 3, 26))]
    twice = run("member", "add", cell, "--name", "Đỗ Thị Hoa", "--born", "02/04/1980",
                "--gender", "female", "--category", "GV", "--admitted", "2005-03-26",
                "--joined", "2024-01-02")
    assert twice.exit_code == 1 and "Họ và tên" in twice.output


def test_a_csv_with_a_bad_row_imports_nothing_and_names_the_row(run, cell, tmp_path):  # noqa: F811
    bad = tmp_path / "ds.csv"
    bad.write_text(HEADER + "Đỗ Thị Hoa,02/04/1980,female,GV,26/03/2005,26/03/2006,02/01/2024\n"
                   "Lý Văn Nam,1990-01-01,male,NV,2015-01-01,,2024-01-02\n", encoding="utf-8")
    result = run("member", "import", cell, str(bad))
    assert result.exit_code == 1 and "Dòng 3" in result.output and "category" in result.output
    assert roster_names(run) == []


def test_an_xlsx_with_date_cells_imports_every_row(run, cell, tmp_path):  # noqa: F811
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER.strip().split(","))
    sheet.append(["Đỗ Thị Hoa", date(1980, 4, 2), "female", "GV", date(2005, 3, 26),
                  date(2006, 3, 26), date(2024, 1, 2)])
    sheet.append(["Vũ Văn Khánh", "09/01/1995", "male", "GV", "01/08/2024", None, "01/08/2024"])
    path = tmp_path / "ds.xlsx"
    book.save(path)
    result = run("member", "import", cell, str(path))
    assert result.exit_code == 0, result.output
    assert roster_names(run) == [("Vũ Văn Khánh", None), ("Đỗ Thị Hoa", date(2006, 3, 26))]
