"""Every regulation number is read from the rule catalogue (domain/rules/): the code outside
it is searched for the known numbers written as literals (issue 21 item 4).

What is searched, so that an unrelated 12 (a citizen ID's digits, String(36), 60 seconds)
does not trip it:
- a month or working-day count handed to the date arithmetic as a literal
  (`add_months(d, 12)`, `add_working_days(d, 60)`, `due(d, 30)`);
- a number of years turned into months by hand (`18 * 12`);
- a message or label (not a docstring) that writes the catalogue's numbers: "18 tuổi",
  "12 tháng", "60 tháng", "30 ngày làm việc", "2/3".
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEARCHED = ("domain", "projections", "service")
# not searched: the catalogue itself; the demo's seed history (it picks dates, it judges
# nothing); the documents, which quote the texts' own words about their forms
SKIPPED = ("domain/rules/", "service/demo", "service/documents/")
DATE_ARITHMETIC = {"add_months", "add_working_days", "due"}
KNOWN_IN_TEXT = re.compile(r"\b(?:12|18|36|60) (?:tháng|tuổi)\b|\b(?:30|60) ngày làm việc"
                           r"|\b2/3\b")


def sources() -> list[Path]:
    found = []
    for top in SEARCHED:
        for path in sorted((ROOT / top).rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            if not name.startswith(SKIPPED):
                found.append(path)
    return found


def _docstrings(tree: ast.AST) -> set[int]:
    kinds = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    return {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, kinds) and node.body and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)}


def _int(node: ast.AST) -> bool:
    return (isinstance(node, ast.Constant) and isinstance(node.value, int)
            and not isinstance(node.value, bool))


def literal_numbers(source: str) -> list[str]:
    tree, found = ast.parse(source), []
    docstrings = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in DATE_ARITHMETIC and any(_int(arg) for arg in node.args[1:]):
                found.append(f"line {node.lineno}: {name}() with a literal count")
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
            if any(_int(side) and side.value == 12 for side in (node.left, node.right)) and all(
                    _int(side) for side in (node.left, node.right)):
                found.append(f"line {node.lineno}: years written as months ({ast.unparse(node)})")
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and id(node) not in docstrings and KNOWN_IN_TEXT.search(node.value)):
            found.append(f"line {node.lineno}: {KNOWN_IN_TEXT.search(node.value)[0]!r} in text")
    return found


@pytest.mark.parametrize("path", sources(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_regulation_number_is_written_outside_the_catalogue(path):
    assert literal_numbers(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("code", [
    "add_months(admitted_on, 12)",
    "calendar.add_working_days(voted_on, 60)",
    "workdays.due(start, 30)",
    "ADULT = 18 * 12",
    'message = f"{name} chưa đủ 18 tuổi"',
    'LABEL = "Biểu quyết dưới 2/3"',
    'TEXT = "trong 30 ngày làm việc"',
])
def test_the_search_finds_each_kind_of_literal(code):
    assert literal_numbers(code)


@pytest.mark.parametrize("code", [
    "add_months(admitted_on, months)",
    'citizen_id = String(12)',
    'def f():\n    """Hết 12 tháng dự bị."""\n',
    "digest[:12]",
    'f"dưới {TWO_THIRDS}"',
])
def test_the_search_lets_unrelated_numbers_be(code):
    assert literal_numbers(code) == []
