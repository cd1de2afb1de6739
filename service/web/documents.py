"""A candidate's documents (Văn bản): each as DOCX or as a printable page, and the dossier's
cover list (danh mục hồ sơ) for a planned meeting date."""

from __future__ import annotations

from uuid import UUID

from flask import abort, current_app, render_template

from domain.errors import DomainError
from service import documents
from service.documents.checklist import checklist
from service.documents.render import page
from service.errorpages import page as error_page
from service.web import paperwork
from service.web.blueprint import bp
from service.web.candidates import readable
from service.web.exports import download


def written(candidate_id: UUID, code: str) -> bytes:
    kind = documents.BY_CODE.get(code) or abort(404)
    row = readable(candidate_id)                 # 404, or 403 outside the user's cells
    return documents.render(kind, paperwork.record(candidate_id, row.cell_code),
                            current_app.config.get("KETNAP_TEMPLATES_DIR"))


@bp.route("/quan-chung/<uuid:candidate_id>/van-ban/<code>.docx")
def document_docx(candidate_id: UUID, code: str):
    """One document as a Word file (A4), written from the record now."""
    try:
        return download(written(candidate_id, code), code, "docx")
    except DomainError as error:
        return error_page(422, error.message)


@bp.route("/quan-chung/<uuid:candidate_id>/van-ban/<code>")
def document_page(candidate_id: UUID, code: str):
    """The same document as a page to print: the DOCX read back, so both say the same."""
    try:
        body = written(candidate_id, code)
    except DomainError as error:
        return error_page(422, error.message)
    return render_template("candidates/document.html", page=page(body),
                           kind=documents.BY_CODE[code])


@bp.route("/quan-chung/<uuid:candidate_id>/danh-muc-ho-so")
def dossier_list(candidate_id: UUID):
    """The dossier's cover list for the planned meeting date (?ngay_hop=dd/mm/yyyy)."""
    row = readable(candidate_id)
    found = paperwork.record(candidate_id, row.cell_code)
    return render_template("candidates/dossier.html", record=found,
                           checklist=checklist(found.candidate, paperwork.meeting_day()))
