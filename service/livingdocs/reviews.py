"""The committee's review of the procedures as the pages read it: each feature file now, its
review record from the log, its state, the rules' tie-in and the record of a period.

Who may do what: the committee and the inspectors review, whoever maintains the features
(the maintainer role) or the admin answers comments, and every role reads.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from domain import review as rv
from domain.errors import NotFound
from domain.rules import RULE_SETS
from service.accounts.policy import require
from service.livingdocs.model import Feature, load_features
from service.livingdocs.procedures import procedure_texts

ROOT = Path(__file__).resolve().parents[2]
REVIEWERS = ("committee", "inspector")
ANSWERERS = ("maintainer", "admin")
READERS = ("secretary", "committee", "inspector", "admin", "maintainer")
RULE_STATES = {"approved": "mọi tình huống đã được thông qua",
               "partly": "còn tình huống chưa được thông qua",
               "not_reviewed": "chưa được xem xét"}


def features_dir(config) -> Path:
    """The folder of the procedures: the app's setting, else the environment (a test copy
    for `ketnap run`), else the project's own features/."""
    return Path(config.get("KETNAP_FEATURES_DIR") or os.environ.get("KETNAP_FEATURES_DIR")
                or ROOT / "features")


@dataclass
class Procedure:
    path: str
    name: str
    text: rv.ProcedureText
    record: rv.ReviewRecord
    state: rv.ReviewState


@dataclass(frozen=True)
class RuleReview:
    rule_id: str
    article: str
    title: str
    scenarios: list[tuple[str, str, bool]]     # (feature name, scenario, approved)

    @property
    def approved(self) -> int:
        return sum(1 for *_, ok in self.scenarios if ok)

    @property
    def state(self) -> str:
        if self.scenarios and self.approved == len(self.scenarios):
            return "approved"
        return "partly" if self.approved else "not_reviewed"

    @property
    def label(self) -> str:
        return RULE_STATES[self.state]


class ReviewBook:
    """The procedures of one features folder and their review records (one query)."""

    def __init__(self, store, folder: Path, features: list[Feature] | None = None) -> None:
        self.store, self.folder = store, folder
        self.features = features if features is not None else load_features(folder)
        self.texts = procedure_texts(folder)

    def procedures(self) -> list[Procedure]:
        records = self.store.review_records(list(self.texts))
        names = {f.path: f.name for f in self.features}
        return [Procedure(path, names.get(path, path), text, records[path],
                          rv.state_of(records[path], text))
                for path, text in self._ordered()]

    def procedure(self, path: str) -> Procedure:
        if path not in self.texts:
            raise NotFound(f"Không có quy trình {path}.")
        record = self.store.review_record(path)
        name = next((f.name for f in self.features if f.path == path), path)
        return Procedure(path, name, self.texts[path], record,
                         rv.state_of(record, self.texts[path]))

    def current(self, path: str) -> rv.ProcedureText:
        if path not in self.texts:
            raise NotFound(f"Không có quy trình {path}.")
        return self.texts[path]

    def _ordered(self):
        order = [f.path for f in self.features]
        return sorted(self.texts.items(),
                      key=lambda item: (order.index(item[0]) if item[0] in order else len(order),
                                        item[0]))


def by_state(procedures: list[Procedure]) -> list[tuple[str, str, list[Procedure]]]:
    """(state, its label, procedures) in the summary page's order, empty states included."""
    return [(state, label, [p for p in procedures if p.state.state == state])
            for state, label in rv.STATES.items()]


def rule_reviews(procedures: list[Procedure], features: list[Feature]) -> list[RuleReview]:
    """Each rule of the catalogue and whether every scenario tracing to it is approved."""
    approved = {p.path: p.state.approved_scenarios for p in procedures}
    traced: dict[str, list[tuple[str, str, bool]]] = {}
    for feature in features:
        for s in feature.scenarios:
            for rule_id in s.rule_ids:
                traced.setdefault(rule_id, []).append(
                    (feature.name, s.name, s.name in approved.get(feature.path, set())))
    rules: dict[str, RuleReview] = {}
    for rule_set in RULE_SETS:
        for rule in rule_set.rules.values():
            rules.setdefault(rule.id, RuleReview(rule.id, rule.article, rule.title,
                                                 traced.get(rule.id, [])))
    return sorted(rules.values(), key=lambda r: r.rule_id)


def unreviewed_rules(store, config) -> list[RuleReview]:
    """The rules no approved scenario illustrates (`ketnap audit report` lists them)."""
    folder = features_dir(config)
    book = ReviewBook(store, folder)
    return [r for r in rule_reviews(book.procedures(), book.features)
            if r.state == "not_reviewed"]


# --- commands (the web form and the API share them) -----------------------------------------

def record_review(services, user, book: ReviewBook, data: dict):
    """A committee member or an inspector records a review of the version they read."""
    require(user.role in REVIEWERS)
    return services.command(services.store.review_procedure,
                            book.current(data["path"]), data["version"],
                            data["verdict"], data.get("comments") or [], user.username)


def answer_comment(services, user, book: ReviewBook, data: dict):
    """The maintainer (or the admin) answers a comment; a change names the version it is in
    (the current one unless told)."""
    require(user.role in ANSWERERS)
    current = book.current(data["path"])
    in_version = data.get("in_version") or current.version
    return services.command(services.store.answer_review_comment, current.path, data["comment"],
                            data["outcome"], data["note"], in_version, user.username)


def procedure_dict(p: Procedure) -> dict:
    s = p.state
    return {"path": p.path, "name": p.name, "version": p.text.version, "state": s.state,
            "state_label": s.label, "approved_version": s.approved_version,
            "approved_by": [{"actor": r.actor, "at": r.at.isoformat(), "verdict": r.verdict}
                            for r in s.approvals],
            "open_comments": [comment_dict(c) for c in s.open_comments],
            "answered_comments": [comment_dict(c) for c in s.answered_comments],
            "changes": [{"scenario": c.name, "old": c.old, "new": c.new} for c in s.changes]}


def comment_dict(c: rv.Comment) -> dict:
    answer = c.answer and {"actor": c.answer.actor, "at": c.answer.at.isoformat(),
                           "outcome": c.answer.outcome, "note": c.answer.note,
                           "in_version": c.answer.in_version}
    return {"id": c.key, "scenario": c.scenario, "text": c.text, "actor": c.actor,
            "at": c.at.isoformat(), "version": c.version, "answer": answer}


def unreviewed_lines(rules: list[RuleReview]) -> list[str]:
    """What `ketnap audit report` prints after its findings."""
    head = (f"QUY TẮC CHƯA ĐƯỢC XEM XÉT ({len(rules)}): chưa có tình huống minh họa nào được "
            f"cấp ủy hoặc Ủy ban kiểm tra thông qua.")
    return [head] + [f"  {r.rule_id} ({r.article}): {r.title}" for r in rules]


def unreviewed_dicts(rules: list[RuleReview]) -> list[dict]:
    return [{"rule_id": r.rule_id, "article": r.article, "title": r.title,
             "scenarios": len(r.scenarios), "state": r.state, "label": r.label} for r in rules]
