"""The yearly plan (kế hoạch phát triển đảng viên), held exactly as the cell issued it."""

import parse
from pytest_bdd import scenarios, then, when

from domain.plan import Target
from tests.acceptance.conftest import CELL, SECRETARY, step
from tests.acceptance.plans import CONTENT, QUARTERS, WORDING

scenarios("ke_hoach.feature")

HEADLINE = parse.compile("Kết nạp {total:d} đảng viên mới, trong đó có {hs:d} học sinh")


def row_target(row: dict[str, str]) -> Target:
    quarters = [row[q] for q in QUARTERS]
    split = all(q.isdigit() for q in quarters)
    return Target(CONTENT[row["Nội dung"]], int(row["Số lượng"]), int(row["GV"]), int(row["HS"]),
                  tuple(map(int, quarters)) if split else None, int(row["TT"]),
                  None if split else " ".join(q for q in quarters if q))


def headline_target(text: str) -> Target:
    """The target stated in the plan's words, not its table: no row, no quarters."""
    found = HEADLINE.parse(text)
    return Target("admission", found["total"], found["total"] - found["hs"], found["hs"],
                  note=text)


def rendered(t: Target) -> list[str]:
    by_quarter = ", ".join(map(str, t.quarters)) if t.quarters else (
        t.note if t.row_no else "không chia theo quý")
    return [str(t.row_no or "không có"), WORDING.get(t.activity, t.note), str(t.total),
            str(t.gv), str(t.hs), by_quarter]


@when(step('chi bộ ban hành kế hoạch số "{number}" ngày {issued:Date} về phát triển đảng viên '
           'năm {year:d}, căn cứ "{basis}", với mục tiêu "{headline}" và bảng dự kiến:'))
def adopt_plan(world, number, issued, year, basis, headline, datatable):
    header, *rows = datatable
    targets = [row_target(dict(zip(header, r, strict=True))) for r in rows]
    world.attempt(lambda _: setattr(world, "plan", world.app.adopt_plan(
        CELL, number, year, issued, basis, [*targets, headline_target(headline)], SECRETARY)))


@then(step("kế hoạch năm {year:d} của chi bộ có đúng các chỉ tiêu:"))
def plan_targets(world, year, datatable):
    plan = world.app.plan(world.plan.id)
    assert (plan.year, plan.cell_code) == (year, CELL)
    assert sorted(map(rendered, plan.targets.values())) == sorted(datatable[1:])


@then(step("chi bộ chưa có kế hoạch năm {year:d}"))
def no_plan(world, year):
    adopted = [e for _, e in world.app.read_events(0, 1000) if type(e).__name__ == "PlanAdopted"]
    assert not [e for e in adopted if e.year == year]
