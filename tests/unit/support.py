"""Builders shared by the unit tests: a candidate walked through the domain functions.

Every step calls the real decision function on the candidate folded so far
(`project(None, events)`), so a broken rule anywhere along the way fails the tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from uuid import UUID, uuid5

from domain import candidate as cd
from domain.candidate import Candidate, Person
from domain.decisions import COMMITTEE, Override, Stamp
from domain.errors import RuleViolation

CELL = "LTK"
NOW = datetime(2030, 1, 1, 9, 0)
STAMP = Stamp("bi-thu", NOW)
OVERRIDE = Override("Ban Thường vụ cho phép", "123-CV/HU", date(2024, 1, 15),
                    "Ban Thường vụ Huyện ủy Việt Yên")
# only the committee overrides a rule (domain.decisions.overridden)
OVERRIDE_STAMP = Stamp("cap-uy", NOW, override=OVERRIDE, acting_for=COMMITTEE)
COMMITTEE_STAMP = Stamp("cap-uy", NOW, acting_for=COMMITTEE)

STUDENT = Person("Nguyễn Văn An", date(2000, 5, 20), "male", "Kinh", "HS", True,
                 "upper_secondary", "12A1")
TEACHER = Person("Trần Thị Bình", date(1990, 3, 3), "female", "Kinh", "GV", False,
                 "university")

# One plausible timeline (judged by 24-QĐ/TW); tests override the dates they care about.
TIMELINE = {
    "nominated": date(2024, 2, 1),
    "registered": date(2024, 2, 5),
    "certificate": date(2024, 3, 5),
    "applied": date(2024, 3, 10),
    "verified": date(2024, 4, 10),
    "introduced": date(2024, 4, 12),
    "comments": date(2024, 4, 15),
    "voted": date(2024, 5, 2),
    "decided": date(2024, 5, 20),
    "received": date(2024, 5, 22),
    "ceremony": date(2024, 6, 1),
    "new_member_class": date(2024, 9, 1),
    "conversion_voted": date(2025, 6, 2),
    "conversion_decided": date(2025, 6, 20),
}

STAGES = ("nominated", "dossier", "proposed", "decided", "probationary", "class_done",
          "conversion_proposed", "official")
DOSSIER_STEPS = ("certificate", "application", "verification", "introduction", "comments")


def introduction_for(person: Person) -> str:
    if person.youth_union_member:
        return "youth_union"
    return "trade_union" if person.category == "GV" else "two_members"


@dataclass
class Story:
    """A candidate's event stream; `then` decides the next step on the folded state."""

    events: list = field(default_factory=list)

    @property
    def c(self) -> Candidate:
        return cd.project(None, self.events)

    def then(self, action, *args, stamp: Stamp = STAMP, **kwargs):
        event = action(self.c, *args, stamp=stamp, **kwargs)
        self.events.append(event)
        return event

    def refused(self, action, *args, **kwargs) -> RuleViolation:
        """The RuleViolation an action raises (fails the test when it is accepted)."""
        try:
            action(self.c, *args, stamp=STAMP, **kwargs)
        except RuleViolation as refusal:
            return refusal
        raise AssertionError(f"{action.__name__} was accepted")


def build(upto: str = "dossier", person: Person = STUDENT, skip: tuple[str, ...] = (),
          introduction: str | None = None, verification: str = "passed",
          **dates: date) -> Story:
    """A candidate walked up to `upto` (one of STAGES); `skip` leaves out dossier steps."""
    unknown = set(dates) - set(TIMELINE)
    assert upto in STAGES and not unknown, (upto, unknown)
    on = TIMELINE | dates
    reached = STAGES[: STAGES.index(upto) + 1]
    candidate_id = uuid5(UUID(int=0), person.full_name + str(on["nominated"]))
    story = Story([cd.nominate(candidate_id, CELL, person, on["nominated"], STAMP)])
    if "dossier" in reached:
        # a skipped step makes the later ones break stage_order: record them anyway
        s = OVERRIDE_STAMP if skip else STAMP
        story.then(cd.register_for_awareness_class, on["registered"], stamp=s)
        if "certificate" not in skip:
            story.then(cd.complete_awareness_class, on["certificate"], "12/CN", "TTCT", stamp=s)
        if "application" not in skip:
            story.then(cd.submit_application, on["applied"], stamp=s)
        if "verification" not in skip:
            story.then(cd.record_verification, on["verified"], verification, stamp=s)
        if "introduction" not in skip:
            story.then(cd.record_introduction, on["introduced"],
                       introduction or introduction_for(person),
                       ["Lê Văn Cường", "Phạm Thị Dung"], stamp=s)
        if "comments" not in skip:
            story.then(cd.collect_comments, on["comments"], stamp=s)
    if "proposed" in reached:
        story.then(cd.vote_admission, on["voted"], "6-NQ/CB", 9, 9)
    if "decided" in reached:
        story.then(cd.decide_admission, on["decided"], "100-QĐ/HU", "BTV Huyện ủy",
                   on["received"])
    if "probationary" in reached:
        story.then(cd.hold_ceremony, on["ceremony"])
    if "class_done" in reached:
        story.then(cd.complete_new_member_class, on["new_member_class"], "45/CN")
    if "conversion_proposed" in reached:
        story.then(cd.vote_conversion, on["conversion_voted"], "13-NQ/CB", 9, 9)
    if "official" in reached:
        story.then(cd.decide_conversion, on["conversion_decided"], "200-QĐ/HU", "BTV Huyện ủy")
    return story


def person_with(person: Person = STUDENT, **changes) -> Person:
    return replace(person, **changes)
