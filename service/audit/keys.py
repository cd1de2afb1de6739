"""The checkpoint signing key: Ed25519, kept OUTSIDE the database in a 0600 file.

Whoever can rewrite the database can recompute a hash chain; only the key holder can sign a
checkpoint. Path: KETNAP_AUDIT_KEY_FILE (config or environment; KETNAP_AUDIT_KEY is its older
name), which belongs outside the instance folder and the database's backups; else
`audit_ed25519.pem` in the instance folder. Generated on first use, 0600 in a 0700 folder.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

KEY_FILE = "audit_ed25519.pem"


def key_path(instance_path: str, configured: str | None = None) -> Path:
    chosen = configured or os.environ.get("KETNAP_AUDIT_KEY")
    return Path(chosen) if chosen else Path(instance_path, KEY_FILE)


def load_or_create(path: Path) -> Ed25519PrivateKey:
    if not path.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(pem)
        return key
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{path}: không phải khóa Ed25519.")
    return key


def public_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.PEM,
                            serialization.PublicFormat.SubjectPublicKeyInfo)


def fingerprint(key: Ed25519PublicKey) -> str:
    """SHA-256 of the raw public key, hex: what the minutes record next to each checkpoint."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()


def grouped(hex_text: str, size: int = 4) -> str:
    """Readable aloud in a meeting: `3f2a 91c0 …`."""
    return " ".join(hex_text[i:i + size] for i in range(0, len(hex_text), size))
