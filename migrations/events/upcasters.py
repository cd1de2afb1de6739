"""One pure `dict -> None` function per version step of a stored event's state.

Example, for when a field is added to an event:

    def admission_voted_v1_v2(state: dict) -> None:
        state["present_members"] = state["official_members"]

    UPCASTERS = {(ev.AdmissionVoted, 1): admission_voted_v1_v2}

and `class_version = 2` on `domain.events.AdmissionVoted`. No event has changed shape yet.
"""

from __future__ import annotations

from collections.abc import Callable

UPCASTERS: dict[tuple[type, int], Callable[[dict], None]] = {}
RENAMED_TOPICS: dict[str, type] = {}
