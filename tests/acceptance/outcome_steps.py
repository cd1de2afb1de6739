"""Steps of the superior's other outcomes and the end of probation (issue 15): refusal,
extension, consent to a late ceremony, failed conversion votes, the cell's proposal to
strike off. Test modules bring them in with `from tests.acceptance.outcome_steps import *`
(pytest-bdd registers a step as a fixture of the module that defines it)."""

from __future__ import annotations

from datetime import date, timedelta

from pytest_bdd import given, then, when

from domain.audit import compliance
from domain.candidate import Person
from domain.deadlines import DEADLINES
from tests.acceptance.conftest import CELL, COMMITTEE, SECRETARY, step, vote

AFTERWARDS = {"trở lại danh sách cảm tình Đảng": "pool", "ra khỏi danh sách": "leaves"}
DEADLINE_WORDS = {"chi bộ xét công nhận chính thức": "conversion_vote_within_30_working_days",
                  "làm thủ tục chuyển sinh hoạt đảng của":
                      "transfer_paperwork_within_60_working_days",
                  "xuất trình giấy giới thiệu của": "transfer_presented_within_30_working_days"}


@when(step('"{body}" không đồng ý kết nạp "{name}" ngày {on:Date} vì "{reason}", {then}'))
def refuse_admission(world, body, name, on, reason, then):
    world.act("refuse_admission", name, COMMITTEE, decided_on=on, decision_no="45-TB/HU",
              decided_by=body, reason=reason, afterwards=AFTERWARDS[then])


@given(step('"{body}" đã gia hạn thời hạn quyết định kết nạp "{name}" ngày {on:Date} '
            "đến ngày {to:Date}"))
def extended(world, body, name, on, to):
    extend(world, body, name, on, to)
    world.expect_recorded()


@when(step('"{body}" gia hạn thời hạn quyết định kết nạp "{name}" ngày {on:Date} '
           "đến ngày {to:Date}"))
def extend(world, body, name, on, to):
    world.act("extend_admission_decision", name, COMMITTEE, extended_on=on,
              document_no="46-CV/HU", extended_to=to, reason=f"{body}: cần thẩm tra thêm")


@when(step('"{body}" đồng ý bằng văn bản số "{number}" ngày {on:Date} cho chi bộ tổ chức '
           'lễ kết nạp "{name}" quá hạn'))
def consent(world, body, number, on, name):
    world.act("consent_to_late_ceremony", name, COMMITTEE, consented_on=on,
              document_no=number, consented_by=body)


@given(step('chi bộ họp ngày {on:Date} ra nghị quyết số "{number}" đề nghị xóa tên "{name}" '
            'vì "{reason}"'))
@when(step('chi bộ họp ngày {on:Date} ra nghị quyết số "{number}" đề nghị xóa tên "{name}" '
           'vì "{reason}"'))
def propose_strike_off(world, on, number, name, reason):
    world.act("propose_strike_off", name, meeting_on=on, resolution_no=number, reason=reason)


@given(step("chi bộ có {members:d} đảng viên chính thức đã 3 lần biểu quyết không đạt việc "
            'công nhận "{name}" từ ngày {on:Date}'))
def three_failed_votes(world, members, name, on):
    for day in range(3):
        vote(world, "vote_conversion", name, on + timedelta(days=day), members, members // 2)
        world.expect_recorded()


@then(step('"{name}" có {count:d} lần biểu quyết công nhận chính thức không đạt'))
def failed_votes(world, name, count):
    assert world.candidate(name).conversion_failed_votes == count


def met_on(world, words: str, name: str) -> date | None:
    rule = next(d for d in DEADLINES if d.rule_id == DEADLINE_WORDS[words])
    return getattr(world.candidate(name), rule.met_on)


@then(step('thời hạn {words} "{name}" chưa được đáp ứng'))
def deadline_unmet(world, words, name):
    assert met_on(world, words, name) is None


@then(step('thời hạn {words} "{name}" được đáp ứng ngày {on:Date}'))
def deadline_met(world, words, name, on):
    assert met_on(world, words, name) == on


def report_of(world, year: int):
    streams = [list(enumerate(world.app.stream(cid), 1)) for cid in world.candidates.values()]
    return compliance(streams, date(year, 1, 1), date(year, 12, 31), world.calendar())


@then(step('báo cáo kiểm tra năm {year:d} không có phát hiện quá hạn về "{rule_id}"'))
def no_breach(world, year, rule_id):
    findings = report_of(world, year)
    assert not [f for f in findings if f.rule_id == rule_id], findings


@then(step('báo cáo kiểm tra năm {year:d} ghi lễ kết nạp "{name}" quá hạn nhưng đã được '
           'đồng ý theo văn bản "{number}"'))
def consented_breach(world, year, name, number):
    findings = [f for f in report_of(world, year)
                if f.rule_id == "ceremony_within_30_working_days"]
    assert [f.kind for f in findings] == ["deadline_consented"], findings
    assert number in findings[0].message and findings[0].candidate_name == name


# --- chuyển sinh hoạt đảng (24-QĐ/TW 6.3.1) ------------------------------------------------

@when(step('"{name}" được giới thiệu chuyển sinh hoạt đảng đến "{destination}" bằng giấy số '
           '"{number}" ngày {on:Date}, {cause_words} từ ngày {cause:Date}'))
def party_transfer(world, name, destination, number, on, cause_words, cause):
    world.act("issue_transfer_letter", name, letter_on=on, letter_no=number,
              destination=destination, cause_on=cause)


@when(step('quyết định chuyển công tác của "{name}" có hiệu lực từ ngày {on:Date}'))
def transfer_due(world, name, on):
    world.act("record_transfer_cause", name, effective_on=on,
              reason="Quyết định điều động công tác")


@when(step('nơi chuyển đến báo "{name}" đã xuất trình giấy giới thiệu ngày {on:Date}'))
def transfer_presented(world, name, on):
    world.act("record_transfer_presented", name, presented_on=on,
              received_by="Đảng ủy Trường Đại học Nông Lâm Bắc Giang")


@when(step('"{name}" chuyển đi ngày {on:Date} vì "{reason}" và bàn giao "{papers}"'))
def transfer_with_papers(world, name, on, reason, papers):
    world.act("transfer_out", name, on=on, reason=reason,
              papers=[p.strip() for p in papers.split(";")])


@then(step('lần chuyển đi của "{name}" ghi bàn giao {count:d} giấy tờ'))
def papers_handed(world, name, count):
    last = world.candidate(name).history[-1]
    assert len(last.papers) == count, last


@when(step('chi bộ nhận sinh hoạt đảng của đảng viên dự bị "{name}", sinh ngày {born:Date}, '
           "kết nạp ngày {admitted:Date}, đã học lớp đảng viên mới ngày {nmc:Date}, chuyển "
           'đến từ "{unit}" theo giấy giới thiệu số "{number}" ngày {letter:Date}, nhận ngày '
           "{on:Date}"))
def arrival(world, name, born, admitted, nmc, unit, number, letter, on):
    person = Person(name, born, "male", "Kinh", "GV", False, "university")

    def run(_override):
        recorded = world.app.receive_transfer(
            CELL, person, on, SECRETARY, letter_no=number, letter_on=letter, from_unit=unit,
            admitted_on=admitted, new_member_class_on=nmc)
        world.candidates[name] = recorded.id
    world.attempt(run)
