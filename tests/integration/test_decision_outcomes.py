"""The superior's other outcomes and transfers on the read side (issue 15), on SQLite and
PostgreSQL: an extension moves the due date and a decision within it is met; a refusal
meets the clock and is counted; a consented late ceremony reads as consented; a transfer's
presentation reminder outlives the exit; re-admissions and strike-offs are counted."""

from __future__ import annotations

from datetime import date, timedelta

from bench.meetings import meeting_of
from domain.candidate.identity import Readmission
from projections import queries
from service.readside import rebuild_all
from tests.integration.test_deadlines import CELL, DECISION, decision_deadline, voted  # noqa: F401
from tests.readmodels import dump

CEREMONY = "ceremony_within_30_working_days"
PRESENTED = "transfer_presented_within_30_working_days"


def deadline(services, cid, rule_id, today=date(2026, 6, 1)):
    [row] = [d for d in queries.deadlines(services.engine, today, cell_code=CELL)
             if d.candidate_id == cid and d.rule_id == rule_id]
    return row


def test_a_decision_within_the_extension_is_met(voted):  # noqa: F811
    services, cid = voted
    due = decision_deadline(services, cid, date(2025, 2, 10)).due_on
    extended_to = services.calendar().add_working_days(due, 30)
    services.command(services.store.extend_admission_decision, cid, "ubkt", extended_on=due,
                     document_no="46-CV", extended_to=extended_to, reason="Thẩm tra thêm")
    assert decision_deadline(services, cid, due + timedelta(days=1)).due_on == extended_to
    assert decision_deadline(services, cid, due + timedelta(days=1)).status != "overdue"
    decided = extended_to - timedelta(days=1)
    services.command(services.store.decide_admission,
                     cid, "ubkt", decided_on=decided, decision_no="9-QĐ",
                     decided_by="Đảng ủy xã", received_on=decided)
    assert decision_deadline(services, cid, date(2026, 1, 1)).status == "met"
    live = dump(services.engine)
    rebuild_all(services, workers=1)
    assert dump(services.engine) == live


def test_a_refusal_meets_the_clock_and_is_counted(voted):  # noqa: F811
    services, cid = voted
    services.command(services.store.refuse_admission, cid, "ubkt", decided_on=date(2025, 3, 3),
                     decision_no="45-TB", decided_by="Đảng ủy xã", reason="Chưa đủ",
                     afterwards="pool")
    row = decision_deadline(services, cid, date(2026, 1, 1))
    assert (row.met_on, row.status) == (date(2025, 3, 3), "met")
    assert queries.candidate(services.engine, cid).stage == "nominated"
    stats = queries.new_member_statistics(services.engine, date(2025, 1, 1),
                                          date(2025, 12, 31), CELL)
    assert (stats.total, stats.refused_admissions) == (0, 1)


def test_a_consented_late_ceremony_reads_as_consented(voted):  # noqa: F811
    services, cid = voted
    services.command(services.store.decide_admission, cid, "ubkt", decided_on=date(2025, 3, 3),
                     decision_no="9-QĐ", decided_by="Đảng ủy xã", received_on=date(2025, 3, 4))
    services.command(services.store.consent_to_late_ceremony,
                     cid, "ubkt", consented_on=date(2025, 4, 10),
                     document_no="60-CV", consented_by="Ban Thường vụ")
    services.command(services.store.hold_ceremony, cid, "bithu", held_on=date(2025, 5, 20))
    row = deadline(services, cid, CEREMONY)
    assert row.met_on == date(2025, 5, 20) and row.status == "consented"


