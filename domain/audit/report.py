"""The compliance report of a cell for a period: pure, over the cell's candidate streams.

Every event whose business date falls in the period is judged by the rule set in force on
that date: overrides of refused actions, rules broken without an override (steps out of
order, a certificate out of validity at the vote, ...), votes under 2/3 recorded as passed,
late entries and corrections; then the deadlines met late or still open at the period's end.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from domain import events as ev
from domain.audit.deadlines import deadlines
from domain.audit.findings import Finding, finding
from domain.calendar import WorkingCalendar
from domain.candidate.dossier import missing_steps
from domain.candidate.rejudge import rejudge
from domain.candidate.state import apply_corrections, project
from domain.candidate.voting import passes
from domain.cell import Cell, project_cell
from domain.clock import local_date
from domain.decisions import Guard
from domain.labels import fields_text
from domain.rules.catalogue import RENAMED, TWO_THIRDS

LATE_ENTRY_DAYS = 30


def compliance(streams: Iterable[list[tuple[int, ev.Event]]], start: date, end: date,
               calendar: WorkingCalendar, late_after_days: int = LATE_ENTRY_DAYS
               ) -> list[Finding]:
    streams = list(streams)
    cell = _cell(streams)
    found: list[Finding] = []
    for stream in streams:
        if stream and isinstance(stream[0][1], ev.CandidateNominated):
            found += candidate_findings(stream, start, end, calendar, late_after_days, cell)
    return sorted(found, key=lambda f: (f.position, f.kind, f.rule_id))


def _cell(streams: list[list[tuple[int, ev.Event]]]) -> Cell | None:
    """The cell's own stream among the cell's streams: its superior bodies by date, which
    judge who decided (None when the streams hold no cell: that one check is skipped)."""
    for stream in streams:
        if stream and isinstance(stream[0][1], ev.CellRegistered):
            return project_cell(None, [e for _, e in stream])
    return None


def candidate_findings(stream: list[tuple[int, ev.Event]], start: date, end: date,
                       calendar: WorkingCalendar, late_after_days: int,
                       cell: Cell | None = None) -> list[Finding]:
    originals = [e for _, e in stream]
    patched = apply_corrections(originals)
    name = patched[0].full_name
    found = []
    for index, ((position, original), event) in enumerate(zip(stream, patched, strict=True)):
        if start <= event.occurred_on <= end:
            before = project(None, patched[:index]) if index else None
            found += event_findings(position, original, event, before, name, late_after_days,
                                    cell)
    corrected = [(p, e) for (p, _), e in zip(stream, patched, strict=True)]
    for deadline in deadlines(corrected, calendar):
        where = deadline.breached(start, end)
        if where is not None:
            found.append(_breach(deadline, where, name))
    return found


def event_findings(position: int, original: ev.Event, event: ev.Event, before, name: str,
                   late_after_days: int, cell: Cell | None = None) -> list[Finding]:
    found = []
    recorded_on = local_date(original.timestamp)
    delay = (recorded_on - original.occurred_on).days
    if delay > late_after_days:
        found.append(finding("late_entry", "late_entry", position, original, name,
                             f"Ghi sổ ngày {recorded_on:%d/%m/%Y}, chậm {delay} ngày "
                             f"so với ngày sự việc {original.occurred_on:%d/%m/%Y}.",
                             delay_days=delay))
    if isinstance(event, ev.RecordCorrected):
        found.append(finding("correction", "record_correction", position, event, name,
                             f"Đính chính sự kiện số {event.corrects} của hồ sơ "
                             f"({fields_text(event.fields)}) theo {event.authority}.",
                             corrects=event.corrects, authority=event.authority))
    for rule_id in dict.fromkeys(event.overridden_rules):
        found.append(finding("override", rule_id, position, event, name,
                             f"Ghi nhận dù quy định từ chối; lý do: {event.override_reason}; "
                             f"thẩm quyền: {event.override_authority}; ghi bởi {event.actor}.",
                             reason=event.override_reason, authority=event.override_authority,
                             actor=event.actor))
    overridden = {RENAMED.get(r, r) for r in event.overridden_rules}
    violations, _ = rejudge(before, event, cell)
    for v in violations:
        if v.rule_id not in overridden:
            found.append(finding("violation", v.rule_id, position, event, name, v.message))
    return found + _vote_check(position, event, name) + \
        _missing_at_decision(position, event, before, name)


def _missing_at_decision(position: int, event: ev.Event, before, name: str) -> list[Finding]:
    """Every step of the dossier the admission decision went ahead without, one finding
    each, whether or not the decision was recorded as an override."""
    if not isinstance(event, ev.AdmissionDecided) or before is None:
        return []
    return [finding("missing_at_decision", rule_id, position, event, name,
                    f"Khi cấp ủy quyết định kết nạp, hồ sơ chưa có: {step}.", step=step)
            for rule_id, step in missing_steps(before)]


def _vote_check(position: int, event: ev.Event, name: str) -> list[Finding]:
    if not isinstance(event, ev.AdmissionVoted | ev.ConversionVoted) or not event.passed:
        return []
    if passes(event.official_members, event.votes_for, Guard(event.occurred_on)):
        return []
    return [finding("vote_two_thirds", "vote_two_thirds", position, event, name,
                    f"Ghi là thông qua với {event.votes_for}/{event.official_members} phiếu "
                    f"tán thành, dưới {TWO_THIRDS} tổng số đảng viên chính thức.",
                    votes_for=event.votes_for, official_members=event.official_members)]


def _breach(deadline, where: tuple[int, ev.Event], name: str) -> Finding:
    position, event = where
    late = deadline.met is not None and deadline.met[0] == position
    state = (f"thực hiện ngày {event.occurred_on:%d/%m/%Y}" if late
             else "chưa thực hiện đến hết kỳ báo cáo")
    message = (f"Quá hạn: {state}; hạn là {deadline.due_on:%d/%m/%Y} (tính từ "
               f"{deadline.starts_on:%d/%m/%Y}).")
    if deadline.consent is not None:
        consent = deadline.consent[1]
        return finding("deadline_consented", deadline.rule_id, position, event, name,
                       f"{message} Được {consent.consented_by} đồng ý theo văn bản "
                       f"{consent.document_no} ngày {consent.occurred_on:%d/%m/%Y}.",
                       on=deadline.starts_on, starts_on=deadline.starts_on,
                       due_on=deadline.due_on, met=late, consent=consent.document_no)
    return finding("deadline_breach", deadline.rule_id, position, event, name, message,
                   on=deadline.starts_on, starts_on=deadline.starts_on,
                   due_on=deadline.due_on, met=late)


__all__ = ["LATE_ENTRY_DAYS", "Finding", "compliance"]

