"""Read the .feature files (gherkin's own parser) and join the results of the latest run."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from gherkin.parser import Parser

RULE_TAG = "@rule_"
# The order a cell lives the procedure in, grouped as the committee reads it.
PROCEDURE = (
    ("Trước khi kết nạp", ("tao_nguon", "lop_nhan_thuc", "ho_so_tham_tra", "gioi_thieu")),
    ("Kết nạp", ("bieu_quyet_ket_nap", "quyet_dinh_le_ket_nap")),
    ("Sau khi kết nạp", ("du_bi_chuyen_chinh_thuc", "xoa_ten_chuyen_di")),
    ("Quy định, thời hạn và ngoại lệ", ("bo_quy_dinh_theo_ngay", "thoi_han_ngay_lam_viec",
                                        "ngoai_le_dinh_chinh")),
    ("Kế hoạch và tiến độ", ("ke_hoach", "tien_do_ke_hoach")),
    ("Kiểm tra, giám sát", ("kiem_tra_nhat_ky", "xem_xet_quy_trinh", "pham_vi_cap_uy")),
)


@dataclass
class Scenario:
    name: str
    keyword: str
    line: int
    tags: list[str]
    steps: list[tuple[str, str, list[list[str]]]]
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
    group: str
    path: str
    name: str
    description: str
    tags: list[str]
    scenarios: list[Scenario]


def load_features(folder: Path, results: Path | None = None) -> list[Feature]:
    statuses = _statuses(results) if results and results.exists() else {}
    features = sorted((_feature(path, folder) for path in folder.rglob("*.feature")),
                      key=_procedure_order)
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
    return Feature(_group(path.stem), str(path.relative_to(folder)), ast["name"],
                   "\n".join(line.strip() for line in ast["description"].strip().splitlines()),
                   tags, scenarios)


def _group(stem: str) -> str:
    return next((group for group, stems in PROCEDURE if stem in stems), "Khác")


def _procedure_order(feature: Feature) -> tuple[int, str]:
    stems = [stem for _, group in PROCEDURE for stem in group]
    stem = Path(feature.path).stem
    return (stems.index(stem) if stem in stems else len(stems), feature.path)


def _scenario(ast: dict, inherited: list[str], rule_group: str | None) -> Scenario:
    tags = list(dict.fromkeys(inherited + [t["name"] for t in ast["tags"]]))
    # a step's table (under "Cho", the facts given) is part of what the committee reads
    steps = [(s["keyword"].strip(), s["text"], _rows(s.get("dataTable"))) for s in ast["steps"]]
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


def _rows(table: dict | None) -> list[list[str]]:
    return [[c["value"] for c in row["cells"]] for row in table["rows"]] if table else []
