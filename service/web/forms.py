"""HTML forms generated from the shared marshmallow schemas: the fields are rendered from the
schema and the input is validated with `schema.load`, so no field is defined twice."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from marshmallow import Schema, ValidationError, fields

from domain.errors import (
    ConcurrentChange,
    DomainError,
    InvalidField,
    NotPermitted,
    RuleViolation,
)

# A date as people type it: 03/12/2026, 3/12/2026, 03.12.2026, 03-12-2026 or 03122026 (a
# phone's number pad has no "/"). ISO (2026-12-03), the API's form, is still taken when
# pasted: with the year first it cannot be misread, and scripts written against the forms
# keep working.
DAY_FORMATS = ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%d%m%Y", "%Y-%m-%d")
DATE_ERROR = "Ngày không hợp lệ: hãy gõ dd/mm/yyyy (ví dụ 03/12/2026)."
SPECIAL = ("override", "expected_version")
OVERRIDE_INPUTS = ("reason", "document_no", "document_on", "issued_by")


@dataclass
class FieldView:
    name: str
    label: str
    kind: str                      # text | date | number | checkbox | select | lines | json
    required: bool
    value: str = ""
    choices: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)


def kind_of(f: fields.Field) -> str:
    meta = f.metadata
    if isinstance(f, fields.List) and isinstance(f.inner, fields.Nested):
        return "json"      # a list of records (the introducers from the roster)
    for cls, kind in ((fields.Date, "date"), (fields.Int, "number"), (fields.Bool, "checkbox"),
                      (fields.Dict, "json"), (fields.List, "lines")):
        if isinstance(f, cls):
            return kind
    return "select" if "choices" in meta else "text"


def to_value(kind: str, raw: str | None):
    """One submitted string → what the schema expects (or the raw string, to be refused)."""
    raw = (raw or "").strip()
    if kind == "checkbox":
        return raw in ("on", "true", "1", "y")
    if kind == "date":
        return iso_date(raw) or raw
    if kind == "number":
        return int(raw) if re.fullmatch(r"-?\d{1,9}", raw) else raw
    if kind == "lines":
        return [line.strip() for line in raw.splitlines() if line.strip()]
    if kind == "json":
        try:
            return json.loads(raw)
        except ValueError:
            return raw
    return raw


def iso_date(raw: str) -> str | None:
    """A typed day/month/year → YYYY-MM-DD, or None (the schema then refuses the raw text)."""
    day = parse_day(raw)
    return day.isoformat() if day else None


def parse_day(raw: str | None) -> date | None:
    """A real day typed on a page in one of DAY_FORMATS, or None. strptime alone would also
    take a space inside ("3/ 5/2026"), digits of other scripts and 7 digits run together."""
    typed = (raw or "").strip()
    if not typed.isascii() or any(c.isspace() for c in typed) or (
            typed.isdigit() and len(typed) != 8):
        return None
    for form in DAY_FORMATS:
        try:
            return datetime.strptime(typed, form).date()
        except ValueError:
            continue
    return None


class SchemaForm:
    def __init__(self, schema: Schema, formdata=None, initial: dict | None = None) -> None:
        self.schema, self.formdata = schema, formdata or {}
        self.initial = initial or {}
        self.errors: dict = {}
        self.data: dict | None = None
        self.refusal: RuleViolation | None = None
        self.message: str | None = None
        self.choices: dict[str, dict] = {}   # a text field offered as a list (e.g. the cell)
        self.may_override = False       # the committee may record a refused action anyway
        self.overriding_only = False    # ... and records this cell's step only that way

    def fields(self) -> list[FieldView]:
        return [self._view(name, f) for name, f in self.schema.load_fields.items()
                if name not in SPECIAL and not f.metadata.get("hidden")]

    def _view(self, name: str, f: fields.Field) -> FieldView:
        key = f.data_key or name
        value = self.formdata.get(key, self.initial.get(key, ""))
        errors = self.errors.get(key, [])
        listed = self.choices.get(key)
        return FieldView(key, f.metadata.get("label", key),
                         "select" if listed else kind_of(f), f.required,
                         str(value), listed or f.metadata.get("choices", {}),
                         errors if isinstance(errors, list) else [str(errors)])

    def payload(self) -> dict:
        out: dict = {}
        for name, f in self.schema.load_fields.items():
            key, kind = f.data_key or name, kind_of(f)
            if name in SPECIAL or f.metadata.get("hidden") or (
                    kind != "checkbox" and not self.formdata.get(key, "").strip()):
                continue
            out[key] = to_value(kind, self.formdata.get(key))
        return {**out, **self._special()}

    def _special(self) -> dict:
        extra: dict = {}
        given = {name: self.formdata.get(f"override_{name}", "").strip()
                 for name in OVERRIDE_INPUTS}
        if any(given.values()) and "override" in self.schema.load_fields:
            given["document_on"] = to_value("date", given["document_on"])
            extra["override"] = given
        version = self.formdata.get("expected_version", "")
        if version.isdigit() and "expected_version" in self.schema.load_fields:
            extra["expected_version"] = int(version)
        return extra

    def validate(self) -> bool:
        payload = self.payload()
        try:
            self.data = self.schema.load(payload)
        except ValidationError as error:
            self.errors = _flatten(error.messages)
        self._date_errors(payload)
        return not self.errors

    def _date_errors(self, payload: dict) -> None:
        """A refused date is explained in the form's own words (dd/mm/yyyy), not in the
        schema's, which also serves the API's ISO dates."""
        for name, f in self.schema.load_fields.items():
            key = f.data_key or name
            if kind_of(f) == "date" and key in payload and key in self.errors:
                self.errors[key] = [DATE_ERROR]
        typed = self.formdata.get("override_document_on", "").strip()
        if "override_document_on" in self.errors and typed and not iso_date(typed):
            self.errors["override_document_on"] = [DATE_ERROR]

    def refuse(self, error: DomainError) -> None:
        """Show a domain refusal beside the form, in the user's words."""
        if isinstance(error, RuleViolation):
            self.refusal = error
        elif isinstance(error, InvalidField | NotPermitted):
            self.errors = {error.field: [error.message]}
            self.message = error.message
        elif isinstance(error, ConcurrentChange | DomainError):
            self.message = error.message


def _flatten(messages: dict) -> dict:
    """Nested messages (override.reason) are shown on the override inputs."""
    flat = {}
    for key, value in messages.items():
        if key == "override" and isinstance(value, dict):
            flat.update({f"override_{k}": v for k, v in value.items()})
        elif isinstance(value, dict):
            flat[key] = [m for msgs in value.values() for m in
                         (msgs if isinstance(msgs, list) else [str(msgs)])]
        else:
            flat[key] = value
    return flat
