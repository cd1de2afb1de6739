"""Who may do what: secretaries act for their own cell, a committee user (cấp ủy cấp trên)
reads and decides for the cells under its body, inspectors read everything and change
nothing, the admin manages users and cells and reads no cell's work (no person's data: least
privilege; an admin is trusted with accounts, not with records). A refusal raises
`Forbidden`; the caller answers 403 and stores nothing.

Reach (issue 14): `User.reaches` alone decides which cells a user acts on. A committee user
belongs to a body and reaches exactly the cells whose superior body on the date of the act is
that body (`Cell.superior_on`, dated data): a write is judged on the command's own business
date, a read on today (Asia/Ho_Chi_Minh). So a cell whose superior changed on 01/07/2025 is
reached by the old body for acts dated before that day and by the new body from that day on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from domain.candidate.common import same_body

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
    """The user's role or cell does not allow this request. `code` is the API's stable code."""

    code = "forbidden"


class OutOfReach(Forbidden):
    """A committee user asked for a cell under another body (or under none it knows)."""

    code = "cell_out_of_reach"


class CellSuperiors(Protocol):
    """The log's answer to "which body is this cell's superior on that day" (None: no such
    cell), and today's date on the cells' clock."""

    def superior_on(self, cell_code: str, day: date) -> str | None: ...

    def today(self) -> date: ...


@dataclass(frozen=True)
class User:
    id: int
    username: str
    role: str
    cells: tuple[str, ...] = ()
    body: str = ""             # a committee user's body (cấp ủy), as the cells name it
    superiors: CellSuperiors | None = field(default=None, compare=False, repr=False)

    def reads_all(self) -> bool:
        return self.role == "inspector"

    def reaches(self, cell_code: str, on: date | None = None) -> bool:
        """The one rule of reach: a secretary's own cell; for a committee user, a cell whose
        superior body on `on` (the act's date; today for a read) is the user's body. A
        committee user without a body (an account from before issue 14) reaches nothing."""
        if self.role != DECISIONS:
            return cell_code in self.cells
        if not self.body.strip() or self.superiors is None:
            return False
        superior = self.superiors.superior_on(cell_code, on or self.superiors.today())
        return superior is not None and same_body(superior, self.body)

    def may_read(self, cell_code: str, on: date | None = None) -> bool:
        return self.reads_all() or self.reaches(cell_code, on)

    def may_record(self, kind: str, cell_code: str, on: date | None = None) -> bool:
        """kind is "secretary" (the cell's own steps) or "committee" (decisions)."""
        return self.role == kind and self.reaches(cell_code, on)

    def manages_accounts(self) -> bool:
        return self.role == "admin"

    def may_register_cells(self) -> bool:
        return self.role in ("committee", "admin")

    def home_cell(self) -> str:
        """The one cell a secretary is confined to ("" for everyone else)."""
        return self.cells[0] if self.role == ACTIONS and self.cells else ""

    def readable_cells(self, known: Iterable[str]) -> tuple[str, ...] | None:
        """The cells a list may show, of `known`: None for every cell (the inspector)."""
        if self.reads_all():
            return None
        return tuple(code for code in known if self.reaches(code))

    def read_scope(self, asked: str | None, known: Iterable[str]) -> str | tuple[str, ...] | None:
        """What a list shows: the cell asked for, if the user reads it (else Forbidden), or
        every cell the user reads (None: all of them)."""
        if asked:
            require_reach(self, asked)
            return asked
        return self.readable_cells(known)


def require(allowed: bool) -> None:
    if not allowed:
        raise Forbidden("Bạn không có quyền thực hiện việc này.")


def require_reach(user: User, cell_code: str, on: date | None = None,
                  allowed: bool | None = None) -> None:
    """Forbidden unless the user reads the cell (or `allowed`, when the caller judged a write
    with `may_record`); a committee user is told which body the cell is under instead."""
    if (user.may_read(cell_code, on) if allowed is None else allowed):
        return
    if user.role == DECISIONS:
        raise OutOfReach(_out_of_reach(user, cell_code, on))
    raise Forbidden("Bạn chỉ xem được chi bộ của mình." if allowed is None
                    else "Bạn không có quyền thực hiện việc này.")


def _out_of_reach(user: User, cell_code: str, on: date | None) -> str:
    if not user.body.strip():
        return ("Tài khoản cấp ủy chưa gắn với cấp ủy nào: quản trị cần đặt cấp ủy "
                "(ketnap user role TÊN --role committee --body \"…\").")
    day = on or (user.superiors.today() if user.superiors else None)
    when = f" ngày {day:%d/%m/%Y}" if day else ""
    return f"Chi bộ {cell_code} không trực thuộc {user.body}{when}: ngoài phạm vi của bạn."


def check_roles(role: str, cells: list[str], body: str = "") -> None:
    """Refuse a user definition that could not work (a secretary without a cell, a committee
    user without a body)."""
    if role not in ROLES:
        raise ValueError(f"Vai trò phải là một trong: {', '.join(ROLES)}.")
    if role == "secretary" and len(cells) != 1:
        raise ValueError("Bí thư chi bộ cần đúng một chi bộ (--cell).")
    if role == DECISIONS and not body.strip():
        raise ValueError("Cấp ủy cấp trên cần tên cấp ủy (--body), ví dụ \"Đảng ủy phường "
                         "Việt Yên\": tài khoản xem và ghi các chi bộ trực thuộc cấp ủy đó.")
    if role == DECISIONS and cells:
        raise ValueError("Cấp ủy cấp trên không gắn với danh sách chi bộ: dùng --body.")
