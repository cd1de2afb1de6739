"""Overrides with an authorising document, and corrections that never edit the record."""

from pytest_bdd import scenarios, then, when

from tests.acceptance.conftest import step

scenarios("ngoai_le_dinh_chinh.feature")


def position_of(world, name: str, event_name: str) -> int:
    """The event's place in the candidate's history, as the correction cites it."""
    history = world.candidate(name).history
    return next(i for i, e in enumerate(history, 1) if type(e).__name__ == event_name)


@when(step('chi bộ đính chính ngày lễ kết nạp "{name}" thành {new:Date} theo "{authority}" '
           "ngày {on:Date}"))
def correct_ceremony_date(world, name, new, authority, on):
    world.act("correct_record", name, corrects=position_of(world, name, "Admitted"),
              fields={"occurred_on": new}, authority=authority, on=on)


@when(step('chi bộ đính chính ngày sinh của "{name}" thành {new:Date} theo "{authority}" '
           "ngày {on:Date}"))
def correct_birth_date(world, name, new, authority, on):
    world.act("correct_record", name, corrects=1, fields={"birth_date": new},
              authority=authority, on=on)


@when(step('chi bộ đính chính cấp ủy quyết định kết nạp "{name}" thành "{body}" theo '
           '"{authority}" ngày {on:Date}'))
def correct_deciding_body(world, name, body, authority, on):
    world.act("correct_record", name, corrects=position_of(world, name, "AdmissionDecided"),
              fields={"decided_by": body}, authority=authority, on=on)


@when(step('chi bộ đính chính chi bộ của "{name}" thành "{cell}" theo "{authority}" '
           "ngày {on:Date}"))
def correct_cell(world, name, cell, authority, on):
    world.act("correct_record", name, corrects=1, fields={"cell_code": cell},
              authority=authority, on=on)


@then(step('hồ sơ của "{name}" vẫn lưu ngày lễ kết nạp đã ghi ban đầu là {on:Date} cùng lần '
           'đính chính theo "{authority}"'))
def original_kept(world, name, on, authority):
    history = world.candidate(name).history
    assert history[position_of(world, name, "Admitted") - 1].occurred_on == on
    assert history[-1].authority == authority
