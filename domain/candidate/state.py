"""A candidate's state, rebuilt from its events; corrections patch the events they cite."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from uuid import UUID

from domain import events as ev
from domain.dates import add_months
from domain.personal import IDENTITY, erased_value
from domain.rules import ADULT_MONTHS, rule_set_on


class Stage(StrEnum):
    NOMINATED = "nominated"                   # trong danh sách cảm tình Đảng
    CLASS_REGISTERED = "class_registered"     # đã đăng ký lớp nhận thức
    CLASS_COMPLETED = "class_completed"       # có giấy chứng nhận
    APPLIED = "applied"                       # đã nộp đơn và lý lịch
    VERIFIED = "verified"                     # thẩm tra lý lịch đạt
    PROPOSED = "proposed"                     # chi bộ đề nghị kết nạp
    DECIDED = "decided"                       # có quyết định kết nạp
    PROBATIONARY = "probationary"             # đảng viên dự bị
    CONVERSION_PROPOSED = "conversion_proposed"
    OFFICIAL = "official"                     # đảng viên chính thức
    WITHDRAWN = "withdrawn"
    TRANSFERRED_OUT = "transferred_out"
    STRUCK_OFF = "struck_off"
    REFUSED = "refused"                       # kết nạp bị từ chối, ra khỏi danh sách


EXITED = frozenset({Stage.WITHDRAWN, Stage.TRANSFERRED_OUT, Stage.STRUCK_OFF, Stage.REFUSED})
MEMBERS = frozenset({Stage.PROBATIONARY, Stage.CONVERSION_PROPOSED, Stage.OFFICIAL})

# How refusal messages name a stage: they are shown to the cell as they are (domain.errors).
STAGE_LABELS: dict[Stage, str] = {   # the one wording of each stage: pages, exports, refusals
    Stage.NOMINATED: "Cảm tình Đảng",
    Stage.CLASS_REGISTERED: "Đã đăng ký lớp nhận thức",
    Stage.CLASS_COMPLETED: "Có giấy chứng nhận lớp nhận thức",
    Stage.APPLIED: "Đã nộp đơn, lý lịch",
    Stage.VERIFIED: "Đã thẩm tra lý lịch",
    Stage.PROPOSED: "Chi bộ đề nghị kết nạp",
    Stage.DECIDED: "Có quyết định kết nạp",
    Stage.PROBATIONARY: "Đảng viên dự bị",
    Stage.CONVERSION_PROPOSED: "Đề nghị công nhận chính thức",
    Stage.OFFICIAL: "Đảng viên chính thức",
    Stage.WITHDRAWN: "Đã rút khỏi danh sách",
    Stage.TRANSFERRED_OUT: "Đã chuyển đi",
    Stage.STRUCK_OFF: "Đã xóa tên",
    Stage.REFUSED: "Không được kết nạp",
}


def stage_words(stage: Stage) -> str:
    """The stage's label inside a sentence ("... đã ra khỏi danh sách (đã xóa tên)")."""
    label = STAGE_LABELS[stage]
    return label[0].lower() + label[1:]


