"""Judge each recorded event again, by the domain's own decisions, on the state before it.

The decision that would have recorded the event is re-run against the candidate as the log
(with its corrections) says it stood just before; what the rules refuse now is what the
event broke. Rules the event itself says were overridden are overrides; others are violations.
"""

from __future__ import annotations

from datetime import datetime, time

from domain import events as ev
from domain.candidate.admission import decide_admission, hold_ceremony, vote_admission
from domain.candidate.dossier import (
    assign_helpers,
    collect_comments,
    complete_awareness_class,
    record_introduction,
    record_verification,
    register_for_awareness_class,
    submit_application,
)
from domain.candidate.membership import (
    complete_new_member_class,
    decide_conversion,
    strike_off,
    transfer_out,
    vote_conversion,
    withdraw,
)
from domain.candidate.outcomes import (
    consent_to_late_ceremony,
    propose_strike_off,
    refuse_admission,
    refuse_conversion,
)
from domain.candidate.state import Candidate
from domain.candidate.transfer import (
    issue_transfer_letter,
    record_transfer_cause,
    record_transfer_presented,
)
from domain.cell import Cell
from domain.clock import local_date, zone
from domain.decisions import Stamp
from domain.errors import DomainError, RuleViolation, Violation


def _args(e, cell: Cell | None = None):
    """The decision and its arguments that would record `e` (None: nothing to judge). A
    decision by a body is judged against the cell's superior on its date, when the cell is
    known (rule decision_by_competent_body)."""
    spec = _SPECS.get(type(e))
    if spec is None:
        return None
    kwargs = spec[1](e, e.occurred_on)
    if cell is not None and cell.superiors and type(e) in _BY_BODY:
        kwargs["superior"] = cell.superior_on(e.occurred_on)
    return spec[0], kwargs


_SPECS = {
    ev.HelperAssigned: (assign_helpers, lambda e, d: dict(
        assigned_on=d, helpers=list(e.helpers))),
    ev.AwarenessClassRegistered: (register_for_awareness_class, lambda e, d: dict(
        registered_on=d)),
    ev.AwarenessClassCompleted: (complete_awareness_class, lambda e, d: dict(
        completed_on=d, certificate_no=e.certificate_no, issued_by=e.issued_by)),
    ev.ApplicationSubmitted: (submit_application, lambda e, d: dict(submitted_on=d)),
    ev.BackgroundVerified: (record_verification, lambda e, d: dict(
        concluded_on=d, result="passed" if e.passed else "failed")),
    ev.IntroductionRecorded: (record_introduction, lambda e, d: dict(
        introduced_on=d, kind=e.kind, introducers=list(e.introducers))),
    ev.CommentsCollected: (collect_comments, lambda e, d: dict(collected_on=d)),
    ev.AdmissionVoted: (vote_admission, lambda e, d: dict(
        meeting_on=d, resolution_no=e.document_no or "-",
        official_members=e.official_members, votes_for=e.votes_for)),
    ev.AdmissionDecided: (decide_admission, lambda e, d: dict(
        decided_on=d, decision_no=e.document_no or "-", decided_by=e.decided_by,
        received_on=e.received_on)),
    ev.Admitted: (hold_ceremony, lambda e, d: dict(held_on=d)),
    ev.NewMemberClassCompleted: (complete_new_member_class, lambda e, d: dict(
        completed_on=d, certificate_no=e.certificate_no)),
    ev.ConversionVoted: (vote_conversion, lambda e, d: dict(
        meeting_on=d, resolution_no=e.document_no or "-",
        official_members=e.official_members, votes_for=e.votes_for)),
    ev.ConvertedToOfficial: (decide_conversion, lambda e, d: dict(
        decided_on=d, decision_no=e.document_no or "-", decided_by=e.decided_by)),
    ev.Withdrawn: (withdraw, lambda e, d: dict(on=d, reason=e.reason)),
    ev.TransferredOut: (transfer_out, lambda e, d: dict(
        on=d, reason=e.reason, papers=list(e.papers) or ["(không ghi)"])),
    ev.StruckOff: (strike_off, lambda e, d: dict(on=d, reason=e.reason)),
    ev.AdmissionRefused: (refuse_admission, lambda e, d: dict(
        decided_on=d, decision_no=e.document_no or "-", decided_by=e.decided_by,
        reason=e.reason, returns_to_pool=e.returns_to_pool)),
    ev.ConversionRefused: (refuse_conversion, lambda e, d: dict(
        decided_on=d, decision_no=e.document_no or "-", decided_by=e.decided_by,
        reason=e.reason)),
    ev.LateCeremonyConsented: (consent_to_late_ceremony, lambda e, d: dict(
        consented_on=d, document_no=e.document_no or "-", consented_by=e.consented_by)),
    ev.StrikeOffProposed: (propose_strike_off, lambda e, d: dict(
        meeting_on=d, resolution_no=e.document_no or "-", reason=e.reason)),
    ev.PartyTransferLetterIssued: (issue_transfer_letter, lambda e, d: dict(
        letter_on=d, letter_no=e.document_no or "-", destination=e.destination,
        cause_on=e.cause_on)),
    ev.TransferCauseRecorded: (record_transfer_cause, lambda e, d: dict(
        effective_on=d, reason=e.reason)),
    ev.PartyTransferPresented: (record_transfer_presented, lambda e, d: dict(
        presented_on=d, received_by=e.received_by)),
    # an extension is judged when recorded, against the working calendar the audit's
    # re-judging does not hold; the report shows the due date it moved
}


# the decisions that name their deciding body (they take the cell's `superior`)
_BY_BODY = (ev.AdmissionDecided, ev.ConvertedToOfficial, ev.AdmissionRefused,
            ev.ConversionRefused)


def rejudge(before: Candidate, e: ev.Event, cell: Cell | None = None
            ) -> tuple[list[Violation], ev.Event | None]:
    """The rules `e` breaks on `before`, and the event the decision would record now. With
    the candidate's `cell` (its superior bodies by date) the deciding body is judged too."""
    spec = _args(e, cell)
    if spec is None or before is None:
        return [], None
    decision, kwargs = spec
    latest = max(e.occurred_on, local_date(e.timestamp))
    stamp = Stamp(actor=e.actor, at=datetime.combine(latest, time.max, tzinfo=zone()))
    try:
        return [], decision(before, stamp=stamp, **kwargs)
    except RuleViolation as refusal:
        return _unique(refusal.violations), None
    except DomainError:
        return [], None


def _unique(violations: list[Violation]) -> list[Violation]:
    seen, kept = set(), []
    for v in violations:
        if v.rule_id not in seen:
            seen.add(v.rule_id)
            kept.append(v)
    return kept
