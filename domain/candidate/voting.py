"""A cell vote (biểu quyết): passes with at least 2/3 of the cell's official members in favour.

The denominator is every official member of the cell, not those present (Điều lệ Đảng,
Điều 4.3; 294-QĐ/TW 9.3.2 on who is excluded). A failed vote is a fact to record.
"""

from __future__ import annotations

from domain.decisions import Guard
from domain.errors import InvalidField


def check_counts(official_members: int, votes_for: int) -> None:
    if official_members < 1:
        raise InvalidField("official_members", "Số đảng viên chính thức phải ít nhất là 1.")
    if not 0 <= votes_for <= official_members:
        raise InvalidField("votes_for", f"Số tán thành phải từ 0 đến {official_members} "
                                        "(tổng số đảng viên chính thức).")


def votes_needed(official_members: int, guard: Guard) -> int:
    """⌈2/3 × official members⌉, in integers so 2/3 of 9 is exactly 6."""
    num = guard.number("vote_two_thirds", "numerator")
    den = guard.number("vote_two_thirds", "denominator")
    return -(-official_members * num // den)


def passes(official_members: int, votes_for: int, guard: Guard) -> bool:
    return votes_for >= votes_needed(official_members, guard)
