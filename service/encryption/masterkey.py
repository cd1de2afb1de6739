"""The master key that wraps every person's data key (envelope encryption).

It lives in a file of its own, `KETNAP_MASTER_KEY_FILE`, outside the instance folder and the
database's backups: a backup of the database alone holds only wrapped keys. The file holds
one or more lines `id:key` (URL-safe base64, 256 bits); the first is the current key, the
others are still read while a rotation is under way.
"""

from __future__ import annotations

import base64
import os
import secrets
from pathlib import Path

ENV = "KETNAP_MASTER_KEY_FILE"
DEFAULT = Path("~/.config/ketnap/master.key")    # outside instance/ and the backups


class MasterKeyError(RuntimeError):
    pass


def master_key_path(configured: str | None = None) -> Path:
    return Path(configured or os.environ.get(ENV) or DEFAULT).expanduser()


def check_private(path: Path) -> None:
    """Refuse a key file others may read: whoever reads it reads every person's data."""
    mode = path.stat().st_mode
    if mode & 0o077:
        raise MasterKeyError(f"{path}: khóa chủ đọc được bởi người khác (quyền "
                             f"{mode & 0o777:o}); hãy đặt quyền 600.")


def load(path: Path, create: bool = True) -> dict[str, bytes]:
    """Every key of the file by id, the current one first; created 0600 when absent."""
    if not path.exists():
        if not create:
            raise MasterKeyError(f"{path}: không có khóa chủ.")
        write(path, [new_key()])
    check_private(path)
    keys: dict[str, bytes] = {}
    for line in path.read_text().split():
        key_id, _, value = line.partition(":")
        keys[key_id] = base64.urlsafe_b64decode(value)
    if not keys:
        raise MasterKeyError(f"{path}: tệp khóa chủ rỗng.")
    return keys


def new_key() -> tuple[str, bytes]:
    return secrets.token_hex(4), secrets.token_bytes(32)


def write(path: Path, keys: list[tuple[str, bytes]]) -> None:
    """Write the file atomically, 0600 in a 0700 folder, never readable by others even
    briefly; two processes creating it at once keep the first one's key."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write("".join(f"{i}:{base64.urlsafe_b64encode(k).decode()}\n" for i, k in keys))
        out.flush()
        os.fsync(out.fileno())
    if path.exists():
        os.replace(temp, path)          # a rotation: the new file replaces the old at once
        return
    try:
        os.link(temp, path)             # a creation: fails if another process was first
    except FileExistsError:
        pass
    finally:
        temp.unlink()
