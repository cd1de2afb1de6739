#!/usr/bin/env python3
"""Kiểm tra hồ sơ xuất từ Ketnap (chạy độc lập: Python 3.11+ và thư viện `cryptography`).

    python3 verify_bundle.py [THƯ_MỤC_HỒ_SƠ]

Thoát với mã 0 nếu hồ sơ nguyên vẹn; mã 1 và nêu tệp, dòng, vị trí bị sửa nếu không.
Cách tính (giống hệt Ketnap, cây Merkle theo RFC 9162):
  nội_dung = SHA-256("ketnap-audit-v1\\n" id "\\n" phiên_bản "\\n" topic "\\n" SHA-256(state))
  lá       = SHA-256(0x00 || "ketnap-leaf-v1\\n<vị trí>\\n" || nội_dung)
  nút      = SHA-256(0x01 || trái || phải)
Mỗi sự kiện kèm bằng chứng thuộc cây (inclusion proof) dẫn tới gốc cây trong điểm kiểm tra
đã ký (checkpoint.json).
"""

from __future__ import annotations

import base64
import hashlib
import json
import sys
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization


def content_hash(originator_id: str, version: int, topic: str, state: bytes) -> bytes:
    head = f"ketnap-audit-v1\n{originator_id}\n{version}\n{topic}\n".encode()
    return hashlib.sha256(head + hashlib.sha256(state).digest()).digest()


def leaf_hash(position: int, content: bytes) -> bytes:
    data = f"ketnap-leaf-v1\n{position}\n".encode() + content
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def root_from_inclusion(index: int, size: int, leaf: bytes, path: list[bytes]) -> bytes | None:
    """RFC 9162 §2.1.3.2: the root an inclusion proof leads to (None if it cannot)."""
    if not 0 <= index < size:
        return None
    fn, sn, r = index, size - 1, leaf
    for p in path:
        if sn == 0:
            return None
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            r = node_hash(r, p)
        fn, sn = fn >> 1, sn >> 1
    return r if sn == 0 else None


def checkpoint_message(cp: dict) -> bytes:
    legacy = f"{cp.get('legacy_position') or 0} {cp.get('legacy_chain_hash') or '-'}"
    return (f"KETNAP-CHECKPOINT-V2\n{cp['origin']}\n{cp['tree_size']}\n{cp['root_hash']}\n"
            f"{cp['position']}\n{cp['created_at']}\n{legacy}\n").encode()


def signed(public, data: bytes, signature_b64: str) -> bool:
    try:
        public.verify(base64.b64decode(signature_b64), data)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(public) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()


def read_lines(path: Path, errors: list[str]):
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            yield number, json.loads(text)
        except ValueError:
            errors.append(f"{path.name} dòng {number}: không đọc được (bị sửa).")


def check_checkpoint(folder: Path, manifest: dict, errors: list[str]):
    """The signed tree head: its own key signed it, and the manifest names the same one."""
    cp = json.loads((folder / "checkpoint.json").read_text(encoding="utf-8"))
    public = serialization.load_pem_public_key(cp["public_key"].encode())
    if fingerprint(public) != cp["key_fingerprint"] or \
            not signed(public, checkpoint_message(cp), cp["signature"]):
        errors.append("checkpoint.json: chữ ký điểm kiểm tra không hợp lệ (giả mạo).")
    if (cp["tree_size"], cp["root_hash"]) != (manifest["tree_size"], manifest["root_hash"]):
        errors.append("checkpoint.json: khác điểm kiểm tra ghi trong bản kê đã ký.")
    print(f"Điểm kiểm tra: sổ {cp['origin']}, {cp['tree_size']} sự kiện, lập "
          f"{cp['created_at']}; gốc cây {cp['root_hash']}; dấu vân tay khóa công khai "
          f"{cp['key_fingerprint']} (đối chiếu với biên bản chi bộ).")
    return cp, public


def check_events(folder: Path, manifest: dict, cp: dict, errors: list[str]) -> None:
    wanted, seen = set(manifest["cell_positions"]), set()
    size, root = int(cp["tree_size"]), bytes.fromhex(cp["root_hash"])
    for number, line in read_lines(folder / "events.jsonl", errors):
        where = f"events.jsonl dòng {number} (vị trí {line.get('position')})"
        try:
            position = int(line["position"])
            state = base64.b64decode(line["state"])
            content = content_hash(line["originator_id"], int(line["originator_version"]),
                                   line["topic"], state)
            proof = [bytes.fromhex(h) for h in line["inclusion"]]
            reached = root_from_inclusion(int(line["leaf_index"]), size,
                                          leaf_hash(position, content), proof)
            data_ok = json.loads(state) == line["data"]
        except (KeyError, ValueError, TypeError):
            errors.append(f"{where}: thiếu hoặc hỏng trường (bị sửa).")
            continue
        if content.hex() != line["content_hash"] or reached != root:
            errors.append(f"{where}: sự kiện không thuộc cây Merkle của điểm kiểm tra đã "
                          "ký (bị sửa).")
        elif not data_ok:
            errors.append(f"{where}: phần 'data' khác nội dung gốc 'state' (bị sửa).")
        elif position not in wanted or position in seen:
            errors.append(f"{where}: sự kiện không có trong bản kê đã ký (bị chèn).")
        seen.add(position)
    for position in sorted(wanted - seen):
        errors.append(f"events.jsonl: thiếu sự kiện ở vị trí {position} (bị xóa).")


def check_files(folder: Path, manifest: dict, errors: list[str]) -> None:
    for name, digest in manifest["files"].items():
        if hashlib.sha256((folder / name).read_bytes()).hexdigest() != digest:
            errors.append(f"{name}: tệp khác bản đã ký trong manifest.json.")


def verify(folder: Path) -> list[str]:
    errors: list[str] = []
    data = (folder / "manifest.json").read_bytes()
    manifest = json.loads(data)
    cp, public = check_checkpoint(folder, manifest, errors)
    if fingerprint(public) != manifest["key_fingerprint"] or \
            not signed(public, data, (folder / "manifest.sig").read_text().strip()):
        return errors + ["manifest.json hoặc manifest.sig bị sửa, hoặc không do khóa này ký."]
    print(f"Chi bộ {manifest['cell']}, xuất lúc {manifest['exported_at']}.")
    check_events(folder, manifest, cp, errors)
    check_files(folder, manifest, errors)
    return errors


def main(argv: list[str]) -> int:
    folder = Path(argv[1] if len(argv) > 1 else Path(__file__).parent)
    try:
        errors = verify(folder)
    except (OSError, KeyError, ValueError) as error:
        errors = [f"Hồ sơ không đầy đủ hoặc hỏng: {error}"]
    for error in errors:
        print("LỖI: " + error)
    print("KẾT LUẬN: hồ sơ NGUYÊN VẸN." if not errors else
          f"KẾT LUẬN: hồ sơ ĐÃ BỊ THAY ĐỔI ({len(errors)} lỗi).")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
