"""The audit's keys, all kept OUTSIDE the database (0600 files), generated on first use.

- the checkpoint signing key (Ed25519): KETNAP_AUDIT_KEY_FILE (or the older KETNAP_AUDIT_KEY),
  config or environment, else `audit_ed25519.pem` in the instance folder;
- the keyring beside it (`<key file>.keyring.json`): the log's origin and every public key
  that ever signed, each new one endorsed by the one before, so that old checkpoints still
  verify after `ketnap audit rotate-key`;
- the event MAC key (HMAC-SHA-256): KETNAP_AUDIT_MAC_KEY_FILE, else `audit_mac.key` beside
  the signing key. Every process that records events or seals must have the same one.

Whoever can rewrite the database can recompute hashes; only the key holders can MAC an event
or sign a checkpoint.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import secrets
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

KEY_FILE = "audit_ed25519.pem"
MAC_KEY_FILE = "audit_mac.key"
SIGNING_KEY_SETTINGS = ("KETNAP_AUDIT_KEY_FILE", "KETNAP_AUDIT_KEY")
MAC_KEY_SETTING = "KETNAP_AUDIT_MAC_KEY_FILE"


def key_path(instance_path: str, configured: str | None = None) -> Path:
    chosen = configured or next((os.environ[n] for n in SIGNING_KEY_SETTINGS
                                 if os.environ.get(n)), None)
    return Path(chosen) if chosen else Path(instance_path, KEY_FILE)


def mac_key_path(signing_key: Path, configured: str | None = None) -> Path:
    chosen = configured or os.environ.get(MAC_KEY_SETTING)
    return Path(chosen) if chosen else signing_key.with_name(MAC_KEY_FILE)


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)


def load_mac_key(path: Path) -> bytes:
    if not path.exists():
        # another process may create it first: then read theirs
        with contextlib.suppress(FileExistsError):
            _write_private(path, secrets.token_hex(32).encode() + b"\n")
    return bytes.fromhex(path.read_text().strip())


def _pem(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def load_or_create(path: Path) -> Ed25519PrivateKey:
    if not path.exists():
        key = Ed25519PrivateKey.generate()
        try:
            _write_private(path, _pem(key))
        except FileExistsError:
            return load_or_create(path)
        _remember(path, key.public_key(), endorsement=None)
        return key
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{path}: không phải khóa Ed25519.")
    if fingerprint(key.public_key()) not in _keyring(path)["keys"]:
        _remember(path, key.public_key(), endorsement=None)   # a key from before keyrings
    return key


def public_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.PEM,
                            serialization.PublicFormat.SubjectPublicKeyInfo)


def public_from_pem(pem: str | bytes) -> Ed25519PublicKey:
    key = serialization.load_pem_public_key(pem.encode() if isinstance(pem, str) else pem)
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("không phải khóa công khai Ed25519")
    return key


def fingerprint(key: Ed25519PublicKey) -> str:
    """SHA-256 of the raw public key, hex: what the minutes record next to each checkpoint."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()


def grouped(hex_text: str, size: int = 4) -> str:
    """Readable aloud in a meeting: `3f2a 91c0 …`."""
    return " ".join(hex_text[i:i + size] for i in range(0, len(hex_text), size))


# --- the keyring: origin and every public key that signed -----------------------------------

def keyring_path(key_file: Path) -> Path:
    return key_file.with_name(key_file.name + ".keyring.json")


def _keyring(key_file: Path) -> dict:
    path = keyring_path(key_file)
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    return {"origin": None, "keys": {}}


def _save_keyring(key_file: Path, ring: dict) -> None:
    path = keyring_path(key_file)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(ring, indent=2) + "\n", encoding="utf-8")
    temporary.replace(path)


def _remember(key_file: Path, public: Ed25519PublicKey, endorsement: str | None) -> None:
    ring = _keyring(key_file)
    fp = fingerprint(public)
    ring["origin"] = ring["origin"] or f"ketnap/{fp[:16]}"
    ring["keys"][fp] = {"public_key": public_pem(public).decode(), "endorsement": endorsement,
                        "added_at": datetime.now(UTC).isoformat(timespec="seconds")}
    _save_keyring(key_file, ring)


def origin(key_file: Path) -> str:
    """The log's name in every checkpoint: KETNAP_AUDIT_ORIGIN, else fixed by the first key."""
    configured = os.environ.get("KETNAP_AUDIT_ORIGIN")
    if configured:
        return configured
    load_or_create(key_file)
    return _keyring(key_file)["origin"]


def known_keys(key_file: Path) -> dict[str, Ed25519PublicKey]:
    """Every public key that signed this log's checkpoints, by fingerprint."""
    load_or_create(key_file)
    return {fp: public_from_pem(entry["public_key"])
            for fp, entry in _keyring(key_file)["keys"].items()}


def endorsements(key_file: Path) -> dict[str, str | None]:
    return {fp: entry.get("endorsement") for fp, entry in _keyring(key_file)["keys"].items()}


def rotation_message(log_origin: str, new_fingerprint: str) -> bytes:
    return f"KETNAP-KEY-ROTATION-V1\n{log_origin}\n{new_fingerprint}\n".encode()


def rotate(key_file: Path) -> tuple[str, str]:
    """A new signing key, endorsed by the current one; the old public key stays in the
    keyring (its private key is destroyed). Returns (old, new) fingerprints."""
    old = load_or_create(key_file)
    log_origin = origin(key_file)
    new = Ed25519PrivateKey.generate()
    new_fp = fingerprint(new.public_key())
    endorsement = base64.b64encode(old.sign(rotation_message(log_origin, new_fp))).decode()
    temporary = key_file.with_name(key_file.name + ".new")
    temporary.unlink(missing_ok=True)
    _write_private(temporary, _pem(new))
    _remember(key_file, new.public_key(), endorsement)
    temporary.replace(key_file)
    return fingerprint(old.public_key()), new_fp
