"""What a signed-in user may read, for the web pages and the API alike: the cells a list
shows and one candidate's row. Each caller brings its own user (session or token) and says
"not found" its own way (a Vietnamese page, a JSON error)."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from projections import queries
from service import accesslog as access
from service.accounts.policy import User, require_reach
from service.current import services


def list_scope(user: User, cell: str | None) -> str | tuple[str, ...] | None:
    """The cells a list shows: the one asked for if the user reads it (else Forbidden), else
    every cell the user reads (None: all, for the inspector)."""
    return user.read_scope(cell or None, (c.code for c in queries.cells(services().engine)))


def candidate_row(user: User, candidate_id: UUID, what: str, on: date | None = None
                  ) -> queries.CandidateRow | None:
    """The person's row, if the user reaches the cell (today, or on `on`: the date of the act
    a form records; else Forbidden); None when there is no such person. The view is written
    to the access log."""
    row = queries.candidate(services().engine, candidate_id)
    if row is None:
        return None
    require_reach(user, row.cell_code, on)
    access.seen(what, candidate_id, row.cell_code)
    return row
