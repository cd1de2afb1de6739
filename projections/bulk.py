"""Bulk inserts. On SQLite the rows go straight to the driver's executemany, with values in
the text forms SQLAlchemy itself stores (ISO dates, 'YYYY-MM-DD HH:MM:SS.ffffff', 0/1):
SQLAlchemy's per-row parameter processing cost as much as the insert. Elsewhere, Core's
multi-row INSERT is already fast."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from operator import itemgetter

from sqlalchemy import Boolean, Date, DateTime, insert


def _date(value: date) -> str:
    return value.isoformat()


def _datetime(value: datetime) -> str:
    return value.isoformat(" ", "microseconds")


_CONVERTERS = ((DateTime, _datetime), (Date, _date), (Boolean, int))


@cache
def _plan(table):
    """The INSERT text, a row → tuple getter, and which positions need converting."""
    names = [c.name for c in table.columns]
    columns = ", ".join(f'"{n}"' for n in names)
    sql = f'INSERT INTO "{table.name}" ({columns}) VALUES ({", ".join("?" * len(names))})'
    convert = []
    for index, column in enumerate(table.columns):
        for kind, function in _CONVERTERS:
            if isinstance(column.type, kind):
                convert.append((index, function))
                break
    return sql, itemgetter(*names), tuple(convert)


def bulk_insert(conn, table, rows: list[dict]) -> None:
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), rows)
        return
    sql, getter, convert = _plan(table)
    values = []
    for row in rows:
        value = list(getter(row))
        for index, function in convert:
            if value[index] is not None:
                value[index] = function(value[index])
        values.append(value)
    conn.connection.driver_connection.executemany(sql, values)
