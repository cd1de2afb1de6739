"""`ketnap demo`: the seed cell and its 2024 plan, with a realistic history of candidates.

The script is data (`demo_script()`), applied in business-date order with the clock set to
each business day, as a secretary recording things on the day would. Tests count what the
plan status must show from this same data, independently of the projections.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from domain.candidate import Person
from service.demo_roster import LISTED_ON, demo_members
from service.planfile import read_plan_file

CELL = "THPT-LTK"
CELL_NAME = "Chi bộ Trường THPT Lý Thường Kiệt"
DISTRICT = "Ban Thường vụ Huyện ủy Việt Yên"
WARD = "Ban Thường vụ Đảng ủy phường Việt Yên"
REFORM_DAY = date(2025, 7, 1)
PLAN_FILE = Path(__file__).resolve().parent.parent / "examples" / \
    "ke-hoach-2024-thpt-ly-thuong-kiet.toml"
SECRETARY, COMMITTEE = "bithu.ltk", "ubkt.vietyen"


@dataclass(frozen=True)
class Step:
    on: date
    use_case: str                   # the store's method the step runs (the script's data)
    key: str | None = None          # which candidate (None for cell and plan steps)
    kwargs: dict = field(default_factory=dict)
    actor: str = SECRETARY


@dataclass(frozen=True)
class DemoCandidate:
    key: str
    person: Person
    nominated_on: date


def demo_script() -> tuple[list[DemoCandidate], list[Step]]:
    people: list[DemoCandidate] = []
    steps: list[Step] = [
        Step(date(2023, 1, 5), "register_cell", None,
             {"code": CELL, "name": CELL_NAME, "superior_body": DISTRICT}),
        Step(date(2023, 1, 5), "change_cell_settings", None,
             {"code": CELL, "place": "Việt Yên", "full_name": ""}),
        Step(LISTED_ON, "import_members"),
        # The `holidays` library knows the day off of 02/05/2025 but not the Saturday worked
        # for it: that is data the authorities declared, recorded as an event.
        Step(date(2025, 4, 10), "declare_day", None,
             {"day": date(2025, 4, 26), "working": True,
              "reason": "Làm bù cho ngày nghỉ 02/05/2025",
              "document_no": "Thông báo của Bộ Nội vụ"}),
        Step(REFORM_DAY, "change_superior", None,
             {"code": CELL, "superior_body": WARD, "document_no": "Quyết định 12-QĐ/TU"}),
    ]
    for spec in _COHORT_2023 + _COHORT_2024 + _COHORT_2025:
        person, path = _candidate(spec)
        people.append(DemoCandidate(spec["key"], person, spec["nominated"]))
        steps += path
    people.append(ARRIVING)
    steps += _arrival()
    steps.sort(key=lambda s: s.on)   # stable: same-day steps keep their written order
    return people, steps


PASSING_VOTES, FAILING_VOTES = 15, 5   # of 15 to 20 official members: passes; fails


# --- the candidates --------------------------------------------------------------------------

def _p(name, born, gender, category, cls=None, ethnicity="Kinh", youth=True,
       education="upper_secondary"):
    return Person(name, born, gender, ethnicity, category, youth, education, cls)


D = date
# Cohort nominated in 2023, voted on in 2024 (the plan's admission dossiers and admissions).
_COHORT_2023 = [
    dict(key="gv-hoa", person=_p("Trần Thị Hoa", D(1996, 4, 12), "female", "GV", youth=True,
                                 education="university"),
         nominated=D(2023, 3, 6), vote=D(2024, 3, 12), intro="youth_union", convert=True),
    dict(key="gv-dung", person=_p("Nguyễn Đức Dũng", D(1990, 9, 2), "male", "GV", youth=False,
                                  education="postgraduate"),
         nominated=D(2023, 3, 6), vote=D(2024, 3, 12), intro="trade_union", convert=True),
    dict(key="hs-an", person=_p("Nguyễn Văn An", D(2005, 11, 3), "male", "HS", "12A1"),
         nominated=D(2023, 4, 10), vote=D(2024, 3, 12), transfer=D(2024, 8, 20)),
    dict(key="hs-binh", person=_p("Lê Thị Bình", D(2006, 1, 15), "female", "HS", "12A1"),
         nominated=D(2023, 4, 10), vote=D(2024, 4, 16), transfer=D(2024, 8, 20)),
    dict(key="hs-chau", person=_p("Phạm Minh Châu", D(2006, 2, 20), "female", "HS", "12A2"),
         nominated=D(2023, 4, 10), vote=D(2024, 4, 16), transfer=D(2024, 8, 22)),
    dict(key="hs-dat", person=_p("Hoàng Tiến Đạt", D(2006, 3, 8), "male", "HS", "12A2",
                                 ethnicity="Tày"),
         nominated=D(2023, 4, 10), vote=D(2024, 5, 14), transfer=D(2024, 8, 22)),
    dict(key="hs-giang", person=_p("Đỗ Hương Giang", D(2006, 5, 28), "female", "HS", "12A3"),
         nominated=D(2023, 9, 11), vote=D(2024, 5, 14), transfer=D(2024, 8, 26)),
    dict(key="hs-hai", person=_p("Vũ Ngọc Hải", D(2006, 4, 1), "male", "HS", "12A3"),
         nominated=D(2023, 9, 11), vote=D(2024, 5, 14), failed_first=True,
         retry=D(2024, 7, 9), transfer=D(2024, 8, 26)),
    dict(key="hs-khanh", person=_p("Bùi Quốc Khánh", D(2006, 6, 10), "male", "HS", "12A4"),
         nominated=D(2023, 9, 11), vote=D(2024, 6, 11), transfer=D(2024, 8, 28)),
    dict(key="hs-lan", person=_p("Ngô Phương Lan", D(2006, 6, 2), "female", "HS", "12A4"),
         nominated=D(2023, 9, 11), vote=D(2024, 6, 11), transfer=D(2024, 8, 28)),
    dict(key="hs-minh", person=_p("Đặng Quang Minh", D(2006, 7, 19), "male", "HS", "12A5"),
         nominated=D(2023, 10, 9), vote=D(2024, 7, 23), transfer=D(2024, 9, 5)),
    dict(key="hs-nga", person=_p("Dương Thúy Nga", D(2006, 8, 5), "female", "HS", "12A5",
                                 ethnicity="Nùng"),
         nominated=D(2023, 10, 9), vote=D(2024, 8, 13), transfer=D(2024, 9, 5)),
    dict(key="hs-oanh", person=_p("Lý Kim Oanh", D(2006, 3, 30), "female", "HS", "12A6"),
         nominated=D(2023, 10, 9), vote=D(2024, 10, 15), transfer=D(2025, 1, 6)),
    dict(key="hs-phuc", person=_p("Trịnh Hồng Phúc", D(2006, 9, 9), "male", "HS", "12A6"),
         nominated=D(2023, 10, 9), withdraw=D(2024, 2, 19)),
]
# Cohort nominated in 2024 (the plan's new sources and class registrations).
_COHORT_2024 = [
    dict(key="gv-quynh", person=_p("Phan Thị Quỳnh", D(1998, 2, 14), "female", "GV",
                                   education="university"),
         nominated=D(2024, 2, 20), vote=D(2026, 3, 10)),
    dict(key="hs-son", person=_p("Tạ Thanh Sơn", D(2008, 1, 25), "male", "HS", "10A1"),
         nominated=D(2024, 3, 12), class_only=True),
    dict(key="hs-tam", person=_p("Mai Đức Tâm", D(2008, 3, 3), "male", "HS", "10A1"),
         nominated=D(2024, 3, 12), vote=D(2026, 11, 10)),
    dict(key="hs-uyen", person=_p("Đinh Tố Uyên", D(2008, 4, 17), "female", "HS", "10A2"),
         nominated=D(2024, 3, 12), class_only=True),
    dict(key="hs-van", person=_p("Hà Thu Vân", D(2008, 5, 6), "female", "HS", "11A1",
                                 ethnicity="Sán Dìu"),
         nominated=D(2024, 4, 9), class_only=True),
    dict(key="hs-xuan", person=_p("Kiều Thanh Xuân", D(2008, 2, 11), "female", "HS", "11A1"),
         nominated=D(2024, 4, 9), vote=D(2026, 11, 10)),
    dict(key="gv-yen", person=_p("Lưu Hải Yến", D(1997, 12, 1), "female", "GV",
                                 education="university"),
         nominated=D(2024, 5, 14), class_only=True),
    dict(key="hs-bao", person=_p("Cao Gia Bảo", D(2008, 8, 30), "male", "HS", "11A2"),
         nominated=D(2024, 5, 14), class_only=True),
    dict(key="hs-cuong", person=_p("Tô Mạnh Cường", D(2008, 10, 4), "male", "HS", "11A3"),
         nominated=D(2024, 8, 13), class_only=True),
    dict(key="hs-duyen", person=_p("Lâm Mỹ Duyên", D(2008, 12, 24), "female", "HS", "11A3"),
         nominated=D(2024, 9, 10), class_only=True),
    dict(key="hs-em", person=_p("Triệu Văn Em", D(2009, 1, 9), "male", "HS", "10A3",
                                ethnicity="Tày"),
         nominated=D(2024, 10, 15), pool_only=True),
]


# Cohort nominated in 2025: the superior's other outcomes and the end of probation (issue 15).
_COHORT_2025 = [
    dict(key="tc-giang", person=_p("Hồ Thu Giang", D(2007, 2, 3), "female", "HS", "12A1"),
         nominated=D(2025, 1, 6), vote=D(2025, 5, 13), refuse=True),
    dict(key="tc-hai", person=_p("Vũ Minh Hải", D(1993, 7, 21), "male", "GV", youth=False,
                                 education="university"),
         nominated=D(2025, 1, 6), vote=D(2025, 5, 13), intro="trade_union", extend=True, convert=True),
    dict(key="tc-kim", person=_p("Đoàn Thiên Kim", D(2007, 4, 14), "female", "HS", "12A2"),
         nominated=D(2025, 1, 6), vote=D(2025, 5, 13), late=True, convert=True),
    dict(key="tc-long", person=_p("Phùng Bảo Long", D(2007, 1, 28), "male", "HS", "12A2"),
         nominated=D(2025, 1, 6), vote=D(2025, 5, 13), convert=True, failed_conversion=True),
    dict(key="tc-my", person=_p("Tăng Trà My", D(2007, 3, 9), "female", "HS", "12A3"),
         nominated=D(2025, 1, 6), vote=D(2025, 5, 13), strike_off=True),
]


ARRIVING = DemoCandidate(
    "tc-nam", _p("Lê Hoài Nam", D(1994, 10, 2), "male", "GV", youth=False,
                 education="university"), D(2025, 9, 8))


def _arrival() -> list[Step]:
    """A probationary teacher moves in from another school's cell with the letter of
    introduction; the cell converts him at the end of his probation (issue 15)."""
    arrived = ARRIVING.nominated_on
    return [Step(arrived, "receive_transfer", ARRIVING.key, {
        "letter_no": "31-GGT/ĐU", "letter_on": D(2025, 8, 28),
        "from_unit": "Chi bộ Trường THCS Tự Lạn", "admitted_on": D(2025, 3, 14),
        "new_member_class_on": D(2025, 6, 20)}),
        *_conversion(ARRIVING.key, D(2025, 3, 14))]


def _candidate(spec: dict) -> tuple[Person, list[Step]]:
    key, person, nominated = spec["key"], spec["person"], spec["nominated"]
    steps = [Step(nominated, "nominate", key, {"nominated_on": nominated,
                                               "document_no": "NQ chi bộ"})]
    steps.append(Step(_weekday(nominated + timedelta(days=7)), "assign_helpers", key,
                      {"assigned_on": _weekday(nominated + timedelta(days=7)),
                       "helpers": ["Nguyễn Hồng Phúc"]}))
    if spec.get("withdraw"):
        return person, steps + [Step(spec["withdraw"], "withdraw", key,
                                     {"on": spec["withdraw"], "reason": "Chuyển trường"})]
    if spec.get("pool_only"):
        return person, steps
    registered = _weekday(nominated + timedelta(days=21))
    certified = _class_day(registered)
    steps += [Step(registered, "register_for_awareness_class", key,
                   {"registered_on": registered}),
              Step(certified, "complete_awareness_class", key,
                   {"completed_on": certified, "certificate_no": f"{certified:%m%d}/CN-NTVĐ",
                    "issued_by": "Trung tâm Chính trị huyện Việt Yên"})]
    if spec.get("class_only"):
        return person, steps
    return person, steps + _admission(spec, certified)


def _admission(spec: dict, certified: date) -> list[Step]:
    key, vote = spec["key"], spec["vote"]
    applied = max(certified + timedelta(days=14), vote - timedelta(days=70))
    verified, introduced = applied + timedelta(days=28), applied + timedelta(days=35)
    commented = applied + timedelta(days=42)
    steps = [
        Step(applied, "submit_application", key, {"submitted_on": applied}),
        Step(verified, "record_verification", key, {"concluded_on": verified,
                                                    "result": "passed"}),
        _introduction(key, introduced, spec.get("intro", "youth_union")),
        Step(commented, "collect_comments", key, {"collected_on": commented}),
    ]
    if spec.get("failed_first"):
        steps.append(_vote(key, vote, passed=False))
        vote = spec["retry"]
    steps.append(_vote(key, vote, passed=True))
    if vote > date(2026, 10, 1):     # voted recently: the decision is still pending
        return steps
    if spec.get("refuse"):
        return steps + [_refusal(key, vote)]
    return steps + _extension(spec, vote) + _after_vote(spec, vote)


# Introducers from the demo roster (issue 14): official members who have taught in the
# school for years; the Đoàn's or the union's resolution is dated a week before.
INTRODUCERS = ("Nguyễn Thị Hằng", "Lê Văn Thắng")


def _introduction(key: str, on: date, kind: str) -> Step:
    resolution = {} if kind == "two_members" else {
        "resolution_no": f"{on:%d%m}-NQ/{'ĐTN' if kind == 'youth_union' else 'CĐ'}",
        "resolution_on": on - timedelta(days=7)}
    return Step(on, "record_introduction", key, {
        "introduced_on": on, "kind": kind, **resolution,
        "introducer_names": INTRODUCERS[:2 if kind == "two_members" else 1],
        "together_since": on - timedelta(days=2 * 365)})


def _refusal(key: str, vote: date) -> Step:
    on = _weekday(vote + timedelta(days=40))
    return Step(on, "refuse_admission", key, {
        "decided_on": on, "decision_no": f"{on:%j}-TB/ĐU",
        "decided_by": DISTRICT if on < REFORM_DAY else WARD,      # the superior that day
        "reason": "Chưa hoàn thành nhiệm vụ học tập năm học", "afterwards": "pool"},
        actor=COMMITTEE)


def _extension(spec: dict, vote: date) -> list[Step]:
    """The superior extends its 60 working days by 10 (24-QĐ/TW 4.3.1) and decides late,
    within the extension."""
    if not spec.get("extend"):
        return []
    from service.workcalendar import working_calendar
    calendar = working_calendar()
    due = calendar.add_working_days(vote, 60)
    on = _weekday(vote + timedelta(days=20))
    return [Step(on, "extend_admission_decision", spec["key"], {
        "extended_on": on, "document_no": f"{on:%j}-CV/ĐU",
        "extended_to": calendar.add_working_days(due, 10),
        "reason": "Thẩm tra bổ sung lý lịch gia đình"}, actor=COMMITTEE)]


def _vote(key: str, on: date, passed: bool) -> Step:
    """The meeting of that day is recorded first (`_meeting`); the count is the roster's."""
    return Step(on, "vote_admission", key, {
        "meeting_on": on, "resolution_no": f"{on:%d%m}.{key}-NQ/CB",
        "votes_for": PASSING_VOTES if passed else FAILING_VOTES})


