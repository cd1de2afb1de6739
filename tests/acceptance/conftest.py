"""Shared steps of the Vietnamese specifications in features/ (pytest-bdd, `# language: vi`).

Steps speak the committee's language and call KetnapApplication only (in the live world,
through `Services.command`, as the running service does, so the read side and the audit
chain follow). `Khi` steps capture a refusal into the scenario context so that a `Thì` step
can assert on its rule and message;
`Cho` steps let a refusal fail the test, because a precondition that cannot be set up is a
broken scenario, not a finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from uuid import UUID

import holidays
import pytest
from pytest_bdd import given, parsers, then, when

from bench.meetings import LONG_AGO, meeting_of
from domain import events as ev
from domain.calendar import WorkingCalendar
from domain.candidate import Person
from domain.candidate.dossier import allowed_routes
from domain.candidate.state import Stage, stage_words
from domain.decisions import Guard, Override
from domain.errors import DomainError, RuleViolation
from domain.introduction import Introducer
from domain.roster import NewMember
from domain.rules.catalogue import RULE_IDS
from service.application import KetnapApplication
from service.application.candidates import CandidateUseCases
from service.audit import AuditTools, attach
from service.readside import catch_up
from service.services import Services
from tests.acceptance.articles import ARTICLES, TOPICS
from tests.acceptance.plans import seed_plan
from tests.conftest import copy_sqlite_template

NOW = datetime(2027, 1, 4, 8, 0, tzinfo=UTC)  # every scenario's dates lie before "today"
CELL = "LTK"
CELL_NAME = "Chi bộ Trường THPT Lý Thường Kiệt"
SECRETARY = "bi-thu-chi-bo"
COMMITTEE = "ban-thuong-vu-cap-tren"
HOLIDAY_YEARS = range(2018, 2029)


def pytest_configure(config: pytest.Config) -> None:
    """Register every tag the features may use: one per rule id and one per article."""
    for rule_id in sorted(RULE_IDS):
        config.addinivalue_line("markers", f"rule_{rule_id}: minh họa quy tắc {rule_id}")
    for tag, citation in ARTICLES.items():
        config.addinivalue_line("markers", f"{tag}: {citation}")
    for tag, topic in TOPICS.items():
        config.addinivalue_line("markers", f"{tag}: {topic}")


# --- dd/mm/yyyy, the only way the features write dates ------------------------------------

DATE_PATTERN = r"\d{2}/\d{2}/\d{4}"


def parse_date(text: str) -> date:
    return datetime.strptime(text, "%d/%m/%Y").date()


parse_date.pattern = DATE_PATTERN  # the `parse` library reads a converter's pattern here


def step(text: str):
    """A parse pattern where `{x:Date}` is a dd/mm/yyyy date."""
    return parsers.parse(text, extra_types={"Date": parse_date})


# --- the scenario's world -----------------------------------------------------------------

@dataclass
class World:
    app: KetnapApplication
    candidates: dict[str, UUID] = field(default_factory=dict)
    error: DomainError | None = None
    override: Override | None = None
    override_by: str = "committee"       # who records the pending override
    attempted: bool = False
    services: Services | None = None     # the live world only: read side and audit tools
    tools: AuditTools | None = None

    def id_of(self, name: str) -> UUID:
        return self.candidates[name]

    def candidate(self, name: str):
        return self.app.candidate(self.id_of(name))

    def do(self, method: str, name: str, **kw):
        """A precondition: must succeed."""
        return getattr(self.app, method)(self.id_of(name), SECRETARY, **kw)

    def attempt(self, action: Callable[[Override | None], object]) -> None:
        """An action under test: a refusal is kept for the `Thì` steps, not raised."""
        override, self.override, self.attempted = self.override, None, True
        try:
            action(override)
            self.error = None
        except DomainError as error:
            self.error = error

    def act(self, method: str, name: str, actor: str = SECRETARY, **kw) -> None:
        """The action as `actor` records it; with an override pending, as whoever holds
        the override's document records it (the committee, or a secretary trying to)."""
        cid = self.id_of(name)
        by = self.override_by

        def run(override):
            acting_for = by if override else ("committee" if actor == COMMITTEE else "cell")
            who = COMMITTEE if acting_for == "committee" else actor
            return getattr(self.app, method)(cid, who, override=override,
                                             acting_for=acting_for, **kw)
        self.attempt(run)

    def expect_recorded(self) -> None:
        assert self.error is None, f"bị từ chối: {self.error.message}"

    def calendar(self) -> WorkingCalendar:
        """Public holidays (Tết by the lunar calendar) plus the days the app has declared."""
        off, working = self.app.declared_days()
        days = holidays.country_holidays("VN", years=HOLIDAY_YEARS)
        return WorkingCalendar.of(days.keys(), off, working)


