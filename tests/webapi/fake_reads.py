"""A stand-in for `projections.queries` built on the aggregates, used only while the real read
side is not implemented (it raises NotImplementedError). Fakes, not mocks: same dataclasses."""

from __future__ import annotations

from datetime import date

from domain import events as ev
from domain.candidate import Candidate
from domain.dates import add_months, quarter_of
from domain.plan import ACTIVITIES
from projections import queries as q

COUNTED = {ev.CandidateNominated: "source", ev.AwarenessClassRegistered: "class_registration",
           ev.AdmissionDecided: "admission", ev.ConvertedToOfficial: "conversion"}


def implemented() -> bool:
    try:
        q.cells(None)
    except NotImplementedError:
        return False
    except Exception:  # noqa: BLE001 - a real implementation choking on None
        return True
    return True


class FakeReads:
    def __init__(self, services) -> None:
        self.store = services.store

    def _events(self):
        return [e for _, e in self.store.read_events(0, 100_000)]

    def _candidates(self) -> list[Candidate]:
        ids = [e.originator_id for e in self._events() if isinstance(e, ev.CandidateNominated)]
        return [self.store.candidate(i) for i in ids]

    def candidates(self, conn, cell_code=None, stage=None, category=None):
        return [row(c) for c in self._candidates()
                if (cell_code is None or c.cell_code == cell_code)
                and (stage is None or c.stage.value == stage)
                and (category is None or c.category == category)]

    def candidate(self, conn, candidate_id):
        found = [c for c in self._candidates() if c.id == candidate_id]
        return row(found[0]) if found else None

    def history(self, conn, candidate_id):
        return [q.HistoryRow(candidate_id, e.originator_version, 0, type(e).__name__,
                             e.occurred_on, e.timestamp, e.actor, e.document_no, e.rule_set,
                             e.override_reason, e.override_authority, e.overridden_rules,
                             type(e).__name__)
                for e in self.store.stream(candidate_id)]

    def deadlines(self, conn, today, cell_code=None, status=None):
        return []

    def plans(self, conn, cell_code=None):
        return [q.PlanSummary(e.originator_id, e.cell_code, e.year, e.number, e.occurred_on)
                for e in self._events() if isinstance(e, ev.PlanAdopted)
                and cell_code in (None, e.cell_code)]

    def plan_status(self, conn, plan_id, today=None):
        try:
            plan = self.store.plan(plan_id)
        except Exception:  # noqa: BLE001 - NotFound
            return None
        return q.PlanStatus(plan.id, plan.cell_code, plan.year, plan.number, plan.issued_on,
                            plan.basis, {a: self._activity(plan, a, t)
                                         for a, t in plan.targets.items()})

    def _activity(self, plan, activity, t):
        target = q.Counts(t.total, t.gv, t.hs, *(t.quarters or (None,) * 4))
        hits = [(e, self.store.candidate(e.originator_id)) for e in self._events()
                if COUNTED.get(type(e)) == activity and e.occurred_on.year == plan.year]
        hits = [(e, c) for e, c in hits if c.cell_code == plan.cell_code]
        per_q = [sum(1 for e, _ in hits if quarter_of(e.occurred_on) == i) for i in range(1, 5)]
        actual = q.Counts(len(hits), sum(c.category == "GV" for _, c in hits),
                          sum(c.category == "HS" for _, c in hits), *per_q)
        return q.ActivityStatus(activity, ACTIVITIES[activity], t.row_no, t.note, target,
                                actual, False)


def row(c: Candidate) -> q.CandidateRow:
    return q.CandidateRow(
        c.id, c.version, c.cell_code, c.full_name, c.birth_date, c.gender, c.ethnicity,
        c.category, c.class_name, c.youth_union_member, c.education, c.stage.value,
        c.nominated_on, c.certificate_on,
        add_months(c.certificate_on, 60) if c.certificate_on else None,
        c.admission_voted_on, c.decided_on, c.admitted_on, c.probation_ends_on,
        c.official_since, c.exited_on, add_months(c.birth_date, 18 * 12), None, None)


def install(monkeypatch, services) -> None:
    fake = FakeReads(services)
    for name in ("candidates", "candidate", "history", "deadlines", "plans", "plan_status"):
        monkeypatch.setattr(q, name, getattr(fake, name))


__all__ = ["date", "implemented", "install"]