@dataclass
class Candidate:
    id: UUID
    version: int
    cell_code: str
    full_name: str
    birth_date: date | None         # None once the person's data is erased (domain.personal)
    gender: str
    ethnicity: str
    category: str
    youth_union_member: bool
    education: str
    class_name: str | None
    nominated_on: date
    stage: Stage = Stage.NOMINATED
    helpers: tuple[str, ...] = ()
    class_registered_on: date | None = None
    certificate_on: date | None = None
    certificate_expires_on: date | None = None
    certificate_no: str | None = None
    applied_on: date | None = None
    verified_on: date | None = None
    verification_passed: bool | None = None
    introductions: list[tuple[str, date]] = field(default_factory=list)
    comments_on: date | None = None
    admission_voted_on: date | None = None
    decided_on: date | None = None
    decision_received_on: date | None = None
    admitted_on: date | None = None
    new_member_class_on: date | None = None
    conversion_first_voted_on: date | None = None   # any vote meets the vote's deadline
    conversion_voted_on: date | None = None         # the passed vote
    converted_on: date | None = None                # the conversion decision's own date
    official_since: date | None = None
    exited_on: date | None = None
    # the superior's other outcomes and the end of probation (issue 15)
    admission_refused_on: date | None = None
    admission_settled_on: date | None = None            # decided or refused: meets its deadline
    admission_decision_extended_to: date | None = None
    ceremony_consented_on: date | None = None
    conversion_failed_votes: int = 0                    # since the last passed vote
    conversion_refused_on: date | None = None
    conversion_settled_on: date | None = None
    conversion_decision_extended_to: date | None = None
    strike_off_proposed_on: date | None = None
    # transfer of party activity (24-QĐ/TW 6.3.1)
    transfer_cause_on: date | None = None           # the decision or move that requires it
    transfer_letter_on: date | None = None          # the letter of introduction (sending cell)
    transfer_presented_on: date | None = None       # presented at the new place
    arrived_on: date | None = None                  # the receiving cell took the member in
    citizen_id: str | None = None                   # số định danh cá nhân
    readmission: bool = False                       # kết nạp lại (24-QĐ/TW 3.5)
    left_party_on: date | None = None
    left_by: str | None = None
    province_consent_no: str | None = None
    erased: bool = False                            # personal data erased (issue 18)
    history: list[ev.Event] = field(default_factory=list)

    @property
    def is_exited(self) -> bool:
        return self.stage in EXITED

    @property
    def eligible_age_from(self) -> date | None:
        """Age counts by month: 18 from the first day of the month of the 18th birthday."""
        if self.birth_date is None:
            return None
        return add_months(self.birth_date, ADULT_MONTHS).replace(day=1)

    @property
    def probation_ends_on(self) -> date | None:
        """Official status takes effect on this date, the exact end of probation."""
        return None if self.admitted_on is None else probation_end(self.admitted_on)


def probation_end(admitted_on: date) -> date:
    """The end of probation, by the rule set in force on the admission day."""
    months = rule_set_on(admitted_on).number("probation_12_months", "months")
    return add_months(admitted_on, months)


def project(state: Candidate | None, events) -> Candidate | None:
    """Fold events into a candidate (the repository's projector function). Given a state,
    new events extend it; a new correction patches earlier events, so then the candidate is
    rebuilt from its whole history."""
    stream = list(events)
    if state is not None and any(isinstance(e, ev.RecordCorrected) for e in stream):
        state, stream = None, [*state.history, *stream]
    patched = apply_corrections(stream)
    for original, event in zip(stream, patched, strict=True):
        state = evolve(state, event)
        state.history.append(original)
    return state


def apply_corrections(stream: list[ev.Event]) -> list[ev.Event]:
    """The stream as it reads after its corrections (RecordCorrected) are applied."""
    patches: dict[int, dict] = {}
    for event in stream:
        if isinstance(event, ev.RecordCorrected):
            patches.setdefault(event.corrects, {}).update(event.fields)
    return [_patched(e, patches[e.originator_version])
            if e.originator_version in patches else e for e in stream]


def _patched(event: ev.Event, fields: dict) -> ev.Event:
    """Apply a correction, then recompute what the rules derive from the corrected values."""
    event = dataclasses.replace(event, **fields)
    if isinstance(event, ev.AdmissionVoted | ev.ConversionVoted):
        from domain.candidate.voting import passes
        from domain.decisions import Guard
        event = dataclasses.replace(event, passed=passes(event.official_members,
                                                         event.votes_for,
                                                         Guard(event.occurred_on)))
    return event


def evolve(state: Candidate | None, event: ev.Event) -> Candidate:
    """Apply one (already corrected) event: the candidate's rules, in one place. The read
    side folds with this too, so the register can never disagree with the domain. It does
    not touch `history`, which `project` keeps."""
    if isinstance(event, ev.CandidateNominated):
        return _born(event)
    if state is None:
        raise ValueError("a candidate stream starts with CandidateNominated")
    state.version = event.originator_version
    handler = _HANDLERS.get(type(event))
    if handler:
        handler(state, event)
    return state


