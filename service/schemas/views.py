"""One schema per view: what the API answers (the read side's dataclasses, dumped)."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from domain.candidate.nomination import CATEGORIES
from domain.candidate.state import Stage
from service.schemas.fields import MESSAGES


class CreatedSchema(Schema):
    id = fields.UUID(required=True)


class RecordedSchema(Schema):
    id = fields.UUID(required=True)
    stage = fields.Str(allow_none=True)
    version = fields.Int(required=True, metadata={
        "description": "The record's version after this step: send it back as "
                       "expected_version with the next one."})
    # the same value under its old, misleading name (not a position in the log), kept for
    # one release so that clients move to `version`
    position = fields.Int(required=True, attribute="version", dump_only=True, metadata={
        "deprecated": True,
        "description": "Deprecated: the same value as `version` (the record's version, not "
                       "a log position); removed in the next release."})


class CountsSchema(Schema):
    total = fields.Int()
    GV = fields.Int()
    HS = fields.Int()
    Q1 = fields.Int(allow_none=True)
    Q2 = fields.Int(allow_none=True)
    Q3 = fields.Int(allow_none=True)
    Q4 = fields.Int(allow_none=True)


class ActivityStatusSchema(Schema):
    label = fields.Str()
    target = fields.Nested(CountsSchema)
    actual = fields.Nested(CountsSchema)
    behind = fields.Bool()


class PlanStatusSchema(Schema):
    plan_id = fields.UUID()
    cell_code = fields.Str()
    year = fields.Int()
    number = fields.Str()
    activities = fields.Dict(keys=fields.Str(), values=fields.Nested(ActivityStatusSchema))
    refused_admissions = fields.Int()
    refused_back_in_pool = fields.Int()


class CandidateQuerySchema(Schema):
    cell = fields.Str(validate=validate.Length(min=1, max=64))
    stage = fields.Str(validate=validate.OneOf([s.value for s in Stage]))
    category = fields.Str(validate=validate.OneOf(list(CATEGORIES)))


class DeadlineQuerySchema(Schema):
    cell = fields.Str(validate=validate.Length(min=1, max=64))


class CandidateViewSchema(Schema):
    id = fields.UUID()
    version = fields.Int()
    cell_code = fields.Str()
    full_name = fields.Str()
    birth_date = fields.Date()
    gender = fields.Str()
    ethnicity = fields.Str()
    category = fields.Str()
    class_name = fields.Str(allow_none=True)
    youth_union_member = fields.Bool()
    education = fields.Str()
    stage = fields.Str()
    nominated_on = fields.Date()
    certificate_on = fields.Date(allow_none=True)
    certificate_expires_on = fields.Date(allow_none=True)
    admission_voted_on = fields.Date(allow_none=True)
    decided_on = fields.Date(allow_none=True)
    admitted_on = fields.Date(allow_none=True)
    probation_ends_on = fields.Date(allow_none=True)
    official_since = fields.Date(allow_none=True)
    exited_on = fields.Date(allow_none=True)
    next_deadline_on = fields.Date(allow_none=True)
    next_deadline_rule = fields.Str(allow_none=True)


class HistoryViewSchema(Schema):
    position = fields.Int()
    log_position = fields.Int()
    event_type = fields.Str()
    occurred_on = fields.Date()
    recorded_at = fields.DateTime()
    actor = fields.Str()
    document_no = fields.Str(allow_none=True)
    rule_set = fields.Str()
    override_reason = fields.Str(allow_none=True)
    override_authority = fields.Str(allow_none=True)
    overridden_rules = fields.List(fields.Str())
    summary = fields.Str()
    data = fields.Dict()
    corrected_by = fields.List(fields.Int())


class DeadlineViewSchema(Schema):
    candidate_id = fields.UUID()
    full_name = fields.Str()
    cell_code = fields.Str()
    rule_id = fields.Str()
    article = fields.Str()
    starts_on = fields.Date()
    due_on = fields.Date()
    met_on = fields.Date(allow_none=True)
    status = fields.Str()


class LoginSchema(Schema):
    username = fields.Str(required=True, error_messages=MESSAGES,
                          validate=validate.Length(min=1, max=64, error="Từ 1 đến 64 ký tự."),
                          metadata={"label": "Tên đăng nhập"})
    password = fields.Str(required=True, error_messages=MESSAGES,
                          validate=validate.Length(min=1, max=200, error="Từ 1 đến 200 ký tự."),
                          metadata={"label": "Mật khẩu", "secret": True})


class DocumentViewSchema(Schema):
    """A document the record can write (issue 20): ready, or what it still lacks."""
    code = fields.Str(required=True)
    title = fields.Str(required=True)
    form = fields.Str(required=True, metadata={"description": "Mẫu của 12-HD/BTCTW, nếu có"})
    source = fields.Str(required=True)
    ready = fields.Bool(required=True)
    missing = fields.List(fields.Str(), required=True)
