"""Bulk inserts, straight to the driver: SQLAlchemy's per-row parameter processing cost as
much as the insert itself.

- SQLite: the driver's executemany, with values in the text forms SQLAlchemy itself stores
  (ISO dates, 'YYYY-MM-DD HH:MM:SS.ffffff', 0/1), so the rows are the ones Core would write.
- PostgreSQL (psycopg 3): COPY ... FROM STDIN inside the caller's transaction.
- Anything else: Core's executemany.

Rows are dicts keyed by column name, or tuples already in the table's column order.
"""

from __future__ import annotations

from contextlib import ExitStack
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
    """Column names, a row → tuple getter, and which positions SQLite needs as text."""
    names = tuple(c.name for c in table.columns)
    convert = []
    for index, column in enumerate(table.columns):
        for kind, function in _CONVERTERS:
            if isinstance(column.type, kind):
                convert.append((index, function))
                break
    return names, itemgetter(*names), tuple(convert)


def bulk_insert(conn, table, rows: list, text_dates: bool = False) -> None:
    """Insert every row; tuples already holding SQLite's text values say `text_dates`."""
    if not rows:
        return
    dialect = conn.dialect.name
    names, getter, convert = _plan(table)
    if isinstance(rows[0], dict):
        rows = [getter(row) for row in rows]
    if dialect == "sqlite":
        _sqlite(conn, table, names, rows if text_dates else _as_text(rows, convert))
    elif dialect == "postgresql" and hasattr(_driver(conn), "pgconn"):
        _copy(conn, table, names, rows)
    else:
        conn.execute(insert(table), [dict(zip(names, row, strict=True)) for row in rows])


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


class Appender:
    """Rows appended to one table during a batch. On PostgreSQL they stream into a COPY
    opened at the first row, so the server stores them while the batch goes on; any other
    statement on the connection must `pause()` it first (a COPY holds the connection).
    Elsewhere they are kept and inserted in bulk at `close()`."""

    def __init__(self, conn, table, text_dates: bool = False) -> None:
        self.conn, self.table, self.text_dates = conn, table, text_dates
        self.streaming = conn.dialect.name == "postgresql" and hasattr(_driver(conn),
                                                                        "pgconn")
        self.rows: list = []
        self._copy = None

    def add(self, row: tuple) -> None:
        if not self.streaming:
            self.rows.append(row)
            return
        if self._copy is None:
            self._open()
        self._write(row)

    def _open(self) -> None:
        names = _plan(self.table)[0]
        quote = self.conn.dialect.identifier_preparer
        columns = ", ".join(quote.quote(n) for n in names)
        self._copy = ExitStack()
        cursor = self._copy.enter_context(_driver(self.conn).cursor())
        copy = self._copy.enter_context(cursor.copy(
            f"COPY {quote.format_table(self.table)} ({columns}) FROM STDIN"))
        self._write = copy.write_row

    def pause(self) -> None:
        """End the running COPY (the rows so far are stored); the next row starts another."""
        if self._copy is not None:
            copy, self._copy = self._copy, None
            copy.close()

    def abort(self, error: BaseException) -> None:
        """End a running COPY with an error (the caller's transaction then rolls back)."""
        if self._copy is not None:
            copy, self._copy = self._copy, None
            copy.__exit__(type(error), error, error.__traceback__)

    def close(self) -> None:
        self.pause()
        rows, self.rows = self.rows, []
        bulk_insert(self.conn, self.table, rows, self.text_dates)
