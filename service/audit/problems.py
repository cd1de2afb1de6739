"""What verify reports: one Problem per event found touched, named and explained in Vietnamese."""

from __future__ import annotations

from dataclasses import dataclass

from service.audit.hashing import event_type

MESSAGES = {
    "changed": "Sự kiện tại vị trí {p} ({what}) đã bị sửa trực tiếp trong cơ sở dữ liệu.",
    "deleted": "Sự kiện tại vị trí {p} ({what}) đã bị xóa trực tiếp khỏi cơ sở dữ liệu.",
    "inserted": "Sự kiện tại vị trí {p} ({what}) bị chèn trực tiếp vào cơ sở dữ liệu "
                "(không có trong chuỗi băm).",
    "unsealed": "Sự kiện tại vị trí {p} ({what}) chưa được niêm phong trong chuỗi băm: "
                "có thể bị chèn trực tiếp vào cuối sổ.",
    "forged": "Sự kiện tại vị trí {p} ({what}) không có mã xác thực (MAC) hợp lệ do ứng dụng "
              "ghi cùng sự kiện: bị chèn hoặc sửa trực tiếp trong cơ sở dữ liệu, không được "
              "niêm phong.",
    "reordered": "Sự kiện tại vị trí {p} ({what}) đã bị đổi chỗ: {detail}.",
    "chain_altered": "Mắt xích {p} của chuỗi băm ({what}) đã bị sửa trong bảng audit_chain.",
}


@dataclass(frozen=True)
class Problem:
    kind: str
    position: int
    message: str
    originator_id: str | None = None
    originator_version: int | None = None
    event_type: str | None = None
    detail: str | None = None


def label(row) -> str:
    return f"{event_type(row.topic)}, luồng {row.originator_id} phiên bản {row.originator_version}"


def describe(kind: str, row, sealed=None, detail: str | None = None) -> Problem:
    """`row` is a raw row or a chain entry; `sealed` the chain entry a changed row replaced."""
    named = sealed if sealed is not None else row
    text = MESSAGES[kind].format(p=row.position, what=label(named), detail=detail or "")
    return Problem(kind, row.position, text, named.originator_id,
                   int(named.originator_version), event_type(named.topic), detail)
