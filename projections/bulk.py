"""Bulk inserts, straight to the driver: SQLAlchemy's per-row parameter processing cost as
much as the insert itself.

- SQLite: the driver's executemany, with values in the text forms SQLAlchemy itself stores
  (ISO dates, 'YYYY-MM-DD HH:MM:SS.ffffff', 0/1), so the rows are the ones Core would write.
  Dates are turned into text by the driver (the adapter below) and booleans are ints to it
  already; only datetimes are converted here, row by row.
- PostgreSQL (psycopg 3): COPY ... FROM STDIN inside the caller's transaction.
- Anything else: Core's executemany.

Rows are dicts keyed by column name, or tuples already in the table's column order.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from functools import cache
from operator import itemgetter

from sqlalchemy import DateTime, insert


def _datetime(value: datetime) -> str:
    return value.isoformat(" ", "microseconds")


# What SQLAlchemy stores for a Date, done by the driver in C (a Python loop over every date
# column of every row was a tenth of a rebuild). The lookup is by exact type, so datetimes
# are not affected; SQLAlchemy's own statements bind dates as text and never reach it.
sqlite3.register_adapter(date, date.isoformat)
_CONVERTERS = ((DateTime, _datetime),)


@cache
def _plan(table):
    """Column names, a row → tuple getter, and which positions SQLite needs converted."""
    names = tuple(c.name for c in table.columns)
    convert = []
    for index, column in enumerate(table.columns):
        for kind, function in _CONVERTERS:
            if isinstance(column.type, kind):
                convert.append((index, function))
                break
    return names, itemgetter(*names), tuple(convert)


def bulk_insert(conn, table, rows: list) -> None:
    """Insert every row."""
    if not rows:
        return
    dialect = conn.dialect.name
    names, _, convert = _plan(table)
    rows = as_tuples(table, rows)
    if dialect == "sqlite":
        _sqlite(conn, table, names, _as_text(rows, convert) if convert else rows)
    elif dialect == "postgresql" and hasattr(_driver(conn), "pgconn"):
        _copy(conn, table, names, rows)
    else:
        conn.execute(insert(table), [dict(zip(names, row, strict=True)) for row in rows])


def as_tuples(table, rows: list) -> list[tuple]:
    """The rows as tuples in the table's column order (dicts are converted)."""
    if rows and isinstance(rows[0], dict):
        getter = _plan(table)[1]
        return [getter(row) for row in rows]
    return rows


def _as_text(rows: list[tuple], convert) -> list:
    out = []
    for row in rows:
        value = list(row)
        for index, function in convert:
            if value[index] is not None:
                value[index] = function(value[index])
        out.append(value)
    return out


@cache
def _insert_sql(table, names: tuple[str, ...]) -> str:
    columns = ", ".join(f'"{n}"' for n in names)
    return f'INSERT INTO "{table.name}" ({columns}) VALUES ({", ".join("?" * len(names))})'


def _sqlite(conn, table, names, rows) -> None:
    _driver(conn).executemany(_insert_sql(table, names), rows)


def _copy(conn, table, names, rows) -> None:
    quote = conn.dialect.identifier_preparer
    columns = ", ".join(quote.quote(n) for n in names)
    sql = f"COPY {quote.format_table(table)} ({columns}) FROM STDIN"
    with _driver(conn).cursor() as cursor, cursor.copy(sql) as copy:
        write = copy.write_row
        for row in rows:
            write(row)


def _driver(conn):
    """The DB-API connection under a SQLAlchemy Connection (inside its transaction)."""
    return conn.connection.driver_connection
