"""Each feature file as a version the committee can review: its text, the hash of that text,
and each scenario's text (tags, steps, tables) as gherkin's parser reads it.

A scenario's text is what a reviewer approves: its steps with their tables and examples, and
its tags (they tie it to a rule). A background is shown as its own entry, since a change in
it changes every scenario under it.
"""

from __future__ import annotations

from pathlib import Path

from gherkin.parser import Parser

from domain.review import ProcedureText

BACKGROUND = "Bối cảnh"


def procedure_texts(folder: Path) -> dict[str, ProcedureText]:
    """path under `folder` → the file as it is now."""
    found = {}
    for path in sorted(folder.rglob("*.feature")):
        relative = path.relative_to(folder).as_posix()
        found[relative] = procedure_text(relative, path.read_text(encoding="utf-8"))
    return found


def procedure_text(path: str, text: str) -> ProcedureText:
    feature = Parser().parse(text)["feature"] or {"children": []}
    scenarios: dict[str, str] = {}
    _children(feature["children"], scenarios, "")
    return ProcedureText(path, text, scenarios)


def _children(children: list[dict], out: dict[str, str], within: str) -> None:
    for child in children:
        if "background" in child:
            name = f"{BACKGROUND} ({within})" if within else BACKGROUND
            out[name] = _steps(child["background"]["steps"])
        elif "scenario" in child:
            out[child["scenario"]["name"]] = _scenario(child["scenario"])
        elif "rule" in child:
            _children(child["rule"]["children"], out, child["rule"]["name"])


def _scenario(ast: dict) -> str:
    lines = [" ".join(t["name"] for t in ast["tags"])] if ast["tags"] else []
    lines.append(_steps(ast["steps"]))
    for block in ast.get("examples", []):
        lines.append(f"{block['keyword']}:")
        rows = ([block["tableHeader"]] if block.get("tableHeader") else []) + block["tableBody"]
        lines += [_row(r) for r in rows]
    return "\n".join(lines)


def _steps(steps: list[dict]) -> str:
    lines = []
    for step in steps:
        lines.append(f"{step['keyword'].strip()} {step['text']}")
        if "dataTable" in step:
            lines += ["  " + _row(r) for r in step["dataTable"]["rows"]]
        if "docString" in step:
            lines += ["  " + line for line in step["docString"]["content"].splitlines()]
    return "\n".join(lines)


def _row(row: dict) -> str:
    return "| " + " | ".join(c["value"] for c in row["cells"]) + " |"
