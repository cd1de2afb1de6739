"""Đính chính: a new event that patches an earlier one; the stored event is never edited.

Records are confidential party documents: a correction needs written approval (24-QĐ/TW
6.2.4), so the authority is required and the audit report lists every correction. A
correction is a command like any other:
- only the fields declared here can be corrected, each with the type it was recorded with
  (the service validates them with the same marshmallow field as the original command);
- who may correct a fact is who may record it: the committee's facts only by the committee;
- the corrected record is judged again by the rules, on each event's own business date, and
  a correction that breaks a rule is refused unless the committee overrides it under the
  rules' override policy.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from domain import events as ev
from domain.candidate.nomination import Person, check_person
from domain.candidate.rejudge import rejudge
from domain.candidate.state import Candidate, apply_corrections, evolve
from domain.candidate.voting import check_counts
from domain.decisions import (
    CELL,
    COMMITTEE,
    Stamp,
    check_not_future,
    check_text,
    overridden,
)
from domain.errors import ConcurrentChange, InvalidField, NotPermitted, Violation
from domain.rules import rule_set_on

# The facts the committee records (and so alone may correct); the cell records the rest.
COMMITTEE_FACTS = frozenset({ev.AdmissionDecided, ev.ConvertedToOfficial, ev.StruckOff,
                             ev.AdmissionRefused, ev.ConversionRefused, ev.DecisionExtended,
                             ev.LateCeremonyConsented})

_DATED = ("occurred_on",)
_DOCUMENTED = ("occurred_on", "document_no")
# Every correctable field of every candidate event. Never: the cell (a candidate changes
# cell by a transfer), the stamp (actor, times, rule set, overrides) and what the rules
# derive (a vote's `passed`, the official-since date), which follow the corrected values.
CORRECTABLE: dict[type[ev.Event], tuple[str, ...]] = {
    ev.CandidateNominated: (*_DOCUMENTED, "full_name", "birth_date", "gender", "ethnicity",
                            "category", "youth_union_member", "education", "class_name",
                            "citizen_id", "province_consent_no"),
    ev.HelperAssigned: (*_DOCUMENTED, "helpers"),
    ev.AwarenessClassRegistered: _DOCUMENTED,
    ev.AwarenessClassCompleted: (*_DATED, "certificate_no", "issued_by"),
    ev.ApplicationSubmitted: _DATED,
    ev.BackgroundVerified: (*_DOCUMENTED, "passed"),
    ev.IntroductionRecorded: (*_DOCUMENTED, "kind", "introducers"),
    ev.CommentsCollected: _DOCUMENTED,
    ev.AdmissionVoted: (*_DOCUMENTED, "votes_for"),     # official_members: from the roster
    ev.AdmissionDecided: (*_DOCUMENTED, "decided_by", "received_on"),
    ev.Admitted: _DATED,
    ev.NewMemberClassCompleted: (*_DATED, "certificate_no"),
    ev.ConversionVoted: (*_DOCUMENTED, "votes_for"),
    ev.ConvertedToOfficial: (*_DOCUMENTED, "decided_by"),
    ev.Withdrawn: (*_DATED, "reason"),
    ev.TransferredOut: (*_DATED, "reason", "papers"),
    ev.StruckOff: (*_DATED, "reason"),
    ev.AdmissionRefused: (*_DOCUMENTED, "decided_by", "reason", "returns_to_pool"),
    ev.ConversionRefused: (*_DOCUMENTED, "decided_by", "reason"),
    # the extension's new date is not corrected: its 30-working-day limit is judged against
    # the working calendar when it is recorded, which a correction would escape
    ev.DecisionExtended: (*_DOCUMENTED, "reason"),
    ev.LateCeremonyConsented: (*_DOCUMENTED, "consented_by"),
    ev.StrikeOffProposed: (*_DOCUMENTED, "reason"),
    ev.PartyTransferLetterIssued: (*_DOCUMENTED, "destination", "cause_on"),
    ev.PartyTransferPresented: (*_DATED, "received_by"),
    ev.TransferCauseRecorded: (*_DATED, "reason"),
    ev.PartyTransferArrived: (*_DOCUMENTED, "full_name", "birth_date", "gender", "ethnicity",
                              "category", "youth_union_member", "education", "class_name",
                              "letter_on", "from_unit", "admitted_on", "new_member_class_on",
                              "official_since"),
}


def recorded_by(event_type: type[ev.Event]) -> str:
    return COMMITTEE if event_type in COMMITTEE_FACTS else CELL


def correct_record(c: Candidate, corrects: int, fields: dict, authority: str, on: date,
                   stamp: Stamp, expected_version: int | None = None):
    check_text("authority", authority, "Văn bản cho phép đính chính")
    check_not_future("on", on, stamp)
    if expected_version is not None and expected_version != c.version:
        raise ConcurrentChange("Hồ sơ đã thay đổi; hãy tải lại trang.")
    target = _target(c, corrects)
    _check_may_correct(target, stamp)
    values = _check_fields(target, fields, stamp)
    _check_patched(target, values)
    broken = new_violations(c.history, corrects, values)
    stamped = (overridden(broken, stamp, rule_set_on(target.occurred_on).id) if broken
               else {"rule_set": rule_set_on(on).id})
    return ev.RecordCorrected(
        originator_id=c.id, originator_version=c.version + 1, timestamp=stamp.at,
        actor=stamp.actor, occurred_on=on, document_no=authority.strip(), corrects=corrects,
        fields=values, authority=authority.strip(), **stamped)


def _target(c: Candidate, position: int) -> ev.Event:
    if not 1 <= position <= len(c.history):
        raise InvalidField("corrects", f"Không có sự kiện số {position} trong hồ sơ.")
    target = c.history[position - 1]
    if isinstance(target, ev.RecordCorrected):
        raise InvalidField("corrects", "Không đính chính một lần đính chính; hãy đính chính "
                                       "trực tiếp sự kiện gốc.")
    return target


def _check_may_correct(target: ev.Event, stamp: Stamp) -> None:
    if recorded_by(type(target)) == COMMITTEE and stamp.acting_for != COMMITTEE:
        raise NotPermitted("corrects", "Quyết định và việc xóa tên do cấp ủy ghi nên chỉ cấp "
                                       "ủy được đính chính.")


def _check_fields(target: ev.Event, fields: dict, stamp: Stamp) -> dict:
    """The corrected values, each declared correctable and of its field's type."""
    if not isinstance(fields, dict) or not fields:
        raise InvalidField("fields", "Cần ít nhất một thông tin được đính chính.")
    allowed = CORRECTABLE.get(type(target), ())
    annotations = {f.name: str(f.type) for f in dataclasses.fields(target)}
    values = {}
    for name, value in fields.items():
        if name not in allowed:
            raise InvalidField(name, f"Không thể đính chính trường '{name}' của việc này.")
        values[name] = _typed(name, annotations[name], value)
        if isinstance(values[name], date) and name != "birth_date":   # checked as a person's
            check_not_future(name, values[name], stamp)
    return values


