"""Đính chính: a new event that patches an earlier one; the stored event is never edited.

Records are confidential party documents: a correction needs written approval (24-QĐ/TW
6.2.4), so the authority is required and the audit report lists every correction.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from domain import events as ev
from domain.candidate.common import next_event
from domain.candidate.state import Candidate
from domain.decisions import Guard, Stamp, check_not_future, check_text
from domain.errors import ConcurrentChange, InvalidField

FROZEN_FIELDS = frozenset({"originator_id", "originator_version", "timestamp", "actor",
                           "rule_set", "override_reason", "override_authority",
                           "overridden_rules"})


def correct_record(c: Candidate, corrects: int, fields: dict, authority: str, on: date,
                   stamp: Stamp, expected_version: int | None = None):
    check_text("authority", authority, "Văn bản cho phép đính chính")
    check_not_future("on", on, stamp)
    target = _target(c, corrects)
    _check_fields(target, fields)
    if expected_version is not None and expected_version != c.version:
        raise ConcurrentChange("Hồ sơ đã thay đổi; hãy tải lại trang.")
    return next_event(ev.RecordCorrected, c, stamp, on, Guard(on), authority,
                      corrects=corrects, fields=dict(fields), authority=authority.strip())


def _target(c: Candidate, position: int) -> ev.Event:
    if not 1 <= position <= len(c.history):
        raise InvalidField("corrects", f"Không có sự kiện số {position} trong hồ sơ.")
    target = c.history[position - 1]
    if isinstance(target, ev.RecordCorrected):
        raise InvalidField("corrects", "Không đính chính một lần đính chính; hãy đính chính "
                                       "trực tiếp sự kiện gốc.")
    return target


def _check_fields(target: ev.Event, fields: dict) -> None:
    if not fields:
        raise InvalidField("fields", "Cần ít nhất một thông tin được đính chính.")
    known = {f.name: f for f in dataclasses.fields(target)}
    for name, value in fields.items():
        if name not in known or name in FROZEN_FIELDS:
            raise InvalidField("fields", f"Không thể đính chính trường '{name}'.")
        current = getattr(target, name)
        if current is not None and not isinstance(value, type(current)):
            raise InvalidField("fields", f"Giá trị của '{name}' phải cùng kiểu với giá trị cũ.")
