"""The audit tools one app holds: seal after each command (and sign a checkpoint when one is
due), verify, checkpoint, witness, rotate the signing key."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from service.audit import checkpoints as cps
from service.audit import keys, witness
from service.audit.rawstore import StoreTable
from service.audit.sealing import SealCache, chain_tail, lock_seal, seal
from service.audit.verify import Verdict, verify

log = logging.getLogger(__name__)


class AuditRefused(Exception):
    """An audit action that must not go ahead (e.g. signing a log that fails verification)."""


@dataclass(frozen=True)
class AuditSettings:
    """KETNAP_AUDIT_CHECKPOINT_EVENTS / _MINUTES: a checkpoint is signed once this many
    events were sealed since the last, or this long has passed with new events.
    KETNAP_AUDIT_WITNESS: the witness file; KETNAP_AUDIT_WITNESS_URL and _TOKEN: the witness
    Ketnap and the API token it gave this one."""

    checkpoint_events: int = 100
    checkpoint_minutes: float = 5.0
    witness_file: Path | None = None
    witness_url: str | None = None
    witness_token: str | None = None
    mac_key_file: str | None = None

    @classmethod
    def of(cls, config=None) -> AuditSettings:
        def get(name: str):
            value = (config or {}).get(name)
            return value if value is not None else os.environ.get(name)
        witness_file = get("KETNAP_AUDIT_WITNESS")
        return cls(int(get("KETNAP_AUDIT_CHECKPOINT_EVENTS") or 100),
                   float(get("KETNAP_AUDIT_CHECKPOINT_MINUTES") or 5),
                   Path(witness_file) if witness_file else None,
                   get("KETNAP_AUDIT_WITNESS_URL"), get("KETNAP_AUDIT_WITNESS_TOKEN"),
                   get(keys.MAC_KEY_SETTING))


class AuditTools:
    def __init__(self, services, key_file: Path, settings: AuditSettings | None = None) -> None:
        self.services = services
        self.key_file = Path(key_file)
        self.settings = settings or AuditSettings.of()
        self.table = StoreTable.of(services.database_url)
        self.mac_key = keys.load_mac_key(keys.mac_key_path(self.key_file,
                                                           self.settings.mac_key_file))
        # a follower round must cost little when nothing or little is new: what this
        # process saw last (the seal's tail and edge, the last checkpoint, the signing key)
        self._seal_cache = SealCache()
        self._last_signed: tuple[int, datetime] | None = None
        self._signer: tuple[tuple, object, str] | None = None

    @property
    def engine(self):
        return self.services.engine

    def now(self) -> datetime:
        return self.services.store.clock().astimezone(UTC)

    def origin(self) -> str:
        return self._signing()[1]

    def public_key(self):
        """The current signing key's public half (the key is created on first use)."""
        return self._signing()[0].public_key()

    def _signing(self):
        """The signing key and the log's origin, read again only when the key file or its
        keyring changed (a rotation by `ketnap audit rotate-key` in another process)."""
        ring = keys.keyring_path(self.key_file)
        stamp = tuple((p.stat().st_ino, p.stat().st_mtime_ns) if p.exists() else None
                      for p in (self.key_file, ring))     # both are replaced by a rename
        stamp += (os.environ.get("KETNAP_AUDIT_ORIGIN"),)
        if self._signer is None or self._signer[0] != stamp or None in stamp[:2]:
            key = keys.load_or_create(self.key_file)
            self._signer = (stamp, key, keys.origin(self.key_file))
        return self._signer[1], self._signer[2]

    def seal(self, _recorded=None) -> int:
        """Seal what is new; sign (and witness) a checkpoint when one is due."""
        sealed = seal(self.engine, self.table, self.mac_key, cache=self._seal_cache)
        if self._checkpoint_due():
            self.publish(self.sign())
        return sealed

    def seal_after_command(self, _recorded=None) -> None:
        """The event is stored whatever happens here: a failed seal is logged, and the next
        command or follower round seals it (the seal only appends what has a valid MAC)."""
        try:
            self.seal()
        except Exception:  # noqa: BLE001 - never turn a stored command into an error page
            log.exception("audit seal failed; it will be retried")

    def _checkpoint_due(self) -> bool:
        """Whether a checkpoint is due. The seal's tail and the last checkpoint this process
        saw answer "not yet" without a query: checkpoints only ever get newer, so the one
        remembered is never later than the stored one."""
        tail = self._seal_cache.tail
        if tail is not None and self._last_signed is not None and not self._due(
                tail.size, *self._last_signed):
            return False
        with self.engine.connect() as conn:
            size = chain_tail(conn).size
            last = cps.latest(conn)
        if last is None:
            return size > 0
        self._last_signed = (last.tree_size, datetime.fromisoformat(last.created_at))
        return self._due(size, *self._last_signed)

    def _due(self, size: int, signed_size: int, signed_at: datetime) -> bool:
        if size <= signed_size:
            return False
        return (size - signed_size >= self.settings.checkpoint_events
                or self.now() - signed_at >= timedelta(minutes=self.settings.checkpoint_minutes))

    def verify(self, witnessed: list[cps.Checkpoint] | None = None) -> Verdict:
        return verify(self.engine, self.table, keys.known_keys(self.key_file), self.mac_key,
                      witnessed)

    def witnessed(self, source: str, token: str | None = None) -> list[cps.Checkpoint]:
        return witness.witnessed(source, token or self.settings.witness_token, self.origin())

    def checkpoint(self) -> tuple[cps.Checkpoint, Verdict]:
        """Seal what the commands recorded, verify, then sign and witness the tree's head."""
        seal(self.engine, self.table, self.mac_key)
        verdict = self.verify()
        if not verdict.ok:
            raise AuditRefused("Không lập điểm kiểm tra: " + verdict.message)
        checkpoint = self.sign()
        self.publish(checkpoint)
        return checkpoint, verdict

    def sign(self) -> cps.Checkpoint:
        """Sign the tree as sealed now (no seal, no verification: the seal only ever takes
        events with a valid MAC)."""
        key, log_origin = self._signing()
        with self.engine.begin() as conn:
            lock_seal(conn, self.table)
            checkpoint = cps.create(conn, key, self.now(), log_origin)
        self._last_signed = (checkpoint.tree_size,
                             datetime.fromisoformat(checkpoint.created_at))
        return checkpoint

    def witness_line(self, checkpoint: cps.Checkpoint) -> str:
        entry = keys.known_keys(self.key_file)[checkpoint.key_fingerprint]
        return cps.witness_line(checkpoint, keys.public_pem(entry).decode(),
                                keys.endorsements(self.key_file)[checkpoint.key_fingerprint])

    def publish(self, checkpoint: cps.Checkpoint) -> None:
        """Append to the witness file and push to the witness URL. A witness that cannot be
        reached is logged, not fatal: the next checkpoint carries a proof from whatever the
        witness holds, so nothing is skipped."""
        if not (self.settings.witness_file or self.settings.witness_url):
            return
        line = self.witness_line(checkpoint)
        if self.settings.witness_file:
            witness.append_file(self.settings.witness_file, line)
        if self.settings.witness_url:
            try:
                status, body = witness.push(self.settings.witness_url,
                                            self.settings.witness_token or "", line,
                                            self._proof_hex(checkpoint.tree_size))
            except OSError as error:
                log.warning("audit witness unreachable: %s", error)
                return
            if status != 201:
                log.warning("audit witness refused checkpoint %s: %s %s", checkpoint.id,
                            status, body.get("message", ""))

    def _proof_hex(self, size: int):
        from service.audit.proofs import consistency

        def proof_from(old_size: int) -> list[str]:
            with self.engine.connect() as conn:
                return [h.hex() for h in consistency(conn, old_size, size)]
        return proof_from

    def rotate_key(self) -> tuple[str, str]:
        self._signer = None
        return keys.rotate(self.key_file)

    def checkpoints(self) -> list[cps.Checkpoint]:
        with self.engine.connect() as conn:
            return cps.all_checkpoints(conn)