def _after_vote(spec: dict, vote: date) -> list[Step]:
    key = spec["key"]
    decided = _weekday(vote + timedelta(days=90 if spec.get("extend") else 30))
    received, ceremony = decided + timedelta(days=3), _weekday(decided + timedelta(days=17))
    body = DISTRICT if decided < REFORM_DAY else WARD
    steps = [   # recorded when the cell receives the decision, which is when it knows it
        Step(received, "decide_admission", key, {
            "decided_on": decided, "decision_no": f"{decided:%j}-QĐ/HU", "decided_by": body,
            "received_on": received}, actor=COMMITTEE),
    ]
    if spec.get("late"):        # the superior agrees to a ceremony after 30 working days
        consented, ceremony = received + timedelta(days=30), _weekday(received + timedelta(days=60))
        steps.append(Step(consented, "consent_to_late_ceremony", key, {
            "consented_on": consented, "document_no": f"{consented:%j}-CV/ĐU",
            "consented_by": WARD}, actor=COMMITTEE))
    steps.append(Step(ceremony, "hold_ceremony", key, {"held_on": ceremony}))
    if spec.get("transfer"):
        moved = _weekday(max(spec["transfer"], ceremony + timedelta(days=14)))
        presented = _weekday(moved + timedelta(days=12))
        return steps + [
            Step(moved, "issue_transfer_letter", key, {
                "letter_on": moved, "letter_no": f"{moved:%j}-GGT/ĐU", "cause_on": moved,
                "destination": "Đảng bộ trường đại học nơi trúng tuyển"}),
            Step(presented, "record_transfer_presented", key, {   # the new place's notice
                "presented_on": presented, "received_by": "Đảng bộ trường đại học"})]
    nmc = _weekday(ceremony + timedelta(days=60))
    steps.append(Step(nmc, "complete_new_member_class", key, {
        "completed_on": nmc, "certificate_no": f"{nmc:%m%d}/ĐVM"}))
    if spec.get("strike_off"):
        return steps + _strike_off(key, ceremony)
    return steps + (_conversion(key, ceremony, spec.get("failed_conversion"))
                    if spec.get("convert") else [])


