"""Each person's data key, wrapped by the master key, in a table of its own (`personal_keys`).

AES-256-GCM from `cryptography` (no cryptography of our own). Destroying a person's row is
the erasure: every event of theirs stays in the log, as ciphertext nobody can read. The
table sits beside the store's own and is reached through the store's own connections (the
application layer holds no SQLAlchemy). Keys are kept in memory for `KNOWN_FOR` seconds, so
that a rebuild does not ask the table per event; another process stops reading an erased
person within that time (and its fold marks the person erased at once, from the
`PersonErased` event).

A new person's key is written in the transaction that stores the person's first event
(`staged_rows`, called by the store's recorder): a command that fails leaves no key behind,
and a nomination costs one transaction, not two.
"""

from __future__ import annotations

import os
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from tenacity import Retrying, stop_after_attempt, wait_incrementing

from service.personal import masterkey

KNOWN_FOR = 10.0
NONCE = 12
TABLE = "personal_keys"


class KeyStore:
    def __init__(self, key_file: Path) -> None:
        self.key_file = key_file
        self.masters = masterkey.load(key_file)
        self._keys: dict[UUID, AESGCM] = {}
        self._loaded_at = time.monotonic()
        self._lock = threading.Lock()
        self._bulk = False              # preloaded: a long scan reloads all, not one by one
        self._staged = threading.local()   # this thread's new keys, until their save ends
        self.sql: _Sql | None = None

    def attach(self, datastore) -> None:
        """Use the store's connections (made after the mapper that needs this object)."""
        self.sql = _Sql(datastore)
        self.sql.create_table()

    # --- data keys ---------------------------------------------------------------------

    def cipher(self, person: UUID, create: bool = False) -> AESGCM | None:
        """The person's cipher; None if erased (or never had a key and `create` is False)."""
        self._expire()
        found = self._keys.get(person)
        if found is None:
            staged = self._staged_keys().get(person)
            if staged is not None:
                return staged[0]
            row = self.sql.one(person)
            found = None if row is None else AESGCM(self._raw(row))
            if found is None and create:
                return self._stage(person)
            if found is not None:
                self._keys[person] = found
        return found

    def _staged_keys(self) -> dict[UUID, tuple[AESGCM, str, bytes]]:
        staged = getattr(self._staged, "keys", None)
        if staged is None:
            staged = self._staged.keys = {}
        return staged

    def _stage(self, person: UUID) -> AESGCM:
        """A new key, kept for this thread until the save that needs it writes it."""
        key = AESGCM.generate_key(bit_length=256)
        master_id, master = next(iter(self.masters.items()))
        cipher = AESGCM(key)
        self._staged_keys()[person] = (cipher, master_id, _wrap(master, person, key))
        return cipher

    def staged_rows(self) -> list[tuple]:
        """The rows of this thread's new keys, for the recorder to insert with the events
        (a plain INSERT: a person given a key by another process at the same moment fails
        the save, which is then retried, rather than storing events under a lost key)."""
        now = datetime.now(UTC).replace(tzinfo=None)
        stamp = now if self.sql.postgres else now.isoformat(" ")
        return [(str(person), master_id, wrapped, stamp)
                for person, (_, master_id, wrapped) in self._staged_keys().items()]

    def settle(self, stored: bool) -> None:
        """The save ended: its keys are now in the table (kept in memory) or were rolled
        back with it (forgotten: the next attempt makes new ones)."""
        staged = self._staged_keys()
        if stored:
            self._keys.update({person: found[0] for person, found in staged.items()})
        staged.clear()

    def preload(self) -> None:
        """Every key at once (a rebuild reads every person)."""
        keys = {UUID(r["person_id"]): AESGCM(self._raw(r)) for r in self.sql.all()}
        with self._lock:
            self._keys, self._loaded_at, self._bulk = keys, time.monotonic(), True

    def destroy(self, person: UUID) -> bool:
        """The erasure: the wrapped key is deleted; nothing can decrypt the person again."""
        gone = self.sql.delete(person)
        self._keys.pop(person, None)
        return gone

    def _expire(self) -> None:
        if time.monotonic() - self._loaded_at > KNOWN_FOR:
            if self._bulk:
                self.preload()
                return
            with self._lock:
                self._keys, self._loaded_at = {}, time.monotonic()

    def _raw(self, row) -> bytes:
        master = self.masters.get(row["master_key_id"])
        if master is None:
            raise masterkey.MasterKeyError(
                f"Khóa chủ {row['master_key_id']} không có trong {self.key_file}.")
        wrapped = bytes(row["wrapped"])
        return AESGCM(master).decrypt(wrapped[:NONCE], wrapped[NONCE:],
                                      UUID(row["person_id"]).bytes)

    # --- rotation of the master key ----------------------------------------------------

    def rotate(self) -> tuple[str, int]:
        """A new master key: every data key is wrapped again under it, no event is touched.
        The new key is written beside the old ones first, so a crash midway loses nothing;
        then the file keeps only the new one."""
        new_id, new = masterkey.new_key()
        masterkey.write(self.key_file, [(new_id, new), *self.masters.items()])
        self.masters = masterkey.load(self.key_file)
        rows = [(UUID(r["person_id"]), self._raw(r)) for r in self.sql.all()]
        self.sql.rewrap([(person, new_id, _wrap(new, person, key)) for person, key in rows])
        masterkey.write(self.key_file, [(new_id, new)])
        self.masters = {new_id: new}
        return new_id, len(rows)


