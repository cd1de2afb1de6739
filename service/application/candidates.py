"""Candidate use cases, one method per step of the procedure (mixed into the application)."""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid4

from domain import candidate as cd
from domain.decisions import CELL, Override
from service.application.results import Recorded


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
                 candidate_id: UUID | None = None):
        self.cell(cell_code)
        event = cd.nominate(candidate_id or uuid4(), cell_code, person, nominated_on,
                            self.stamp(actor, override), document_no)
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

    def record_introduction(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.record_introduction, candidate_id, actor, **kw)

    def collect_comments(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.collect_comments, candidate_id, actor, **kw)

    def vote_admission(self, candidate_id: UUID, actor: str, **kw):
        return self.vote_at_meeting(cd.vote_admission, "admission", candidate_id, actor, **kw)

    def decide_admission(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.decide_admission, candidate_id, actor, **kw)

    def hold_ceremony(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.hold_ceremony, candidate_id, actor, **kw)

    def complete_new_member_class(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.complete_new_member_class, candidate_id, actor, **kw)

    def vote_conversion(self, candidate_id: UUID, actor: str, **kw):
        return self.vote_at_meeting(cd.vote_conversion, "conversion", candidate_id, actor,
                                    **kw)

    def decide_conversion(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.decide_conversion, candidate_id, actor, **kw)

    def withdraw(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.withdraw, candidate_id, actor, **kw)

    def transfer_out(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.transfer_out, candidate_id, actor, **kw)

    def strike_off(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.strike_off, candidate_id, actor, **kw)

    def correct_record(self, candidate_id: UUID, actor: str, **kw):
        return self._decide(cd.correct_record, candidate_id, actor, **kw)

    def _decide(self, decision, candidate_id: UUID, actor: str,
                override: Override | None = None, acting_for: str = CELL, **kw):
        candidate = self.candidate(candidate_id)
        event = decision(candidate, stamp=self.stamp(actor, override, acting_for), **kw)
        return self._recorded(event, candidate, self.roster_follow_up(candidate, event))

    def _recorded(self, event, before: cd.Candidate | None = None, also=()):
        position = self.record(event, *also)
        after = cd.project(before, [event])     # `before` is not used again: evolve it
        return Recorded(event.originator_id, event.originator_version, position,
                        after.stage.value)
