"""The review of a procedure and the answer to a comment: the input's shape, shared by the
web form and the API. The domain judges the rest (the version exists, the scenario is in it,
a comment is there when the verdict needs one)."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from domain.review import MAX_COMMENT, OUTCOMES, VERDICTS
from service.schemas.fields import MESSAGES, choice

VERSION = validate.Regexp(r"^[0-9a-f]{64}$", error="Phiên bản là mã băm SHA-256 (64 ký tự hex).")
PATH = validate.Regexp(r"^[\w/.-]{1,200}\.feature$", error="Tên tệp quy trình không hợp lệ.")


class ReviewCommentSchema(Schema):
    scenario = fields.Str(allow_none=True, load_default=None,
                          validate=validate.Length(max=500),
                          metadata={"label": "Tình huống (để trống: cả quy trình)"})
    text = fields.Str(required=True, error_messages=MESSAGES,
                      validate=validate.Length(max=MAX_COMMENT),
                      metadata={"label": "Ý kiến"})


class ReviewSchema(Schema):
    path = fields.Str(required=True, error_messages=MESSAGES, validate=PATH,
                      metadata={"label": "Quy trình"})
    version = fields.Str(required=True, error_messages=MESSAGES, validate=VERSION,
                         metadata={"label": "Phiên bản đã đọc"})
    verdict = choice("Kết luận", VERDICTS)
    comments = fields.List(fields.Nested(ReviewCommentSchema), load_default=list,
                           validate=validate.Length(max=200))


class AnswerSchema(Schema):
    path = fields.Str(required=True, error_messages=MESSAGES, validate=PATH,
                      metadata={"label": "Quy trình"})
    comment = fields.Str(required=True, error_messages=MESSAGES,
                         validate=validate.Regexp(r"^\d{1,6}\.\d{1,4}$",
                                                  error="Số ý kiến có dạng 2.1."),
                         metadata={"label": "Ý kiến số"})
    outcome = choice("Trả lời", OUTCOMES)
    note = fields.Str(required=True, error_messages=MESSAGES,
                      validate=validate.Length(min=1, max=MAX_COMMENT,
                                               error="Không được để trống."),
                      metadata={"label": "Ghi chú"})
    in_version = fields.Str(allow_none=True, load_default=None, validate=VERSION,
                            metadata={"label": "Đã sửa ở phiên bản"})


class ReviewedProcedureSchema(Schema):
    path = fields.Str()
    name = fields.Str()
    version = fields.Str()
    state = fields.Str()
    state_label = fields.Str()
    approved_version = fields.Str(allow_none=True)
    approved_by = fields.List(fields.Dict())
    open_comments = fields.List(fields.Dict())
    answered_comments = fields.List(fields.Dict())
    changes = fields.List(fields.Dict())


