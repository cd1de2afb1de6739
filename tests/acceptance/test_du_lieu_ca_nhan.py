"""Issue 18: erasing a never-admitted person's data, keeping a member's file, and the
retention policy's default (the catalogue's `member_file_kept` and
`retention_never_admitted`), as the committee reads them."""

from __future__ import annotations

from pytest_bdd import given, parsers, scenarios, then, when

from domain import candidate as cd
from domain import events as ev
from domain.personal import ERASED
from tests.acceptance.conftest import COMMITTEE, parse_date, require, step

scenarios("du_lieu_ca_nhan.feature")


@given(step('"{name}" đã rút khỏi danh sách cảm tình Đảng ngày {on:Date} vì "{reason}"'))
def withdrew(world, name, on, reason):
    world.act("withdraw", name, on=on, reason=reason)
    require(world)


@when(step('cấp ủy xóa dữ liệu cá nhân của "{name}" theo "{authority}"'))
def erase(world, name, authority):
    cid = world.id_of(name)
    world.attempt(lambda _override: world.app.erase_person(cid, COMMITTEE, authority))


@then(step('họ tên của "{name}" vẫn còn trong hồ sơ'))
def still_named(world, name):
    candidate = world.candidate(name)
    assert candidate.full_name == name and not candidate.erased


@then(step('họ tên và ngày sinh của "{name}" không còn đọc được, hiện là "{mark}"'))
def erased(world, name, mark):
    candidate = world.candidate(name)
    assert mark == ERASED and candidate.erased, name
    assert (candidate.full_name, candidate.birth_date) == (ERASED, None)


@then(step('sổ vẫn giữ mọi việc đã ghi về người đó, thêm việc xóa theo "{authority}"'))
def history_kept(world, authority):
    [name] = [n for n in world.candidates if world.candidate(n).erased]
    history = world.candidate(name).history
    assert [type(e) for e in history] == [ev.CandidateNominated, ev.Withdrawn,
                                          ev.PersonErased]
    assert history[-1].authority == authority and history[-1].actor == COMMITTEE


@then(parsers.re(r'ngày (?P<day>\d{2}/\d{2}/\d{4}) dữ liệu cá nhân của "(?P<name>[^"]+)" '
                 r"(?P<due>đến hạn|chưa đến hạn) xóa"), converters={"day": parse_date})
def due_on(world, day, name, due):
    assert cd.due_for_erasure(world.candidate(name), day) is (due == "đến hạn")
