"""The cell's roster (danh sách đảng viên): read it, list a member, record a leaving or an
absence."""

from __future__ import annotations

from service import roster as ro
from service.api.blueprint import blp, services, today, user
from service.schemas import roster as s
from service.schemas import views as v

SECURED = [{"bearer": []}]


@blp.route("/cells/<code>/members", methods=["GET"])
@blp.response(200, s.RosterViewSchema)
@blp.doc(security=SECURED)
def list_members(code: str):
    """The cell's party members, present and past, with who is official today"""
    roster = ro.roster(services(), user(), code)
    return {"cell": code, "official_count": len(roster.official_on(today())),
            "members": ro.members_sorted(roster), "meetings": ro.meetings_view(roster)}


@blp.route("/cells/<code>/members", methods=["POST"])
@blp.arguments(s.MemberSchema)
@blp.response(201, v.CreatedSchema)
@blp.doc(security=SECURED)
def add_member(data, code: str):
    """List a party member already in the Party or transferred in (an admitted candidate
    joins at the ceremony, without typing)"""
    return {"id": ro.add_member(services(), user(), code, data).id}


@blp.route("/cells/<code>/members/leaving", methods=["POST"])
@blp.arguments(s.MemberLeftSchema)
@blp.response(201, v.CreatedSchema)
@blp.doc(security=SECURED)
def member_left(data, code: str):
    """A member leaves the roster: transfer out, death, strike-off or expulsion"""
    return {"id": ro.remove_member(services(), user(), code, data).id}


@blp.route("/cells/<code>/members/absences", methods=["POST"])
@blp.arguments(s.AbsenceSchema)
@blp.response(201, v.CreatedSchema)
@blp.doc(security=SECURED)
def member_absent(data, code: str):
    """A member temporarily away or exempt from activity, from a date to a date"""
    return {"id": ro.record_absence(services(), user(), code, data).id}


@blp.route("/cells/<code>/meetings", methods=["POST"])
@blp.arguments(s.MeetingSchema)
@blp.response(201, v.CreatedSchema)
@blp.doc(security=SECURED)
def hold_meeting(data, code: str):
    """A cell meeting (họp chi bộ) with its attendance from the roster; the admission and
    conversion votes name its date"""
    return {"id": ro.hold_meeting(services(), user(), code, data).id}
