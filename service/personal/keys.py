"""Each person's data key, wrapped by the master key, in a table of its own (`personal_keys`).

AES-256-GCM from `cryptography` (no cryptography of our own). Destroying a person's row is
the erasure: every event of theirs stays in the log, as ciphertext nobody can read. Keys are
kept in memory for `KNOWN_FOR` seconds, so that a rebuild does not ask the table per event;
another process stops reading an erased person within that time (and the fold marks the
person erased at once from the `PersonErased` event).
"""

from __future__ import annotations

import os
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Engine, create_engine, delete, event, insert, select, update
from sqlalchemy.exc import IntegrityError

from service.config import sqlalchemy_url
from service.personal import masterkey
from service.personal.tables import create_tables, personal_keys

KNOWN_FOR = 10.0
NONCE = 12


class KeyStore:
    def __init__(self, engine: Engine, key_file: Path) -> None:
        self.engine = engine
        self.key_file = key_file
        self.masters = masterkey.load(key_file)
        create_tables(engine, [personal_keys])
        self._keys: dict[UUID, AESGCM] = {}
        self._loaded_at = time.monotonic()
        self._lock = threading.Lock()

    # --- data keys ---------------------------------------------------------------------

    def cipher(self, person: UUID, create: bool = False) -> AESGCM | None:
        """The person's cipher; None if erased (or never had a key and `create` is False)."""
        self._expire()
        found = self._keys.get(person)
        if found is None:
            found = self._fetch(person)
            if found is None and create:
                found = self._create(person)
            if found is not None:
                self._keys[person] = found
        return found

    def preload(self) -> None:
        """Every key at once (a rebuild reads every person)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(personal_keys)).all()
        with self._lock:
            self._keys = {UUID(r.person_id): self._unwrap(r) for r in rows}
            self._loaded_at = time.monotonic()

    def destroy(self, person: UUID) -> bool:
        """The erasure: the wrapped key is deleted; nothing can decrypt the person again."""
        with self.engine.begin() as conn:
            gone = conn.execute(delete(personal_keys).where(
                personal_keys.c.person_id == str(person))).rowcount
        self._keys.pop(person, None)
        return bool(gone)

    def _expire(self) -> None:
        if time.monotonic() - self._loaded_at > KNOWN_FOR:
            with self._lock:
                self._keys, self._loaded_at = {}, time.monotonic()

    def _fetch(self, person: UUID) -> AESGCM | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(personal_keys).where(
                personal_keys.c.person_id == str(person))).first()
        return None if row is None else self._unwrap(row)

    def _create(self, person: UUID) -> AESGCM:
        key = AESGCM.generate_key(bit_length=256)
        master_id, master = next(iter(self.masters.items()))
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(personal_keys).values(
                    person_id=str(person), master_key_id=master_id,
                    wrapped=_wrap(master, person, key), created_at=datetime.now(UTC)))
        except IntegrityError:              # another process made it first: use theirs
            return self._fetch(person)
        return AESGCM(key)

    def _unwrap(self, row) -> AESGCM:
        master = self.masters.get(row.master_key_id)
        if master is None:
            raise masterkey.MasterKeyError(
                f"Khóa chủ {row.master_key_id} không có trong {self.key_file}.")
        return AESGCM(self._raw(row))

    # --- rotation of the master key ----------------------------------------------------

    def rotate(self) -> tuple[str, int]:
        """A new master key: every data key is wrapped again under it, no event is touched.
        The new key is written beside the old ones first, so a crash midway loses nothing;
        then the file keeps only the new one."""
        new_id, new = masterkey.new_key()
        masterkey.write(self.key_file, [(new_id, new), *self.masters.items()])
        self.masters = masterkey.load(self.key_file)
        count = 0
        with self.engine.begin() as conn:
            for row in conn.execute(select(personal_keys)).all():
                person = UUID(row.person_id)
                key = self._raw(row)
                conn.execute(update(personal_keys).where(
                    personal_keys.c.person_id == row.person_id).values(
                    master_key_id=new_id, wrapped=_wrap(new, person, key)))
                count += 1
        masterkey.write(self.key_file, [(new_id, new)])
        self.masters = {new_id: new}
        return new_id, count

    def _raw(self, row) -> bytes:
        wrapped = bytes(row.wrapped)
        return AESGCM(self.masters[row.master_key_id]).decrypt(
            wrapped[:NONCE], wrapped[NONCE:], UUID(row.person_id).bytes)


def key_engine(database_url: str) -> Engine:
    """The key table's engine, on the store's database; on SQLite every delete overwrites
    the freed bytes (secure_delete), so a destroyed key leaves nothing in the file."""
    url = sqlalchemy_url(database_url)
    engine = create_engine(url, pool_pre_ping=not url.startswith("sqlite"))
    if url.startswith("sqlite"):
        event.listen(engine, "connect", _secure_delete)
    return engine


def _secure_delete(dbapi_connection, _record) -> None:
    dbapi_connection.execute("PRAGMA busy_timeout=30000")
    dbapi_connection.execute("PRAGMA secure_delete=ON")


def _wrap(master: bytes, person: UUID, key: bytes) -> bytes:
    nonce = os.urandom(NONCE)
    return nonce + AESGCM(master).encrypt(nonce, key, person.bytes)
