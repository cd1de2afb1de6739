"""The inspection committee (ủy ban kiểm tra): the cell as the log held it on a past date,
what changed between two meetings, tamper detection, and the compliance report."""

from uuid import UUID

import pytest
from pytest_bdd import given, scenarios, then, when

from domain.rules.catalogue import RULE_IDS
from projections import queries
from service.audit import replay, report
from tests.acceptance.conftest import CELL, STAGES, end_of, scenario_rules, step
from tests.acceptance.plans import RESULT_HEADER, result_rows, row_name, rows_of
from tests.integration.audit import tamper

scenarios("kiem_tra_nhat_ky.feature")

# what the committee calls a step of the procedure -> the event that records it
EVENTS = {
    "đưa vào danh sách cảm tình Đảng": "CandidateNominated",
    "chi bộ xét kết nạp": "AdmissionVoted",
    "quyết định kết nạp": "AdmissionDecided",
    "lễ kết nạp": "Admitted",
}
STAGE_NAMES = {code: words for words, code in STAGES.items()}
NOT_YET = "chưa có tên trong sổ"


@pytest.fixture
def world(live_world):
    return live_world


def logged(world) -> dict[tuple[UUID, str], int]:
    """(candidate, event type) -> log position, read before anyone touches the tables."""
    if not hasattr(world, "positions"):
        world.positions = {(e.originator_id, type(e).__name__): p
                           for p, e in world.app.read_events(0, 10_000)}
    return world.positions


def position_of(world, what: str, name: str) -> int:
    return logged(world)[(world.id_of(name), EVENTS[what])]


def problem_names(world, problem, what: str, name: str) -> None:
    assert UUID(problem.originator_id) == world.id_of(name), problem.message
    assert problem.event_type == EVENTS[what], problem.message
    assert problem.position == position_of(world, what, name), problem.message
    assert str(problem.position) in problem.message


## Cho ---------------------------------------------------------------------------------------

@given(step('ai đó sửa thẳng trong cơ sở dữ liệu ngày {what} "{name}" từ {old:Date} '
            "thành {new:Date}"))
def changed_in_database(world, what, name, old, new):
    position = position_of(world, what, name)
    assert old.isoformat().encode() in bytes(tamper.row(world.tools, position).state)
    tamper.update_state(world.tools, position, old.isoformat().encode(),
                        new.isoformat().encode())


@given(step('ai đó xóa thẳng trong cơ sở dữ liệu việc {what} "{name}"'))
def deleted_in_database(world, what, name):
    tamper.delete(world.tools, position_of(world, what, name))


@given(step("ai đó xóa thẳng trong cơ sở dữ liệu {count:d} việc cuối sổ cùng dấu niêm phong "
            "của chúng"))
def tail_cut(world, count):
    logged(world)
    last = world.app.last_position()
    tamper.delete(world.tools, *range(last, last - count, -1), with_chain=True)


@given(step('sổ cũ được nhập thẳng quyết định kết nạp "{name}" của "{body}" ngày {on:Date}, '
            "chi bộ nhận quyết định ngày {received:Date}"))
def imported_decision(world, name, body, on, received):
    """Written straight to the store around the rules, as an import of an old book would
    (issue 14: the audit re-judges who decided against the cell's superior that day)."""
    from domain import events as ev
    from domain.rules import rule_set_on
    store = world.services.store
    world.app.at(received)
    cid = world.id_of(name)
    store.record(ev.AdmissionDecided(
        originator_id=cid, originator_version=store.candidate(cid).version + 1,
        timestamp=store.clock(), actor="nhap.lieu", occurred_on=on,
        rule_set=rule_set_on(on).id, document_no="09-QĐ", decided_by=body,
        received_on=received))


@given(step("Ủy ban kiểm tra đã lập điểm kiểm tra có chữ ký ngày {day:Date}"))
def signed_checkpoint(world, day):
    world.app.at(day)
    world.tools.checkpoint()


## Khi ---------------------------------------------------------------------------------------

@when(step("Ủy ban kiểm tra xem lại chi bộ theo sổ sự kiện đến hết ngày {day:Date}"))
def replay_as_of(world, day):
    world.replayed = replay.replay(world.tools, CELL, end_of(day))


@when(step("Ủy ban kiểm tra so sánh sổ sự kiện giữa kỳ họp chi bộ ngày {start:Date} và kỳ "
           "họp chi bộ ngày {end:Date}"))
def compare_meetings(world, start, end):
    world.changes = replay.diff(world.tools, CELL, end_of(start), end_of(end))


@when("Ủy ban kiểm tra kiểm tra tính nguyên vẹn của sổ sự kiện")
def verify(world):
    world.verdict = world.tools.verify()


@when(step("Ủy ban kiểm tra lập báo cáo kiểm tra chi bộ từ ngày {start:Date} đến ngày "
           "{end:Date}"))