def _strike_off(key: str, ceremony: date) -> list[Step]:
    """The cell proposes to strike off a probationary member; the committee decides."""
    proposed = _weekday(ceremony + timedelta(days=200))
    struck = _weekday(proposed + timedelta(days=20))
    return [
        Step(proposed, "propose_strike_off", key, {
            "meeting_on": proposed, "resolution_no": f"{proposed:%d%m}-NQ/CB",
            "reason": "Không thực hiện nhiệm vụ đảng viên, đã được giáo dục"}),
        Step(struck, "strike_off", key, {"on": struck, "reason": "Theo đề nghị của chi bộ"},
             actor=COMMITTEE),
    ]


def _conversion(key: str, ceremony: date, failed_first: bool = False) -> list[Step]:
    from domain.dates import add_months
    ends = add_months(ceremony, 12)
    voted = _weekday(ends + timedelta(days=7))
    failed = []
    if failed_first:            # the first vote does not reach 2/3; a month later it does
        failed = [Step(voted, "vote_conversion", key, {
            "meeting_on": voted, "resolution_no": f"{voted:%d%m}.{key}-NQ/CT",
            "votes_for": FAILING_VOTES})]
        voted = _weekday(voted + timedelta(days=28))
    decided = _weekday(voted + timedelta(days=21))
    body = DISTRICT if decided < REFORM_DAY else WARD
    return [
        *failed,
        Step(voted, "vote_conversion", key, {
            "meeting_on": voted, "resolution_no": f"{voted:%d%m}.{key}-NQ/CT",
            "votes_for": PASSING_VOTES - 1}),
        Step(decided, "decide_conversion", key, {
            "decided_on": decided, "decision_no": f"{decided:%j}-QĐ/CT", "decided_by": body},
            actor=COMMITTEE),
    ]


