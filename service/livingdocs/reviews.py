"""The committee's review of the procedures as the pages read it: each feature file now, its
review record from the log, its state, the rules' tie-in and the record of a period.

Who may do what: the committee and the inspectors review, whoever maintains the features
(the maintainer role) or the admin answers comments, and every role reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from domain import review as rv
from domain.errors import NotFound
from domain.rules import RULE_SETS
from service.application.reviews import vietnam_date
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
    return Path(config.get("KETNAP_FEATURES_DIR", ROOT / "features"))


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


# --- the record of a period (biên bản) ------------------------------------------------------

@dataclass(frozen=True)
class MinutesEntry:
    procedure: str
    path: str
    reviews: list[rv.Review]
    answers: list[rv.Comment]        # comments answered in the period


def minutes(procedures: list[Procedure], start: date, end: date) -> list[MinutesEntry]:
    """Every review recorded and every answer given between two Vietnamese dates."""
    def inside(moment) -> bool:
        return start <= vietnam_date(moment) <= end

    entries = []
    for p in procedures:
        reviews = [r for r in p.record.reviews if inside(r.at)]
        answers = [c for c in p.record.comments.values() if c.answer and inside(c.answer.at)]
        if reviews or answers:
            entries.append(MinutesEntry(p.name, p.path, reviews, answers))
    return entries
