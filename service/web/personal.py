"""Web pages of personal-data protection: the committee erases a person and prints
everything held on them; the inspector reads the access log (the admin does not)."""

from __future__ import annotations

import json
from uuid import UUID

from flask import Response, abort, flash, redirect, render_template, request, url_for

from domain.errors import DomainError
from service import accesslog as access
from service.accounts.policy import require
from service.personal.erasure import erase_person
from service.personal.subject import person_record
from service.web.blueprint import bp, services, user
from service.web.candidates import readable


@bp.route("/quan-chung/<uuid:candidate_id>/xoa-du-lieu", methods=["GET", "POST"])
def erase_page(candidate_id: UUID):
    """The committee erases a person's personal data, citing its document."""
    require(user().role == "committee")
    row = readable(candidate_id, what="erase")
    message = None
    if request.method == "POST":
        try:
            erase_person(services(), candidate_id, user().username,
                         request.form.get("authority", ""))
        except DomainError as error:
            message = error.message
        else:
            flash("Đã xóa dữ liệu cá nhân.")
            return redirect(url_for("web.candidate_page", candidate_id=candidate_id))
    return render_template("personal/erase.html", row=row, message=message), \
        422 if message else 200


@bp.route("/quan-chung/<uuid:candidate_id>/du-lieu-ca-nhan")
@bp.route("/quan-chung/<uuid:candidate_id>/du-lieu-ca-nhan.<any(json):ext>")
def subject_export(candidate_id: UUID, ext: str | None = None):
    """Everything held on one person, as a printable page or JSON (committee only)."""
    require(user().role == "committee")
    readable(candidate_id, what="export")
    record = person_record(services().store, candidate_id)
    if ext == "json":
        return Response(json.dumps(record, ensure_ascii=False, indent=2),
                        mimetype="application/json",
                        headers={"Content-Disposition":
                                 f"attachment; filename=du-lieu-{candidate_id}.json"})
    return render_template("personal/export.html", record=record)


@bp.route("/nhat-ky-truy-cap")
def access_log_page():
    """Who read whose file (inspector only)."""
    require(user().role == "inspector")
    person = request.args.get("person") or None
    username = request.args.get("user") or None
    try:
        person_id = UUID(person) if person else None
    except ValueError:
        abort(400)
    rows = access.entries(services().engine, person_id, username) \
        if person_id or username else []
    return render_template("personal/access_log.html", rows=rows, person=person or "",
                           username=username or "")
