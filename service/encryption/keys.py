"""Each person's data key, wrapped by the master key, in a table of its own (`personal_keys`).

AES-256-GCM from `cryptography` (no cryptography of our own). Destroying a person's row is
the erasure: every event of theirs stays in the log, as ciphertext nobody can read. The
table sits beside the store's own and is reached through the store's own connections (the
application layer holds no SQLAlchemy). Keys are kept in memory for `KNOWN_FOR` seconds, so
that a rebuild does not ask the table per event; another process stops reading an erased
person within that time, or at once when it loads the person's stream and meets the
`PersonErased` event (streamcache.py; its fold marks the person erased from that event).

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

from service.caches import lru
from service.encryption import masterkey

KNOWN_FOR = 10.0
NONCE = 12
# AES-GCM objects kept ready: each holds about 2 KB of OpenSSL state against the key's 32
# bytes, so a rebuild that kept one per person grew with the log (1M events: +600 MB); the
# rebuild reads person after person, so the last few thousand are the ones it needs
CIPHERS_KEPT = 4096
PAGE = 2000   # keys loaded at once by a scan in person order
TABLE = "personal_keys"


class KeyStore:
    def __init__(self, key_file: Path) -> None:
        self.key_file = key_file
        self.masters = masterkey.load(key_file)
        self._keys: dict[UUID, bytes] = {}      # the persons' data keys, unwrapped
        self._ciphers = lru(CIPHERS_KEPT)
        self._unwrappers: dict[bytes, AESGCM] = {}
        self._loaded_at = time.monotonic()
        self._lock = threading.Lock()
        self._bulk = False              # preloaded: a long scan reloads all, not one by one
        self._paged = False             # a scan in person order: a page of keys at a time
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
        key = self._keys.get(person)
        if key is None:
            staged = self._staged_keys().get(person)
            if staged is not None:
                return self._cipher(person, staged[0])
            key = self._from_page(person) if self._paged else self._one(person)
            if key is None and create:
                return self._cipher(person, self._stage(person))
            if key is not None:
                self._keys[person] = key
        return None if key is None else self._cipher(person, key)

    def _one(self, person: UUID) -> bytes | None:
        row = self.sql.one(person)
        return None if row is None else self._raw(row)

    def _from_page(self, person: UUID) -> bytes | None:
        """The keys from this person on, a page of them in place of the last page."""
        keys = {UUID(r["person_id"]): self._raw(r) for r in self.sql.page_from(person, PAGE)}
        with self._lock:
            self._keys = keys
        return keys.get(person)

    def _cipher(self, person: UUID, key: bytes) -> AESGCM:
        found = self._ciphers.get(person)
        if found is None:
            found = AESGCM(key)
            self._ciphers.put(person, found)
        return found

    def _staged_keys(self) -> dict[UUID, tuple[bytes, str, bytes]]:
        staged = getattr(self._staged, "keys", None)
        if staged is None:
            staged = self._staged.keys = {}
        return staged

    def _stage(self, person: UUID) -> bytes:
        """A new key, kept for this thread until the save that needs it writes it."""
        key = AESGCM.generate_key(bit_length=256)
        master_id, master = next(iter(self.masters.items()))
        self._staged_keys()[person] = (key, master_id, _wrap(master, person, key))
        return key

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
        """Every key at once, for a long scan in log order (it meets the persons in any
        order). Memory grows with the number of persons: a scan in person order uses
        `in_person_order` instead."""
        self._start({UUID(r["person_id"]): self._raw(r) for r in self.sql.all()}, bulk=True)

    def in_person_order(self) -> None:
        """A scan that meets the persons one after another in their ids' order (a
        rebuild's stream-wise read): keys are loaded a page at a time from the first one
        missing, each page in place of the last, so memory stays flat however many persons
        the log holds."""
        self._start({}, paged=True)

    def destroy(self, person: UUID) -> bool:
        """The erasure: the wrapped key is deleted; nothing can decrypt the person again."""
        gone = self.sql.delete(person)
        self.forget(person)
        return gone

    def forget(self, person: UUID) -> None:
        """Drop what this process holds of the person's key: an erasure was seen, perhaps
        made by another process (the next read asks the table, which no longer has it)."""
        self._keys.pop(person, None)
        self._ciphers.pop(person)

    def in_any_order(self) -> None:
        """Back to one key at a time, kept KNOWN_FOR seconds (a scan in person order ended)."""
        self._start({})

    def _start(self, keys: dict[UUID, bytes], bulk: bool = False, paged: bool = False) -> None:
        """The keys known from now on, and how the missing ones are found."""
        with self._lock:
            self._keys, self._loaded_at, self._bulk, self._paged = (
                keys, time.monotonic(), bulk, paged)
            self._ciphers = lru(CIPHERS_KEPT)

    def _expire(self) -> None:
        if time.monotonic() - self._loaded_at > KNOWN_FOR:
            if self._bulk:
                self.preload()
                return
            self._start({}, paged=self._paged)

    def _raw(self, row) -> bytes:
        master = self.masters.get(row["master_key_id"])
        if master is None:
            raise masterkey.MasterKeyError(
                f"Khóa chủ {row['master_key_id']} không có trong {self.key_file}.")
        wrapped = bytes(row["wrapped"])
        return self._unwrapper(master).decrypt(wrapped[:NONCE], wrapped[NONCE:],
                                               UUID(row["person_id"]).bytes)

    def _unwrapper(self, master: bytes) -> AESGCM:
        """One AES-GCM object per master key: a preload unwraps every person's key."""
        found = self._unwrappers.get(master)
        if found is None:
            found = self._unwrappers[master] = AESGCM(master)
        return found

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

    def page_from(self, person: UUID, size: int):
        """The keys of this person and the next ones in id order (the text order of the
        ids is the order of the store's stream keys on both databases)."""
        return self.run(f"SELECT * FROM {self.table} WHERE person_id >= ? "
                        f"ORDER BY person_id LIMIT {int(size)}", (str(person),), fetch=True)

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
