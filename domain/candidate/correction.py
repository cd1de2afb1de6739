"""Đính chính: a new event that patches an earlier one; the stored event is never edited.

Records are confidential party documents: a correction needs written approval (24-QĐ/TW
6.2.4), so the authority is required and the audit report lists every correction.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from domain import events as ev
from domain.candidate.common import next_event
from domain.candidate.nomination import Person, check_person
from domain.candidate.state import Candidate
from domain.candidate.voting import check_counts
from domain.decisions import Guard, Stamp, check_not_future, check_text
from domain.errors import ConcurrentChange, InvalidField

FROZEN_FIELDS = frozenset({"originator_id", "originator_version", "timestamp", "actor",
                           "rule_set", "override_reason", "override_authority",
                           "overridden_rules",
                           # derived by the rules, never typed in: recomputed when the
                           # counts or the ceremony date they derive from are corrected
                           "passed", "official_since"})


def correct_record(c: Candidate, corrects: int, fields: dict, authority: str, on: date,
                   stamp: Stamp, expected_version: int | None = None):
    check_text("authority", authority, "Văn bản cho phép đính chính")
    check_not_future("on", on, stamp)
    target = _target(c, corrects)
    values = _check_fields(target, fields, stamp)
    _check_patched(c, target, values)
    if expected_version is not None and expected_version != c.version:
        raise ConcurrentChange("Hồ sơ đã thay đổi; hãy tải lại trang.")
    return next_event(ev.RecordCorrected, c, stamp, on, Guard(on), authority,
                      corrects=corrects, fields=values, authority=authority.strip())


def _target(c: Candidate, position: int) -> ev.Event:
    if not 1 <= position <= len(c.history):
        raise InvalidField("corrects", f"Không có sự kiện số {position} trong hồ sơ.")
    target = c.history[position - 1]
    if isinstance(target, ev.RecordCorrected):
        raise InvalidField("corrects", "Không đính chính một lần đính chính; hãy đính chính "
                                       "trực tiếp sự kiện gốc.")
    return target


def _check_fields(target: ev.Event, fields: dict, stamp: Stamp) -> dict:
    """The corrected values, coerced to the corrected field's type (dates may come as ISO)."""
    if not fields:
        raise InvalidField("fields", "Cần ít nhất một thông tin được đính chính.")
    known = {f.name for f in dataclasses.fields(target)}
    values = {}
    for name, value in fields.items():
        if name not in known or name in FROZEN_FIELDS:
            raise InvalidField("fields", f"Không thể đính chính trường '{name}'.")
        values[name] = _coerce(name, getattr(target, name), value)
        if isinstance(values[name], date):
            check_not_future("fields", values[name], stamp)
    return values


def _coerce(name: str, current: object, value: object) -> object:
    wrong = InvalidField("fields", f"Giá trị của '{name}' phải cùng kiểu với giá trị cũ.")
    if isinstance(current, date):
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                raise wrong from None
        if type(value) is not date:
            raise wrong
        return value
    if isinstance(current, list | tuple):
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise wrong
        return tuple(value)
    if current is not None and type(value) is not type(current):
        raise wrong
    return value


def _check_patched(c: Candidate, target: ev.Event, values: dict) -> None:
    """A correction may not produce a record the original action would have refused."""
    patched = dataclasses.replace(target, **values)
    if isinstance(patched, ev.CandidateNominated):
        person = Person(patched.full_name, patched.birth_date, patched.gender,
                        patched.ethnicity, patched.category, patched.youth_union_member,
                        patched.education, patched.class_name)
        check_person(person, patched.occurred_on)
    if isinstance(patched, ev.AdmissionVoted | ev.ConversionVoted):
        check_counts(patched.official_members, patched.votes_for)
