"""Chi bộ: a party cell and its directly superior body, which is data that changes over time
(district committees were abolished on 01/07/2025: Hướng dẫn 31-HD/BTCTW)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from uuid import NAMESPACE_URL, UUID, uuid5

from domain import events as ev
from domain.decisions import Guard, Stamp, check_not_future, check_text, make_event
from domain.errors import InvalidField


def cell_id(code: str) -> UUID:
    return uuid5(NAMESPACE_URL, f"ketnap:/cells/{code}")


@dataclass
class Cell:
    id: UUID
    version: int
    code: str
    name: str
    superiors: list[tuple[date, str]] = field(default_factory=list)
    place: str = ""              # the place name before the date on its documents
    full_name: str = ""          # its full name on documents, when longer than `name`

    @property
    def document_name(self) -> str:
        return self.full_name or self.name

    def superior_on(self, day: date) -> str:
        """The superior body in office on a date (the first known one for earlier dates)."""
        current = self.superiors[0][1]
        for since, body in self.superiors:
            if since <= day:
                current = body
        return current

    @property
    def superior_body(self) -> str:
        return self.superiors[-1][1]


def register_cell(code: str, name: str, superior_body: str, registered_on: date,
                  stamp: Stamp) -> ev.CellRegistered:
    check_text("code", code, "Mã chi bộ")
    if not code.replace("-", "").replace("_", "").isalnum():
        raise InvalidField("code", "Mã chi bộ chỉ gồm chữ, số, '-' và '_'.")
    check_text("name", name, "Tên chi bộ")
    check_text("superior_body", superior_body, "Cấp ủy cấp trên trực tiếp")
    check_not_future("registered_on", registered_on, stamp)
    return make_event(ev.CellRegistered, cell_id(code), 1, stamp, registered_on,
                      Guard(registered_on), code=code, name=name.strip(),
                      superior_body=superior_body.strip())


def change_superior(cell: Cell, superior_body: str, since: date, stamp: Stamp,
                    document_no: str | None = None) -> ev.SuperiorBodyChanged:
    check_text("superior_body", superior_body, "Cấp ủy cấp trên trực tiếp")
    return make_event(ev.SuperiorBodyChanged, cell.id, cell.version + 1, stamp, since,
                      Guard(since), document_no, superior_body=superior_body.strip())


def change_settings(cell: Cell, place: str, full_name: str, since: date,
                    stamp: Stamp) -> ev.CellSettingsChanged:
    """The place name and full name the cell's documents show (Hướng dẫn 36-HD/VPTW: the
    place and date line, the issuing body)."""
    check_text("place", place, "Địa danh")
    check_not_future("since", since, stamp)
    return make_event(ev.CellSettingsChanged, cell.id, cell.version + 1, stamp, since,
                      Guard(since), place=" ".join(place.split()),
                      full_name=" ".join(full_name.split()))


def project_cell(state: Cell | None, events) -> Cell | None:
    for e in events:
        if isinstance(e, ev.CellRegistered):
            state = Cell(e.originator_id, e.originator_version, e.code, e.name,
                         [(e.occurred_on, e.superior_body)])
        elif isinstance(e, ev.SuperiorBodyChanged) and state is not None:
            state.version = e.originator_version
            state.superiors = sorted([*state.superiors, (e.occurred_on, e.superior_body)])
        elif isinstance(e, ev.CellSettingsChanged) and state is not None:
            state.version = e.originator_version
            state.place, state.full_name = e.place, e.full_name
    return state