def _born(e: ev.CandidateNominated) -> Candidate:
    c = Candidate(
        id=e.originator_id, version=e.originator_version, cell_code=e.cell_code,
        full_name=e.full_name, birth_date=e.birth_date, gender=e.gender, ethnicity=e.ethnicity,
        category=e.category, youth_union_member=e.youth_union_member, education=e.education,
        class_name=e.class_name, nominated_on=e.occurred_on, citizen_id=e.citizen_id,
        readmission=e.left_party_on is not None, left_party_on=e.left_party_on,
        left_by=e.left_by, province_consent_no=e.province_consent_no)
    if isinstance(e, ev.PartyTransferArrived):      # a member who arrives with a letter
        c.arrived_on, c.admitted_on = e.occurred_on, e.admitted_on
        c.new_member_class_on, c.official_since = e.new_member_class_on, e.official_since
        c.stage = Stage.PROBATIONARY if e.official_since is None else Stage.OFFICIAL
    return c


def _advance(state: Candidate, stage: Stage) -> None:
    """Move forward only: a late-recorded earlier step never moves the stage back."""
    order = list(Stage)
    if not state.is_exited and order.index(stage) > order.index(state.stage):
        state.stage = stage


def _helpers(s: Candidate, e: ev.HelperAssigned) -> None:
    s.helpers = tuple(e.helpers)


def _registered(s: Candidate, e: ev.Event) -> None:
    s.class_registered_on = e.occurred_on
    _advance(s, Stage.CLASS_REGISTERED)


def _certified(s: Candidate, e: ev.AwarenessClassCompleted) -> None:
    s.certificate_on, s.certificate_no = e.occurred_on, e.certificate_no
    months = rule_set_on(e.occurred_on).number("certificate_validity", "months")
    s.certificate_expires_on = add_months(e.occurred_on, months)
    _advance(s, Stage.CLASS_COMPLETED)


def _applied(s: Candidate, e: ev.Event) -> None:
    s.applied_on = e.occurred_on
    _advance(s, Stage.APPLIED)


def _verified(s: Candidate, e: ev.BackgroundVerified) -> None:
    s.verified_on, s.verification_passed = e.occurred_on, e.passed
    if e.passed:
        _advance(s, Stage.VERIFIED)


def _introduced(s: Candidate, e: ev.IntroductionRecorded) -> None:
    s.introductions.append((e.kind, e.occurred_on))


def _commented(s: Candidate, e: ev.Event) -> None:
    s.comments_on = e.occurred_on


def _admission_voted(s: Candidate, e: ev.AdmissionVoted) -> None:
    if e.passed:
        s.admission_voted_on = e.occurred_on
        # a new proposal after a refusal starts the superior's clock again
        s.admission_settled_on = s.admission_decision_extended_to = None
        _advance(s, Stage.PROPOSED)


def _decided(s: Candidate, e: ev.AdmissionDecided) -> None:
    s.decided_on, s.decision_received_on = e.occurred_on, e.received_on
    s.admission_settled_on = e.occurred_on
    _advance(s, Stage.DECIDED)


def _admitted(s: Candidate, e: ev.Event) -> None:
    s.admitted_on = e.occurred_on
    _advance(s, Stage.PROBATIONARY)


def _new_member_class(s: Candidate, e: ev.Event) -> None:
    s.new_member_class_on = e.occurred_on


def _conversion_voted(s: Candidate, e: ev.ConversionVoted) -> None:
    first = s.conversion_first_voted_on
    if first is None or e.occurred_on < first:
        s.conversion_first_voted_on = e.occurred_on
    if e.passed:
        s.conversion_voted_on = e.occurred_on
        s.conversion_failed_votes = 0
        s.conversion_settled_on = s.conversion_decision_extended_to = None
        _advance(s, Stage.CONVERSION_PROPOSED)
    else:
        s.conversion_failed_votes += 1


