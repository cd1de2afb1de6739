"""The quarterly report a cell sends upward (báo cáo quý): official header, the plan's rows for
the quarter and for the year to date, and the signature block; as DOCX or printable HTML."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from docx.enum.text import WD_ALIGN_PARAGRAPH

from service.reports.header import Header, header
from service.reports.page import a4_document

COLUMNS = ["STT", "Nội dung", "Chỉ tiêu quý", "Thực hiện quý", "Chỉ tiêu năm",
           "Lũy kế năm"]


@dataclass(frozen=True)
class QuarterlyReport:
    header: Header
    number_line: str
    title: str
    subtitle: str
    basis: str
    rows: list[list]


def build(status, quarter: int, cell, on: date, place: str) -> QuarterlyReport:
    q = f"Q{quarter}"
    rows = [[i, a.label, _dash(getattr(a.target, q)), _dash(getattr(a.actual, q)),
             a.target.total, a.actual.total]
            for i, a in enumerate(status.activities.values(), start=1)]
    return QuarterlyReport(
        header(cell.superior_on(on), cell.name, on, place), "Số     -BC/CB", "BÁO CÁO",
        f"Kết quả thực hiện kế hoạch phát triển đảng viên quý {quarter} năm {status.year}",
        f"Thực hiện Kế hoạch số {status.number} ngày {status.issued_on:%d/%m/%Y} của "
        f"{cell.name}, chi bộ báo cáo kết quả như sau:", rows)


def _dash(value):
    return "–" if value is None else value


def to_docx(report: QuarterlyReport) -> bytes:
    doc = a4_document()
    _header_block(doc, report)
    _centered(doc, report.title, bold=True)
    _centered(doc, report.subtitle, bold=True)
    doc.add_paragraph(report.basis)
    _table(doc, report.rows)
    _signature(doc)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _header_block(doc, report: QuarterlyReport) -> None:
    h = report.header
    table = doc.add_table(rows=3, cols=2)
    cells = [(h.superior, h.party), (h.cell + "\n*", ""),
             (report.number_line, h.place_date)]
    for row, (left, right) in zip(table.rows, cells, strict=True):
        row.cells[0].text, row.cells[1].text = left, right
        for cell in row.cells:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    table.rows[0].cells[1].paragraphs[0].runs[0].bold = True
    table.rows[2].cells[1].paragraphs[0].runs[0].italic = True


def _centered(doc, text: str, bold: bool = False) -> None:
    paragraph = doc.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(text).bold = bold


def _table(doc, rows: list[list]) -> None:
    table = doc.add_table(rows=1, cols=len(COLUMNS))
    table.style = "Table Grid"
    for cell, title in zip(table.rows[0].cells, COLUMNS, strict=True):
        cell.text = title
    for values in rows:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = str(value)


def _signature(doc) -> None:
    for text in ("T/M CHI BỘ", "BÍ THƯ"):
        paragraph = doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.add_run(text).bold = True
