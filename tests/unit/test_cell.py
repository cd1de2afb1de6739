"""A cell's directly superior body is data that changes over time."""

from datetime import date

import pytest

from domain.cell import cell_id, change_superior, project_cell, register_cell
from domain.errors import InvalidField
from tests.unit.support import STAMP

DISTRICT = "Đảng bộ huyện Việt Yên"
WARD = "Đảng ủy phường Việt Yên"


def cell_history():
    registered = register_cell("LTK", "Chi bộ THPT Lý Thường Kiệt", DISTRICT,
                               date(2020, 9, 1), STAMP)
    cell = project_cell(None, [registered])
    changed = change_superior(cell, WARD, date(2025, 7, 1), STAMP, "31-HD/BTCTW")
    return [registered, changed]


def test_the_superior_body_is_the_district_committee_before_1_july_2025():
    cell = project_cell(None, cell_history())
    assert cell.superior_on(date(2025, 6, 30)) == DISTRICT
    assert cell.superior_on(date(2020, 9, 1)) == DISTRICT


def test_the_superior_body_is_the_ward_committee_from_1_july_2025():
    cell = project_cell(None, cell_history())
    assert cell.superior_on(date(2025, 7, 1)) == WARD
    assert cell.superior_body == WARD


def test_a_date_before_registration_gets_the_first_known_superior_body():
    assert project_cell(None, cell_history()).superior_on(date(2010, 1, 1)) == DISTRICT


def test_the_change_is_an_event_of_the_cell_stream_judged_by_its_date():
    registered, changed = cell_history()
    assert changed.originator_id == registered.originator_id == cell_id("LTK")
    assert changed.originator_version == 2 and changed.rule_set == "QD294-2025"
    assert project_cell(None, [registered, changed]).version == 2


def test_a_change_recorded_late_with_an_earlier_date_is_ordered_by_date():
    registered, changed = cell_history()
    cell = project_cell(None, [registered, changed])
    earlier = change_superior(cell, "Đảng bộ thị xã Việt Yên", date(2024, 1, 1), STAMP)
    cell = project_cell(None, [registered, changed, earlier])
    assert cell.superior_on(date(2024, 6, 1)) == "Đảng bộ thị xã Việt Yên"
    assert cell.superior_on(date(2025, 8, 1)) == WARD


@pytest.mark.parametrize(("field", "args"), [
    ("code", ("L T K", "Chi bộ", DISTRICT, date(2020, 9, 1))),
    ("code", ("", "Chi bộ", DISTRICT, date(2020, 9, 1))),
    ("name", ("LTK", " ", DISTRICT, date(2020, 9, 1))),
    ("superior_body", ("LTK", "Chi bộ", "", date(2020, 9, 1))),
    ("registered_on", ("LTK", "Chi bộ", DISTRICT, date(2031, 1, 1))),
])
def test_registering_a_cell_checks_its_fields(field, args):
    with pytest.raises(InvalidField) as error:
        register_cell(*args, STAMP)
    assert error.value.field == field


def test_changing_to_an_empty_superior_body_is_an_invalid_field():
    cell = project_cell(None, cell_history())
    with pytest.raises(InvalidField):
        change_superior(cell, "  ", date(2025, 8, 1), STAMP)
