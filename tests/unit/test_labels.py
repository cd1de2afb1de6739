"""Every code name a person could meet has Vietnamese words in the one catalogue
(domain/labels.py): a field, a rule or deadline, an audit finding's kind, a stage."""

from __future__ import annotations

import re

from domain import labels
from domain.candidate.correction import CORRECTABLE
from domain.candidate.state import Stage
from domain.deadlines import DEADLINES
from domain.labels import KINDS, RECORD_RULES
from domain.rules import RULE_SETS

CODE = re.compile(r"^[a-z0-9_]+$")


def test_every_correctable_field_has_a_label():
    names = {n for fields in CORRECTABLE.values() for n in fields}
    assert {n for n in names if labels.field_label(n) == n} == set()
    assert labels.fields_text(["birth_date", "full_name"]) == "Họ và tên, Ngày sinh"


def test_every_rule_and_record_duty_has_a_vietnamese_title():
    for rule_set in RULE_SETS:
        for rule_id in rule_set.rules:
            assert not CODE.match(labels.rule_title(rule_id)), rule_id
    for rule_id in RECORD_RULES:
        assert not CODE.match(labels.rule_title(rule_id))
    assert labels.rule_title("age_limits") == labels.rule_title("age_minimum")   # renamed


def test_every_deadline_says_what_and_by_whom():
    for deadline in DEADLINES:
        what, who = labels.deadline_duty(deadline.rule_id)
        assert deadline.rule_id in labels.DEADLINE_DUTIES and what and who


def test_every_audit_kind_and_stage_has_a_label():
    from service.web.text import STAGES
    assert all(not CODE.match(labels.audit_kind(k)) for k in KINDS)
    assert {s.value for s in Stage} <= set(STAGES)
