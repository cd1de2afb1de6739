"""The audit tools one app holds: seal after each command, verify, checkpoint."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from service.audit import checkpoints as cps
from service.audit.keys import load_or_create
from service.audit.rawstore import StoreTable
from service.audit.sealing import seal
from service.audit.verify import Verdict, verify


class AuditRefused(Exception):
    """An audit action that must not go ahead (e.g. signing a log that fails verification)."""


class AuditTools:
    def __init__(self, services, key_file: Path) -> None:
        self.services = services
        self.key_file = Path(key_file)
        self.table = StoreTable.of(services.database_url)

    @property
    def engine(self):
        return self.services.engine

    def now(self) -> datetime:
        return self.services.store.clock().astimezone(UTC)

    def seal(self, _recorded=None) -> int:
        return seal(self.engine, self.table)

    def public_key(self) -> Ed25519PublicKey:
        return load_or_create(self.key_file).public_key()

    def verify(self) -> Verdict:
        return verify(self.engine, self.table, self.public_key())

    def checkpoint(self) -> tuple[cps.Checkpoint, Verdict]:
        """Seal what the commands recorded, verify, then sign the chain's tail."""
        self.seal()
        verdict = self.verify()
        if not verdict.ok:
            raise AuditRefused("Không lập điểm kiểm tra: " + verdict.message)
        key = load_or_create(self.key_file)
        with self.engine.begin() as conn:
            checkpoint = cps.create(conn, key, self.now())
        return checkpoint, verdict

    def checkpoints(self) -> list[cps.Checkpoint]:
        with self.engine.connect() as conn:
            return cps.all_checkpoints(conn)
