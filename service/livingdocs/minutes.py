"""The review record of a period as minutes (biên bản) for the committee's own file: each
procedure reviewed, the version read, the verdicts and comments, and the answers given. The
same record prints as a page (service/web/templates/reviews/minutes.html) and as a DOCX (A4)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime

from docx.enum.text import WD_ALIGN_PARAGRAPH

from domain import review as rv
from domain.clock import local
from service.application.reviews import vietnam_date
from service.livingdocs.reviews import Procedure
from service.reports.header import PARTY
from service.reports.page import a4_document

TITLE = "BIÊN BẢN XEM XÉT CÁC QUY TRÌNH PHÁT TRIỂN ĐẢNG VIÊN"
REVIEW_COLUMNS = ("Số", "Thời gian", "Người xem xét", "Phiên bản đã đọc", "Kết luận", "Ý kiến")


@dataclass(frozen=True)
class Entry:
    procedure: str
    path: str
    reviews: list[rv.Review]
    answers: list[rv.Comment]        # comments answered in the period


@dataclass(frozen=True)
class Minutes:
    start: date
    end: date
    made_on: date
    entries: list[Entry]

    @property
    def period(self) -> str:
        return f"từ ngày {self.start:%d/%m/%Y} đến ngày {self.end:%d/%m/%Y}"

    @property
    def counts(self) -> dict[str, int]:
        found = dict.fromkeys(rv.VERDICTS.values(), 0)
        for entry in self.entries:
            for r in entry.reviews:
                found[rv.VERDICTS[r.verdict]] += 1
        return found


def entries(procedures: list[Procedure], start: date, end: date) -> list[Entry]:
    """Every review recorded and every answer given between two Vietnamese dates."""
    def inside(moment: datetime) -> bool:
        return start <= vietnam_date(moment) <= end

    found = []
    for p in procedures:
        reviews = [r for r in p.record.reviews if inside(r.at)]
        answers = [c for c in p.record.comments.values() if c.answer and inside(c.answer.at)]
        if reviews or answers:
            found.append(Entry(p.name, p.path, reviews, answers))
    return found


def moment(value: datetime) -> str:
    return local(value).strftime("%H:%M ngày %d/%m/%Y")


def comment_line(c: rv.Comment) -> str:
    where = f"Tình huống “{c.scenario}”" if c.scenario else "Cả quy trình"
    return f"[{c.key}] {where}: {c.text}"


def answer_line(c: rv.Comment) -> str:
    a = c.answer
    version = f" (phiên bản {a.in_version[:12]})" if a.in_version else ""
    return (f"[{c.key}] {rv.OUTCOMES[a.outcome]}{version}: {a.note} — {a.actor}, "
            f"{moment(a.at)}")


def to_docx(m: Minutes) -> bytes:
    doc = a4_document()
    _paragraph(doc, PARTY, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, TITLE, bold=True)
    _paragraph(doc, m.period[0].upper() + m.period[1:], italic=True)
    doc.add_paragraph("Các quy trình được xem xét theo đúng phiên bản đã đọc (mã băm SHA-256 "
                      "của văn bản quy trình); mỗi kết luận và mỗi ý kiến là một sự kiện trong "
                      "sổ sự kiện của Ketnap.")
    if not m.entries:
        doc.add_paragraph("Trong thời gian này không có kết luận xem xét hay trả lời ý kiến nào.")
    for number, entry in enumerate(m.entries, start=1):
        _entry(doc, number, entry)
    summary = "; ".join(f"{label}: {n}" for label, n in m.counts.items())
    doc.add_paragraph(f"Tổng hợp kết luận: {summary}.")
    _paragraph(doc, f"Lập ngày {m.made_on:%d/%m/%Y}", italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(doc, "NGƯỜI LẬP BIÊN BẢN", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _entry(doc, number: int, entry: Entry) -> None:
    doc.add_heading(f"{number}. {entry.procedure} ({entry.path})", level=2)
    if entry.reviews:
        table = doc.add_table(rows=1, cols=len(REVIEW_COLUMNS))
        table.style = "Table Grid"
        for cell, title in zip(table.rows[0].cells, REVIEW_COLUMNS, strict=True):
            cell.text = title
        for r in entry.reviews:
            values = (r.number, moment(r.at), r.actor, r.version[:12], rv.VERDICTS[r.verdict],
                      "\n".join(comment_line(c) for c in r.comments) or "—")
            for cell, value in zip(table.add_row().cells, values, strict=True):
                cell.text = str(value)
    if entry.answers:
        doc.add_paragraph("Trả lời ý kiến:")
        for c in entry.answers:
            doc.add_paragraph(f"{comment_line(c)} → {answer_line(c)}", style="List Bullet")


def _paragraph(doc, text: str, bold: bool = False, italic: bool = False,
               align=WD_ALIGN_PARAGRAPH.CENTER) -> None:
    paragraph = doc.add_paragraph()
    paragraph.alignment = align
    run = paragraph.add_run(text)
    run.bold, run.italic = bold, italic
