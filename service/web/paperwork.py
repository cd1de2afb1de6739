"""The documents and the dossier checklist of one candidate, as the pages need them (kept
apart from the routes so the candidate's page can show them without importing the routes)."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from flask import current_app, request

from service import documents
from service.documents.checklist import checklist
from service.typed_dates import parse_day
from service.web.blueprint import services, today


def record(candidate_id: UUID, cell_code: str) -> documents.Record:
    """The facts' sources; the caller has checked the user may read this cell."""
    store = services().store
    return documents.Record(store.candidate(candidate_id), store.cell(cell_code),
                            current_app.config.get("KETNAP_REPORT_PLACE", ""),
                            store.roster(cell_code))


def meeting_day() -> date:
    """The planned meeting date the validity is judged on (?ngay_hop=dd/mm/yyyy, or any form
    the date fields take), else today."""
    return parse_day(request.args.get("ngay_hop")) or today()


def section(candidate_id: UUID, cell_code: str) -> dict:
    """What the candidate's page shows under Văn bản."""
    found = record(candidate_id, cell_code)
    return {"documents": documents.listing(found),
            "dossier": checklist(found.candidate, meeting_day())}
