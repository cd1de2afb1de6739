"""The committee's review of the procedures: one stream per feature file, folded into who
approved which version, the open comments, and what changed since the approval.

A review names the version it read (the SHA-256 of the file's text) and keeps that text and
its scenarios, so "changed since approval" can show the old scenario beside the new one
without the repository's history: a deployed Ketnap has the current files only.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from uuid import NAMESPACE_URL, UUID, uuid5

from domain import events as ev
from domain.decisions import Stamp
from domain.errors import InvalidField

APPROVED, WITH_REMARKS, NOT_APPROVED = "approved", "approved_with_remarks", "not_approved"
VERDICTS = {APPROVED: "Thông qua", WITH_REMARKS: "Thông qua có ý kiến",
            NOT_APPROVED: "Không thông qua"}
APPROVING = (APPROVED, WITH_REMARKS)
CHANGED, KEPT = "changed", "kept"
OUTCOMES = {CHANGED: "Đã sửa", KEPT: "Giữ nguyên"}

# the state of a procedure, in the order the summary page lists them
NOT_REVIEWED, CHANGED_SINCE = "not_reviewed", "changed_since_approval"
STATES = {NOT_APPROVED: "Không thông qua", CHANGED_SINCE: "Đã thay đổi sau khi thông qua",
          NOT_REVIEWED: "Chưa xem xét", WITH_REMARKS: "Thông qua có ý kiến",
          APPROVED: "Đã thông qua"}
MAX_COMMENT = 4000


def version_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def procedure_id(path: str) -> UUID:
    """The stream of one feature file, by its path under features/."""
    return uuid5(NAMESPACE_URL, f"ketnap:procedure:{path}")


@dataclass(frozen=True)
class ProcedureText:
    """One version of a feature file as the service read it: scenario name → its text."""

    path: str
    text: str
    scenarios: dict[str, str]

    @property
    def version(self) -> str:
        return version_of(self.text)


@dataclass
class Answer:
    actor: str
    at: datetime
    outcome: str
    note: str
    in_version: str | None


@dataclass
class Comment:
    key: str                  # "<review number>.<comment number>"
    scenario: str | None      # None: the procedure as a whole
    text: str
    actor: str
    at: datetime
    version: str
    answer: Answer | None = None


@dataclass
class Review:
    number: int               # the review's version in the procedure's stream
    actor: str
    at: datetime
    version: str
    verdict: str
    comments: list[Comment]


@dataclass
class ReviewRecord:
    """A procedure's stream folded: every review in order, the texts read, the comments."""

    path: str
    reviews: list[Review] = field(default_factory=list)
    texts: dict[str, ProcedureText] = field(default_factory=dict)
    comments: dict[str, Comment] = field(default_factory=dict)
    version: int = 0          # the stream's last version

    def open_comments(self) -> list[Comment]:
        return [c for c in self.comments.values() if c.answer is None]


def project(events: list[ev.Event], path: str = "") -> ReviewRecord:
    record = ReviewRecord(path)
    for e in events:
        record.version = e.originator_version
        if isinstance(e, ev.ProcedureReviewed):
            _reviewed(record, e)
        elif isinstance(e, ev.ReviewCommentAnswered):
            comment = record.comments[e.comment]
            comment.answer = Answer(e.actor, e.timestamp, e.outcome, e.note, e.in_version)
    return record


def _reviewed(record: ReviewRecord, e: ev.ProcedureReviewed) -> None:
    record.path = e.path
    record.texts.setdefault(e.version, ProcedureText(
        e.path, e.text, {s["name"]: s["text"] for s in e.scenarios}))
    comments = [Comment(f"{e.originator_version}.{n}", c.get("scenario"), c["text"], e.actor,
                        e.timestamp, e.version)
                for n, c in enumerate(e.comments, start=1)]
    record.comments.update((c.key, c) for c in comments)
    record.reviews.append(Review(e.originator_version, e.actor, e.timestamp, e.version,
                                 e.verdict, comments))


# --- decisions -----------------------------------------------------------------------------

