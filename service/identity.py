"""The duplicate warning (issue 15): a person with the same citizen ID, or the same name and
birth date, already in a cell the user can see is named, and recording needs the user's
explicit confirmation. Nothing is stored until then."""

from __future__ import annotations

from datetime import date

from domain.candidate.state import Stage, stage_words
from domain.errors import InvalidField
from projections import queries
from service.accounts.policy import User


class PossibleDuplicate(InvalidField):
    """The same person may already be on record: confirm to record anyway."""


def check_duplicates(services, user: User, citizen_id: str | None, full_name: str,
                     birth_date: date, confirmed: bool) -> None:
    if confirmed:
        return
    found = [d for d in queries.possible_duplicates(services.engine, (citizen_id or "").strip()
                                                    or None, full_name, birth_date)
             if user.may_read(d.cell_code)]
    if found:
        named = "; ".join(
            f"{d.full_name} (sinh {d.birth_date:%d/%m/%Y}, chi bộ {d.cell_code}, "
            f"{stage_words(Stage(d.stage))}"
            f"{', cùng số định danh' if d.same_citizen_id else ''})" for d in found)
        raise PossibleDuplicate("confirm_duplicate",
                                f"Có thể trùng người đã có: {named}. Kiểm tra lại; nếu đúng "
                                "là người khác (hoặc ghi lại có chủ ý), đánh dấu xác nhận rồi "
                                "ghi.")
