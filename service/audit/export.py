"""`ketnap audit export --cell CODE --out DIR`: a bundle an inspector can check offline.

events.jsonl    the cell's events (raw state in base64, decoded data, position, hashes)
chain.jsonl     every link of the chain up to the export: position, content hash, chain hash
                (other cells' events appear only as their content hash)
checkpoints.json, public_key.pem, manifest.json + manifest.sig (signed with the audit key)
verify_bundle.py, README.md (Vietnamese)
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
from pathlib import Path

from sqlalchemy import select

from service.audit.cellstreams import cell_stream_ids
from service.audit.keys import fingerprint, load_or_create, public_pem
from service.audit.rawstore import RawRow, rows_of_streams
from service.audit.tables import audit_chain
from service.audit.tools import AuditRefused

HERE = Path(__file__).parent


def export(tools, cell_code: str, out: Path) -> dict:
    verdict = tools.verify()
    if not verdict.ok:
        raise AuditRefused("Không xuất hồ sơ: " + verdict.message)
    ids = [str(i) for i in cell_stream_ids(tools, cell_code)]
    if not ids:
        raise AuditRefused(f"Không có sự kiện nào của chi bộ {cell_code}.")
    out.mkdir(mode=0o700, parents=True, exist_ok=True)
    out.chmod(0o700)      # first: no one else reaches a file of the bundle, even while written
    with tools.engine.connect() as conn:
        tail = _write_chain(conn, out / "chain.jsonl")
        rows = rows_of_streams(conn, tools.table, ids, tail["position"])
    _write_lines(out / "events.jsonl", [_event_line(r) for r in rows])
    _write_json(out / "checkpoints.json", [c.as_dict() for c in tools.checkpoints()
                                           if c.position <= tail["position"]])
    key = load_or_create(tools.key_file)
    (out / "public_key.pem").write_bytes(public_pem(key.public_key()))
    manifest = _manifest(out, cell_code, tools.now().isoformat(timespec="seconds"), tail,
                         [r.position for r in rows], fingerprint(key.public_key()))
    data = _write_json(out / "manifest.json", manifest)
    (out / "manifest.sig").write_text(base64.b64encode(key.sign(data)).decode() + "\n")
    shutil.copy(HERE / "verify_bundle.py", out / "verify_bundle.py")
    shutil.copy(HERE / "templates" / "audit" / "bundle_readme.md", out / "README.md")
    for path in out.iterdir():          # an export is personal data: its owner's only
        path.chmod(0o600)
    return manifest


def _write_chain(conn, path: Path) -> dict:
    tail = {"position": 0, "chain_hash": "0" * 64}
    query = select(audit_chain.c.position, audit_chain.c.content_hash,
                   audit_chain.c.chain_hash).order_by(audit_chain.c.position)
    with path.open("w", encoding="utf-8") as out:
        for row in conn.execute(query, execution_options={"yield_per": 5000}):
            tail = {"position": row.position, "chain_hash": row.chain_hash}
            out.write(json.dumps({"position": row.position, "content_hash": row.content_hash,
                                  "chain_hash": row.chain_hash}) + "\n")
    return tail


def _event_line(row: RawRow) -> dict:
    return {"position": row.position, "originator_id": row.originator_id,
            "originator_version": row.originator_version, "topic": row.topic,
            "content_hash": row.content.hex(),
            "state": base64.b64encode(row.state).decode(),
            "data": json.loads(row.state)}


def _manifest(out: Path, cell: str, at: str, tail: dict, positions: list[int],
              key_fingerprint: str) -> dict:
    files = ("events.jsonl", "chain.jsonl", "checkpoints.json")
    return {"format": "ketnap-audit-bundle-1", "cell": cell, "exported_at": at,
            "chain_tail": tail, "cell_positions": positions,
            "files": {name: _sha256(out / name) for name in files},
            "key_fingerprint": key_fingerprint}


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
