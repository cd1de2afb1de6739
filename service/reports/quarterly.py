"""The quarterly report a cell sends upward (báo cáo quý): official header, the plan's rows for
the quarter and for the year to date, and the signature block; as DOCX or printable HTML.

Its place name comes from the cell's settings (`ketnap cell settings CODE --place`, else the
deployment's KETNAP_REPORT_PLACE) and its number is typed when it is written: the next number
in the cell's register of documents, which Ketnap does not keep (Hướng dẫn 36-HD/VPTW,
II.1.3.1: each kind of document is numbered from 01 within a committee's term). A report
lacking either is refused naming it, never printed with blanks (36-HD/VPTW: the number and
symbol, the place and date are required parts of a party document)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from docx.enum.text import WD_ALIGN_PARAGRAPH

from service.reports.header import Header, header
from service.reports.page import a4_document

COLUMNS = ["STT", "Nội dung", "Chỉ tiêu quý", "Thực hiện quý", "Chỉ tiêu năm",
           "Lũy kế năm"]


SYMBOL = "BC/CB"        # báo cáo of a chi bộ (Hướng dẫn 36-HD/VPTW, ký hiệu văn bản)
MISSING = {
    "number": "Chưa có số báo cáo: nhập số thứ tự của báo cáo trong sổ văn bản của chi bộ "
              "(báo cáo đánh số liên tục từ 01 trong một nhiệm kỳ).",
    "place": "Chi bộ chưa cài địa danh ghi trước ngày tháng: quản trị ghi bằng lệnh "
             "“ketnap cell settings {code} --place …”.",
}
BAD_NUMBER = "Số báo cáo chỉ gồm chữ số (ví dụ 05), không quá 4 chữ số."


class ReportIncomplete(ValueError):
    """The report cannot be written: `problems` maps the field (number, place) to why."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("; ".join(problems.values()))
        self.problems = problems


def number_line(typed: str | None) -> str:
    """"Số 05-BC/CB" from the typed number (numbered from 01: a leading zero under 10)."""
    text = (typed or "").strip()
    if not text:
        raise ReportIncomplete({"number": MISSING["number"]})
    if not (text.isdigit() and len(text) <= 4 and int(text) > 0):
        raise ReportIncomplete({"number": BAD_NUMBER})
    return f"Số {int(text):02d}-{SYMBOL}"


@dataclass(frozen=True)
class QuarterlyReport:
    header: Header
    number_line: str
    title: str
    subtitle: str
    basis: str
    rows: list[list]
    recipients: tuple[str, ...] = ()


def check(cell, number: str | None, fallback_place: str) -> tuple[str, str]:
    """The number line and the place, or ReportIncomplete naming every one missing."""
    problems, line = {}, ""
    try:
        line = number_line(number)
    except ReportIncomplete as missing:
        problems.update(missing.problems)
    place = cell.place or fallback_place.strip()
    if not place:
        problems["place"] = MISSING["place"].format(code=cell.code)
    if problems:
        raise ReportIncomplete(problems)
    return line, place


def build(status, quarter: int, cell, on: date, place: str,
          number: str | None) -> QuarterlyReport:
    """`place`: the deployment's fallback when the cell has set none; `number`: as typed."""
    line, place = check(cell, number, place)
    q = f"Q{quarter}"
    rows = [[i, a.label, _dash(getattr(a.target, q)), _dash(getattr(a.actual, q)),
             a.target.total, a.actual.total]
            for i, a in enumerate(status.activities.values(), start=1)]
    return QuarterlyReport(
        header(cell.superior_on(on), cell.document_name, on, place), line, "BÁO CÁO",
        f"Kết quả thực hiện kế hoạch phát triển đảng viên quý {quarter} năm {status.year}",
        f"Thực hiện Kế hoạch số {status.number} ngày {status.issued_on:%d/%m/%Y} của "
        f"{cell.name}, chi bộ báo cáo kết quả như sau:", rows,
        (f"{cell.superior_on(on)} (để báo cáo);", "Lưu chi bộ."))


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
    _recipients(doc, report.recipients)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _header_block(doc, report: QuarterlyReport) -> None:
    """36-HD/VPTW: the superior organisation, the issuing cell (bold), "*" and the number on
    the left; the party's name (bold, underlined) and the place and date (italic) on the
    right."""
    h = report.header
    table = doc.add_table(rows=3, cols=2)
    cells = [(h.superior, h.party), (h.cell, ""), (report.number_line, h.place_date)]
    for row, (left, right) in zip(table.rows, cells, strict=True):
        row.cells[0].text, row.cells[1].text = left, right
        for cell in row.cells:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    star = table.rows[1].cells[0].add_paragraph("*")
    star.alignment = WD_ALIGN_PARAGRAPH.CENTER
    party = table.rows[0].cells[1].paragraphs[0].runs[0]
    party.bold = party.underline = True
    table.rows[1].cells[0].paragraphs[0].runs[0].bold = True
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
    doc.add_paragraph()
    for text in ("T/M CHI BỘ", "BÍ THƯ"):
        paragraph = doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.add_run(text).bold = True


def _recipients(doc, recipients: tuple[str, ...]) -> None:
    run = doc.add_paragraph().add_run("Nơi nhận:")
    run.bold = run.italic = True
    for recipient in recipients:
        doc.add_paragraph(f"- {recipient}")
