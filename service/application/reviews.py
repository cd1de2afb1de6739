"""The committee's review of the procedures: record a review, answer a comment, read the
record. Each procedure (feature file) is one stream; its state is read from the stream."""

from __future__ import annotations

from datetime import date, datetime

from domain import review as rv
from domain.clock import local_date
from service.application.results import Recorded


def vietnam_date(moment: datetime) -> date:
    return local_date(moment)


class ReviewUseCases:
    def review_procedure(self, current: rv.ProcedureText, version: str, verdict: str,
                         comments: list[dict], actor: str) -> Recorded:
        stamp = self.stamp(actor)
        record = self.review_record(current.path)
        event = rv.review(record, current, version, verdict, comments, stamp,
                          vietnam_date(stamp.at))
        return Recorded(event.originator_id, event.originator_version, self.record(event))

    def answer_review_comment(self, path: str, comment: str, outcome: str, note: str,
                              in_version: str | None, actor: str) -> Recorded:
        stamp = self.stamp(actor)
        event = rv.answer(self.review_record(path), comment, outcome, note, in_version, stamp,
                          vietnam_date(stamp.at))
        return Recorded(event.originator_id, event.originator_version, self.record(event))

    def review_record(self, path: str) -> rv.ReviewRecord:
        return rv.project(self.stream(rv.procedure_id(path)), path)

    def review_records(self, paths: list[str]) -> dict[str, rv.ReviewRecord]:
        """Every procedure's record, read in one query (a stream per procedure)."""
        ids = {rv.procedure_id(p): p for p in paths}
        events: dict[str, list] = {p: [] for p in paths}
        for _, e in self.stream_events(ids):
            events[ids[e.originator_id]].append(e)
        return {p: rv.project(found, p) for p, found in events.items()}
