"""`ketnap audit export --cell CODE --out DIR`: a bundle an inspector can check offline.

It holds only the cell's events, each with its inclusion proof against the latest signed
checkpoint (signed just before), so its size grows with the cell, not with the whole log:

events.jsonl      the cell's events (raw state in base64, decoded data, position, content
                  hash, leaf index, inclusion proof)
checkpoint.json   the signed tree head the proofs lead to, with its public key
public_keys.json  every public key the log was ever signed with (fingerprint → PEM)
manifest.json + manifest.sig (signed), verify_bundle.py, README.md (Vietnamese)
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
from pathlib import Path

from service.audit import keys
from service.audit.cellstreams import cell_stream_ids
from service.audit.proofs import inclusion, leaf_indexes
from service.audit.rawstore import RawRow, rows_of_streams
from service.audit.tools import AuditRefused

HERE = Path(__file__).parent
FILES = ("events.jsonl", "checkpoint.json", "public_keys.json")


def export(tools, cell_code: str, out: Path) -> dict:
    ids = [str(i) for i in cell_stream_ids(tools, cell_code)]
    if not ids:
        raise AuditRefused(f"Không có sự kiện nào của chi bộ {cell_code}.")
    checkpoint, _ = tools.checkpoint()          # refuses a log that fails verification
    out.mkdir(mode=0o700, parents=True, exist_ok=True)
    out.chmod(0o700)      # first: no one else reaches a file of the bundle, even while written
    with tools.engine.connect() as conn:
        rows = rows_of_streams(conn, tools.table, ids, checkpoint.position)
        index = leaf_indexes(conn, [r.position for r in rows])
        lines = [_event_line(r, index[r.position],
                             inclusion(conn, index[r.position], checkpoint.tree_size))
                 for r in rows]
    _write_lines(out / "events.jsonl", lines)
    (out / "checkpoint.json").write_text(tools.witness_line(checkpoint) + "\n",
                                         encoding="utf-8")
    _write_json(out / "public_keys.json", {fp: keys.public_pem(k).decode() for fp, k in
                                           keys.known_keys(tools.key_file).items()})
    key = keys.load_or_create(tools.key_file)
    manifest = {"format": "ketnap-audit-bundle-2", "cell": cell_code,
                "exported_at": tools.now().isoformat(timespec="seconds"),
                "tree_size": checkpoint.tree_size, "root_hash": checkpoint.root_hash,
                "cell_positions": [r.position for r in rows],
                "files": {name: _sha256(out / name) for name in FILES},
                "key_fingerprint": keys.fingerprint(key.public_key())}
    data = _write_json(out / "manifest.json", manifest)
    (out / "manifest.sig").write_text(base64.b64encode(key.sign(data)).decode() + "\n")
    shutil.copy(HERE / "verify_bundle.py", out / "verify_bundle.py")
    shutil.copy(HERE / "templates" / "audit" / "bundle_readme.md", out / "README.md")
    for path in out.iterdir():          # an export is personal data: its owner's only
        path.chmod(0o600)
    return manifest


def _event_line(row: RawRow, leaf_index: int, proof: list[bytes]) -> dict:
    return {"position": row.position, "originator_id": row.originator_id,
            "originator_version": row.originator_version, "topic": row.topic,
            "content_hash": row.content.hex(), "leaf_index": leaf_index,
            "inclusion": [h.hex() for h in proof],
            "state": base64.b64encode(row.state).decode(),
            "data": json.loads(row.state)}


def _write_lines(path: Path, lines: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for line in lines:
            out.write(json.dumps(line, ensure_ascii=False) + "\n")


def _write_json(path: Path, value) -> bytes:
    data = (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode()
    path.write_bytes(data)
    return data


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
