"""The bench's fixed shape, shared by every measurement: the cell measured in every log size,
the generated log's "today", the day commands are dated, the people nominated, the app the
measurements make, and the two statistics the report uses."""

from __future__ import annotations

import statistics
from datetime import date

from bench import generate
from domain.candidate import Person
from domain.plan import plan_id

CELL = generate.cell_code(0)          # the same cell in every log size
NOW = generate.NOW
COMMAND_DAY = date(2026, 3, 2)
STATUS_PLAN = plan_id(CELL, 2024)     # the plan whose status the pages and queries show


def person(n: int) -> Person:
    return Person(f"Học Sinh {n}", date(2008, 1 + n % 12, 1 + n % 28), "female", "Kinh", "HS",
                  True, "upper_secondary", "11A1")


def make_app(url: str, read_side: str = "inline"):
    from service import create_app
    return create_app({"KETNAP_DATABASE_URL": url, "SECRET_KEY": "bench", "TESTING": True,
                       "KETNAP_CLOCK": lambda: NOW, "KETNAP_CHEAP_PASSWORD_HASHES": True,
                       "KETNAP_READ_SIDE": read_side})


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None
