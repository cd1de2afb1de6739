"""Biểu 2 for the demo year; the `ketnap projections` commands; migrations match tables.py."""

from __future__ import annotations

from collections import Counter
from datetime import date

from alembic import command
from sqlalchemy import text

from migrations import alembic_config, upgrade
from projections import queries
from service.config import sqlalchemy_url
from service.demo import CELL, demo_script, load_demo
from tests.readmodels import follow_commands


def admitted_in(year: int):
    people, steps = demo_script()
    persons = {p.key: p.person for p in people}
    return [(persons[s.key], s.on) for s in steps
            if s.use_case == "decide_admission" and s.on.year == year]


def age_by_month(born: date, on: date) -> int:
    return ((on.year - born.year) * 12 + on.month - born.month) // 12


def test_new_member_statistics_for_the_demo_year(services):
    follow_commands(services)
    load_demo(services)
    stats = queries.new_member_statistics(services.engine, date(2024, 1, 1),
                                          date(2024, 12, 31), cell_code=CELL)
    admitted = admitted_in(2024)
    lines = {line.label: line.count for line in stats.lines}
    assert stats.total == len(admitted) == 13
    assert lines["Nghề nghiệp: Học sinh"] == sum(p.category == "HS" for p, _ in admitted)
    assert lines["Nghề nghiệp: Viên chức"] == sum(p.category == "GV" for p, _ in admitted) == 2
    assert lines["Người dân tộc thiểu số"] == sum(p.ethnicity != "Kinh" for p, _ in admitted)
    assert lines["Người dân tộc thiểu số"] == 2
    assert lines["Đoàn viên Đoàn TNCS Hồ Chí Minh"] == sum(p.youth_union_member
                                                          for p, _ in admitted)
    ages = [age_by_month(p.birth_date, on) for p, on in admitted]
    bands = Counter("18–30" if a <= 30 else "31–35" if a <= 35 else "other" for a in ages)
    assert lines["Tuổi: 18–30"] == bands["18–30"]
    assert lines["Tuổi: 31–35"] == bands["31–35"]
    assert lines["Tuổi: trên 60"] == 0
    assert stats.average_age == round(sum(ages) / len(ages), 1)
    assert lines["Chuyên môn: Sau đại học"] == 1          # Nguyễn Đức Dũng
    empty = queries.new_member_statistics(services.engine, date(2030, 1, 1),
                                          date(2030, 12, 31))
    assert (empty.total, empty.average_age) == (0, None)
    assert all(line.count == 0 for line in empty.lines)


def cli(app, *args):
    return app.test_cli_runner().invoke(args=["projections", *args])


def test_check_passes_on_a_clean_database_and_names_a_tampered_row(app):
    services = app.extensions["ketnap"]
    upgrade(sqlalchemy_url(services.database_url))
    ids = load_demo(services)                  # the app's own listener catches up
    result = cli(app, "check")
    assert result.exit_code == 0, result.output
    assert "khớp" in result.output

    with services.engine.begin() as conn:
        conn.execute(text("UPDATE rm_activity_facts SET quarter = 4 "
                          "WHERE candidate_id = :id AND activity = 'source'"),
                     {"id": str(ids["hs-an"])})
    result = cli(app, "check")
    assert result.exit_code != 0
    assert "rm_activity_facts" in result.output and str(ids["hs-an"]) in result.output
    assert "quarter" in result.output

    result = cli(app, "rebuild")
    assert result.exit_code == 0, result.output
    assert "sự kiện/giây" in result.output
    assert cli(app, "check").exit_code == 0

    with services.engine.begin() as conn:      # tampered again, then rebuilt by 2 workers
        conn.execute(text("UPDATE rm_candidates SET stage = 'official'"))
    assert cli(app, "check").exit_code != 0
    result = cli(app, "rebuild", "--workers", "2")
    assert result.exit_code == 0, result.output
    assert cli(app, "check").exit_code == 0
    assert cli(app, "rebuild", "--workers", "0").exit_code != 0     # named, refused


def test_follow_stops_cleanly_on_ctrl_c(app, monkeypatch):
    services = app.extensions["ketnap"]
    upgrade(sqlalchemy_url(services.database_url))

    def interrupt(_seconds):
        raise KeyboardInterrupt

    monkeypatch.setattr("service.readside.time.sleep", interrupt)
    result = cli(app, "follow", "--interval", "0.1")
    assert result.exit_code == 0, result.output
    assert "Đã dừng" in result.output


def test_the_migrations_create_exactly_the_tables_of_tables_py(database_url):
    url = sqlalchemy_url(database_url)
    upgrade(url)
    command.check(alembic_config(url))        # raises if autogenerate finds a difference
