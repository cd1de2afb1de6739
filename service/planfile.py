"""The plan-file format (TOML): what `ketnap plan import` reads. See examples/*.toml.

    cell = "THPT-LTK"            # the cell's code
    number = "02-KH/CB"          # số và ký hiệu
    year = 2024
    issued_on = 2024-01-26       # a TOML date
    basis = "Căn cứ Kế hoạch số 175-KH/HU ..."

    [[targets]]
    row = 1                      # the row number in the plan's table; omit for a target
    activity = "source"          #   stated in the text (e.g. the headline target)
    total = 12
    GV = 2
    HS = 10
    quarters = [4, 4, 2, 2]      # omit when the row has no quarter split
    note = "..."                 # optional, e.g. why there is no split
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from domain.plan import Target

REQUIRED = ("cell", "number", "year", "issued_on", "targets")
TARGET_KEYS = {"row", "activity", "total", "GV", "HS", "quarters", "note"}


class PlanFileError(ValueError):
    """A plan file that cannot be read; the message names the key or the target."""


@dataclass(frozen=True)
class PlanFile:
    cell: str
    number: str
    year: int
    issued_on: date
    basis: str
    targets: list[Target]


def read_plan_file(path: str | Path) -> PlanFile:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise PlanFileError(f"{path}: không đọc được TOML: {error}") from None
    return parse_plan(data)


def parse_plan(data: dict) -> PlanFile:
    missing = [k for k in REQUIRED if k not in data]
    if missing:
        raise PlanFileError(f"Thiếu khóa: {', '.join(missing)}.")
    if not isinstance(data["issued_on"], date):
        raise PlanFileError("issued_on phải là ngày dạng 2024-01-26.")
    targets = [_target(i, t) for i, t in enumerate(data["targets"], start=1)]
    return PlanFile(str(data["cell"]), str(data["number"]), int(data["year"]),
                    data["issued_on"], str(data.get("basis", "")), targets)


def _target(index: int, t: dict) -> Target:
    where = f"chỉ tiêu thứ {index}" + (f" (dòng {t['row']})" if "row" in t else "")
    unknown = set(t) - TARGET_KEYS
    if unknown:
        raise PlanFileError(f"{where}: khóa không biết: {', '.join(sorted(unknown))}.")
    lacking = [k for k in ("activity", "total", "GV", "HS") if k not in t]
    if lacking:
        raise PlanFileError(f"{where}: thiếu {', '.join(lacking)}.")
    quarters = t.get("quarters")
    return Target(t["activity"], t["total"], t["GV"], t["HS"],
                  tuple(quarters) if quarters is not None else None, t.get("row"), t.get("note"))
