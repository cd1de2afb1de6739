"""Render the living documentation as one self-contained Vietnamese HTML page."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from domain.clock import local, zone
from domain.labels import CONFIDENCE, rule_title
from domain.rules import RULE_SETS
from service.livingdocs.model import Feature

TEMPLATES = Path(__file__).parent / "templates"


def traceability(features: list[Feature]) -> list[dict]:
    """Rows article → scenarios → rule, across every rule set (an article per text)."""
    scenarios_by_rule: dict[str, list[str]] = defaultdict(list)
    for feature in features:
        for s in feature.scenarios:
            for rule_id in s.rule_ids:
                scenarios_by_rule[rule_id].append(f"{feature.name} › {s.name}")
    rows: dict[tuple[str, str], dict] = {}
    for rule_set in RULE_SETS:
        for rule in rule_set.rules.values():
            row = rows.setdefault((rule.article, rule.id), {
                "article": rule.article, "rule_id": rule.id, "title": rule.title,
                "confidence": CONFIDENCE[rule.confidence],
                "rule_sets": [], "scenarios": scenarios_by_rule.get(rule.id, [])})
            row["rule_sets"].append(rule_set.id)
    return sorted(rows.values(), key=lambda r: (r["article"], r["rule_id"]))


def render_html(features: list[Feature], generated_at: datetime | None = None,
                 reviews: dict | None = None, rule_reviews: dict | None = None,
                 review_link: str = "", results_at: datetime | None = None,
                 app_link: str = "") -> str:
    """`reviews` (path → Procedure) and `rule_reviews` (rule id → RuleReview) add the
    committee's review state, when the document is served from a running Ketnap."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape())
    env.filters["vn_time"] = lambda moment: local(moment).strftime(
        "%H:%M %d/%m/%Y")
    env.filters["rule_title"] = rule_title
    counts = defaultdict(int)
    for feature in features:
        for s in feature.scenarios:
            counts[s.status] += 1
    return env.get_template("livingdocs.html").render(
        features=features, counts=dict(counts), rows=traceability(features),
        rule_sets=RULE_SETS, generated_at=generated_at or datetime.now(zone()),
        reviews=reviews, rule_reviews=rule_reviews, review_link=review_link,
        results_at=results_at, app_link=app_link)
