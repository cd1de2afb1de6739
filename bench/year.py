"""A generated year of a few cells' work, recorded through the application's use cases.

Paths are drawn from a seeded RNG: some candidates stop early, some fail a vote first, some
leave, a few have their dossier recorded late (business dates in earlier quarters), a few get
a correction, and the authorities declare a day off and a make-up working day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from random import Random

from bench.meetings import meeting_of
from domain.candidate import Person
from domain.candidate.nomination import full_years
from domain.dates import add_months
from domain.decisions import Override
from domain.plan import Target

ACTOR = "bithu.gen"
MEMBERS = 10


@dataclass
class Step:
    on: date
    use_case: str
    key: str | None
    kwargs: dict


def generate_year(services, cells: int = 3, per_cell: int = 12, seed: int = 7,
                  year: int = 2024, corrections: bool = True, prefix: str = "GEN") -> dict:
    """Record everything; returns candidate ids by key."""
    rng = Random(seed)
    normal: list[Step] = []
    late: list[Step] = []
    for n in range(cells):
        code = f"{prefix}-{n + 1}"
        normal += _cell(code, year)
        for i in range(per_cell):
            path = _candidate(rng, f"{code}/{i}", code, year)
            (late if rng.random() < 0.15 else normal).extend(path)
    normal += [Step(date(year, 4, 29), "declare_day", None,
                    {"day": date(year, 4, 29), "working": False, "reason": "Nghỉ bù 30/4"}),
               Step(date(year, 5, 4), "declare_day", None,
                    {"day": date(year, 5, 4), "working": True, "reason": "Làm bù"})]
    normal.sort(key=lambda s: s.on)
    ids: dict = {}
    for step in normal + late:
        _run(services, step, ids)
    if corrections:
        _corrections(services, rng, ids)
    return ids


def _cell(code: str, year: int) -> list[Step]:
    targets = [Target("source", 10, 2, 8, (3, 3, 2, 2), 1),
               Target("admission_dossier", 6, 1, 5, (1, 2, 2, 1), 3),
               Target("admission", 5, 1, 4, None, None, "Kết nạp 5 đảng viên")]
    return [Step(date(year - 1, 1, 5), "register_cell", None,
                 {"code": code, "name": f"Chi bộ {code}", "superior_body": "Đảng ủy xã",
                  "registered_on": date(year - 1, 1, 5)}),
            Step(date(year, 1, 20), "adopt_plan", None,
                 {"cell_code": code, "number": f"01-KH/{code}", "year": year,
                  "issued_on": date(year, 1, 20), "basis": "Căn cứ kế hoạch cấp trên",
                  "targets": targets})]


def _person(rng: Random, key: str, nominated: date) -> Person:
    teacher = rng.random() < 0.25
    if teacher:
        born = date(rng.randint(1975, 1999), rng.randint(1, 12), rng.randint(1, 28))
        rng.random()            # was the Đoàn flag: keeps the generated sequence unchanged
        # of youth age at the introduction (85 days on) a teacher is a Đoàn member (Charter 4.1)
        youth = full_years(born, nominated + timedelta(85)) <= 30
        return Person(f"Giáo viên {key}", born, rng.choice(["male", "female"]),
                      rng.choice(["Kinh", "Kinh", "Tày"]), "GV", youth, "university")
    born = add_months(nominated, -12 * 18 - rng.randint(0, 10))
    return Person(f"Học sinh {key}", born, rng.choice(["male", "female"]),
                  rng.choice(["Kinh", "Kinh", "Kinh", "Nùng"]), "HS", True,
                  "upper_secondary", "12A1")


def _candidate(rng: Random, key: str, code: str, year: int) -> list[Step]:
    n = date(year - 1, 6, 1) + timedelta(days=rng.randint(0, 500))
    person = _person(rng, key, n)
    steps = [Step(n, "nominate", key, {"cell_code": code, "person": person,
                                       "nominated_on": n}),
             Step(n + timedelta(7), "assign_helpers", key,
                  {"assigned_on": n + timedelta(7), "helpers": ["Đảng viên A"]})]
    reach = rng.choice(["pool", "class", "dossier", "vote", "vote", "decided", "admitted",
                        "admitted", "converted"])
    if reach == "pool":
        return steps + _maybe_exit(rng, key, n + timedelta(30))
    steps += [Step(n + timedelta(14), "register_for_awareness_class", key,
                   {"registered_on": n + timedelta(14)}),
              Step(n + timedelta(50), "complete_awareness_class", key,
                   {"completed_on": n + timedelta(50), "certificate_no": f"CN-{key}",
                    "issued_by": "Trung tâm Chính trị"})]
    if reach == "class":
        return steps + _maybe_exit(rng, key, n + timedelta(60))
    steps += _dossier(key, n, person)
    if reach == "dossier":
        return steps
    return steps + _votes_onward(rng, key, n + timedelta(100), reach)


def _dossier(key: str, n: date, person: Person) -> list[Step]:
    youth = full_years(person.birth_date, n + timedelta(85)) <= 30
    kind = "trade_union" if person.category == "GV" and not youth else "youth_union"
    return [Step(n + timedelta(60), "submit_application", key,
                 {"submitted_on": n + timedelta(60)}),
            Step(n + timedelta(80), "record_verification", key,
                 {"concluded_on": n + timedelta(80), "result": "passed"}),
            Step(n + timedelta(85), "record_introduction", key,
                 {"introduced_on": n + timedelta(85), "kind": kind,
                  "introducers": ["Ban Chấp hành"]}),
            Step(n + timedelta(90), "collect_comments", key,
                 {"collected_on": n + timedelta(90)})]


def _vote(use_case: str, key: str, on: date, passed: bool) -> Step:
    return Step(on, use_case, key, {"meeting_on": on,
                                    "resolution_no": f"NQ-{on:%d%m}-{key}-{use_case}",
                                    "votes_for": MEMBERS if passed else 5})


def _votes_onward(rng: Random, key: str, vote: date, reach: str) -> list[Step]:
    steps = []
    if rng.random() < 0.2:
        steps.append(_vote("vote_admission", key, vote, passed=False))
        vote += timedelta(30)
    steps.append(_vote("vote_admission", key, vote, passed=True))
    if reach == "vote":
        return steps
    decided = vote + timedelta(rng.randint(20, 110))
    received = decided + timedelta(3)
    steps.append(Step(decided, "decide_admission", key, {
        "decided_on": decided, "decision_no": f"QĐ-{key}", "decided_by": "Đảng ủy xã",
        "received_on": received}))
    if reach == "decided":
        return steps
    ceremony = received + timedelta(rng.randint(5, 50))
    steps += [Step(ceremony, "hold_ceremony", key, {"held_on": ceremony}),
              Step(ceremony + timedelta(60), "complete_new_member_class", key,
                   {"completed_on": ceremony + timedelta(60), "certificate_no": "ĐVM"})]
    if reach != "converted":
        return steps + _maybe_exit(rng, key, ceremony + timedelta(90), "issue_transfer_letter")
    voted = add_months(ceremony, 12) + timedelta(rng.randint(3, 50))
    return steps + [_vote("vote_conversion", key, voted, passed=True),
                    Step(voted + timedelta(20), "decide_conversion", key, {
                        "decided_on": voted + timedelta(20), "decision_no": f"CT-{key}",
                        "decided_by": "Đảng ủy xã"})]


def _maybe_exit(rng: Random, key: str, on: date, use_case: str = "withdraw") -> list[Step]:
    if rng.random() < 0.4:
        if use_case == "issue_transfer_letter":     # a member moves with the letter
            return [Step(on, use_case, key, {"letter_on": on, "letter_no": "GGT",
                                             "destination": "Đảng bộ xã", "cause_on": on})]
        return [Step(on, use_case, key, {"on": on, "reason": "Chuyển trường"})]
    return []


def _run(services, step: Step, ids: dict) -> None:
    if step.use_case == "nominate":
        kw = dict(step.kwargs)
        ids[step.key] = services.command(services.store.nominate,
                                         kw.pop("cell_code"), kw.pop("person"),
                                         actor=ACTOR, **kw).id
    elif step.key is None:
        services.command(getattr(services.store, step.use_case), actor=ACTOR, **step.kwargs)
    else:
        if step.use_case in ("vote_admission", "vote_conversion"):
            cell = services.store.candidate(ids[step.key]).cell_code
            meeting_of(services.store, cell, step.kwargs["meeting_on"], MEMBERS, ACTOR)
        services.command(getattr(services.store, step.use_case), ids[step.key], ACTOR,
                         **step.kwargs)


COMMITTEE_OVERRIDE = Override("Ngày họp ghi nhầm trong sổ", "02-CV/ĐU", date(2026, 1, 5),
                              "Ban Thường vụ Đảng ủy")


def _corrections(services, rng: Random, ids: dict) -> None:
    """Rename a few people, and move a few passed admission votes earlier by 40 days (which
    may put them before a dossier step: the committee records that with its override)."""
    for key in rng.sample(sorted(ids), k=min(4, len(ids))):
        services.command(services.store.correct_record, ids[key], ACTOR, corrects=1,
                         fields={"full_name": f"Đã đính chính {key}"},
                         authority="Công văn 01-CV/ĐU", on=date(2026, 1, 5))
    for key in sorted(ids):
        history = services.store.candidate(ids[key]).history
        votes = [e for e in history if type(e).__name__ == "AdmissionVoted" and e.passed]
        if votes and rng.random() < 0.3:
            services.command(services.store.correct_record, ids[key], "cap-uy.gen",
                             corrects=votes[0].originator_version,
                             fields={"occurred_on": votes[0].occurred_on - timedelta(40)},
                             authority="Công văn 02-CV/ĐU", on=date(2026, 1, 6),
                             override=COMMITTEE_OVERRIDE, acting_for="committee")
