"""Bulk inserts. On SQLite the rows go straight to the driver's executemany, with values in
the text forms SQLAlchemy itself stores (ISO dates, 'YYYY-MM-DD HH:MM:SS.ffffff', 0/1):
SQLAlchemy's per-row parameter processing cost as much as the insert. Elsewhere, Core's
multi-row INSERT is already fast."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import insert


def _sqlite_value(value):
    kind = type(value)
    if kind is date:
        return value.isoformat()
    if kind is datetime:
        return value.isoformat(" ", "microseconds")
    if kind is bool:
        return int(value)
    return value


def bulk_insert(conn, table, rows: list[dict]) -> None:
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), rows)
        return
    names = [c.name for c in table.columns]
    sql = (f'INSERT INTO "{table.name}" ({", ".join(f"{chr(34)}{n}{chr(34)}" for n in names)})'
           f' VALUES ({", ".join("?" * len(names))})')
    values = [tuple(_sqlite_value(row[n]) for n in names) for row in rows]
    conn.connection.driver_connection.executemany(sql, values)
