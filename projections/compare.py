"""Row-by-row comparison of two read-model databases (`ketnap projections check`).

Both sides are streamed in primary-key order (byte order on PostgreSQL, as on SQLite), so
memory stays flat; values are normalised so SQLite and PostgreSQL compare equal.
"""

from __future__ import annotations

from contextlib import closing
from datetime import datetime
from itertools import zip_longest

from sqlalchemy import select

from projections.tables import READ_MODEL_TABLES, projection_positions

TABLES = (projection_positions, *READ_MODEL_TABLES)


def first_difference(live, rebuilt) -> str | None:
    """None when every table matches, else a sentence naming the table and the row."""
    with live.connect() as a, rebuilt.connect() as b:
        for table in TABLES:
            found = _table_difference(table, a, b)
            if found:
                return found
    return None


def _ordered(table, conn):
    keys = [c.collate("C") if conn.dialect.name == "postgresql" and _is_text(c) else c
            for c in table.primary_key.columns]
    return conn.execution_options(yield_per=1000).execute(select(table).order_by(*keys))


def _is_text(column) -> bool:
    return column.type.python_type is str


def _table_difference(table, a, b) -> str | None:
    names = [c.name for c in table.columns]
    keys = [c.name for c in table.primary_key.columns]
    with closing(_ordered(table, a)) as lefts, closing(_ordered(table, b)) as rights:
        return _rows_difference(table, names, keys, lefts, rights)


def _rows_difference(table, names, keys, lefts, rights) -> str | None:
    for left, right in zip_longest(lefts, rights):
        if left is None or right is None:
            row = left if right is None else right
            side = "chỉ có ở bảng đang dùng" if right is None else "chỉ có ở bản dựng lại"
            return f"{table.name} {_key(row, keys)}: dòng {side}"
        for name in names:
            x, y = _normal(getattr(left, name)), _normal(getattr(right, name))
            if x != y:
                return (f"{table.name} {_key(left, keys)}: cột {name} là {x!r}, "
                        f"bản dựng lại là {y!r}")
    return None


def _key(row, keys) -> str:
    return "(" + ", ".join(f"{k}={getattr(row, k)}" for k in keys) + ")"


def _normal(value):
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)
    return value
