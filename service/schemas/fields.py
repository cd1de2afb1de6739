"""Field makers with Vietnamese labels and messages, so the API and the forms say the same."""

from __future__ import annotations

import unicodedata

from marshmallow import ValidationError, fields, validate

MESSAGES = {
    "required": "Bắt buộc.",
    "null": "Không được để trống.",
    "invalid": "Giá trị không hợp lệ.",
}
DATE_MESSAGES = {**MESSAGES, "invalid": "Ngày không hợp lệ (YYYY-MM-DD).",
                 "format": "Ngày không hợp lệ (YYYY-MM-DD)."}
TEXT_MAX = 500


def not_blank(maximum: int = TEXT_MAX) -> validate.Length:
    return validate.Length(min=1, max=maximum,
                           error=f"Không được để trống (tối đa {maximum} ký tự).")


NOT_BLANK = not_blank()


def storable(value: str) -> None:
    """Refuse what no database column should hold: control characters (NUL breaks
    PostgreSQL's text) and lone surrogates (not encodable as UTF-8)."""
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in value):
        raise ValidationError("Có ký tự điều khiển hoặc ký tự không hợp lệ.")


def text(label: str, required: bool = True, max_length: int = TEXT_MAX, **kw) -> fields.Str:
    return fields.Str(required=required, validate=[not_blank(max_length), storable],
                      error_messages=MESSAGES, allow_none=not required,
                      metadata={"label": label, "max_length": max_length}, **kw)


def day(label: str, required: bool = True) -> fields.Date:
    return fields.Date(required=required, format="iso", error_messages=DATE_MESSAGES,
                       allow_none=not required, metadata={"label": label})


def count(label: str, minimum: int = 0, maximum: int = 10_000, **kw) -> fields.Int:
    return fields.Int(required=True, strict=True, error_messages=MESSAGES, **kw,
                      validate=validate.Range(minimum, maximum,
                                              error=f"Từ {minimum} đến {maximum}."),
                      metadata={"label": label})


def choice(label: str, choices: dict[str, str], required: bool = True) -> fields.Str:
    return fields.Str(required=required, error_messages=MESSAGES, allow_none=not required,
                      validate=validate.OneOf(list(choices),
                                              error="Phải là một trong: {choices}."),
                      metadata={"label": label, "choices": choices})


def flag(label: str) -> fields.Bool:
    return fields.Bool(required=True, error_messages=MESSAGES, metadata={"label": label})


def names(label: str) -> fields.List:
    return fields.List(fields.Str(validate=[NOT_BLANK, storable]), required=True,
                       error_messages=MESSAGES,
                       validate=validate.Length(min=1, max=20, error="Cần ít nhất một họ tên."),
                       metadata={"label": label, "lines": True})
