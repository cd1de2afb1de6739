"""The roster's commands and view: one schema each, shared by the CLI import, the web forms
and the API."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from domain.candidate.nomination import CATEGORIES, GENDERS
from domain.meeting import MEETING_KINDS
from domain.roster import ABSENCE_KINDS, JOINED_BY, LEAVE_REASONS
from service.schemas.fields import MESSAGES, Text, choice, day, text

TYPED_JOINS = {k: v for k, v in JOINED_BY.items() if k != "admitted"}


class MemberSchema(Schema):
    """A party member the cell lists (already in the Party, or transferred in). A candidate
    admitted here is never typed: the ceremony puts them on the roster."""

    full_name = text("Họ và tên", max_length=200)
    birth_date = day("Ngày sinh")
    gender = choice("Giới tính", GENDERS)
    category = choice("Đối tượng (GV gồm cả nhân viên)", CATEGORIES)
    admitted_on = day("Ngày vào Đảng")
    official_since = day("Ngày chính thức (để trống nếu còn dự bị)", required=False)
    joined_on = day("Ngày vào danh sách chi bộ")
    joined_by = choice("Vào danh sách do", TYPED_JOINS, required=False)
    document_no = text("Văn bản (quyết định chuyển sinh hoạt, ...)", required=False)


class MemberLeftSchema(Schema):
    member_id = text("Đảng viên", max_length=64)
    left_on = day("Ngày ra khỏi danh sách")
    reason = choice("Lý do", LEAVE_REASONS)
    note = text("Ghi chú", required=False)
    document_no = text("Văn bản", required=False)


class AbsenceSchema(Schema):
    member_id = text("Đảng viên", max_length=64)
    kind = choice("Loại", ABSENCE_KINDS)
    starts_on = day("Từ ngày")
    ends_on = day("Đến ngày")
    document_no = text("Văn bản", required=False)


class MeetingSchema(Schema):
    """A cell meeting: who chaired, who took the minutes, who attended (roster members)."""

    held_on = day("Ngày họp")
    kind = choice("Loại cuộc họp", MEETING_KINDS)
    chaired_by = text("Chủ trì", max_length=64)
    minutes_by = text("Thư ký", max_length=64)
    present = fields.List(Text(validate=validate.Length(max=64)), required=True,
                          error_messages=MESSAGES, metadata={"label": "Đảng viên có mặt"})


class MeetingViewSchema(Schema):
    held_on = fields.Date()
    kind = fields.Str()
    chaired_by = fields.Str()
    minutes_by = fields.Str()
    present = fields.List(fields.Str())
    official_members = fields.Int(metadata={"description": "the denominator of a vote that day"})
    official_present = fields.Int(metadata={"description": "official members present"})
    votes = fields.List(fields.Dict())


class AbsenceViewSchema(Schema):
    kind = fields.Str()
    starts_on = fields.Date()
    ends_on = fields.Date()


class MemberViewSchema(Schema):
    member_id = fields.Str()
    full_name = fields.Str()
    birth_date = fields.Date()
    gender = fields.Str()
    category = fields.Str()
    admitted_on = fields.Date()
    official_since = fields.Date(allow_none=True)
    joined_on = fields.Date()
    joined_by = fields.Str()
    left_on = fields.Date(allow_none=True)
    left_reason = fields.Str(allow_none=True)
    absences = fields.List(fields.Nested(AbsenceViewSchema))


class RosterViewSchema(Schema):
    cell = fields.Str()
    official_count = fields.Int(metadata={"description": "official members on the roster today"})
    members = fields.List(fields.Nested(MemberViewSchema))
    meetings = fields.List(fields.Nested(MeetingViewSchema))
