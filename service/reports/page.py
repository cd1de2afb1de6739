"""The A4 page of every DOCX Ketnap writes, with the margins of Hướng dẫn 36-HD/VPTW
(top and bottom 20 mm, left 30 mm, right 15 mm) and Times New Roman 13 pt."""

from __future__ import annotations

from docx import Document
from docx.shared import Mm, Pt


def a4_document():
    """A new document on A4 (python-docx's default template is US Letter)."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    doc.styles["Normal"].font.name, doc.styles["Normal"].font.size = "Times New Roman", Pt(13)
    return doc
