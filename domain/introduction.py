"""Giới thiệu người vào Đảng: who may introduce whom (Điều lệ Đảng, Điều 4.1; 24-QĐ/TW 3.1,
3.2), judged on the introduction date.

The route follows the applicant's age and membership on that date: of youth age (to 30)
where the school's Đoàn exists, the applicant must be a Đoàn member, introduced by the Đoàn
resolution and one official member; a union member past youth age by the union resolution
and one official member, or by two official members; anyone else by two official members.
Each introducer is a member on the cell's roster, official on the introduction date, who has
worked or studied with the applicant for 12 months in the same unit, unless they replace an
introducer who left (24-QĐ/TW 3.2.2), with the reason given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain import events as ev
from domain.candidate.common import after, next_event, open_guard
from domain.candidate.dossier import INTRODUCTION_KINDS, check_route, needs_application
from domain.candidate.state import Candidate
from domain.dates import add_months
from domain.decisions import Guard, Stamp, check_text
from domain.errors import InvalidField
from domain.roster import Roster

# How many official members introduce alongside each route's organisation.
MEMBERS_NEEDED = {"youth_union": 1, "trade_union": 1, "two_members": 2}


@dataclass(frozen=True)
class Introducer:
    """An introducer as the cell records it: a roster member, and since when they have
    worked or studied with the applicant in the same unit (or why they replace one who
    left, 24-QĐ/TW 3.2.2)."""

    member_id: str
    together_since: date | None
    replaces_reason: str = ""


def check_introducers(guard: Guard, roster: Roster, c: Candidate, kind: str, on: date,
                      introducers: list[Introducer]) -> tuple[dict, ...]:
    """Check each introducer against the roster of `c`'s cell on `on`; returns them as the
    event keeps them (member id, name, since when together, whom they replace)."""
    needed = MEMBERS_NEEDED[kind]
    ids = [i.member_id for i in introducers]
    if len(set(ids)) != len(ids):
        raise InvalidField("introducer_members", "Hai người giới thiệu phải là hai người khác "
                                                 "nhau.")
    if len(introducers) != needed:
        raise InvalidField("introducer_members", f"Hình thức này cần đúng {needed} đảng viên "
                                                 "chính thức của chi bộ giới thiệu.")
    return tuple(_check_one(guard, roster, c, on, i) for i in introducers)


def _check_one(guard: Guard, roster: Roster, c: Candidate, on: date, i: Introducer) -> dict:
    member = roster.member(i.member_id, "introducer_members")
    guard.require(member.official_on(on), "introducer_official_member",
                  f"{member.full_name} không phải đảng viên chính thức của chi bộ vào ngày "
                  f"giới thiệu {on:%d/%m/%Y}.", member=member.full_name)
    replaces = " ".join(i.replaces_reason.split())
    if i.together_since is None and not replaces:
        raise InvalidField("introducer_members", f"{member.full_name}: cần ngày bắt đầu cùng "
                                                 "công tác, học tập với người vào Đảng.")
    if i.together_since is not None and i.together_since > on:
        raise InvalidField("introducer_members", f"{member.full_name}: ngày cùng công tác "
                                                 f"({i.together_since:%d/%m/%Y}) sau ngày "
                                                 "giới thiệu.")
    months = guard.number("introducer_12_months", "months")
    if not replaces:
        enough = add_months(i.together_since, months) <= on
        guard.require(enough, "introducer_12_months",
                      f"{member.full_name} mới cùng công tác, học tập với {c.full_name} từ "
                      f"{i.together_since:%d/%m/%Y}: chưa đủ {months} tháng vào ngày giới "
                      f"thiệu {on:%d/%m/%Y} (trừ khi thay người giới thiệu đã chuyển đi, "
                      "có lý do).", member=member.full_name)
    return {"member_id": member.member_id, "full_name": member.full_name,
            "together_since": i.together_since, "replaces_reason": replaces}


def introduce(c: Candidate, roster: Roster, introduced_on: date, kind: str,
              introducers: list[Introducer], stamp: Stamp, resolution_no: str | None = None,
              resolution_on: date | None = None,
              expected_version: int | None = None) -> ev.IntroductionRecorded:
    """Record the introduction with its introducers taken from the roster (never typed)."""
    if kind not in INTRODUCTION_KINDS:
        raise InvalidField("kind", "Hình thức giới thiệu phải là youth_union, trade_union "
                                   "hoặc two_members.")
    guard = open_guard(c, "introduced_on", introduced_on, stamp, expected_version)
    needs_application(guard, c, introduced_on)
    check_route(guard, c, kind, introduced_on)
    if kind != "two_members":      # the Đoàn's or the union's resolution: number and date
        check_text("resolution_no", resolution_no, "Số nghị quyết giới thiệu")
        if resolution_on is None:
            raise InvalidField("resolution_on", "Cần ngày nghị quyết giới thiệu.")
        after(guard, introduced_on, resolution_on, "ngày nghị quyết giới thiệu")
    members = check_introducers(guard, roster, c, kind, introduced_on, introducers)
    names = tuple(m["full_name"] for m in members)
    return next_event(ev.IntroductionRecorded, c, stamp, introduced_on, guard,
                      (resolution_no or "").strip() or None, kind=kind,
                      introducers=(INTRODUCTION_KINDS[kind], *names) if kind != "two_members"
                      else names, members=members, resolution_on=resolution_on)
