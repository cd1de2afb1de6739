"""A candidate's documents: the list (ready or what each still lacks) and each one as DOCX,
written from the record when asked for."""

from __future__ import annotations

from uuid import UUID

from flask import Response, current_app
from flask_smorest import abort

from service import documents
from service.api.blueprint import blp, services
from service.api.candidates import SECURED, readable
from service.schemas import views as v

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def record_of(candidate_id: UUID) -> documents.Record:
    row = readable(candidate_id)
    store = services().store
    return documents.Record(store.candidate(candidate_id), store.cell(row.cell_code),
                            current_app.config.get("KETNAP_REPORT_PLACE", ""),
                            store.roster(row.cell_code))


@blp.route("/candidates/<uuid:candidate_id>/documents", methods=["GET"])
@blp.response(200, v.DocumentViewSchema(many=True))
@blp.doc(security=SECURED)
def list_documents(candidate_id: UUID):
    """The documents of the steps this candidate has reached (văn bản)"""
    return [{"code": d.kind.code, "title": d.kind.title, "form": d.kind.form,
             "source": d.kind.source, "ready": d.ready, "missing": d.missing}
            for d in documents.listing(record_of(candidate_id))]


@blp.route("/candidates/<uuid:candidate_id>/documents/<code>.docx", methods=["GET"])
@blp.doc(security=SECURED, responses={"200": {"description": "DOCX (A4)",
                                              "content": {DOCX: {}}}})
def document_docx(candidate_id: UUID, code: str):
    """One document as DOCX; 422 naming the missing facts or the template's unknown field"""
    kind = documents.BY_CODE.get(code)
    if kind is None:
        abort(404, message="Không có văn bản này.")
    body = documents.render(kind, record_of(candidate_id),
                            current_app.config.get("KETNAP_TEMPLATES_DIR"))
    return Response(body, mimetype=DOCX, headers={
        "Content-Disposition": f'attachment; filename="{code}.docx"'})
