"""Downloads: the register and the plan status as XLSX/CSV, the quarterly report as DOCX or
as a printable page."""

from __future__ import annotations

import re
from uuid import UUID

from flask import Response, abort, current_app, render_template, request, url_for

from service.reports import quarterly
from service.reports.files import to_csv, to_xlsx
from service.reports.tables import register_table, status_table
from service.web.blueprint import bp, services, today
from service.web.candidates import register_rows, scope
from service.web.plans import readable_status
from service.web.text import STAGES

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TYPES = {"xlsx": XLSX, "csv": "text/csv; charset=utf-8", "docx": DOCX}


def download(body: bytes, name: str, ext: str) -> Response:
    return Response(body, mimetype=TYPES[ext].split(";")[0], headers={
        "Content-Disposition": f'attachment; filename="{name}.{ext}"',
        "Content-Type": TYPES[ext]})


def table_file(title: str, table, name: str, ext: str) -> Response:
    headers, rows = table
    if ext == "xlsx":
        return download(to_xlsx(title, headers, rows), name, ext)
    return download(to_csv(headers, rows), name, ext)


@bp.route("/xuat/danh-sach.<any(xlsx, csv):ext>")
def export_register(ext: str):
    """The register, with the list's filters, as XLSX or CSV."""
    table = register_table(register_rows(request.args, "export"), STAGES)
    asked = scope(request.args.get("cell"))
    cell = asked if isinstance(asked, str) else "-".join(asked or ()) or "tat-ca"
    return table_file("Danh sách", table, f"danh-sach-{slug(cell)}-{today():%Y%m%d}", ext)


@bp.route("/ke-hoach/<uuid:plan_id>/trang-thai.<any(xlsx, csv):ext>")
def export_status(plan_id: UUID, ext: str):
    """The plan's status (target and actual per activity and quarter) as XLSX or CSV."""
    status = readable_status(plan_id)
    return table_file("Tiến độ", status_table(status),
                      f"tien-do-{slug(status.cell_code)}-{status.year}", ext)


def report_for(plan_id: UUID, quarter: int, number: str | None) -> quarterly.QuarterlyReport:
    """The report with the number typed (?so=05) and the cell's place; ReportIncomplete
    names what is missing."""
    if quarter not in (1, 2, 3, 4):
        abort(404)
    status = readable_status(plan_id)
    cell = services().store.cell(status.cell_code)
    return quarterly.build(status, quarter, cell, today(),
                           current_app.config.get("KETNAP_REPORT_PLACE", ""), number)


def ask_for_number(plan_id: UUID, quarter: int, missing: quarterly.ReportIncomplete | None,
                   typed: str | None, first_visit: bool):
    """The form that takes the report's number; on a first visit a missing number is no
    error yet, anything else missing is (422)."""
    status = readable_status(plan_id)
    cell = services().store.cell(status.cell_code)
    problems = dict(missing.problems) if missing else {}
    if first_visit:
        problems.pop("number", None)
    return render_template("plans/report_number.html", status=status, quarter=quarter,
                           errors=problems, typed=typed or "",
                           place=cell.place or current_app.config.get("KETNAP_REPORT_PLACE", ""),
                           symbol=quarterly.SYMBOL), 422 if problems else 200


@bp.route("/ke-hoach/<uuid:plan_id>/bao-cao-quy-<int:quarter>")
def quarterly_page(plan_id: UUID, quarter: int):
    """The quarterly report as a page to print, once its number is typed (?so=)."""
    typed = request.args.get("so")
    try:
        report = report_for(plan_id, quarter, typed)
    except quarterly.ReportIncomplete as missing:
        return ask_for_number(plan_id, quarter, missing, typed, typed is None)
    return render_template("plans/report.html", report=report, columns=quarterly.COLUMNS,
                           docx=url_for("web.quarterly_docx", plan_id=plan_id,
                                        quarter=quarter, so=typed))


@bp.route("/ke-hoach/<uuid:plan_id>/bao-cao-quy-<int:quarter>.docx")
def quarterly_docx(plan_id: UUID, quarter: int):
    """The quarterly report as a Word document; without its number or place, refused (422)
    on the form that asks for them."""
    typed = request.args.get("so")
    try:
        report = report_for(plan_id, quarter, typed)
    except quarterly.ReportIncomplete as missing:
        return ask_for_number(plan_id, quarter, missing, typed, first_visit=False)
    status = readable_status(plan_id)
    return download(quarterly.to_docx(report),
                    f"bao-cao-{slug(status.cell_code)}-{status.year}-quy-{quarter}", "docx")


def slug(code: str) -> str:
    """A cell code as part of a file name (ASCII letters, digits and dashes)."""
    return re.sub(r"[^a-z0-9]+", "-", code.lower()).strip("-") or "chi-bo"
