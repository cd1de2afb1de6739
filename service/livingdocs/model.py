"""Read the .feature files (gherkin's own parser) and join the results of the latest run."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from gherkin.parser import Parser

RULE_TAG = "@rule_"


@dataclass
class Scenario:
    name: str
    keyword: str
    line: int
    tags: list[str]
    steps: list[tuple[str, str]]
    rule_group: str | None = None
    examples: list[list[str]] = field(default_factory=list)
    status: str = "chưa chạy"

    @property
    def rule_ids(self) -> list[str]:
        return [t[len(RULE_TAG):] for t in self.tags if t.startswith(RULE_TAG)]

    @property
    def other_tags(self) -> list[str]:
        return [t for t in self.tags if not t.startswith(RULE_TAG)]


@dataclass
class Feature:
    path: str
    name: str
    description: str
    tags: list[str]
    scenarios: list[Scenario]


def load_features(folder: Path, results: Path | None = None) -> list[Feature]:
    statuses = _statuses(results) if results and results.exists() else {}
    features = [_feature(path, folder) for path in sorted(folder.rglob("*.feature"))]
    for feature in features:
        for s in feature.scenarios:
            s.status = statuses.get((Path(feature.path).name, s.name), s.status)
    return features


def _feature(path: Path, folder: Path) -> Feature:
    ast = Parser().parse(path.read_text(encoding="utf-8"))["feature"]
    tags = [t["name"] for t in ast["tags"]]
    scenarios: list[Scenario] = []
    for child in ast["children"]:
        if "scenario" in child:
            scenarios.append(_scenario(child["scenario"], tags, None))
        elif "rule" in child:
            rule = child["rule"]
            inherited = tags + [t["name"] for t in rule.get("tags", [])]
            scenarios += [_scenario(c["scenario"], inherited, rule["name"])
                          for c in rule["children"] if "scenario" in c]
    return Feature(str(path.relative_to(folder)), ast["name"], ast["description"].strip(),
                   tags, scenarios)


def _scenario(ast: dict, inherited: list[str], rule_group: str | None) -> Scenario:
    tags = list(dict.fromkeys(inherited + [t["name"] for t in ast["tags"]]))
    steps = [(s["keyword"].strip(), s["text"]) for s in ast["steps"]]
    examples = []
    for block in ast.get("examples", []):
        header = [c["value"] for c in block["tableHeader"]["cells"]] if block.get(
            "tableHeader") else []
        examples += [header] + [[c["value"] for c in row["cells"]] for row in block["tableBody"]]
    return Scenario(ast["name"], ast["keyword"], ast["location"]["line"], tags, steps,
                    rule_group, examples)


def _statuses(results: Path) -> dict[tuple[str, str], str]:
    """(feature file name, scenario name) → đạt / không đạt, from pytest-bdd's cucumber JSON.
    An outline passes only if every example passes."""
    found: dict[tuple[str, str], str] = {}
    for feature in json.loads(results.read_text(encoding="utf-8")):
        name = Path(feature.get("uri", "")).name
        for element in feature.get("elements", []):
            ok = all(s.get("result", {}).get("status") == "passed"
                     for s in element.get("steps", []))
            key = (name, element.get("name", ""))
            found[key] = "đạt" if ok and found.get(key, "đạt") == "đạt" else "không đạt"
    return found
