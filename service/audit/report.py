"""The compliance report as the committee reads it: JSON and a printable Vietnamese page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.audit import KINDS, LATE_ENTRY_DAYS, Finding, compliance

__all__ = ["LATE_ENTRY_DAYS", "Report", "build", "finding_dict", "text_lines"]
from domain.dates import format_vi
from domain.labels import rule_title
from domain.rules import rule_set_on
from service.audit.cellstreams import cell_streams


@dataclass(frozen=True)
class Report:
    cell_code: str
    start: date
    end: date
    late_after_days: int
    findings: list[Finding]

    def as_dict(self) -> dict:
        return {"cell": self.cell_code, "from": self.start.isoformat(),
                "to": self.end.isoformat(), "late_after_days": self.late_after_days,
                "rule_sets": rule_sets_between(self.start, self.end),
                "count": len(self.findings),
                "findings": [finding_dict(f) for f in self.findings]}


def build(tools, cell_code: str, start: date, end: date,
          late_after_days: int = LATE_ENTRY_DAYS) -> Report:
    streams = cell_streams(tools, cell_code)
    findings = compliance(streams, start, end, tools.services.calendar(), late_after_days)
    return Report(cell_code, start, end, late_after_days, findings)


def finding_dict(f: Finding) -> dict:
    return {"kind": f.kind, "kind_label": f.kind_label, "rule_id": f.rule_id,
            "article": f.article, "rule_set": f.rule_set,
            "candidate_id": str(f.candidate_id), "candidate_name": f.candidate_name,
            "position": f.position, "event_type": f.event_type,
            "occurred_on": f.occurred_on.isoformat(), "recorded_on": f.recorded_on.isoformat(),
            "message": f.message, "details": f.details}


def rule_sets_between(start: date, end: date) -> list[str]:
    from domain.rules.catalogue import RULE_SETS
    first = rule_set_on(start)
    return [s.title for s in RULE_SETS
            if s.effective_from <= end and (s is first or s.effective_from > start)]


def text_lines(report: Report) -> list[str]:
    """`ketnap audit report` without --json."""
    head = (f"BÁO CÁO KIỂM TRA chi bộ {report.cell_code}, từ {format_vi(report.start)} đến "
            f"{format_vi(report.end)}: {len(report.findings)} phát hiện.")
    lines = [head]
    for f in report.findings:
        lines.append(f"[{f.position}] {format_vi(f.occurred_on)} (ghi {format_vi(f.recorded_on)}) "
                     f"{f.candidate_name} — {KINDS[f.kind]} — {rule_title(f.rule_id, f.occurred_on)} "
                     f"({f.article}): "
                     f"{f.message}")
    return lines