def test_the_presentation_reminder_outlives_the_exit(voted):  # noqa: F811
    services, cid = voted
    services.command(services.store.decide_admission, cid, "ubkt", decided_on=date(2025, 3, 3),
                     decision_no="9-QĐ", decided_by="Đảng ủy xã", received_on=date(2025, 3, 4))
    services.command(services.store.hold_ceremony, cid, "bithu", held_on=date(2025, 3, 20))
    services.command(services.store.record_transfer_cause,
                     cid, "bithu", effective_on=date(2025, 7, 15),
                     reason="Chuyển công tác")
    due = deadline(services, cid, "transfer_paperwork_within_60_working_days", date(2025, 7, 20))
    assert (due.starts_on, due.met_on, due.status) == (date(2025, 7, 15), None, "pending")
    services.command(services.store.issue_transfer_letter, cid, "bithu", letter_on=date(2025, 8, 1),
                     letter_no="15-GGT", destination="Đảng bộ xã")
    row = deadline(services, cid, PRESENTED, date(2025, 8, 5))
    assert (row.status, row.starts_on) == ("pending", date(2025, 8, 1))
    assert deadline(services, cid, PRESENTED, date(2025, 12, 1)).status == "overdue"
    services.command(services.store.record_transfer_presented,
                     cid, "bithu", presented_on=date(2025, 8, 20),
                     received_by="Đảng ủy xã")
    assert deadline(services, cid, PRESENTED).status == "met"
    assert deadline(services, cid, "transfer_paperwork_within_60_working_days").status == "met"
    assert queries.candidate(services.engine, cid).stage == "transferred_out"


def test_readmissions_and_strike_offs_are_counted(services):
    from domain.candidate import Person
    from tests.readmodels import follow_commands
    follow_commands(services)
    services.command(services.store.register_cell,
                     "RA", "Chi bộ thử", "Đảng ủy xã", date(2019, 1, 2), "x")
    teacher = Person("Hoàng Văn Tùng", date(1980, 10, 10), "male", "Kinh", "GV", False,
                     "university", None, "024080000001")
    cid = services.command(services.store.nominate, "RA", teacher, nominated_on=date(2024, 1, 8),
                           actor="bithu", readmission=Readmission(
                               date(2020, 1, 6), "struck_off", "120-CV/TU")).id
    for use_case, kw in [
            ("register_for_awareness_class", {"registered_on": date(2024, 1, 9)}),
            ("complete_awareness_class", {"completed_on": date(2024, 2, 20),
                                          "certificate_no": "1", "issued_by": "TTCT"}),
            ("submit_application", {"submitted_on": date(2024, 2, 21)}),
            ("record_verification", {"concluded_on": date(2024, 3, 1), "result": "passed"}),
            ("record_introduction", {"introduced_on": date(2024, 3, 2),
                                     "kind": "trade_union", "introducers": ["BCH CĐ"]}),
            ("collect_comments", {"collected_on": date(2024, 3, 3)}),
            ("vote_admission", {"meeting_on": date(2024, 3, 5), "resolution_no": "1",
                                "votes_for": 9}),
            ("decide_admission", {"decided_on": date(2024, 4, 1), "decision_no": "2",
                                  "decided_by": "Đảng ủy xã", "received_on": date(2024, 4, 2)}),
            ("hold_ceremony", {"held_on": date(2024, 4, 10)}),
            ("propose_strike_off", {"meeting_on": date(2024, 10, 1), "resolution_no": "3",
                                    "reason": "Vi phạm"}),
            ("strike_off", {"on": date(2024, 10, 15), "reason": "Theo đề nghị"})]:
        if use_case == "vote_admission":      # the count is the roster's (issue 14)
            meeting_of(services.store, "RA", kw["meeting_on"], 9, "bithu")
        services.command(getattr(services.store, use_case), cid, "bithu", **kw)
    row = queries.candidate(services.engine, cid)
    assert row.stage == "struck_off"
    stats = queries.new_member_statistics(services.engine, date(2024, 1, 1),
                                          date(2024, 12, 31), "RA")
    assert (stats.total, stats.readmissions, stats.struck_off_probationary) == (1, 1, 1)
    empty = queries.new_member_statistics(services.engine, date(2025, 1, 1),
                                          date(2025, 12, 31), "RA")
    assert (empty.readmissions, empty.struck_off_probationary) == (0, 0)
