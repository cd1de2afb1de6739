"""Candidate use cases, one method per step of the procedure (mixed into the application)."""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid4

from domain import candidate as cd
from domain.decisions import CELL, COMMITTEE, Override
from domain.errors import NotPermitted
from domain.introduction import Introducer, introduce
from service.application.results import Recorded
from service.workcalendar import working_calendar


class CandidateUseCases:
    """Every method takes the acting user and, optionally, an override, whom the user acts
    for (the cell or the committee) and the version the user saw (expected_version): a stale
    write is refused with ConcurrentChange."""

    def candidate(self, candidate_id: UUID) -> cd.Candidate:
        return self._load(candidate_id, cd.project, "quần chúng")

    def candidate_as_of_version(self, candidate_id: UUID, version: int) -> cd.Candidate:
        return self.repository.get(candidate_id, version=version, projector_func=cd.project)

    def nominate(self, cell_code: str, person: cd.Person, nominated_on: date, actor: str,
                 document_no: str | None = None, override: Override | None = None,
                 candidate_id: UUID | None = None, readmission=None):
        self.cell(cell_code)
        event = cd.nominate(candidate_id or uuid4(), cell_code, person, nominated_on,
                            self.stamp(actor, override), document_no, readmission)
        return self._recorded(event)

    def assign_helpers(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.assign_helpers, candidate_id, actor, **kw)

    def register_for_awareness_class(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.register_for_awareness_class, candidate_id, actor, **kw)

    def complete_awareness_class(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.complete_awareness_class, candidate_id, actor, **kw)

    def submit_application(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.submit_application, candidate_id, actor, **kw)

    def record_verification(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.record_verification, candidate_id, actor, **kw)

    def record_introduction(self, candidate_id: UUID, actor: str,
                            introducer_members: list[Introducer] | None = None, **kw):
        """With `introducer_members` the introducers are the cell's roster members, checked
        on the introduction date (domain.introduction); without, names as typed before
        issue 14 (an old book imported; the route is checked either way). The API and the
        web never send names: their schema refuses them."""
        if not introducer_members:
            kw["introducers"] = kw.get("introducers") or []
            return self._decide(cd.record_introduction, candidate_id, actor, **kw)
        kw.pop("introducers", None)
        introducer_members = [i if isinstance(i, Introducer) else Introducer(
            i["member_id"], i.get("together_since"), i.get("replaces_reason") or "")
            for i in introducer_members]
        roster = self.roster(self.candidate(candidate_id).cell_code)
        return self._decide(lambda c, **args: introduce(c, roster, introducers=introducer_members,
                                                        **args),
                            candidate_id, actor, **kw)

    def collect_comments(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.collect_comments, candidate_id, actor, **kw)

    def vote_admission(self, candidate_id: UUID, actor: str, **kw):
        return self.vote_at_meeting(cd.vote_admission, "admission", candidate_id, actor, **kw)

    def decide_admission(self, candidate_id: UUID, actor: str, **kw):
        return self._decide_by_body(cd.decide_admission, candidate_id, actor, **kw)

    def hold_ceremony(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.hold_ceremony, candidate_id, actor, **kw)

    def complete_new_member_class(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.complete_new_member_class, candidate_id, actor, **kw)

    def vote_conversion(self, candidate_id: UUID, actor: str, **kw):
        return self.vote_at_meeting(cd.vote_conversion, "conversion", candidate_id, actor,
                                    **kw)

    def decide_conversion(self, candidate_id: UUID, actor: str, **kw):
        return self._decide_by_body(cd.decide_conversion, candidate_id, actor, **kw)

    def withdraw(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.withdraw, candidate_id, actor, **kw)

    def transfer_out(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.transfer_out, candidate_id, actor, **kw)

    def strike_off(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.strike_off, candidate_id, actor, **kw)

    # --- the superior's other outcomes and the end of probation (issue 15) -----------------

    def refuse_admission(self, candidate_id: UUID, actor: str, afterwards: str = "pool", **kw):
        return self._decide_by_body(cd.refuse_admission, candidate_id, actor,
                                    returns_to_pool=afterwards == "pool", **kw)

    def refuse_conversion(self, candidate_id: UUID, actor: str, **kw):
        return self._decide_by_body(cd.refuse_conversion, candidate_id, actor, **kw)

    def extend_admission_decision(self, candidate_id: UUID, actor: str, **kw):
        return self._extend("admission", candidate_id, actor, **kw)

    def extend_conversion_decision(self, candidate_id: UUID, actor: str, **kw):
        return self._extend("conversion", candidate_id, actor, **kw)

    def _extend(self, which: str, candidate_id: UUID, actor: str, **kw):
        """The 30-working-day limit is counted on the working calendar, declared days too."""
        calendar = working_calendar(*self.declared_days())
        return self._decide(lambda c, **args: cd.extend_decision(c, which, calendar=calendar,
                                                                 **args),
                            candidate_id, actor, **kw)

    def consent_to_late_ceremony(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.consent_to_late_ceremony, candidate_id, actor, **kw)

    def propose_strike_off(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.propose_strike_off, candidate_id, actor, **kw)

    def issue_transfer_letter(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.issue_transfer_letter, candidate_id, actor, **kw)

    def record_transfer_cause(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.record_transfer_cause, candidate_id, actor, **kw)

    def record_transfer_presented(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.record_transfer_presented, candidate_id, actor, **kw)

    def receive_transfer(self, cell_code: str, person: cd.Person, arrived_on: date, actor: str,
                         override: Override | None = None, candidate_id: UUID | None = None,
                         **arrival):
        """A new stream in the receiving cell: the member as the letter introduces them."""
        self.cell(cell_code)
        event = cd.receive_transfer(candidate_id or uuid4(), cell_code, person, arrived_on,
                                    stamp=self.stamp(actor, override), **arrival)
        return self._recorded(event, also=self.roster_follow_up(None, event))

    def correct_record(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.correct_record, candidate_id, actor, **kw)

    # --- personal data (issue 18) ----------------------------------------------------------

    def erase_person(self, candidate_id: UUID, actor: str, authority: str) -> Recorded:
        """Record who erased whom under which document, then destroy the person's key (in
        that order: a crash between the two is finished by erasing again)."""
        candidate = self.candidate(candidate_id)
        if candidate.erased:
            self.personal_keys.destroy(candidate_id)
        event = cd.erase(candidate, authority, self.stamp(actor, acting_for=COMMITTEE))
        recorded = self._recorded(event, candidate)
        self.personal_keys.destroy(candidate_id)
        return recorded

    def _decide_by_body(self, decision, candidate_id: UUID, actor: str, **kw):
        """A decision of the superior: checked against the cell's superior body on the
        decision date (the body is dated data: district committees ended on 01/07/2025)."""
        decided_on = kw.get("decided_on")
        if isinstance(decided_on, date):
            cell = self.cell(self.candidate(candidate_id).cell_code)
            kw["superior"] = cell.superior_on(decided_on)
        return self._decide(decision, candidate_id, actor, **kw)

    def _decide(self, decision, candidate_id: UUID, actor: str,
                override: Override | None = None, acting_for: str = CELL, **kw):
        candidate = self.candidate(candidate_id)
        if candidate.erased:
            raise NotPermitted("person", "Dữ liệu cá nhân của người này đã được xóa; "
                                         "không ghi thêm vào hồ sơ.")
        event = decision(candidate, stamp=self.stamp(actor, override, acting_for), **kw)
        return self._recorded(event, candidate, self.roster_follow_up(candidate, event))

    def _recorded(self, event, before: cd.Candidate | None = None, also=()):
        position = self.record(event, *also)
        after = cd.project(before, [event])     # `before` is not used again: evolve it
        return Recorded(event.originator_id, event.originator_version, position,
                        after.stage.value)
