"""The calendar the read side counts working days by, for the follower, the rebuild and the
inspector's replay alike. Apart from service/workcalendar.py, which the application uses and
which must not know the read models' context."""

from __future__ import annotations

from projections.workdays import ProjectionContext
from service.workcalendar import public_holidays, substituted_workdays


def projection_context() -> ProjectionContext:
    """Public holidays and the official substituted working days; the days the authorities
    declare come from the log."""
    return ProjectionContext(public_holidays(), substituted_workdays())