def _typed(name: str, annotation: str, value: object) -> object:
    """Defence in depth behind the service's schemas: only the field's own type gets in
    (a dict where a text was must never reach the read side)."""
    wrong = InvalidField(name, f"Giá trị của '{name}' không đúng kiểu.")
    if value is None:
        if "None" not in annotation:
            raise wrong
        return None
    if annotation.startswith("tuple"):
        if not isinstance(value, list | tuple) or not value or \
                not all(isinstance(v, str) and v.strip() for v in value):
            raise wrong
        return tuple(v.strip() for v in value)
    kind = annotation.split("|")[0].strip()
    expected = {"date": date, "int": int, "bool": bool, "str": str}[kind]
    if type(value) is not expected:
        raise wrong
    if expected is str and not value.strip():
        raise InvalidField(name, f"'{name}' không được để trống.")
    return value.strip() if expected is str else value


def _check_patched(target: ev.Event, values: dict) -> None:
    """A correction may not produce a record the original command would have refused as
    invalid (these cannot be overridden)."""
    patched = dataclasses.replace(target, **values)
    if isinstance(patched, ev.CandidateNominated) and "birth_date" in values and \
            values["birth_date"] > patched.occurred_on:
        raise InvalidField("birth_date", "Ngày sinh phải trước ngày vào danh sách.")
    if isinstance(patched, ev.CandidateNominated):
        person = Person(patched.full_name, patched.birth_date, patched.gender,
                        patched.ethnicity, patched.category, patched.youth_union_member,
                        patched.education, patched.class_name, patched.citizen_id)
        check_person(person, patched.occurred_on)
    if isinstance(patched, ev.AdmissionVoted | ev.ConversionVoted):
        check_counts(patched.official_members, patched.votes_for)


def new_violations(history: list[ev.Event], corrects: int, values: dict) -> list[Violation]:
    """The rules the corrected record breaks that it did not break before, judged from the
    corrected event on, each event by the rule set of its own business date. Rules an event
    was already recorded as overriding stay overridden."""
    correction = ev.RecordCorrected(
        originator_id=history[0].originator_id, originator_version=len(history) + 1,
        timestamp=history[-1].timestamp, actor="", occurred_on=history[-1].occurred_on,
        corrects=corrects, fields=values, authority="")
    before = _broken(apply_corrections(history), corrects)
    after = _broken(apply_corrections([*history, correction])[:-1], corrects)
    found: dict[str, Violation] = {}
    for version, violations in after.items():
        for v in violations:
            if v.rule_id not in {w.rule_id for w in before.get(version, ())}:
                found.setdefault(v.rule_id, v)
    return list(found.values())


def _broken(patched: list[ev.Event], start: int) -> dict[int, list[Violation]]:
    """By version, for each event from version `start` on: the rules it breaks on the
    state before it, less those it was recorded as overriding. (The corrections are
    already applied: folding them again would re-apply older values.)"""
    out: dict[int, list[Violation]] = {}
    state = None
    for event in patched:
        if isinstance(event, ev.RecordCorrected):
            continue
        if event.originator_version >= start and state is not None:
            violations, _ = rejudge(_copy(state), event)
            kept = [v for v in violations if v.rule_id not in event.overridden_rules]
            if kept:
                out[event.originator_version] = kept
        state = evolve(state, event)
    return out


def _copy(state: Candidate) -> Candidate:
    """The decisions only read the state; a copy keeps the fold's own lists apart."""
    return dataclasses.replace(state, introductions=list(state.introductions), history=[])
