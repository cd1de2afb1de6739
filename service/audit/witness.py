"""Witnesses outside the database: a file (KETNAP_AUDIT_WITNESS, on another disk or host)
and a URL (another Ketnap, usually the superior body's: POST /api/v1/audit/witness).

The file holds one checkpoint per line, with the public key that signed it (witness_line).
The URL keeps each origin's checkpoints and takes a new one only with a consistency proof
from the last one it holds (the protocol of C2SP tlog-witness, in JSON): it answers 409
with the size it holds when the proof is missing or wrong, 422 when the signature is not
one it can trust.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from service.audit.checkpoints import Checkpoint

TIMEOUT_SECONDS = 10


def append_file(path: Path, line: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as out:
        out.write(line + "\n")


def read_file(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _request(url: str, token: str, body: dict | None = None) -> tuple[int, dict]:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method="GET" if body is None else "POST",
                                     headers={"Authorization": f"Bearer {token}",
                                              "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as answer:  # noqa: S310
            return answer.status, json.loads(answer.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def held(url: str, token: str, origin: str, latest: bool = False) -> list[dict]:
    """The checkpoints the witness at `url` keeps for `origin`, oldest first (or the last)."""
    query = urllib.parse.urlencode({"origin": origin} | ({"latest": 1} if latest else {}))
    status, body = _request(f"{url}?{query}", token)
    if status != 200:
        raise OSError(f"witness {url}: HTTP {status} {body.get('message', '')}")
    return body.get("checkpoints", [])


def push(url: str, token: str, line: str, proof_from) -> tuple[int, dict]:
    """Send one checkpoint with a consistency proof from the size the witness holds;
    `proof_from(size)` gives that proof (hex strings)."""
    checkpoint = json.loads(line)
    kept = held(url, token, checkpoint["origin"], latest=True)
    old_size = kept[-1]["tree_size"] if kept else 0
    body = {"checkpoint": checkpoint, "old_size": old_size,
            "consistency": proof_from(old_size)}
    return _request(url, token, body)


def witnessed(source: str, token: str | None, origin: str) -> list[Checkpoint]:
    """The checkpoints kept by a witness file or URL, as checkpoints to verify against."""
    if source.startswith(("http://", "https://")):
        lines = held(source, token or "", origin)
    else:
        lines = [line for line in read_file(Path(source)) if line.get("origin") == origin]
    return [Checkpoint.from_dict(line) for line in lines]
