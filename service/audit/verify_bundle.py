#!/usr/bin/env python3
"""Kiểm tra hồ sơ xuất từ Ketnap (chạy độc lập: Python 3.11+ và thư viện `cryptography`).

    python3 verify_bundle.py [THƯ_MỤC_HỒ_SƠ]

Thoát với mã 0 nếu hồ sơ nguyên vẹn; mã 1 và nêu tệp, dòng, vị trí bị sửa nếu không.
Cách tính chuỗi băm (giống hệt Ketnap):
  content_n = SHA-256("ketnap-audit-v1\\n" id "\\n" phiên_bản "\\n" topic "\\n" SHA-256(state))
  h_n = SHA-256(h_{n-1} || "<vị trí>\\n" || content_n),  h_0 = 32 byte 0
"""

from __future__ import annotations

import base64
import hashlib
import json
import sys
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization

GENESIS = bytes(32)


def content_hash(originator_id: str, version: int, topic: str, state: bytes) -> bytes:
    head = f"ketnap-audit-v1\n{originator_id}\n{version}\n{topic}\n".encode()
    return hashlib.sha256(head + hashlib.sha256(state).digest()).digest()


def link(previous: bytes, position: int, content: bytes) -> bytes:
    return hashlib.sha256(previous + f"{position}\n".encode() + content).digest()


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


def check_chain(folder: Path, manifest: dict, errors: list[str]) -> dict[int, tuple[str, str]]:
    """Recompute every link; returns position → (content hash, chain hash)."""
    links, previous, last = {}, GENESIS, 0
    for number, line in read_lines(folder / "chain.jsonl", errors):
        position = int(line["position"])
        expected = link(previous, position, bytes.fromhex(line["content_hash"])).hex()
        if position <= last or expected != line["chain_hash"]:
            errors.append(f"chain.jsonl dòng {number} (vị trí {position}): mắt xích chuỗi "
                          "băm không khớp (bị sửa, xóa, chèn hoặc đổi chỗ).")
            return links
        links[position] = (line["content_hash"], line["chain_hash"])
        previous, last = bytes.fromhex(line["chain_hash"]), position
    tail = manifest["chain_tail"]
    if last != tail["position"] or previous.hex() != tail["chain_hash"]:
        errors.append(f"chain.jsonl: chuỗi kết thúc ở vị trí {last}, khác bản kê đã ký "
                      f"(vị trí {tail['position']}): bị cắt bớt hoặc thêm.")
    return links


def check_events(folder: Path, manifest: dict, links: dict, errors: list[str]) -> None:
    wanted, seen = set(manifest["cell_positions"]), set()
    for number, line in read_lines(folder / "events.jsonl", errors):
        where = f"events.jsonl dòng {number} (vị trí {line.get('position')})"
        try:
            state = base64.b64decode(line["state"])
            content = content_hash(line["originator_id"], int(line["originator_version"]),
                                   line["topic"], state).hex()
            data_ok = json.loads(state) == line["data"]
        except (KeyError, ValueError, TypeError):
            errors.append(f"{where}: thiếu hoặc hỏng trường (bị sửa).")
            continue
        position = line["position"]
        if content != line["content_hash"] or links.get(position, ("",))[0] != content:
            errors.append(f"{where}: nội dung sự kiện không khớp chuỗi băm (bị sửa).")
        elif not data_ok:
            errors.append(f"{where}: phần 'data' khác nội dung gốc 'state' (bị sửa).")
        elif position not in wanted or position in seen:
            errors.append(f"{where}: sự kiện không có trong bản kê đã ký (bị chèn).")
        seen.add(position)
    for position in sorted(wanted - seen):
        errors.append(f"events.jsonl: thiếu sự kiện ở vị trí {position} (bị xóa).")


def check_checkpoints(folder: Path, public, links: dict, errors: list[str]) -> None:
    path = folder / "checkpoints.json"
    for number, cp in enumerate(json.loads(path.read_text(encoding="utf-8")), start=1):
        message = (f"KETNAP-CHECKPOINT-V1\n{cp['position']}\n{cp['chain_hash']}\n"
                   f"{cp['created_at']}\n").encode()
        if cp["key_fingerprint"] != fingerprint(public) or \
                not signed(public, message, cp["signature"]):
            errors.append(f"checkpoints.json mục {number}: chữ ký không hợp lệ (giả mạo).")
        elif links.get(cp["position"], ("", ""))[1] != cp["chain_hash"]:
            errors.append(f"checkpoints.json mục {number}: chuỗi băm ở vị trí "
                          f"{cp['position']} không khớp điểm kiểm tra đã ký.")


def check_files(folder: Path, manifest: dict, errors: list[str]) -> None:
    for name, digest in manifest["files"].items():
        if hashlib.sha256((folder / name).read_bytes()).hexdigest() != digest:
            errors.append(f"{name}: tệp khác bản đã ký trong manifest.json.")


def verify(folder: Path) -> list[str]:
    errors: list[str] = []
    public = serialization.load_pem_public_key((folder / "public_key.pem").read_bytes())
    data = (folder / "manifest.json").read_bytes()
    if not signed(public, data, (folder / "manifest.sig").read_text().strip()):
        return ["manifest.json hoặc manifest.sig bị sửa, hoặc không do khóa này ký."]
    manifest = json.loads(data)
    print(f"Chi bộ {manifest['cell']}, xuất lúc {manifest['exported_at']}; dấu vân tay khóa "
          f"công khai: {fingerprint(public)} (đối chiếu với biên bản chi bộ).")
    links = check_chain(folder, manifest, errors)
    check_events(folder, manifest, links, errors)
    check_checkpoints(folder, public, links, errors)
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
