"""How long each paper of the admission dossier stays valid (issue 14 item 5): the windows
are the rule catalogue's (`introduction_validity`, `comments_validity`,
`verification_validity`, months), judged by the rule set of the vote's date. Shared by the
vote's guard and the dossier checklist so both say the same lapse date."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from domain.candidate.state import Candidate
from domain.dates import add_months


@dataclass(frozen=True)
class Paper:
    rule_id: str
    name: str                               # Vietnamese, as the refusal names the paper
    held_on: Callable[[Candidate], date | None]


def _introduced_on(c: Candidate) -> date | None:
    # The latest introduction is the one the cell considers (a renewed one replaces it).
    return c.introductions[-1][1] if c.introductions else None


PAPERS: tuple[Paper, ...] = (
    Paper("introduction_validity", "giới thiệu người vào Đảng", _introduced_on),
    Paper("comments_validity", "tổng hợp ý kiến nhận xét", lambda c: c.comments_on),
    Paper("verification_validity", "kết luận thẩm tra lý lịch", lambda c: c.verified_on),
)
BY_RULE = {p.rule_id: p for p in PAPERS}


def valid_until(paper: Paper, c: Candidate, months: int) -> date | None:
    """The last day the paper counts (`months`: its window in the vote date's rule set),
    None while the record does not hold it."""
    held = paper.held_on(c)
    return None if held is None else add_months(held, months)
