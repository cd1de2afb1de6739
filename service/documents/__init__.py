"""The paperwork written from the record: the cell's resolutions and minutes, the superior's
decisions and notices (DOCX from editable templates, and a printable page read back from the
DOCX), and each candidate's dossier checklist. Nothing here is stored: every document is
written again from the event log when asked for (docs/documents.md)."""

from __future__ import annotations

from dataclasses import dataclass

from service.documents.catalog import BY_CODE, KINDS, DocumentKind
from service.documents.facts import LABELS, Record, gather, shared_facts
from service.documents.render import MissingFacts, UnknownTemplateField, missing, render

__all__ = ["BY_CODE", "KINDS", "Listed", "MissingFacts", "Record", "UnknownTemplateField",
           "listing", "render"]


@dataclass(frozen=True)
class Listed:
    kind: DocumentKind
    missing: list[str]            # Vietnamese names of the facts still lacking

    @property
    def ready(self) -> bool:
        return not self.missing


def listing(record: Record) -> list[Listed]:
    """The documents of the steps the record has reached (the fact that dates each one
    exists), each ready or with what it still lacks."""
    found, common = [], shared_facts(record)
    for kind in KINDS:
        facts = gather(kind, record, common)
        if facts.get(kind.dated_by) is None:
            continue
        found.append(Listed(kind, [LABELS[f] for f in missing(kind, facts, set())]))
    return found
