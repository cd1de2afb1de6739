"""The cell's roster (danh_sach_dang_vien.feature)."""

from __future__ import annotations

from pytest_bdd import scenarios, then, when

from tests.acceptance.conftest import CELL, SECRETARY, step

scenarios("danh_sach_dang_vien.feature")

@when(step('"{name}" chuyển sinh hoạt đi ngày {left:Date}'))
def transferred_out(world, name, left):
    roster = world.app.roster(CELL)
    member = next(m.member_id for m in roster.members.values() if m.full_name == name)
    world.attempt(lambda _override: world.app.remove_member(CELL, member, left, "transfer_out",
                                                            SECRETARY))


@then(step("ngày {on:Date} chi bộ có {count:d} đảng viên chính thức"))
def official_count(world, on, count):
    world.expect_recorded()
    assert len(world.app.roster(CELL).official_on(on)) == count


@then(step('"{name}" có trong danh sách đảng viên của chi bộ từ {on:Date}, là đảng viên dự bị'))
def on_roster_probationary(world, name, on):
    member = world.app.roster(CELL).members[str(world.id_of(name))]
    assert member.joined_on == on and member.joined_by == "admitted"
    assert member.on_roster(on) and not member.official_on(on)
