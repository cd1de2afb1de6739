"""Every rule in the catalogue is illustrated by a scenario, and every tag means something.

Parses the feature files (not the collected tests), so a scenario that pytest-bdd would
silently drop, e.g. a duplicate name, is caught here too.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytest_bdd.parser import FeatureParser

from domain.rules.catalogue import RULE_IDS, RULE_SETS
from tests.acceptance.articles import ARTICLES, TOPICS

FEATURES = Path(__file__).resolve().parents[2] / "features"
FEATURE_FILES = sorted(FEATURES.glob("*.feature"))
# Files whose scenarios may carry no @rule_ tag, each listed by name: the plan aggregate's
# checks are input checks, plan progress is counting, and the inspection committee's replay
# and tamper detection illustrate no rule of the regulations (its report scenarios that do
# are still tagged with the rule), nor does the committee's review of the procedures; the
# roster's scenarios are input checks. Everywhere else a scenario without a rule tag fails.
WITHOUT_RULES = {"ke_hoach.feature", "tien_do_ke_hoach.feature", "kiem_tra_nhat_ky.feature",
                 "xem_xet_quy_trinh.feature", "van_ban.feature", "danh_sach_dang_vien.feature",
                 "pham_vi_cap_uy.feature"}
SCENARIO_LINE = re.compile(r"^\s*(Tình huống|Kịch bản|Khung tình huống|Khung kịch bản):",
                           re.MULTILINE)


def scenarios_of(path: Path):
    feature = FeatureParser(str(path.parent), path.name).parse()
    for scenario in feature.scenarios.values():
        rule_tags = scenario.rule.tags if scenario.rule else set()
        yield scenario.name, feature.tags | rule_tags | scenario.tags


ALL = [(path.name, name, tags) for path in FEATURE_FILES for name, tags in scenarios_of(path)]


def rule_tags(tags: set[str]) -> set[str]:
    return {t.removeprefix("rule_") for t in tags if t.startswith("rule_")}


def catalogue_articles(rule_id: str) -> set[str]:
    """Every citation the catalogue gives for a rule, in any rule set."""
    return {part.strip() for rule_set in RULE_SETS
            for part in rule_set.rule(rule_id).article.split(";")}


def test_there_are_feature_files():
    assert len(FEATURE_FILES) >= 14


def test_every_rule_free_file_exists():
    assert sorted(WITHOUT_RULES - {path.name for path in FEATURE_FILES}) == []


@pytest.mark.parametrize("path", FEATURE_FILES, ids=lambda p: p.name)
def test_feature_is_vietnamese_and_loses_no_scenario(path):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# language: vi\n")
    assert len(SCENARIO_LINE.findall(text)) == len(list(scenarios_of(path))), "trùng tên"


def test_every_rule_in_the_catalogue_is_illustrated():
    tagged = set().union(*(rule_tags(tags) for _, _, tags in ALL))
    assert sorted(RULE_IDS - tagged) == []


def test_every_rule_tag_names_a_real_rule():
    tagged = set().union(*(rule_tags(tags) for _, _, tags in ALL))
    assert sorted(tagged - RULE_IDS) == []


def test_every_tag_is_a_rule_an_article_or_a_topic():
    unknown = {(f, s, t) for f, s, tags in ALL for t in tags
               if not t.startswith("rule_") and t not in ARTICLES and t not in TOPICS}
    assert sorted(unknown) == []


def test_topic_tags_only_in_rule_free_files():
    misplaced = {(f, s) for f, s, tags in ALL if tags & TOPICS.keys() and f not in WITHOUT_RULES}
    assert sorted(misplaced) == []


def test_tags_are_ascii():
    assert [t for _, _, tags in ALL for t in tags if not t.isascii()] == []


# a set's tags sorted: the same ids in every process (pytest-xdist's workers must agree)
@pytest.mark.parametrize(("feature", "scenario", "tags"), ALL,
                         ids=lambda v: str(sorted(v) if isinstance(v, set) else v)[:60])
def test_scenario_cites_its_rules_and_articles(feature, scenario, tags):
    articles = {ARTICLES[t] for t in tags if t in ARTICLES}
    rules = rule_tags(tags)
    assert rules or feature in WITHOUT_RULES, "thiếu thẻ @rule_"
    # a scenario of a rule cites its text; one that illustrates no rule cites a text or a topic
    assert articles or (not rules and tags & TOPICS.keys()), "thiếu thẻ điều, mục của văn bản"
    for rule_id in rules:
        assert articles & catalogue_articles(rule_id), (rule_id, catalogue_articles(rule_id))


def test_every_catalogue_article_has_a_tag():
    cited = set().union(*(catalogue_articles(r) for r in RULE_IDS))
    assert sorted(cited - set(ARTICLES.values())) == []


def test_the_glossary_names_every_rule_of_the_catalogue():
    """features/THUAT_NGU.md is the committee's bridge from words to rule ids: a rule added
    to the catalogue without its row there is caught here."""
    glossary = (FEATURES / "THUAT_NGU.md").read_text(encoding="utf-8")
    rules_table = glossary.split("## Rules (quy tắc)")[1].split("\n## ")[0]
    assert sorted(r for r in RULE_IDS if f"`{r}`" not in rules_table) == []