def _converted(s: Candidate, e: ev.ConvertedToOfficial) -> None:
    s.converted_on = s.conversion_settled_on = e.occurred_on
    s.official_since = s.probation_ends_on or e.official_since   # follows a corrected ceremony
    _advance(s, Stage.OFFICIAL)


def _exit(stage: Stage):
    def handler(s: Candidate, e: ev.Event) -> None:
        s.stage, s.exited_on = stage, e.occurred_on
    return handler


def _admission_refused(s: Candidate, e: ev.AdmissionRefused) -> None:
    s.admission_refused_on = s.admission_settled_on = e.occurred_on
    if s.is_exited:
        return
    if e.returns_to_pool:
        s.stage = Stage.NOMINATED         # back in the pool; the dossier's dates stay
    else:
        s.stage, s.exited_on = Stage.REFUSED, e.occurred_on


def _conversion_refused(s: Candidate, e: ev.ConversionRefused) -> None:
    s.conversion_refused_on = s.conversion_settled_on = e.occurred_on
    if s.stage == Stage.CONVERSION_PROPOSED:
        s.stage = Stage.PROBATIONARY      # the cell considers again or proposes a strike-off


def _extended(s: Candidate, e: ev.DecisionExtended) -> None:
    if e.decision == "conversion":
        s.conversion_decision_extended_to = e.extended_to
    else:
        s.admission_decision_extended_to = e.extended_to


def _consented(s: Candidate, e: ev.Event) -> None:
    s.ceremony_consented_on = e.occurred_on


def _strike_off_proposed(s: Candidate, e: ev.Event) -> None:
    s.strike_off_proposed_on = e.occurred_on


def _transfer_letter(s: Candidate, e: ev.PartyTransferLetterIssued) -> None:
    s.transfer_cause_on, s.transfer_letter_on = e.cause_on, e.occurred_on
    s.stage, s.exited_on = Stage.TRANSFERRED_OUT, e.occurred_on


def _transfer_cause(s: Candidate, e: ev.Event) -> None:
    s.transfer_cause_on = e.occurred_on


def _transfer_presented(s: Candidate, e: ev.Event) -> None:
    s.transfer_presented_on = e.occurred_on


def _erased(s: Candidate, e: ev.PersonErased) -> None:
    """From here the person reads as erased, even in a process that still holds the key."""
    s.erased = True
    for name in (*IDENTITY, "certificate_no"):
        setattr(s, name, erased_value(name) if getattr(s, name) is not None else None)
    s.birth_date = None
    s.helpers = erased_value("helpers", len(s.helpers))


_HANDLERS = {
    ev.PersonErased: _erased,
    ev.HelperAssigned: _helpers,
    ev.AwarenessClassRegistered: _registered,
    ev.AwarenessClassCompleted: _certified,
    ev.ApplicationSubmitted: _applied,
    ev.BackgroundVerified: _verified,
    ev.IntroductionRecorded: _introduced,
    ev.CommentsCollected: _commented,
    ev.AdmissionVoted: _admission_voted,
    ev.AdmissionDecided: _decided,
    ev.Admitted: _admitted,
    ev.NewMemberClassCompleted: _new_member_class,
    ev.ConversionVoted: _conversion_voted,
    ev.ConvertedToOfficial: _converted,
    ev.Withdrawn: _exit(Stage.WITHDRAWN),
    ev.TransferredOut: _exit(Stage.TRANSFERRED_OUT),
    ev.StruckOff: _exit(Stage.STRUCK_OFF),
    ev.AdmissionRefused: _admission_refused,
    ev.ConversionRefused: _conversion_refused,
    ev.DecisionExtended: _extended,
    ev.LateCeremonyConsented: _consented,
    ev.StrikeOffProposed: _strike_off_proposed,
    ev.PartyTransferLetterIssued: _transfer_letter,
    ev.PartyTransferPresented: _transfer_presented,
    ev.TransferCauseRecorded: _transfer_cause,
}