def review(record: ReviewRecord, current: ProcedureText, version: str, verdict: str,
           comments: list[dict], stamp: Stamp, occurred_on: date) -> ev.ProcedureReviewed:
    """Record a review of `version`: the current file's or one an earlier review read."""
    read = current if version == current.version else record.texts.get(version)
    if read is None:
        raise InvalidField("version", f"Không có phiên bản {version[:12]} của quy trình "
                                      f"{current.path}.")
    if verdict not in VERDICTS:
        raise InvalidField("verdict", "Kết luận phải là: " + ", ".join(VERDICTS.values()) + ".")
    cleaned = [_comment(c, read) for c in comments]
    cleaned = [c for c in cleaned if c["text"]]
    if verdict == NOT_APPROVED and not cleaned:
        raise InvalidField("comments", "Không thông qua thì phải nêu ý kiến: điều gì chưa đúng.")
    if verdict == WITH_REMARKS and not cleaned:
        raise InvalidField("comments", "Thông qua có ý kiến thì phải nêu ít nhất một ý kiến.")
    if verdict == APPROVED and cleaned:
        raise InvalidField("verdict", "Có ý kiến thì chọn “Thông qua có ý kiến” hoặc "
                                      "“Không thông qua”.")
    return ev.ProcedureReviewed(
        originator_id=procedure_id(read.path), originator_version=record.version + 1,
        timestamp=stamp.at, actor=stamp.actor, occurred_on=occurred_on, path=read.path,
        version=version, verdict=verdict, text=read.text,
        scenarios=tuple({"name": n, "text": t} for n, t in read.scenarios.items()),
        comments=tuple(cleaned))


def _comment(raw: dict, read: ProcedureText) -> dict:
    scenario = (raw.get("scenario") or "").strip() or None
    text = (raw.get("text") or "").strip()
    if scenario is not None and scenario not in read.scenarios:
        raise InvalidField("comments", f"Phiên bản {read.version[:12]} không có tình huống "
                                       f"“{scenario}”.")
    if len(text) > MAX_COMMENT:
        raise InvalidField("comments", f"Mỗi ý kiến tối đa {MAX_COMMENT} ký tự.")
    return {"scenario": scenario, "text": text}


def answer(record: ReviewRecord, comment_key: str, outcome: str, note: str,
           in_version: str | None, stamp: Stamp, occurred_on: date) -> ev.ReviewCommentAnswered:
    """Answer a comment; the comment itself stays as it was written."""
    comment = record.comments.get(comment_key)
    if comment is None:
        raise InvalidField("comment", f"Quy trình {record.path} không có ý kiến số "
                                      f"{comment_key}.")
    if comment.answer is not None:
        raise InvalidField("comment", f"Ý kiến số {comment_key} đã được trả lời.")
    if outcome not in OUTCOMES:
        raise InvalidField("outcome", "Trả lời phải là: " + ", ".join(OUTCOMES.values()) + ".")
    note = note.strip()
    if not note:
        raise InvalidField("note", "Cần ghi rõ đã sửa gì, hoặc vì sao giữ nguyên.")
    if len(note) > MAX_COMMENT:
        raise InvalidField("note", f"Trả lời tối đa {MAX_COMMENT} ký tự.")
    return ev.ReviewCommentAnswered(
        originator_id=procedure_id(record.path), originator_version=record.version + 1,
        timestamp=stamp.at, actor=stamp.actor, occurred_on=occurred_on, comment=comment_key,
        outcome=outcome, note=note, in_version=in_version if outcome == CHANGED else None)


# --- the state the living document shows ----------------------------------------------------

@dataclass(frozen=True)
class ScenarioChange:
    name: str
    old: str | None           # None: added since
    new: str | None           # None: removed since


@dataclass
class ReviewState:
    path: str
    state: str
    current_version: str
    last: Review | None
    approvals: list[Review]          # the reviews approving the approved version
    approved_version: str | None
    open_comments: list[Comment]
    answered_comments: list[Comment]
    changes: list[ScenarioChange]    # approved version → current, scenario by scenario
    approved_scenarios: set[str]     # current scenarios whose text the committee approved

    @property
    def label(self) -> str:
        return STATES[self.state]


def state_of(record: ReviewRecord, current: ProcedureText) -> ReviewState:
    """The latest review speaks for the committee; an approval holds for the scenarios whose
    text has not changed since."""
    last = record.reviews[-1] if record.reviews else None
    approvals: list[Review] = []
    approved_version = None
    changes: list[ScenarioChange] = []
    approved: set[str] = set()
    if last is None:
        state = NOT_REVIEWED
    elif last.verdict in APPROVING:
        approved_version = last.version
        approvals = [r for r in record.reviews
                     if r.version == last.version and r.verdict in APPROVING]
        old = record.texts[last.version].scenarios
        approved = {n for n, t in current.scenarios.items() if old.get(n) == t}
        if last.version == current.version:
            state = last.verdict
        else:
            state = CHANGED_SINCE
            changes = scenario_changes(old, current.scenarios)
    else:
        state = NOT_APPROVED
    comments = list(record.comments.values())
    return ReviewState(current.path, state, current.version, last, approvals, approved_version,
                       [c for c in comments if c.answer is None],
                       [c for c in comments if c.answer is not None], changes, approved)


def scenario_changes(old: dict[str, str], new: dict[str, str]) -> list[ScenarioChange]:
    names = list(old) + [n for n in new if n not in old]
    return [ScenarioChange(n, old.get(n), new.get(n)) for n in names
            if old.get(n) != new.get(n)]
