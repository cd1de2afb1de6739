"""Issue 14: a committee user belongs to a body and reaches the cells under it on the date
of the act (reads: today). The steps use the service's own check (`User.reaches`, through
`service.actions.perform` for a write), over the cell's dated superiors in the log."""

from __future__ import annotations

import pytest
from pytest_bdd import given, scenarios, then, when

from service import CellsOnRecord
from service.accounts.policy import DECISIONS, Forbidden, OutOfReach, User
from tests.acceptance.conftest import CELL, step

scenarios("pham_vi_cap_uy.feature")


@pytest.fixture
def world(live_world):
    live_world.users = {}
    return live_world


@given(step('tài khoản cấp ủy "{username}" của "{body}"'))
def committee_user(world, username, body):
    superiors = CellsOnRecord(world.services.store)
    world.users[username] = User(len(world.users) + 1, username, DECISIONS, (), body, superiors)


@then(step('hôm nay "{username}" xem được chi bộ'))
def reads(world, username):
    assert world.users[username].may_read(CELL)


@then(step('hôm nay "{username}" không xem được chi bộ'))
def does_not_read(world, username):
    assert not world.users[username].may_read(CELL)


@then(step('"{username}" {allowed} ghi việc của chi bộ ngày {on:Date}'))
def writes_on(world, username, allowed, on):
    assert world.users[username].may_record(DECISIONS, CELL, on) is (allowed == "được")


@when(step('"{username}" ghi quyết định kết nạp "{name}" của "{body}" ngày {on:Date}'))
def decides(world, username, name, body, on):
    from service import actions
    world.before = world.services.store.last_position()
    data = {"decided_on": on, "decision_no": "15-QĐ/ĐU", "decided_by": body, "received_on": on,
            "expected_version": None}
    try:
        actions.perform(world.services, world.users[username], world.id_of(name),
                        actions.ACTIONS["admission-decision"], data)
        world.refused = None
    except Forbidden as refused:
        world.refused = refused


@then(step('việc đó bị từ chối vì chi bộ không trực thuộc "{body}" ngày {on:Date}'))
def refused_out_of_reach(world, body, on):
    assert isinstance(world.refused, OutOfReach)
    assert body in str(world.refused) and f"{on:%d/%m/%Y}" in str(world.refused)


@then("sổ sự kiện không có thêm việc nào")
def nothing_stored(world):
    assert world.services.store.last_position() == world.before
