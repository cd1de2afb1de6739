"""A faulty history: one of every fault the compliance report must find, each seeded at a
known log position. Faults go in the way they happen: an override through the use cases, a
late entry, a correction, late steps, and records written around the rules (a legacy import)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from bench.meetings import meeting_of
from domain.candidate import Person
from domain.candidate.dossier import allowed_routes
from domain.decisions import Guard
from domain.rules import rule_set_on

CELL = "THPT-LOI"
D = date


def person(name: str, born: date, category: str = "HS") -> Person:
    return Person(name, born, "female", "Kinh", category, True, "upper_secondary",
                  "12A1" if category == "HS" else None)


class Faulty:
    def __init__(self, services) -> None:
        self.services, self.store = services, services.store
        self.expected: list[tuple[str, str, int]] = []

    def at(self, day: date, late_days: int = 0) -> None:
        moment = datetime.combine(day + timedelta(days=late_days), time(3), tzinfo=UTC)
        self.store.clock = lambda: moment

    def run(self, day: date, use_case: str, *args, late_days: int = 0, **kw) -> int:
        self.at(day, late_days)
        return self.services.command(getattr(self.store, use_case), *args, **kw).log_position

    def forge(self, day: date, cid, cls, document_no=None, **fields) -> int:
        """Written straight to the store, around the rules (as an old import would)."""
        self.at(day)
        version = self.store.candidate(cid).version + 1
        event = cls(originator_id=cid, originator_version=version, timestamp=self.store.clock(),
                    actor="nhap.lieu", occurred_on=day, rule_set=rule_set_on(day).id,
                    document_no=document_no, **fields)
        return self.store.record(event)

    def expect(self, kind: str, rule_id: str, position: int) -> None:
        self.expected.append((kind, rule_id, position))

    # --- steps ---------------------------------------------------------------------------

    def nominate(self, p: Person, on: date, late_days: int = 0):
        self.at(on, late_days)
        recorded = self.services.command(self.services.store.nominate,
                                         CELL, p, nominated_on=on, actor="bithu")
        return recorded.id, recorded.log_position

    def dossier(self, cid, start: date, certificate: bool = True) -> None:
        s = lambda n: start + timedelta(days=n)  # noqa: E731
        self.run(s(0), "register_for_awareness_class", cid, "bithu", registered_on=s(0))
        if not certificate:
            return
        self.run(s(20), "complete_awareness_class", cid, "bithu", completed_on=s(20),
                 certificate_no="01/CN", issued_by="Trung tâm Chính trị")
        self.run(s(25), "submit_application", cid, "bithu", submitted_on=s(25))
        self.run(s(40), "record_verification", cid, "bithu", concluded_on=s(40), result="passed")
        routes = allowed_routes(self.store.candidate(cid), s(42), Guard(s(42)))   # Điều lệ 4.1
        self.run(s(42), "record_introduction", cid, "bithu", introduced_on=s(42),
                 kind=routes[0] if routes else "two_members",
                 introducers=["BCH Đoàn trường", "Nguyễn Hồng Phúc"])
        self.run(s(44), "collect_comments", cid, "bithu", collected_on=s(44))

    def vote(self, cid, on: date, members: int = 9, votes: int = 9, override=None,
             acting_for: str = "cell") -> int:
        self.meeting(on, members)
        return self.run(on, "vote_admission", cid, "bithu", meeting_on=on,
                        resolution_no=self.resolution_no(), votes_for=votes,
                        override=override, acting_for=acting_for)

    def meeting(self, on: date, members: int) -> None:
        """The meeting the vote is taken at: `members` official members counted."""
        self.at(on)
        meeting_of(self.store, CELL, on, members, "bithu")

    def resolution_no(self) -> str:
        self.resolutions = getattr(self, "resolutions", 0) + 1      # one number, one vote
        return f"{self.resolutions:02d}-NQ/CB"

    def superior(self, on: date) -> str:
        """The body competent on that date (issue 14: any other is refused)."""
        return self.store.cell(CELL).superior_on(on)

    def decide(self, cid, on: date, received: date) -> int:
        return self.run(received, "decide_admission", cid, "ubkt", decided_on=on,
                        decision_no="01-QĐ/HU", decided_by=self.superior(on),
                        received_on=received)

    def ceremony(self, cid, on: date) -> int:
        return self.run(on, "hold_ceremony", cid, "bithu", held_on=on)

    def leave(self, cid, on: date, use_case: str = "withdraw") -> int:
        if use_case == "transfer_out":    # a member moves with the letter (issue 15)
            position = self.run(on, "issue_transfer_letter", cid, "bithu", letter_on=on,
                                letter_no="12-GGT", destination="Đảng bộ xã", cause_on=on)
            presented = on + timedelta(days=7)        # and presents it in time
            self.run(presented, "record_transfer_presented", cid, "bithu",
                     presented_on=presented, received_by="Đảng ủy xã")
            return position
        return self.run(on, use_case, cid, "bithu", on=on, reason="Chuyển trường")

    def probation(self, cid, ceremony: date) -> None:
        self.ceremony(cid, ceremony)
        nmc = ceremony + timedelta(days=60)
        self.run(nmc, "complete_new_member_class", cid, "bithu", completed_on=nmc,
                 certificate_no="01/ĐVM")

    def convert_vote(self, cid, on: date) -> int:
        self.meeting(on, 9)
        return self.run(on, "vote_conversion", cid, "bithu", meeting_on=on,
                        resolution_no=self.resolution_no(), votes_for=8)

    def convert(self, cid, on: date) -> int:
        return self.run(on, "decide_conversion", cid, "ubkt", decided_on=on,
                        decision_no="02-QĐ/HU", decided_by=self.superior(on))
