"""The candidate's life, from the pool (tạo nguồn) to official membership (đảng viên chính thức)."""

from domain.candidate.admission import (
    decide_admission,
    hold_ceremony,
    vote_admission,
)
from domain.candidate.correction import correct_record
from domain.candidate.dossier import (
    assign_helpers,
    collect_comments,
    complete_awareness_class,
    record_introduction,
    record_verification,
    register_for_awareness_class,
    submit_application,
)
from domain.candidate.erasure import due_for_erasure, erase, retention_years_on
from domain.candidate.membership import (
    complete_new_member_class,
    decide_conversion,
    strike_off,
    transfer_out,
    vote_conversion,
    withdraw,
)
from domain.candidate.nomination import Person, nominate
from domain.candidate.outcomes import (
    consent_to_late_ceremony,
    extend_decision,
    propose_strike_off,
    refuse_admission,
    refuse_conversion,
)
from domain.candidate.state import EXITED, Candidate, Stage, evolve, project
from domain.candidate.transfer import (
    issue_transfer_letter,
    receive_transfer,
    record_transfer_cause,
    record_transfer_presented,
)

__all__ = [
    "due_for_erasure", "erase", "retention_years_on",
    "EXITED", "Candidate", "Person", "Stage", "assign_helpers", "collect_comments",
    "complete_awareness_class", "complete_new_member_class", "correct_record",
    "decide_admission", "decide_conversion", "evolve", "hold_ceremony", "nominate", "project",
    "record_introduction", "record_verification", "register_for_awareness_class",
    "strike_off", "submit_application", "transfer_out", "vote_admission", "vote_conversion",
    "withdraw",
    # issue 15: the superior's other outcomes and the end of probation
    "consent_to_late_ceremony", "extend_decision", "propose_strike_off", "refuse_admission",
    "refuse_conversion", "issue_transfer_letter", "receive_transfer",
    "record_transfer_presented", "record_transfer_cause",
]