def _weekday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _class_day(registered: date) -> date:
    """The awareness class runs in sessions the superior schedules; certificates follow."""
    return _weekday(registered + timedelta(days=45))


# --- applying it ----------------------------------------------------------------------------

def load_demo(services) -> dict[str, object]:
    """Record the whole demo through the use cases; returns candidate ids by key."""
    store = services.store
    people, steps = demo_script()
    persons = {p.key: p for p in people}
    ids: dict[str, object] = {}
    plan = read_plan_file(PLAN_FILE)
    steps = sorted([*steps, Step(plan.issued_on, "adopt_plan")], key=lambda s: s.on)
    original_clock = store.clock
    try:
        for index, step in enumerate(steps):
            store.clock = _clock_on(step.on, index)
            ids.update(_apply(services, step, persons, ids, plan))
    finally:
        store.clock = original_clock
    return ids


def _clock_on(day: date, index: int):
    moment = datetime.combine(day, time(2, 0), tzinfo=UTC) + timedelta(seconds=index)
    return lambda: moment


def _apply(services, step: Step, persons, ids, plan) -> dict:
    if step.use_case == "adopt_plan":
        services.command(services.store.adopt_plan,
                         plan.cell, plan.number, plan.year, plan.issued_on,
                         plan.basis, plan.targets, SECRETARY)
        return {}
    if step.use_case == "declare_day":
        services.command(services.store.declare_day, actor="admin", **step.kwargs)
        return {}
    if step.use_case == "import_members":
        services.command(services.store.import_members, CELL, demo_members(), SECRETARY)
        return {}
    if step.use_case in ("register_cell", "change_superior", "change_cell_settings"):
        extra = {"registered_on": step.on} if step.use_case == "register_cell" else \
            {"since": step.on}
        services.command(getattr(services.store, step.use_case), actor=step.actor,
                         **step.kwargs, **extra)
        return {}
    if step.use_case == "receive_transfer":
        recorded = services.command(services.store.receive_transfer, CELL, ARRIVING.person, step.on,
                                    step.actor, **step.kwargs)
        return {step.key: recorded.id}
    if step.use_case == "nominate":
        demo = persons[step.key]
        recorded = services.command(services.store.nominate, CELL, demo.person, actor=step.actor,
                                    **step.kwargs)
        return {step.key: recorded.id}
    if step.use_case in ("vote_admission", "vote_conversion"):
        _meeting(services, step.on)
    if step.use_case == "record_introduction":
        return _introduce(services, ids[step.key], step)
    services.command(getattr(services.store, step.use_case), ids[step.key], step.actor,
                     **step.kwargs)
    return {}


def _meeting(services, day: date) -> None:
    """The cell's meeting of that day, every member on the roster present (once a day)."""
    roster = services.store.roster(CELL)
    if day in roster.meetings:
        return
    present = [m.member_id for m in roster.on_roster(day) if m.absence_on(day) is None]
    officials = [m.member_id for m in roster.official_on(day)]
    services.command(services.store.hold_meeting, CELL, day, "regular", officials[0], officials[1],
                     present, SECRETARY)


def _introduce(services, candidate_id, step: Step) -> dict:
    """The introducers named in the script, found on the cell's roster."""
    from domain.introduction import Introducer
    kwargs = dict(step.kwargs)
    names, since = kwargs.pop("introducer_names"), kwargs.pop("together_since")
    by_name = {m.full_name: m.member_id for m in services.store.roster(CELL).members.values()}
    services.command(services.store.record_introduction, candidate_id, step.actor,
                     introducer_members=[Introducer(by_name[n], since) for n in names],
                     **kwargs)
    return {}