@pytest.fixture
def world(tmp_path) -> World:
    app = KetnapApplication(f"sqlite:///{tmp_path}/k.sqlite", clock=lambda: NOW)
    yield World(app)
    app.close()


# --- the live world: the service as it runs, for plan progress and the inspection committee --

HANOI = timezone(timedelta(hours=7), "ICT")
USE_CASES = frozenset(
    {name for name in vars(CandidateUseCases) if not name.startswith("_")}
    - {"candidate", "candidate_as_of_version"}
    | {"register_cell", "change_superior", "adopt_plan", "amend_plan", "declare_day"})


def written_on(day: date) -> datetime:
    """The moment an entry written in the cell's book on `day` is recorded (08:00 in Hà Nội)."""
    return datetime.combine(day, time(8), HANOI).astimezone(UTC)


def end_of(day: date) -> datetime:
    return datetime.combine(day, time.max, HANOI)


class RecordedOnTheDay:
    """The application as the service drives it: every use case runs through
    `Services.command`, so the read models catch up and the audit chain is sealed after it.
    Each entry is written on its business date (the latest date it names), unless the
    scenario says the secretary wrote it later (`entered_on`). Queries pass straight through."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.entered_on: date | None = None

    def __getattr__(self, name: str):
        if name not in USE_CASES:
            return getattr(self.services.store, name)

        def run(*args, **kwargs):
            named = [v for v in (*args, *kwargs.values()) if type(v) is date]
            self.at(self.entered_on or max(named))
            return self.services.command(getattr(self.services.store, name), *args, **kwargs)
        return run

    def at(self, day: date) -> None:
        moment = written_on(day)
        self.services.store.clock = lambda: moment


@pytest.fixture
def live_world(tmp_path) -> World:
    url = f"sqlite:///{tmp_path}/k.sqlite"
    copy_sqlite_template(url)        # the migrations, run once per session (tests/conftest.py)
    services = Services(url, clock=lambda: NOW)
    tools = attach(services, tmp_path / "keys" / "audit.pem")
    services.after_command.append(lambda _recorded: catch_up(services))
    yield World(RecordedOnTheDay(services), services=services, tools=tools)
    services.close()


def scenario_rules(request: pytest.FixtureRequest) -> set[str]:
    return {m.name.removeprefix("rule_") for m in request.node.iter_markers()
            if m.name.startswith("rule_")}


# --- people and dossiers ------------------------------------------------------------------

PERSON = re.compile(
    r'(?P<kind>học sinh|giáo viên|nhân viên) "(?P<name>[^"]+)"'
    r"(?P<extra>, đoàn viên|, chưa là đoàn viên|, chỉ học hết tiểu học)?"
    rf", sinh ngày (?P<born>{DATE_PATTERN})")


def person(kind: str, name: str, extra: str | None, born: date) -> Person:
    """The committee names people by role; the statistics need the rest."""
    extra = (extra or "").removeprefix(", ")
    gender = "female" if " Thị " in f" {name} " else "male"
    if kind == "học sinh":
        return Person(name, born, gender, "Kinh", "HS", extra != "chưa là đoàn viên",
                      "lower_secondary", "12A1")
    education = {"giáo viên": "university", "nhân viên": "upper_secondary"}[kind]
    if extra == "chỉ học hết tiểu học":
        education = "primary"
    return Person(name, born, gender, "Kinh", "GV", extra == "đoàn viên", education)


def nominate(world: World, text: str, on: date, override: Override | None = None):
    m = PERSON.fullmatch(text)
    p = person(m["kind"], m["name"], m["extra"], parse_date(m["born"]))
    recorded = world.app.nominate(CELL, p, on, SECRETARY, override=override)
    world.candidates[p.full_name] = recorded.id


ROSTER_INTRODUCERS = "roster_introducers"   # how many introducers the roster gives
UNIONS = {"youth_union": "Ban Chấp hành Đoàn trường THPT Lý Thường Kiệt",
          "trade_union": "Ban Chấp hành Công đoàn trường THPT Lý Thường Kiệt"}
TWO_MEMBERS = ["Nguyễn Hồng Phúc", "Trần Thị Mai"]

DOSSIER: dict[str, tuple[str, str, dict]] = {
    "phân công đảng viên giúp đỡ": ("assign_helpers", "assigned_on", {"helpers": TWO_MEMBERS}),
    "đăng ký học lớp bồi dưỡng nhận thức về Đảng": (
        "register_for_awareness_class", "registered_on", {}),
    "giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng": (
        "complete_awareness_class", "completed_on",
        {"certificate_no": "125/CN-TTCT", "issued_by": "Trung tâm Chính trị huyện Việt Yên"}),
    "đơn xin vào Đảng và lý lịch": ("submit_application", "submitted_on", {}),
    "kết luận thẩm tra lý lịch đạt": (
        "record_verification", "concluded_on", {"result": "passed"}),
    "kết luận thẩm tra lý lịch không đạt": (
        "record_verification", "concluded_on", {"result": "failed"}),
    # the introducers are members of the cell's roster (issue 14), never typed names
    "giới thiệu của Ban Chấp hành Đoàn cơ sở": (
        "record_introduction", "introduced_on",
        {"kind": "youth_union", ROSTER_INTRODUCERS: 1, "resolution_no": "05-NQ/ĐTN"}),
    "giới thiệu của Ban Chấp hành Công đoàn cơ sở": (
        "record_introduction", "introduced_on",
        {"kind": "trade_union", ROSTER_INTRODUCERS: 1, "resolution_no": "03-NQ/CĐ"}),
    "giới thiệu của hai đảng viên chính thức": (
        "record_introduction", "introduced_on", {"kind": "two_members", ROSTER_INTRODUCERS: 2}),
    "giới thiệu của một đảng viên chính thức": (
        "record_introduction", "introduced_on", {"kind": "two_members", ROSTER_INTRODUCERS: 1}),
    "nhận xét của đoàn thể và chi ủy nơi cư trú": ("collect_comments", "collected_on", {}),
}


def dossier_call(item: str, on: date, world: World | None = None) -> tuple[str, dict]:
    """The use case and its arguments. An introduction under test (`world` given) names
    members of the cell's roster, as the API and the web must (issue 14); a dossier set up
    as a precondition names its introducers as an imported old book does (names kept before
    the roster), which leaves the roster of the scenario as the scenario lists it."""
    method, date_arg, extra = DOSSIER[item]
    kw = {date_arg: on, **extra}
    if ROSTER_INTRODUCERS in kw:
        count = kw.pop(ROSTER_INTRODUCERS)
        if world is None:
            kw["introducers"] = TWO_MEMBERS[:count] if kw["kind"] == "two_members" \
                else [UNIONS[kw["kind"]], *TWO_MEMBERS[:count]]
            return method, kw
        kw["introducer_members"] = roster_introducers(world, count)
        if kw["kind"] != "two_members":     # the Đoàn's or the union's resolution, the day before
            kw["resolution_on"] = on - timedelta(days=1)
    return method, kw


def roster_introducers(world: World, count: int) -> list[Introducer]:
    """The first `count` of TWO_MEMBERS, official members of the cell's roster (listed long
    ago when the scenario has not listed them), together with the applicant long enough."""
    def on_roster() -> dict[str, str]:
        return {m.full_name: m.member_id for m in world.app.roster(CELL).members.values()}
    missing = [name for name in TWO_MEMBERS[:count] if name not in on_roster()]
    if missing:
        world.app.import_members(CELL, [(NewMember(name, date(1975, 1, 1), "female", "GV",
                                                   date(1998, 1, 1), date(1999, 1, 1)),
                                         LONG_AGO) for name in missing], SECRETARY)
    ids = on_roster()
    return [Introducer(ids[name], LONG_AGO) for name in TWO_MEMBERS[:count]]


def introduction_for(world: World, name: str, on: date) -> str:
    """The route the Charter (Điều 4.1) opens to the person on the introduction date."""
    c = world.candidate(name)
    routes = allowed_routes(c, on, Guard(on))
    return {"youth_union": "giới thiệu của Ban Chấp hành Đoàn cơ sở",
            "trade_union": "giới thiệu của Ban Chấp hành Công đoàn cơ sở"}.get(
        routes[0] if routes else "two_members", "giới thiệu của hai đảng viên chính thức")


def complete_dossier(world: World, name: str, ready_on: date) -> None:
    """Every paper the cell needs, dated in order in the weeks before `ready_on`."""
    nominated = world.candidate(name).nominated_on
    items = ["đăng ký học lớp bồi dưỡng nhận thức về Đảng",
             "giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng", "đơn xin vào Đảng và lý lịch",
             "kết luận thẩm tra lý lịch đạt",
             introduction_for(world, name, max(nominated, ready_on - timedelta(days=15))),
             "nhận xét của đoàn thể và chi ủy nơi cư trú"]
    for days_before, item in zip((60, 50, 40, 20, 15, 10), items, strict=True):
        method, kw = dossier_call(item, max(nominated, ready_on - timedelta(days=days_before)))
        world.do(method, name, **kw)


def vote(world: World, method: str, name: str, on: date, members: int, votes: int,
         number: str | None = None) -> None:
    """"A cell of `members` official members meets on `on`": the roster and the meeting
    say so (bench.meetings); the vote types only the votes for and its resolution number
    (the scenario's, else one unique to the vote)."""
    if hasattr(world.app, "at"):
        world.app.at(on)
    meeting_of(world.app, CELL, on, members)
    number = number or \
        f"{on:%d%m%Y}-{method}-{len(world.app.roster(CELL).resolutions) + 1}-NQ/CB"
    world.act(method, name, meeting_on=on, resolution_no=number, votes_for=votes)


def decide_admission(world: World, body: str, name: str, on: date, received: date) -> None:
    world.act("decide_admission", name, COMMITTEE, decided_on=on, decision_no="125-QĐ/ĐU",
              decided_by=body, received_on=received)


def admit(world: World, name: str, on: date) -> None:
    """A probationary member from `on`, by the ordinary road."""
    complete_dossier(world, name, on - timedelta(days=40))
    vote(world, "vote_admission", name, on - timedelta(days=30), 9, 9)
    decide_admission(world, "Ban Thường vụ Huyện ủy Việt Yên", name,
                     on - timedelta(days=15), on - timedelta(days=12))
    world.act("hold_ceremony", name, held_on=on)
    world.expect_recorded()


def require(world: World) -> None:
    """Fail a `Cho` step whose action was refused."""
    world.expect_recorded()


## Cho ---------------------------------------------------------------------------------------

@given(step('từ ngày {since:Date} chi bộ trực thuộc "{body}"'))
@when(step('từ ngày {since:Date} chi bộ trực thuộc "{body}"'))
def superior_changes(world, since, body):
    """The superior body is dated data; a decision is checked against it (issue 14)."""
    world.app.change_superior(CELL, body, since, "quan-tri", document_no="31-HD/BTCTW")


@given(step('chi bộ "{name}" trực thuộc "{body}" từ {since:Date}'))
def cell_under(world, name, body, since):
    world.app.register_cell(CELL, name, body, since, "quan-tri")


@given(step('văn bản của chi bộ ghi địa danh "{place}"'))
def cell_place(world, place):
    """The cell's settings (`ketnap cell settings --place`): the place before the date."""
    world.app.change_cell_settings(CELL, place, "", date(2019, 1, 1), "quan-tri")


@given("chi bộ Trường THPT Lý Thường Kiệt trực thuộc Huyện ủy Việt Yên")
def default_cell(world):
    world.app.register_cell(CELL, CELL_NAME, "Huyện ủy Việt Yên", date(2019, 1, 1), "quan-tri")


@given(step('chi bộ đã ban hành kế hoạch số "{number}" ngày {issued:Date} về phát triển đảng viên '
            "năm {year:d}"))
def seed_plan_adopted(world, number, issued, year):
    """Kế hoạch 02-KH/CB, row for row as examples/ imports it (rows 1, 2, 3, 6 and the
    headline target stated in the plan's words)."""
    plan = seed_plan()
    assert (plan.number, plan.issued_on, plan.year) == (number, issued, year)
    world.app.adopt_plan(CELL, number, year, issued, plan.basis, plan.targets, SECRETARY)


@given(parsers.re(rf"(?P<text>.+), có tên trong danh sách cảm tình Đảng từ "
                  rf"(?P<on>{DATE_PATTERN})"), converters={"on": parse_date})
def nominated(world, text, on):
    nominate(world, text, on)


@given(parsers.re(rf"ngày (?P<entered>{DATE_PATTERN}) chi bộ mới ghi vào sổ việc đưa (?P<text>.+), "
                  rf"vào danh sách cảm tình Đảng ngày (?P<on>{DATE_PATTERN})"),
       converters={"entered": parse_date, "on": parse_date})
def nominated_late(world, entered, text, on):
    """A late entry (live world only): the business date stays `on`, the book says `entered`."""
    world.app.entered_on = entered
    try:
        nominate(world, text, on)
    finally:
        world.app.entered_on = None


@given(step('hồ sơ của "{name}" đã có:'))
def dossier_has(world, name, datatable):
    for item, on in datatable[1:]:
        method, kw = dossier_call(item, parse_date(on))
        world.do(method, name, **kw)


@given(step('hồ sơ của "{name}" đủ để chi bộ xét kết nạp từ ngày {on:Date}'))
def dossier_ready(world, name, on):
    complete_dossier(world, name, on)


@given(step('nghị quyết chi bộ ngày {on:Date} đề nghị kết nạp "{name}" được '
            "{votes:d}/{members:d} đảng viên chính thức tán thành"))
def admission_voted(world, on, name, votes, members):
    vote(world, "vote_admission", name, on, members, votes)
    require(world)


@given(step('nghị quyết chi bộ số "{number}" ngày {on:Date} đề nghị kết nạp "{name}" được '
            "{votes:d}/{members:d} đảng viên chính thức tán thành"))
def admission_voted_numbered(world, number, on, name, votes, members):
    vote(world, "vote_admission", name, on, members, votes, number)
    require(world)


@given(step('"{body}" đã quyết định kết nạp "{name}" ngày {on:Date}, '
            "chi bộ nhận quyết định ngày {received:Date}"))
def admission_decided(world, body, name, on, received):
    decide_admission(world, body, name, on, received)
    require(world)


@given(step('"{name}" được kết nạp đảng viên dự bị ngày {on:Date}'))
def admitted(world, name, on):
    admit(world, name, on)


@given(step('chi bộ đã tổ chức lễ kết nạp "{name}" ngày {on:Date}'))
def ceremony_held(world, name, on):
    world.act("hold_ceremony", name, held_on=on)
    require(world)


@given(step('"{name}" đã hoàn thành lớp bồi dưỡng lý luận chính trị cho đảng viên mới '
            "ngày {on:Date}"))
def new_member_class_done(world, name, on):
    world.do("complete_new_member_class", name, completed_on=on, certificate_no="47/CN-TTCT")


@given(step('nghị quyết chi bộ ngày {on:Date} đề nghị công nhận "{name}" là đảng viên '
            "chính thức được {votes:d}/{members:d} đảng viên chính thức tán thành"))
def conversion_voted(world, on, name, votes, members):
    vote(world, "vote_conversion", name, on, members, votes)
    require(world)


## Khi ---------------------------------------------------------------------------------------

@given(step('"{body}" cho phép ngoại lệ bằng văn bản số "{number}" ngày {on:Date} '
            'vì "{reason}"'))
@when(step('"{body}" cho phép ngoại lệ bằng văn bản số "{number}" ngày {on:Date} '
           'vì "{reason}"'))
def override_granted(world, body, number, on, reason):
    """The committee records the next action itself, citing its document."""
    world.override, world.override_by = Override(reason, number, on, body), "committee"


@when(step('bí thư chi bộ tự ghi ngoại lệ theo văn bản số "{number}" ngày {on:Date} của '
           '"{body}" vì "{reason}"'))
def override_by_the_secretary(world, number, on, body, reason):
    world.override, world.override_by = Override(reason, number, on, body), "cell"


@when(parsers.re(rf"chi bộ đưa (?P<text>.+), vào danh sách cảm tình Đảng ngày "
                 rf"(?P<on>{DATE_PATTERN})"), converters={"on": parse_date})
def nominate_now(world, text, on):
    world.attempt(lambda override: nominate(world, text, on, override))


@when(step('hồ sơ của "{name}" được bổ sung "{item}" ngày {on:Date}'))
def dossier_add(world, name, item, on):
    method, kw = dossier_call(item, on, world)
    world.act(method, name, **kw)


@when(step("chi bộ có {members:d} đảng viên chính thức họp ngày {on:Date} xét kết nạp "
           '"{name}", {votes:d} đồng chí tán thành'))
def vote_admission(world, members, on, name, votes):
    vote(world, "vote_admission", name, on, members, votes)


@when(step('"{body}" quyết định kết nạp "{name}" ngày {on:Date}, '
           "chi bộ nhận quyết định ngày {received:Date}"))
def decide_admission_now(world, body, name, on, received):
    decide_admission(world, body, name, on, received)


@when(step('chi bộ tổ chức lễ kết nạp "{name}" ngày {on:Date}'))
def hold_ceremony(world, name, on):
    world.act("hold_ceremony", name, held_on=on)


@when(step('"{name}" hoàn thành lớp bồi dưỡng lý luận chính trị cho đảng viên mới '
           "ngày {on:Date}"))
def complete_new_member_class(world, name, on):
    world.act("complete_new_member_class", name, completed_on=on, certificate_no="47/CN-TTCT")


@when(step("chi bộ có {members:d} đảng viên chính thức họp ngày {on:Date} xét công nhận "
           '"{name}" là đảng viên chính thức, {votes:d} đồng chí tán thành'))
def vote_conversion(world, members, on, name, votes):
    vote(world, "vote_conversion", name, on, members, votes)


@when(step('"{body}" quyết định công nhận "{name}" là đảng viên chính thức ngày {on:Date}'))
def decide_conversion(world, body, name, on):
    world.act("decide_conversion", name, COMMITTEE, decided_on=on,
              decision_no="210-QĐ/ĐU", decided_by=body)


@when(step('"{name}" rút khỏi danh sách cảm tình Đảng ngày {on:Date} vì "{reason}"'))
def withdraw(world, name, on, reason):
    world.act("withdraw", name, on=on, reason=reason)


@when(step('"{name}" chuyển đi ngày {on:Date} vì "{reason}"'))
def transfer_out(world, name, on, reason):
    world.act("transfer_out", name, on=on, reason=reason,
              papers=["Đơn xin vào Đảng", "Lý lịch người xin vào Đảng"])


@when(step('cấp ủy cấp trên xóa tên "{name}" trong danh sách đảng viên dự bị ngày {on:Date} '
           'vì "{reason}"'))
def strike_off(world, name, on, reason):
    world.act("strike_off", name, COMMITTEE, on=on, reason=reason)


## Thì ---------------------------------------------------------------------------------------

STAGES = {stage_words(stage): stage.value for stage in Stage}   # the domain's wording


@then(step('không ai được ghi ngoại lệ quy tắc "{rule_id}"'))
def never_overridable(world, rule_id):
    assert any(v.rule_id == rule_id and v.override == "never"
               for v in refusal(world).violations)


def refusal(world: World) -> RuleViolation:
    assert world.attempted, "kịch bản chưa thực hiện việc nào"
    assert isinstance(world.error, RuleViolation), f"không bị từ chối theo quy định: {world.error}"
    return world.error


@then(step('việc đó bị từ chối với lời nhắc "{fragment}"'))
def refused(world, request, fragment):
    error = refusal(world)
    assert any(fragment in v.message for v in error.violations), error.violations
    broken = {v.rule_id for v in error.violations}
    assert broken <= scenario_rules(request), f"quy tắc bị vi phạm {broken} chưa gắn thẻ @rule_"


@then(step('căn cứ từ chối là "{article}"'))
def refused_by_article(world, article):
    assert article in {v.article for v in refusal(world).violations}


@then(step('việc đó không được ghi nhận vì "{fragment}"'))
def invalid(world, fragment):
    assert world.error is not None and not isinstance(world.error, RuleViolation), world.error
    assert fragment in world.error.message, world.error.message


@then("việc đó được ghi nhận")
def recorded(world):
    assert world.attempted, "kịch bản chưa thực hiện việc nào"
    world.expect_recorded()


@then(step('"{name}" đang ở bước "{stage}"'))
def at_stage(world, name, stage):
    assert world.candidate(name).stage.value == STAGES[stage]


@then(step('"{name}" là đảng viên dự bị, hết 12 tháng dự bị ngày {ends:Date}'))
def probationary_until(world, name, ends):
    c = world.candidate(name)
    assert (c.stage.value, c.probation_ends_on) == ("probationary", ends)


@then(step('"{name}" là đảng viên chính thức kể từ ngày {since:Date}'))
def official_since(world, name, since):
    world.expect_recorded()
    c = world.candidate(name)
    assert (c.stage.value, c.official_since) == ("official", since)


@then(step('nghị quyết về "{name}" được ghi là "{outcome}" với {votes:d}/{members:d} '
           "đồng chí tán thành"))
def vote_outcome(world, name, outcome, votes, members):
    world.expect_recorded()
    last = [e for e in world.candidate(name).history if type(e).__name__.endswith("Voted")][-1]
    assert (last.passed, last.votes_for, last.official_members) == (
        {"đạt": True, "không đạt": False}[outcome], votes, members)


@then(step('việc đó được ghi nhận là ngoại lệ theo "{authority}"'))
def recorded_as_exception(world, request, authority):
    world.expect_recorded()
    # the candidate's own event: a vote's meeting record or the roster's may follow it
    recent = world.app.read_events(world.app.last_position() - 3, 3)
    last = [e for _, e in recent if type(e) in ev.CANDIDATE_EVENTS][-1]
    assert last.override_authority == authority
    assert last.overridden_rules and set(last.overridden_rules) <= scenario_rules(request)


# --- the roster (danh_sach_dang_vien.feature, gioi_thieu.feature) ---------------------------

LISTED = ('chi bộ ghi vào danh sách ngày {joined:Date} giáo viên "{name}", sinh ngày '
          '{born:Date}, vào Đảng ngày {admitted:Date}, ')


def _list(world, joined, name, born, admitted, official):
    person = NewMember(name, born, "female" if "Thị" in name else "male", "GV", admitted,
                       official)
    world.attempt(lambda _override: world.app.add_member(CELL, person, joined, SECRETARY))


@given(step(LISTED + "chính thức từ {official:Date}"))
def listed_official(world, joined, name, born, admitted, official):
    _list(world, joined, name, born, admitted, official)
    world.expect_recorded()


@when(step(LISTED + "chính thức từ {official:Date}"))
def list_official(world, joined, name, born, admitted, official):
    _list(world, joined, name, born, admitted, official)


@when(step(LISTED + "còn dự bị"))
def list_probationary(world, joined, name, born, admitted):
    _list(world, joined, name, born, admitted, None)


INTRODUCTION_KINDS_VN = {"Ban Chấp hành Đoàn cơ sở": "youth_union",
                         "Ban Chấp hành Công đoàn cơ sở": "trade_union",
                         "hai đảng viên chính thức": "two_members"}


@when(step('chi bộ ghi việc giới thiệu "{name}" ngày {on:Date}, hình thức "{route}", '
           "người giới thiệu:"))
def introduce_from_roster(world, name, on, route, datatable):
    """Rows: đảng viên | cùng công tác từ | thay người giới thiệu (lý do); the Đoàn's or the
    union's resolution is dated the day before."""
    roster = world.app.roster(CELL)
    by_name = {m.full_name: m.member_id for m in roster.members.values()}
    header, *rows = datatable
    people = [Introducer(by_name.get(r[0], r[0]), parse_date(r[1]) if r[1] else None,
                         r[2] if len(r) > 2 else "") for r in rows]
    kind = INTRODUCTION_KINDS_VN[route]
    extra = {} if kind == "two_members" else {"resolution_no": "05-NQ/ĐTN",
                                              "resolution_on": on - timedelta(days=1)}
    world.act("record_introduction", name, introduced_on=on, kind=kind, introducers=[],
              introducer_members=people, **extra)
