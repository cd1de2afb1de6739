"""Plan progress (tiến độ kế hoạch): the seed plan's rows beside what the cell has done,
counted per GV/HS and per quarter of each step's business date, as the read side shows it."""

from dataclasses import asdict

import pytest
from pytest_bdd import given, scenarios, then, when

from domain.dates import quarter_of
from domain.plan import plan_id
from projections import queries
from projections.plan_status import Counts
from service.readside import catch_up
from tests.acceptance.conftest import CELL, nominate, parse_date, step
from tests.acceptance.plans import RESULT_HEADER, WORDING, result_rows, row_name

scenarios("tien_do_ke_hoach.feature")

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
VERDICTS = {"đúng tiến độ": False, "bị đánh dấu chậm tiến độ": True}


@pytest.fixture
def world(live_world):
    return live_world


def quarters(counts: Counts, note: str | None) -> str:
    split = (counts.Q1, counts.Q2, counts.Q3, counts.Q4)
    return ", ".join(map(str, split)) if counts.Q1 is not None else note or "không chia theo quý"


@given("chi bộ đã đưa vào danh sách cảm tình Đảng:")
def nominated_list(world, datatable):
    for text, on in datatable[1:]:
        nominate(world, text, parse_date(on))


@when(step("chi bộ xem tiến độ kế hoạch năm {year:d} tính đến ngày {today:Date}"))
def view_progress(world, year, today):
    catch_up(world.services)
    world.progress = queries.plan_status(world.services.engine, plan_id(CELL, year), today)
    world.today = today


@then("bảng tiến độ có đúng các chỉ tiêu:")
def progress_targets(world, datatable):
    shown = [[row_name(a.row_no), WORDING.get(a.activity, a.note), str(a.target.total),
              str(a.target.GV), str(a.target.HS),
              quarters(a.target, a.note if a.row_no else None)]
             for a in world.progress.activities.values()]
    assert shown == datatable[1:]


@then("chưa dòng nào có kết quả")
def no_results(world):
    assert [a.actual.total for a in world.progress.activities.values()] == \
        [0] * len(world.progress.activities)


@then("kết quả thực hiện kế hoạch có đúng các dòng:")
def progress_results(world, datatable):
    activities = world.progress.activities.values()
    assert datatable[0] == RESULT_HEADER
    assert result_rows({a.activity: a.row_no for a in activities},
                       {a.activity: asdict(a.actual) for a in activities}) == \
        sorted(datatable[1:])


@then(step("dòng {row:d}, lũy kế đến hết quý {q}, đạt {actual:d} trên chỉ tiêu {target:d} và "
           "{verdict}"))
def cumulative(world, row, q, actual, target, verdict):
    year, today = world.progress.year, world.today
    assert ROMAN[q] == (4 if today.year > year else quarter_of(today)), "quý hiện tại"
    a = next(a for a in world.progress.activities.values() if a.row_no == row)
    reached = [f"Q{n}" for n in range(1, ROMAN[q] + 1)]
    assert sum(getattr(a.actual, n) for n in reached) == actual
    assert sum(getattr(a.target, n) for n in reached) == target
    assert a.behind is VERDICTS[verdict]


def _write_report(world, quarter: int, year: int, number: str, on) -> None:
    from service.documents.render import text_of
    from service.reports import quarterly
    catch_up(world.services)
    status = queries.plan_status(world.services.engine, plan_id(CELL, year), on)
    world.report = world.report_refusal = None
    try:
        report = quarterly.build(status, quarter, world.app.cell(CELL), on, "", number)
        world.report = text_of(quarterly.to_docx(report))
    except quarterly.ReportIncomplete as refused:
        world.report_refusal = str(refused)


@when(step('chi bộ lập báo cáo quý {quarter:d} năm {year:d} số "{number}" ngày {on:Date}'))
def write_report(world, quarter, year, number, on):
    _write_report(world, quarter, year, number, on)


@when(step("chi bộ lập báo cáo quý {quarter:d} năm {year:d} chưa có số, ngày {on:Date}"))
def write_report_without_number(world, quarter, year, on):
    _write_report(world, quarter, year, "", on)


@then(step('báo cáo ghi "{text}"'))
def report_says(world, text):
    assert world.report_refusal is None, world.report_refusal
    assert text in world.report


@then(step('báo cáo không lập được vì "{fragment}"'))
def report_refused(world, fragment):
    assert world.report is None and fragment in world.report_refusal, world.report_refusal
