"""Candidate use cases, one method per step of the procedure (mixed into the application).

Each step is a method with the domain decision's own named parameters, so a reader (or
go-to-definition) follows a command from the route to the save. A step loads the candidate
once, judges the caller's right on it (`may`, see `Check`), asks the domain to decide and
saves the event."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING
from uuid import UUID, uuid4

from domain import candidate as cd
from domain import events as ev
from domain.decisions import CELL, COMMITTEE, Override
from domain.errors import DomainError, InvalidField, NotPermitted
from domain.introduction import Introducer, introduce
from service.application.results import Recorded
from service.workcalendar import working_calendar

if TYPE_CHECKING:       # the application these are mixed into: `self` in the save's hops
    from service.application.app import KetnapApplication

Check = Callable[[cd.Candidate], object]
"""The caller's right to record this step, judged on the candidate the use case loaded (it
raises when there is none: service/actions.py). The application knows no users: the caller
brings the check, the use case runs it on the one candidate it loads and decides on."""


class CandidateUseCases:
    """Every step takes the acting user and, keyword only, the facts the domain decides on;
    optionally an override, whom the user acts for (the cell or the committee), the version
    the user saw (expected_version: a stale write is refused with ConcurrentChange) and the
    rights check `may`."""

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

    def assign_helpers(self, candidate_id: UUID, actor: str, *, assigned_on: date,
                       helpers: list[str], document_no: str | None = None,
                       override: Override | None = None, acting_for: str = CELL,
                       expected_version: int | None = None, may: Check | None = None
                       ) -> Recorded:
        return self._decide(cd.assign_helpers, self._loaded(candidate_id, may), actor,
                            override, acting_for, assigned_on=assigned_on, helpers=helpers,
                            document_no=document_no, expected_version=expected_version)

    def register_for_awareness_class(self, candidate_id: UUID, actor: str, *,
                                     registered_on: date, document_no: str | None = None,
                                     override: Override | None = None,
                                     acting_for: str = CELL,
                                     expected_version: int | None = None,
                                     may: Check | None = None) -> Recorded:
        return self._decide(cd.register_for_awareness_class, self._loaded(candidate_id, may),
                            actor, override, acting_for, registered_on=registered_on,
                            document_no=document_no, expected_version=expected_version)

    def complete_awareness_class(self, candidate_id: UUID, actor: str, *, completed_on: date,
                                 certificate_no: str, issued_by: str,
                                 override: Override | None = None, acting_for: str = CELL,
                                 expected_version: int | None = None,
                                 may: Check | None = None) -> Recorded:
        return self._decide(cd.complete_awareness_class, self._loaded(candidate_id, may),
                            actor, override, acting_for, completed_on=completed_on,
                            certificate_no=certificate_no, issued_by=issued_by,
                            expected_version=expected_version)

    def submit_application(self, candidate_id: UUID, actor: str, *, submitted_on: date,
                           override: Override | None = None, acting_for: str = CELL,
                           expected_version: int | None = None, may: Check | None = None
                           ) -> Recorded:
        return self._decide(cd.submit_application, self._loaded(candidate_id, may), actor,
                            override, acting_for, submitted_on=submitted_on,
                            expected_version=expected_version)

    def record_verification(self, candidate_id: UUID, actor: str, *, concluded_on: date,
                            result: str, document_no: str | None = None,
                            override: Override | None = None, acting_for: str = CELL,
                            expected_version: int | None = None, may: Check | None = None
                            ) -> Recorded:
        return self._decide(cd.record_verification, self._loaded(candidate_id, may), actor,
                            override, acting_for, concluded_on=concluded_on, result=result,
                            document_no=document_no, expected_version=expected_version)

    def record_introduction(self, candidate_id: UUID, actor: str, *, introduced_on: date,
                            kind: str, introducers: list[str] | None = None,
                            introducer_members: list[Introducer | dict] | None = None,
                            resolution_no: str | None = None,
                            resolution_on: date | None = None,
                            override: Override | None = None, acting_for: str = CELL,
                            expected_version: int | None = None, may: Check | None = None
                            ) -> Recorded:
        """With `introducer_members` the introducers are the cell's roster members, checked
        on the introduction date (domain.introduction); without, names as typed before
        issue 14 (an old book imported; the route is checked either way). The API and the
        web never send names: their schema refuses them."""
        candidate = self._loaded(candidate_id, may)
        facts = {"introduced_on": introduced_on, "kind": kind, "resolution_no": resolution_no,
                 "resolution_on": resolution_on, "expected_version": expected_version}
        if not introducer_members:
            return self._decide(cd.record_introduction, candidate, actor, override,
                                acting_for, introducers=introducers or [], **facts)
        members = [i if isinstance(i, Introducer) else Introducer(
            i["member_id"], i.get("together_since"), i.get("replaces_reason") or "")
            for i in introducer_members]
        roster = self.roster(candidate.cell_code)
        return self._decide(lambda c, **args: introduce(c, roster, introducers=members, **args),
                            candidate, actor, override, acting_for, **facts)

    def collect_comments(self, candidate_id: UUID, actor: str, *, collected_on: date,
                         document_no: str | None = None, override: Override | None = None,
                         acting_for: str = CELL, expected_version: int | None = None,
                         may: Check | None = None) -> Recorded:
        return self._decide(cd.collect_comments, self._loaded(candidate_id, may), actor,
                            override, acting_for, collected_on=collected_on,
                            document_no=document_no, expected_version=expected_version)

    def vote_admission(self, candidate_id: UUID, actor: str, *, meeting_on: date,
                       resolution_no: str, votes_for: int, override: Override | None = None,
                       acting_for: str = CELL, expected_version: int | None = None,
                       may: Check | None = None) -> Recorded:
        return self.vote_at_meeting(cd.vote_admission, "admission",
                                    self._loaded(candidate_id, may), actor,
                                    meeting_on=meeting_on, resolution_no=resolution_no,
                                    votes_for=votes_for, override=override,
                                    acting_for=acting_for, expected_version=expected_version)

    def decide_admission(self, candidate_id: UUID, actor: str, *, decided_on: date,
                         decision_no: str, decided_by: str, received_on: date,
                         override: Override | None = None, acting_for: str = CELL,
                         expected_version: int | None = None, may: Check | None = None
                         ) -> Recorded:
        return self._decide_by_body(cd.decide_admission, self._loaded(candidate_id, may),
                                    actor, override, acting_for, decided_on=decided_on,
                                    decision_no=decision_no, decided_by=decided_by,
                                    received_on=received_on,
                                    expected_version=expected_version)

    def hold_ceremony(self, candidate_id: UUID, actor: str, *, held_on: date,
                      override: Override | None = None, acting_for: str = CELL,
                      expected_version: int | None = None, may: Check | None = None
                      ) -> Recorded:
        return self._decide(cd.hold_ceremony, self._loaded(candidate_id, may), actor,
                            override, acting_for, held_on=held_on,
                            expected_version=expected_version)

    def complete_new_member_class(self, candidate_id: UUID, actor: str, *, completed_on: date,
                                  certificate_no: str, override: Override | None = None,
                                  acting_for: str = CELL,
                                  expected_version: int | None = None,
                                  may: Check | None = None) -> Recorded:
        return self._decide(cd.complete_new_member_class, self._loaded(candidate_id, may),
                            actor, override, acting_for, completed_on=completed_on,
                            certificate_no=certificate_no, expected_version=expected_version)

    def vote_conversion(self, candidate_id: UUID, actor: str, *, meeting_on: date,
                        resolution_no: str, votes_for: int, override: Override | None = None,
                        acting_for: str = CELL, expected_version: int | None = None,
                        may: Check | None = None) -> Recorded:
        return self.vote_at_meeting(cd.vote_conversion, "conversion",
                                    self._loaded(candidate_id, may), actor,
                                    meeting_on=meeting_on, resolution_no=resolution_no,
                                    votes_for=votes_for, override=override,
                                    acting_for=acting_for, expected_version=expected_version)

    def decide_conversion(self, candidate_id: UUID, actor: str, *, decided_on: date,
                          decision_no: str, decided_by: str, override: Override | None = None,
                          acting_for: str = CELL, expected_version: int | None = None,
                          may: Check | None = None) -> Recorded:
        return self._decide_by_body(cd.decide_conversion, self._loaded(candidate_id, may),
                                    actor, override, acting_for, decided_on=decided_on,
                                    decision_no=decision_no, decided_by=decided_by,
                                    expected_version=expected_version)

    def withdraw(self, candidate_id: UUID, actor: str, *, on: date, reason: str,
                 override: Override | None = None, acting_for: str = CELL,
                 expected_version: int | None = None, may: Check | None = None) -> Recorded:
        return self._decide(cd.withdraw, self._loaded(candidate_id, may), actor, override,
                            acting_for, on=on, reason=reason, expected_version=expected_version)

    def transfer_out(self, candidate_id: UUID, actor: str, *, on: date, reason: str,
                     papers: list[str] | tuple[str, ...], override: Override | None = None,
                     acting_for: str = CELL, expected_version: int | None = None,
                     may: Check | None = None) -> Recorded:
        return self._decide(cd.transfer_out, self._loaded(candidate_id, may), actor, override,
                            acting_for, on=on, reason=reason, papers=papers,
                            expected_version=expected_version)

    def strike_off(self, candidate_id: UUID, actor: str, *, on: date, reason: str,
                   override: Override | None = None, acting_for: str = CELL,
                   expected_version: int | None = None, may: Check | None = None) -> Recorded:
        return self._decide(cd.strike_off, self._loaded(candidate_id, may), actor, override,
                            acting_for, on=on, reason=reason, expected_version=expected_version)

    # --- the superior's other outcomes and the end of probation (issue 15) -----------------

    def refuse_admission(self, candidate_id: UUID, actor: str, *, decided_on: date,
                         decision_no: str, decided_by: str, reason: str,
                         afterwards: str = "pool", override: Override | None = None,
                         acting_for: str = CELL, expected_version: int | None = None,
                         may: Check | None = None) -> Recorded:
        return self._decide_by_body(cd.refuse_admission, self._loaded(candidate_id, may),
                                    actor, override, acting_for, decided_on=decided_on,
                                    decision_no=decision_no, decided_by=decided_by,
                                    reason=reason, returns_to_pool=afterwards == "pool",
                                    expected_version=expected_version)

    def refuse_conversion(self, candidate_id: UUID, actor: str, *, decided_on: date,
                          decision_no: str, decided_by: str, reason: str,
                          override: Override | None = None, acting_for: str = CELL,
                          expected_version: int | None = None, may: Check | None = None
                          ) -> Recorded:
        return self._decide_by_body(cd.refuse_conversion, self._loaded(candidate_id, may),
                                    actor, override, acting_for, decided_on=decided_on,
                                    decision_no=decision_no, decided_by=decided_by,
                                    reason=reason, expected_version=expected_version)

    def extend_admission_decision(self, candidate_id: UUID, actor: str, *, extended_on: date,
                                  document_no: str, extended_to: date, reason: str,
                                  override: Override | None = None, acting_for: str = CELL,
                                  expected_version: int | None = None,
                                  may: Check | None = None) -> Recorded:
        return self._extend("admission", self._loaded(candidate_id, may), actor, override,
                            acting_for, extended_on=extended_on, document_no=document_no,
                            extended_to=extended_to, reason=reason,
                            expected_version=expected_version)

    def extend_conversion_decision(self, candidate_id: UUID, actor: str, *, extended_on: date,
                                   document_no: str, extended_to: date, reason: str,
                                   override: Override | None = None, acting_for: str = CELL,
                                   expected_version: int | None = None,
                                   may: Check | None = None) -> Recorded:
        return self._extend("conversion", self._loaded(candidate_id, may), actor, override,
                            acting_for, extended_on=extended_on, document_no=document_no,
                            extended_to=extended_to, reason=reason,
                            expected_version=expected_version)

    def _extend(self, which: str, candidate: cd.Candidate, actor: str,
                override: Override | None, acting_for: str, **facts) -> Recorded:
        """The 30-working-day limit is counted on the working calendar, declared days too."""
        calendar = working_calendar(*self.declared_days())
        return self._decide(lambda c, **args: cd.extend_decision(c, which, calendar=calendar,
                                                                 **args),
                            candidate, actor, override, acting_for, **facts)

    def consent_to_late_ceremony(self, candidate_id: UUID, actor: str, *, consented_on: date,
                                 document_no: str, consented_by: str,
                                 override: Override | None = None, acting_for: str = CELL,
                                 expected_version: int | None = None,
                                 may: Check | None = None) -> Recorded:
        return self._decide(cd.consent_to_late_ceremony, self._loaded(candidate_id, may),
                            actor, override, acting_for, consented_on=consented_on,
                            document_no=document_no, consented_by=consented_by,
                            expected_version=expected_version)

    def propose_strike_off(self, candidate_id: UUID, actor: str, *, meeting_on: date,
                           resolution_no: str, reason: str, override: Override | None = None,
                           acting_for: str = CELL, expected_version: int | None = None,
                           may: Check | None = None) -> Recorded:
        return self._decide(cd.propose_strike_off, self._loaded(candidate_id, may), actor,
                            override, acting_for, meeting_on=meeting_on,
                            resolution_no=resolution_no, reason=reason,
                            expected_version=expected_version)

    def issue_transfer_letter(self, candidate_id: UUID, actor: str, *, letter_on: date,
                              letter_no: str, destination: str, cause_on: date | None = None,
                              override: Override | None = None, acting_for: str = CELL,
                              expected_version: int | None = None, may: Check | None = None
                              ) -> Recorded:
        return self._decide(cd.issue_transfer_letter, self._loaded(candidate_id, may), actor,
                            override, acting_for, letter_on=letter_on, letter_no=letter_no,
                            destination=destination, cause_on=cause_on,
                            expected_version=expected_version)

    def record_transfer_cause(self, candidate_id: UUID, actor: str, *, effective_on: date,
                              reason: str, override: Override | None = None,
                              acting_for: str = CELL, expected_version: int | None = None,
                              may: Check | None = None) -> Recorded:
        return self._decide(cd.record_transfer_cause, self._loaded(candidate_id, may), actor,
                            override, acting_for, effective_on=effective_on, reason=reason,
                            expected_version=expected_version)

    def record_transfer_presented(self, candidate_id: UUID, actor: str, *, presented_on: date,
                                  received_by: str, override: Override | None = None,
                                  acting_for: str = CELL, expected_version: int | None = None,
                                  may: Check | None = None) -> Recorded:
        return self._decide(cd.record_transfer_presented, self._loaded(candidate_id, may),
                            actor, override, acting_for, presented_on=presented_on,
                            received_by=received_by, expected_version=expected_version)

    def receive_transfer(self, cell_code: str, person: cd.Person, arrived_on: date, actor: str,
                         override: Override | None = None, candidate_id: UUID | None = None,
                         *, letter_no: str, letter_on: date, from_unit: str, admitted_on: date,
                         new_member_class_on: date | None = None,
                         official_since: date | None = None) -> Recorded:
        """A new stream in the receiving cell: the member as the letter introduces them."""
        self.cell(cell_code)
        event = cd.receive_transfer(candidate_id or uuid4(), cell_code, person, arrived_on,
                                    letter_no=letter_no, letter_on=letter_on,
                                    from_unit=from_unit, admitted_on=admitted_on,
                                    new_member_class_on=new_member_class_on,
                                    official_since=official_since,
                                    stamp=self.stamp(actor, override))
        return self._recorded(event, also=self.roster_follow_up(None, event))

    def correct_record(self, candidate_id: UUID, actor: str, *, corrects: int,
                       fields: dict | Callable[[type[ev.Event]], dict], authority: str,
                       on: date, override: Override | None = None, acting_for: str = CELL,
                       expected_version: int | None = None, may: Check | None = None
                       ) -> Recorded:
        """`fields`: the corrected values, or a function giving them for the type of the
        event corrected (a form's text, typed by the schema that recorded that event)."""
        candidate = self._loaded(candidate_id, may)
        if callable(fields):
            fields = fields(corrected_type(candidate, corrects))
        return self._decide(cd.correct_record, candidate, actor, override, acting_for,
                            corrects=corrects, fields=fields, authority=authority, on=on,
                            expected_version=expected_version)

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

    def _loaded(self, candidate_id: UUID, may: Check | None) -> cd.Candidate:
        """The candidate, loaded once for the whole command, and the caller's right judged on
        it (on its cell as the log has it, not as a read model last showed it; a stream's
        cell never changes: a move is a transfer to a new stream, never a correction).

        Folded from the stream this process keeps, without asking the store for newer
        events: the save is refused if another worker wrote meanwhile, and `_decide` then
        decides again on the stream as stored (service/application/streamcache.py)."""
        kept = self.streams.kept(candidate_id)
        candidate = cd.project(None, kept) if kept else self.candidate(candidate_id)
        if may is not None:
            may(candidate)
        return candidate

    def _decide_by_body(self, decision, candidate: cd.Candidate, actor: str,
                        override: Override | None, acting_for: str, **facts) -> Recorded:
        """A decision of the superior: checked against the cell's superior body on the
        decision date (the body is dated data: district committees ended on 01/07/2025)."""
        decided_on = facts.get("decided_on")
        if isinstance(decided_on, date):
            facts["superior"] = self.cell(candidate.cell_code).superior_on(decided_on)
        return self._decide(decision, candidate, actor, override, acting_for, **facts)

    def _decide(self: KetnapApplication, decision, candidate: cd.Candidate, actor: str,
                override: Override | None, acting_for: str, **facts) -> Recorded:
        """`decision`: the domain's function for the step, given the loaded candidate. A
        refusal (a stale save included) stands only if the candidate was the stream as
        stored; if another worker has written since, the step is decided again on that."""
        try:
            return self._decide_on(decision, candidate, actor, override, acting_for, **facts)
        except DomainError:
            latest = self.candidate(candidate.id)
            if latest.version == candidate.version:
                raise
        return self._decide_on(decision, latest, actor, override, acting_for, **facts)

    def _decide_on(self: KetnapApplication, decision, candidate: cd.Candidate, actor: str,
                   override: Override | None, acting_for: str, **facts) -> Recorded:
        if candidate.erased:
            raise NotPermitted("person", "Dữ liệu cá nhân của người này đã được xóa; "
                                         "không ghi thêm vào hồ sơ.")
        event = decision(candidate, stamp=self.stamp(actor, override, acting_for), **facts)
        return self._recorded(event, candidate, self.roster_follow_up(candidate, event))

    def _recorded(self: KetnapApplication, event, before: cd.Candidate | None = None,
                  also=()) -> Recorded:
        position = self.record(event, *also)
        after = cd.project(before, [event])     # `before` is not used again: evolve it
        return Recorded(event.originator_id, event.originator_version, position,
                        after.stage.value)


def corrected_type(candidate: cd.Candidate, position: int) -> type[ev.Event]:
    """The type of the event a correction cites."""
    history = candidate.history
    if not 1 <= position <= len(history):
        raise InvalidField("corrects", f"Không có sự kiện số {position} trong hồ sơ.")
    if isinstance(history[position - 1], ev.RecordCorrected):
        raise InvalidField("corrects", "Không đính chính một lần đính chính; hãy đính chính "
                                       "trực tiếp sự kiện gốc.")
    return type(history[position - 1])
