"""Field makers with Vietnamese labels and messages, so the API and the forms say the same."""

from __future__ import annotations

from marshmallow import ValidationError, fields, validate

from domain import text as texts

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


class Text(fields.Str):
    """A string in NFC, refused when it holds control or bidi characters, a lone surrogate,
    or only invisible characters (domain/text.py says why)."""

    def __init__(self, *args, multiline: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.multiline = multiline

    def _deserialize(self, value, attr, data, **kwargs) -> str:
        loaded = texts.normal(super()._deserialize(value, attr, data, **kwargs))
        if reason := texts.refusal(loaded, self.multiline):
            raise ValidationError(f"Nội dung {reason}")
        return loaded


def text(label: str, required: bool = True, max_length: int = TEXT_MAX, **kw) -> fields.Str:
    return Text(required=required, validate=not_blank(max_length), error_messages=MESSAGES,
                allow_none=not required, metadata={"label": label, "max_length": max_length},
                **kw)


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


def names(label: str, required: bool = True) -> fields.List:
    return fields.List(Text(validate=NOT_BLANK), required=required, error_messages=MESSAGES,
                       validate=validate.Length(min=1, max=20, error="Cần ít nhất một họ tên."),
                       metadata={"label": label, "lines": True})
