"""The MAC of each event (HMAC-SHA-256 with the key outside the database), written by the
application in the transaction that stores the event (service/application/store.py).

    mac = HMAC-SHA-256(key, "ketnap-mac-v1\\n<position>\\n" || content hash)

Binding the position as well as the content, a row copied, moved or inserted by SQL has no
valid MAC: it is never sealed into the tree, and verify names it.
"""

from __future__ import annotations

import hashlib
import hmac
from functools import lru_cache

from service.audit.hashing import canonical_id, content_hash, state_digest


@lru_cache(maxsize=8)
def _keyed(key: bytes):
    """The HMAC's key schedule, done once per key; each MAC starts from a copy of it."""
    return hmac.new(key, digestmod=hashlib.sha256)


def event_mac(key: bytes, position: int, content: bytes) -> str:
    mac = _keyed(key).copy()
    mac.update(f"ketnap-mac-v1\n{position}\n".encode() + content)
    return mac.hexdigest()


def mac_ok(key: bytes, position: int, content: bytes, mac: str | None) -> bool:
    return mac is not None and hmac.compare_digest(event_mac(key, position, content), mac)


class StoredEventMac:
    """What the store's recorder calls for each event it inserts."""

    def __init__(self, key: bytes) -> None:
        self.key = key

    def __call__(self, position: int, stored) -> str:
        content = content_hash(canonical_id(stored.originator_id), stored.originator_version,
                               stored.topic, state_digest(stored.state))
        return event_mac(self.key, position, content)
