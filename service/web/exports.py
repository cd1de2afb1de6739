"""Downloads: the register and the plan status as XLSX/CSV, the quarterly report as DOCX or
as a printable page."""

from __future__ import annotations

import re
from uuid import UUID

from flask import Response, abort, current_app, render_template, request

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


def report_for(plan_id: UUID, quarter: int) -> quarterly.QuarterlyReport:
    if quarter not in (1, 2, 3, 4):
        abort(404)
    status = readable_status(plan_id)
    cell = services().store.cell(status.cell_code)
    return quarterly.build(status, quarter, cell, today(),
                           current_app.config.get("KETNAP_REPORT_PLACE", ""))


@bp.route("/ke-hoach/<uuid:plan_id>/bao-cao-quy-<int:quarter>")
def quarterly_page(plan_id: UUID, quarter: int):
    """The quarterly report as a page to print."""
    return render_template("plans/report.html", report=report_for(plan_id, quarter),
                           columns=quarterly.COLUMNS)


@bp.route("/ke-hoach/<uuid:plan_id>/bao-cao-quy-<int:quarter>.docx")
def quarterly_docx(plan_id: UUID, quarter: int):
    """The quarterly report as a Word document."""
    report = report_for(plan_id, quarter)
    status = readable_status(plan_id)
    return download(quarterly.to_docx(report),
                    f"bao-cao-{slug(status.cell_code)}-{status.year}-quy-{quarter}", "docx")


def slug(code: str) -> str:
    """A cell code as part of a file name (ASCII letters, digits and dashes)."""
    return re.sub(r"[^a-z0-9]+", "-", code.lower()).strip("-") or "chi-bo"