def compliance_report(world, start, end):
    world.report = report.build(world.tools, CELL, start, end)


## Thì ---------------------------------------------------------------------------------------

@then(step('theo sổ đến ngày đó, "{name}" đang ở bước "{stage}"'))
def stage_then(world, name, stage):
    stages = {c["full_name"]: c["stage"] for c in world.replayed["candidates"]}
    assert stages[name] == STAGES[stage]


@then("theo sổ đến ngày đó, kết quả thực hiện kế hoạch có đúng các dòng:")
def results_then(world, datatable):
    [plan] = world.replayed["plans"]
    actual = {code: a["actual"] for code, a in plan["activities"].items()}
    assert datatable[0] == RESULT_HEADER
    assert result_rows(rows_of(world, UUID(plan["plan_id"])), actual) == sorted(datatable[1:])


@then("giữa hai kỳ họp có đúng các thay đổi:")
def stage_changes(world, datatable):
    changed = [[c["full_name"], STAGE_NAMES.get(c["before"], NOT_YET), STAGE_NAMES[c["after"]]]
               for c in world.changes["candidates"]]
    assert sorted(changed) == sorted(datatable[1:])


@then("giữa hai kỳ họp, kết quả thực hiện kế hoạch thay đổi ở đúng các dòng:")
def plan_changes(world, datatable):
    changed = [[row_name(rows_of(world, UUID(c["plan_id"]))[c["activity"]]),
                str((c["before"] or {}).get("total", 0)), str(c["after"]["total"])]
               for c in world.changes["plans"]]
    assert sorted(changed) == sorted(datatable[1:])


@then("sổ sự kiện được xác nhận nguyên vẹn")
def intact(world):
    verdict = world.verdict
    assert verdict.ok, verdict.message
    assert verdict.events == verdict.sealed_through == world.app.last_position()


@then("sổ sự kiện không còn nguyên vẹn")
def not_intact(world):
    assert not world.verdict.ok
    assert world.verdict.message.startswith("PHÁT HIỆN CAN THIỆP")


@then(step('việc đầu tiên bị sửa được chỉ ra là {what} "{name}"'))
def first_changed(world, what, name):
    problem = world.verdict.problems[0]
    assert problem.kind == "changed", problem.message
    problem_names(world, problem, what, name)


@then(step('việc đầu tiên bị xóa được chỉ ra là {what} "{name}"'))
def first_deleted(world, what, name):
    problem = world.verdict.problems[0]
    assert problem.kind == "deleted", problem.message
    problem_names(world, problem, what, name)


@then(step('phát hiện phần cuối sổ, từ việc {what} "{name}", đã bị cắt bỏ sau điểm kiểm tra '
           "đã ký"))
def tail_cut_found(world, what, name):
    problem = world.verdict.problems[0]
    assert problem.kind == "tail_cut", problem.message
    assert problem.position == position_of(world, what, name), problem.message


@then("báo cáo có đúng các phát hiện:")
def findings(world, request, datatable):
    found = world.report.findings
    assert [[f.kind_label, f.article, f.candidate_name, f"{f.occurred_on:%d/%m/%Y}"]
            for f in found] == datatable[1:]
    rules = {f.rule_id for f in found} & RULE_IDS
    assert rules <= scenario_rules(request), f"quy tắc {rules} chưa gắn thẻ @rule_"


@then("báo cáo không có phát hiện nào")
def no_findings(world):
    assert world.report.findings == [], [f.message for f in world.report.findings]


@then(step('báo cáo có {count:d} phát hiện "{kind}"'))
def findings_of_kind(world, count, kind):
    assert [f.kind_label for f in world.report.findings].count(kind) == count


@then(step('phát hiện ngoại lệ ghi lý do "{reason}" và thẩm quyền "{authority}"'))
def override_found(world, reason, authority):
    [f] = [f for f in world.report.findings if f.kind == "override"]
    assert (f.details["reason"], f.details["authority"]) == (reason, authority)
    assert authority in f.message


@then(step("phát hiện quá hạn ghi hạn là ngày {due:Date}, tính từ ngày {start:Date}"))
def breach_found(world, due, start):
    [f] = [f for f in world.report.findings if f.kind == "deadline_breach"]
    assert (f.details["due_on"], f.details["starts_on"]) == (due.isoformat(), start.isoformat())
    assert f"{due:%d/%m/%Y}" in f.message


@then(step('việc đưa "{name}" vào danh sách cảm tình Đảng được ghi vào sổ chậm {days:d} ngày '
           "so với ngày sự việc"))
def entered_late_by(world, name, days):
    services = world.services
    first = queries.history(services.engine, world.id_of(name),
                            services.store.stream_events)[0]
    assert (first.recorded_at.date() - first.occurred_on).days == days
