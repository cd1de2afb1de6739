"""Write a document from its template (docxtpl: Jinja inside a .docx, which Word users can
edit) and read it back as blocks for the printable page, so page and DOCX never differ.

A template is looked up first in KETNAP_TEMPLATES_DIR (a cell's or a superior body's own
version, same file name) and then among the shipped ones. Before writing, the template's
fields are checked: one the record does not know is refused with its name, and one the
record knows but lacks for this person is refused as a missing fact. Nothing is stored:
a document is written again from the record each time it is asked for.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxtpl import DocxTemplate

from domain.errors import DomainError
from service.documents.catalog import DocumentKind
from service.documents.facts import LABELS, Record, gather

SHIPPED = Path(__file__).resolve().parent / "templates"


class UnknownTemplateField(DomainError):
    code = "template_field_unknown"

    def __init__(self, kind: DocumentKind, fields: list[str], path: Path) -> None:
        super().__init__(f"Mẫu văn bản «{kind.title}» ({path.name}) dùng trường không có "
                         f"trong hồ sơ: {', '.join(fields)}.")
        self.fields = fields


class MissingFacts(DomainError):
    code = "document_facts_missing"

    def __init__(self, kind: DocumentKind, fields: list[str]) -> None:
        labels = ", ".join(LABELS[f] for f in fields)
        super().__init__(f"Chưa lập được «{kind.title}»: hồ sơ còn thiếu {labels}.")
        self.fields = fields


def template_path(kind: DocumentKind, folder: str | None = None) -> Path:
    """The cell's own template if its folder holds one, else the shipped one."""
    folder = folder if folder is not None else os.environ.get("KETNAP_TEMPLATES_DIR", "")
    own = Path(folder) / f"{kind.code}.docx" if folder else None
    return own if own is not None and own.is_file() else SHIPPED / f"{kind.code}.docx"


def fields_of(path: Path) -> set[str]:
    return set(DocxTemplate(path).get_undeclared_template_variables())


def check_template(kind: DocumentKind, path: Path) -> set[str]:
    """The template's fields, once every one is known to the record."""
    used = fields_of(path)
    unknown = sorted(used - LABELS.keys())
    if unknown:
        raise UnknownTemplateField(kind, unknown, path)
    return used


def missing(kind: DocumentKind, facts: dict, used: set[str]) -> list[str]:
    """The facts lacking, each named once by its cause: the place and date line is missing
    when the place (the cell's setting) or the document's date is, and they are named."""
    wanted = [*kind.needs, "place", *sorted(used - set(kind.needs) - {"place_date"})]
    return list(dict.fromkeys(f for f in wanted if facts.get(f) is None))


def render(kind: DocumentKind, record: Record, folder: str | None = None) -> bytes:
    path = template_path(kind, folder)
    used = check_template(kind, path)
    facts = gather(kind, record)
    lacking = missing(kind, facts, used)
    if lacking:
        raise MissingFacts(kind, lacking)
    template = DocxTemplate(path)
    template.render(facts, autoescape=True)
    out = io.BytesIO()
    template.save(out)
    return out.getvalue()


@dataclass(frozen=True)
class Block:
    text: str
    align: str = "left"       # left | center | right | justify
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Page:
    header: list[list[list[Block]]]    # the header table: rows → cells → paragraphs
    body: list[Block]


_ALIGN = {WD_ALIGN_PARAGRAPH.CENTER: "center", WD_ALIGN_PARAGRAPH.RIGHT: "right",
          WD_ALIGN_PARAGRAPH.JUSTIFY: "justify"}


def _block(paragraph) -> Block:
    runs = [r for r in paragraph.runs if r.text]
    return Block(paragraph.text, _ALIGN.get(paragraph.alignment, "left"),
                 bool(runs) and all(r.bold for r in runs),
                 bool(runs) and all(r.italic for r in runs))


def page(docx: bytes) -> Page:
    """The written DOCX as blocks for the printable page (the same text, read back)."""
    doc = Document(io.BytesIO(docx))
    header = [[[_block(p) for p in cell.paragraphs] for cell in row.cells]
              for table in doc.tables[:1] for row in table.rows]
    return Page(header, [_block(p) for p in doc.paragraphs])


def text_of(docx: bytes) -> str:
    """Every line of a DOCX, header table first: what "identical" compares."""
    p = page(docx)
    lines = [b.text for row in p.header for cell in row for b in cell]
    return "\n".join([*lines, *(b.text for b in p.body)])
