"""Who may do what: secretaries act for their own cell, the committee decides for the cells
under it and reads everything, inspectors read everything and change nothing, the admin
manages users and cells and reads no cell's work (no person's data: least privilege; an
admin is trusted with accounts, not with records). A refusal raises `Forbidden`; the caller
answers 403 and stores nothing."""

from __future__ import annotations

from dataclasses import dataclass

ROLES = {
    "secretary": "Bí thư chi bộ",
    "committee": "Cấp ủy cấp trên",
    "inspector": "Ủy ban kiểm tra",
    "admin": "Quản trị",
    "maintainer": "Người soạn quy trình",   # answers the committee's comments on the features
}
DECISIONS = "committee"   # the role that records admission/conversion decisions and strike-offs
ACTIONS = "secretary"     # the role that records the cell's own steps


class Forbidden(Exception):
    """The user's role or cell does not allow this request."""


@dataclass(frozen=True)
class User:
    id: int
    username: str
    role: str
    cells: tuple[str, ...] = ()

    def reads_all(self) -> bool:
        return self.role in ("committee", "inspector")

    def may_read(self, cell_code: str) -> bool:
        return self.reads_all() or cell_code in self.cells

    def may_record(self, kind: str, cell_code: str) -> bool:
        """kind is "secretary" (the cell's own steps) or "committee" (decisions)."""
        if self.role != kind:
            return False
        return self.role == "committee" and not self.cells or cell_code in self.cells

    def manages_accounts(self) -> bool:
        return self.role == "admin"

    def may_register_cells(self) -> bool:
        return self.role in ("committee", "admin")

    def read_scope(self) -> str | None:
        """The one cell a secretary is confined to; None when the user reads all cells; ""
        (no cell at all) for the admin."""
        return None if self.reads_all() else (self.cells[0] if self.cells else "")


def require(allowed: bool) -> None:
    if not allowed:
        raise Forbidden("Bạn không có quyền thực hiện việc này.")


def check_roles(role: str, cells: list[str]) -> None:
    """Refuse a user definition that could not work (a secretary without a cell)."""
    if role not in ROLES:
        raise ValueError(f"Vai trò phải là một trong: {', '.join(ROLES)}.")
    if role == "secretary" and len(cells) != 1:
        raise ValueError("Bí thư chi bộ cần đúng một chi bộ (--cell).")