def _wrap(master: bytes, person: UUID, key: bytes) -> bytes:
    nonce = os.urandom(NONCE)
    return nonce + AESGCM(master).encrypt(nonce, key, person.bytes)


class _Sql:
    """The key table's few statements, on SQLite or PostgreSQL (the store's datastore)."""

    def __init__(self, datastore) -> None:
        self.datastore = datastore
        self.postgres = hasattr(datastore, "schema")
        self.mark = "%s" if self.postgres else "?"
        self.table = f'"{datastore.schema}".{TABLE}' if self.postgres else TABLE

    def run(self, statement: str, params=(), commit: bool = False, fetch: bool = False):
        with self.datastore.transaction(commit=commit) as cursor:
            if not self.postgres and commit:   # a deleted key leaves no bytes in the file
                cursor.execute("PRAGMA secure_delete=ON")
            cursor.execute(statement.replace("?", self.mark), params)
            return cursor.fetchall() if fetch else getattr(cursor, "rowcount", 1)

    def create_table(self) -> None:
        blob, stamp = ("BYTEA", "TIMESTAMP") if self.postgres else ("BLOB", "DATETIME")
        statement = (f"CREATE TABLE IF NOT EXISTS {self.table} (person_id VARCHAR(36) NOT NULL "
                     f"PRIMARY KEY, master_key_id VARCHAR(16) NOT NULL, wrapped {blob} NOT "
                     f"NULL, created_at {stamp} NOT NULL)")
        # processes booting together race on CREATE TABLE: the loser tries again
        for attempt in Retrying(stop=stop_after_attempt(5), reraise=True,
                                wait=wait_incrementing(start=0.1, increment=0.1)):
            with attempt:
                self.run(statement, commit=True)

    def one(self, person: UUID):
        rows = self.run(f"SELECT * FROM {self.table} WHERE person_id = ?", (str(person),),
                        fetch=True)
        return rows[0] if rows else None

    def all(self):
        return self.run(f"SELECT * FROM {self.table}", fetch=True)

    @property
    def insert_statement(self) -> str:
        """The recorder runs it with the events (KeyStore.staged_rows)."""
        return f"INSERT INTO {self.table} VALUES (?, ?, ?, ?)".replace("?", self.mark)

    def delete(self, person: UUID) -> bool:
        return bool(self.run(f"DELETE FROM {self.table} WHERE person_id = ?", (str(person),),
                             commit=True))

    def rewrap(self, rows: list[tuple[UUID, str, bytes]]) -> None:
        with self.datastore.transaction(commit=True) as cursor:
            for person, master_id, wrapped in rows:
                cursor.execute(f"UPDATE {self.table} SET master_key_id = ?, wrapped = ? "
                               f"WHERE person_id = ?".replace("?", self.mark),
                               (master_id, wrapped, str(person)))
