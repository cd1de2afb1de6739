"""The exported bundle checks itself with a standalone script, and names what was altered."""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import sys

import pytest

from service.audit.export import export
from service.demo import CELL


def run(folder):
    result = subprocess.run([sys.executable, str(folder / "verify_bundle.py"), str(folder)],
                            capture_output=True, text=True, timeout=60)
    return result.returncode, result.stdout


@pytest.fixture
def bundle(demo, tmp_path):
    demo.checkpoint()
    folder = tmp_path / "bundle"
    manifest = export(demo, CELL, folder)
    assert 200 < len(manifest["cell_positions"]) <= demo.services.store.last_position()
    return folder


def altered(bundle, tmp_path, name):
    copy = tmp_path / name
    shutil.copytree(bundle, copy)
    return copy


def edit_line(path, number, change):
    lines = path.read_text(encoding="utf-8").splitlines()
    line = json.loads(lines[number - 1])
    change(line)
    lines[number - 1] = json.dumps(line, ensure_ascii=False)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_intact_bundle_passes(bundle):
    code, out = run(bundle)
    assert code == 0, out
    assert "NGUYÊN VẸN" in out and "dấu vân tay" in out
    assert (bundle / "README.md").read_text(encoding="utf-8").startswith("# Hồ sơ kiểm tra")
    # personal data (issue 18): the folder 0700, every file 0600, and the names encrypted
    assert bundle.stat().st_mode & 0o777 == 0o700
    assert {p.stat().st_mode & 0o777 for p in bundle.iterdir()} == {0o600}
    events = (bundle / "events.jsonl").read_text(encoding="utf-8")
    assert '"_p"' in events and "Nguyễn" not in events


def test_edited_data_is_named_by_line(bundle, tmp_path):
    copy = altered(bundle, tmp_path, "data")
    edit_line(copy / "events.jsonl", 5, lambda line: line["data"].update(actor="ai-do"))
    code, out = run(copy)
    assert code == 1 and "events.jsonl dòng 5" in out


def test_edited_state_is_named_by_line(bundle, tmp_path):
    copy = altered(bundle, tmp_path, "state")

    def change(line):
        state = base64.b64decode(line["state"]).replace(b'"actor":"', b'"actor":"x')
        line["state"] = base64.b64encode(state).decode()
        line["data"] = json.loads(state)
    edit_line(copy / "events.jsonl", 7, change)
    code, out = run(copy)
    assert code == 1 and "events.jsonl dòng 7" in out


def test_deleted_event_line_is_found(bundle, tmp_path):
    copy = altered(bundle, tmp_path, "deleted")
    lines = (copy / "events.jsonl").read_text(encoding="utf-8").splitlines()
    position = json.loads(lines[9])["position"]
    (copy / "events.jsonl").write_text("\n".join(lines[:9] + lines[10:]) + "\n",
                                       encoding="utf-8")
    code, out = run(copy)
    assert code == 1 and f"vị trí {position}" in out


def test_bundle_holds_only_the_cell_with_a_proof_each(bundle):
    """Its size grows with the cell: no chain of the whole log, one short proof per event."""
    names = {p.name for p in bundle.iterdir()}
    assert "chain.jsonl" not in names and "checkpoints.json" not in names
    lines = (bundle / "events.jsonl").read_text(encoding="utf-8").splitlines()
    manifest = json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))
    assert len(lines) == len(manifest["cell_positions"])
    assert all(0 < len(json.loads(line)["inclusion"]) <= manifest["tree_size"].bit_length()
               for line in lines)


def test_altered_proof_is_named_by_line(bundle, tmp_path):
    copy = altered(bundle, tmp_path, "proof")
    edit_line(copy / "events.jsonl", 3,
              lambda line: line.update(inclusion=["0" * 64] + line["inclusion"][1:]))
    code, out = run(copy)
    assert code == 1 and "events.jsonl dòng 3" in out and "cây Merkle" in out


def test_forged_checkpoint_and_manifest(bundle, tmp_path):
    copy = altered(bundle, tmp_path, "checkpoint")
    checkpoint = json.loads((copy / "checkpoint.json").read_text(encoding="utf-8"))
    checkpoint["root_hash"] = "0" * 64
    (copy / "checkpoint.json").write_text(json.dumps(checkpoint), encoding="utf-8")
    code, out = run(copy)
    assert code == 1 and "checkpoint.json: chữ ký điểm kiểm tra không hợp lệ" in out
    forged = altered(bundle, tmp_path, "manifest")
    manifest = json.loads((forged / "manifest.json").read_text(encoding="utf-8"))
    manifest["cell_positions"] = manifest["cell_positions"][:-1]
    (forged / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    code, out = run(forged)
    assert code == 1 and "manifest.json" in out
