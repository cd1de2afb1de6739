"""The chain's arithmetic (standard library only; `verify_bundle.py` repeats it verbatim).

content_n = SHA-256("ketnap-audit-v1\\n" originator_id "\\n" version "\\n" topic "\\n"
                    SHA-256(state bytes))
h_n       = SHA-256(h_{n-1} || "<position>\\n" || content_n),   h_0 = 32 zero bytes

The position is inside each link, so a gap (a rolled-back PostgreSQL insert) is harmless but
moving, deleting or inserting a row changes every later link. Hashing the state's digest
rather than the state lets an export reduce other cells' events to their digests.
"""

from __future__ import annotations

import hashlib
from uuid import UUID

GENESIS = bytes(32)


def canonical_id(originator_id) -> str:
    """The store keeps ids as hex text (SQLite) or uuid (PostgreSQL): one spelling."""
    return str(originator_id if isinstance(originator_id, UUID) else UUID(str(originator_id)))


def state_digest(state: bytes) -> bytes:
    return hashlib.sha256(state).digest()


def content_hash(originator_id: str, version: int, topic: str, digest: bytes) -> bytes:
    head = f"ketnap-audit-v1\n{originator_id}\n{version}\n{topic}\n".encode()
    return hashlib.sha256(head + digest).digest()


def link(previous: bytes, position: int, content: bytes) -> bytes:
    return hashlib.sha256(previous + f"{position}\n".encode() + content).digest()


def event_type(topic: str) -> str:
    """`domain.events:AdmissionVoted` → `AdmissionVoted`."""
    return topic.rsplit(":", 1)[-1].rsplit(".", 1)[-1]
