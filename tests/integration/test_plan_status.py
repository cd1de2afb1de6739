"""Plan status after the demo, counted independently from the demo's own data; late-recorded
events and corrections move the counts to the right quarter."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from domain.candidate import Person
from domain.errors import RuleViolation
from domain.plan import plan_id
from projections import queries
from service.demo import CELL, PASSING_VOTES, demo_script, load_demo
from tests.readmodels import follow_commands

PLAN = plan_id(CELL, 2024)
# the use case whose step counts for each plan row (projections/candidates.ACTIVITY_DATES)
COUNTED_BY = {"source": "nominate", "class_registration": "register_for_awareness_class",
              "admission_dossier": "vote_admission", "admission": "decide_admission",
              "conversion_dossier": "vote_conversion", "conversion": "decide_conversion"}


def _passed(kwargs: dict) -> bool:
    return kwargs["votes_for"] >= PASSING_VOTES   # of the 15-20 official members


def expected_from_script(year: int = 2024) -> dict[str, Counter]:
    people, steps = demo_script()
    category = {p.key: p.person.category for p in people}
    out: dict[str, Counter] = {activity: Counter() for activity in COUNTED_BY}
    for activity, use_case in COUNTED_BY.items():
        counted: set[str] = set()
        for step in steps:
            if step.use_case != use_case or step.on.year != year or step.key in counted:
                continue
            if "vote" in use_case and not _passed(step.kwargs):
                continue
            counted.add(step.key)
            quarter = (step.on.month - 1) // 3 + 1
            out[activity][(category[step.key], quarter)] += 1
    return out


@pytest.fixture
def demo(services):
    follow_commands(services)
    ids = load_demo(services)
    return services, ids


def actual(services, activity: str, today=date(2026, 11, 26)) -> queries.ActivityStatus:
    return queries.plan_status(services.engine, PLAN, today).activities[activity]


def test_every_plan_row_shows_the_actual_per_quarter_and_category(demo):
    services, _ = demo
    status = queries.plan_status(services.engine, PLAN, date(2026, 11, 26))
    assert (status.cell_code, status.year, status.number) == (CELL, 2024, "02-KH/CB")
    assert list(status.activities) == ["source", "class_registration", "admission_dossier",
                                       "conversion_dossier", "admission"]
    expected = expected_from_script()
    for activity, row in status.activities.items():
        want = expected[activity]
        gv, hs = (sum(n for (c, _), n in want.items() if c == cat) for cat in ("GV", "HS"))
        assert (gv, hs) == (row.actual.GV, row.actual.HS), activity
        assert row.actual.total == sum(want.values()), activity
        for q in (1, 2, 3, 4):
            assert getattr(row.actual, f"Q{q}") == sum(
                n for (_, quarter), n in want.items() if quarter == q), (activity, q)
    assert status.activities["admission_dossier"].target.Q2 == 7
    assert status.activities["class_registration"].target.Q1 is None
    assert status.activities["admission"].row_no is None


def test_the_seed_numbers_themselves(demo):
    services, _ = demo
    dossier = actual(services, "admission_dossier")
    assert (dossier.actual.total, dossier.actual.GV, dossier.actual.HS) == (13, 2, 11)
    assert (dossier.actual.Q1, dossier.actual.Q2, dossier.actual.Q3, dossier.actual.Q4) == \
        (3, 6, 3, 1)
    assert dossier.behind          # 13 of 15 at the end of the year: behind, not an error


def test_behind_is_judged_on_the_quarters_reached(demo):
    services, _ = demo
    early = actual(services, "admission_dossier", today=date(2024, 3, 31))
    assert early.actual.Q1 == 3 and not early.behind        # 3 of 3 by the end of Q1
    before = actual(services, "admission_dossier", today=date(2023, 12, 31))
    assert not before.behind


def test_an_event_recorded_late_moves_the_earlier_quarters_count(demo):
    services, _ = demo
    before = actual(services, "source")
    person = Person("Nguyễn Thị Muộn", date(2008, 1, 2), "female", "Kinh", "HS", True,
                    "upper_secondary", "10A4")
    services.command(services.store.nominate,
                     CELL, person, nominated_on=date(2024, 2, 15), actor="bithu")
    after = actual(services, "source")
    assert after.actual.Q1 == before.actual.Q1 + 1
    assert after.actual.HS == before.actual.HS + 1
    assert (after.actual.Q2, after.actual.Q3, after.actual.Q4) == \
        (before.actual.Q2, before.actual.Q3, before.actual.Q4)


def history_of(services, candidate_id):
    return queries.history(services.engine, candidate_id, services.store.stream_events)


def test_a_correction_moves_a_count_and_renames_everywhere(demo):
    services, ids = demo
    vote = next(e for e in services.store.candidate(ids["hs-khanh"]).history
                if type(e).__name__ == "AdmissionVoted")
    assert vote.occurred_on == date(2024, 6, 11)
    before = actual(services, "admission_dossier")
    position = services.store.last_position()
    with pytest.raises(RuleViolation) as refused:      # he was 17 in March: never recorded
        services.command(services.store.correct_record, ids["hs-khanh"], "bithu",
                         corrects=vote.originator_version,
                         fields={"occurred_on": date(2024, 3, 26)},
                         authority="Công văn 05-CV/ĐU", on=date(2026, 11, 20))
    assert "age_minimum" in {v.rule_id for v in refused.value.violations}
    assert services.store.last_position() == position
    services.command(services.store.correct_record, ids["hs-khanh"], "bithu",
                     corrects=vote.originator_version,
                     fields={"occurred_on": date(2024, 7, 2)},
                     authority="Công văn 05-CV/ĐU", on=date(2026, 11, 20))
    after = actual(services, "admission_dossier")
    assert (after.actual.Q2, after.actual.Q3) == (before.actual.Q2 - 1, before.actual.Q3 + 1)
    assert after.actual.total == before.actual.total

    services.command(services.store.correct_record, ids["hs-khanh"], "bithu", corrects=1,
                     fields={"full_name": "Bùi Quốc Khang"},
                     authority="Công văn 06-CV/ĐU", on=date(2026, 11, 20))
    row = queries.candidate(services.engine, ids["hs-khanh"])
    assert row.full_name == "Bùi Quốc Khang"
    assert row.admission_voted_on == date(2024, 7, 2)
    assert {d.full_name for d in queries.deadlines(services.engine, date(2026, 11, 26))
            if d.candidate_id == ids["hs-khanh"]} == {"Bùi Quốc Khang"}
    history = history_of(services, ids["hs-khanh"])
    assert history[0].corrected_by == (history[-1].position,)
    assert history[vote.originator_version - 1].corrected_by == (history[-2].position,)
    assert history[-1].event_type == "RecordCorrected"


def test_cells_plans_and_register(demo):
    services, ids = demo
    [cell] = queries.cells(services.engine)
    assert cell.code == CELL and "phường" in cell.superior_body    # changed on 01/07/2025
    assert [p.plan_id for p in queries.plans(services.engine, CELL)] == [PLAN]
    people, _ = demo_script()
    rows = queries.candidates(services.engine, cell_code=CELL)
    assert len(rows) == len(people)
    assert {r.id for r in rows} == set(ids.values())
    hoa = queries.candidate(services.engine, ids["gv-hoa"])
    assert hoa.stage == "official" and hoa.official_since == hoa.probation_ends_on
    assert hoa.version == len(history_of(services, ids["gv-hoa"]))
    assert queries.candidates(services.engine, stage="transferred_out", category="HS")
    tam = queries.candidate(services.engine, ids["hs-tam"])
    assert tam.next_deadline_rule == "decision_within_60_working_days"
    assert tam.eligible_age_from == date(2026, 3, 1)
    history = history_of(services, ids["hs-an"])
    assert history[0].summary.startswith("Tạo nguồn: Nguyễn Văn An (học sinh, lớp 12A1)")
    assert history[0].data["birth_date"] == "2005-11-03"
    assert history[0].recorded_at.tzinfo is not None
