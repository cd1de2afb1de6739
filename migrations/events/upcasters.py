"""One pure `dict -> None` function per version step of a stored event's state.

Example, for when a field is added to an event:

    def admission_voted_v1_v2(state: dict) -> None:
        state["present_members"] = state["official_members"]

    UPCASTERS = {(ev.AdmissionVoted, 1): admission_voted_v1_v2}

and `class_version = 2` on `domain.events.AdmissionVoted`.
"""

from __future__ import annotations

from collections.abc import Callable

from domain import events as ev


def transferred_out_v1_v2(state: dict) -> None:
    """Issue 15: a transfer lists the papers handed over; older ones listed none."""
    state["papers"] = ()


def nominated_v1_v2(state: dict) -> None:
    """Issue 15: a person may carry a citizen ID; a re-admission says when and how the
    person left. Older nominations had neither."""
    state.update(citizen_id=None, left_party_on=None, left_by=None, province_consent_no=None)


UPCASTERS: dict[tuple[type, int], Callable[[dict], None]] = {
    (ev.TransferredOut, 1): transferred_out_v1_v2,
    (ev.CandidateNominated, 1): nominated_v1_v2,
}
RENAMED_TOPICS: dict[str, type] = {}
