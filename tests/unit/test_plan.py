"""The cell's yearly plan: targets per activity × GV/HS × quarter, checked row by row."""

from dataclasses import replace
from datetime import date

import pytest

from domain.errors import AlreadyExists, InvalidField
from domain.plan import Target, adopt_plan, amend_plan, check_targets, plan_id, project_plan
from tests.unit.support import CELL, STAMP

NOTE = "Căn cứ theo Kế hoạch tổ chức lớp học của Huyện ủy"
SEED = [
    Target("source", 12, 2, 10, (4, 4, 2, 2), 1),
    Target("class_registration", 12, 2, 10, None, 2, NOTE),
    Target("admission_dossier", 15, 2, 13, (3, 7, 3, 2), 3),
    Target("conversion_dossier", 1, 1, 0, (0, 1, 0, 0), 6),
    Target("admission", 15, 2, 13, None, None),
]
ISSUED = date(2024, 1, 26)


def adopt(targets=SEED, **kwargs):
    args = {"cell_code": CELL, "number": "02-KH/CB", "year": 2024, "issued_on": ISSUED,
            "basis": "Kế hoạch 175-KH/HU", "targets": targets, "stamp": STAMP} | kwargs
    return adopt_plan(**args)


def refusal(targets) -> str:
    with pytest.raises(InvalidField) as error:
        adopt(targets)
    assert error.value.field == "targets"
    return error.value.message


def test_the_seed_plan_is_accepted_exactly_as_written():
    event = adopt()
    plan = project_plan(None, [event])
    assert plan.id == plan_id(CELL, 2024) == event.originator_id
    assert (plan.number, plan.year, plan.issued_on, plan.version) == ("02-KH/CB", 2024, ISSUED, 1)
    assert list(plan.targets.values()) == SEED
    assert plan.targets["class_registration"].quarters is None
    assert plan.targets["class_registration"].note == NOTE
    assert plan.targets["admission"].row_no is None


def test_gv_plus_hs_different_from_the_total_is_refused_naming_the_row():
    message = refusal([*SEED[:2], replace(SEED[2], hs=12), *SEED[3:]])
    assert "dòng 3" in message and "14" in message and "15" in message


def test_quarters_that_do_not_add_up_to_the_total_are_refused_naming_the_row():
    message = refusal([replace(SEED[0], quarters=(4, 4, 2, 1)), *SEED[1:]])
    assert "dòng 1" in message and "11" in message


def test_a_row_without_a_number_is_named_by_its_activity():
    message = refusal([*SEED[:4], replace(SEED[4], gv=3)])
    assert "chỉ tiêu 'admission'" in message


def test_a_quarter_split_needs_exactly_four_quarters():
    assert "cần đúng 4 quý" in refusal([replace(SEED[0], quarters=(6, 6, 0))])


def test_the_same_activity_twice_is_refused():
    assert "source" in refusal([SEED[0], replace(SEED[0], row_no=7)])


@pytest.mark.parametrize("bad", [
    replace(SEED[0], activity="recruitment"),
    replace(SEED[0], total=-2, gv=-2, hs=0, quarters=None),
    replace(SEED[0], total=True, gv=True, hs=0, quarters=None),
])
def test_an_unknown_activity_or_a_number_that_is_not_a_count_is_refused(bad):
    assert "dòng 1" in refusal([bad])


def test_an_empty_plan_is_refused():
    with pytest.raises(InvalidField):
        check_targets([])


def test_a_second_plan_for_the_same_year_is_refused():
    plan = project_plan(None, [adopt()])
    with pytest.raises(AlreadyExists):
        adopt(existing=plan)


@pytest.mark.parametrize(("field", "changes"), [
    ("year", {"year": 1999}),
    ("issued_on", {"issued_on": date(2022, 12, 1)}),
    ("issued_on", {"issued_on": date(2031, 1, 1), "year": 2031}),
    ("number", {"number": "  "}),
])
def test_plan_header_fields_are_checked(field, changes):
    with pytest.raises(InvalidField) as error:
        adopt(**changes)
    assert error.value.field == field


def test_a_plan_may_be_issued_late_in_the_previous_year():
    assert adopt(issued_on=date(2023, 12, 28)).year == 2024


def test_an_amendment_replaces_all_the_targets():
    adopted = adopt()
    new = [replace(SEED[0], total=14, hs=12, quarters=(4, 4, 4, 2)), SEED[4]]
    amended = amend_plan(project_plan(None, [adopted]), date(2024, 7, 1), new,
                         "Điều chỉnh giữa năm", STAMP, "05-KH/CB")
    plan = project_plan(None, [adopted, amended])
    assert plan.version == 2 and amended.originator_version == 2
    assert list(plan.targets.values()) == new
    assert amended.rule_set == "QD24-2021"


def test_an_amendment_is_checked_like_the_plan_and_needs_a_reason():
    plan = project_plan(None, [adopt()])
    with pytest.raises(InvalidField):
        amend_plan(plan, date(2024, 7, 1), [replace(SEED[2], gv=3)], "Lý do", STAMP)
    with pytest.raises(InvalidField) as error:
        amend_plan(plan, date(2024, 7, 1), SEED, " ", STAMP)
    assert error.value.field == "reason"
