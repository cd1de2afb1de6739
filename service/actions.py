"""The candidate actions the web and the API offer: URL slug, use case, schema, who may
record it, and which actions make sense next at each stage. Both entrypoints call `perform`,
which hands the use case the user's right (`check_right`) to judge on the candidate it loads."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING
from uuid import UUID

from marshmallow import Schema, fields

from domain import events as ev
from domain.candidate.common import same_body
from domain.candidate.state import EXITED, MEMBERS, Stage
from domain.decisions import CELL as CELL_SIDE
from domain.decisions import COMMITTEE as COMMITTEE_SIDE
from domain.decisions import Override
from domain.errors import InvalidField, NotPermitted
from service.accounts.policy import ACTIONS as CELL
from service.accounts.policy import DECISIONS as COMMITTEE
from service.accounts.policy import OutOfReach, User, require, require_reach
from service.application import Recorded
from service.application.candidates import CandidateUseCases as UseCases
from service.identity import check_duplicates
from service.schemas import commands as c
from service.schemas.corrections import typed_changes

if TYPE_CHECKING:
    from service.services import Services


@dataclass(frozen=True)
class Action:
    slug: str
    use_case: Callable[..., Recorded]    # the application's method, run on `services.store`
    schema: type[Schema]
    label: str
    role: str


ACTIONS = {a.slug: a for a in (
    Action("helper", UseCases.assign_helpers, c.HelperSchema, "Phân công đảng viên giúp đỡ", CELL),
    Action("class-registration", UseCases.register_for_awareness_class, c.ClassRegistrationSchema,
           "Đăng ký học lớp bồi dưỡng nhận thức về Đảng", CELL),
    Action("class-completion", UseCases.complete_awareness_class, c.ClassCompletionSchema,
           "Giấy chứng nhận lớp nhận thức về Đảng", CELL),
    Action("application", UseCases.submit_application, c.ApplicationSchema,
           "Nộp đơn xin vào Đảng và lý lịch", CELL),
    Action("verification", UseCases.record_verification, c.VerificationSchema,
           "Kết luận thẩm tra lý lịch", CELL),
    Action("introduction", UseCases.record_introduction, c.IntroductionSchema,
           "Giới thiệu người vào Đảng", CELL),
    Action("comments", UseCases.collect_comments, c.CommentsSchema,
           "Tổng hợp nhận xét của đoàn thể, chi ủy nơi cư trú", CELL),
    Action("admission-vote", UseCases.vote_admission, c.VoteSchema,
           "Chi bộ biểu quyết đề nghị kết nạp", CELL),
    Action("admission-decision", UseCases.decide_admission, c.AdmissionDecisionSchema,
           "Quyết định kết nạp", COMMITTEE),
    Action("admission-ceremony", UseCases.hold_ceremony, c.CeremonySchema, "Lễ kết nạp", CELL),
    Action("new-member-class", UseCases.complete_new_member_class, c.NewMemberClassSchema,
           "Lớp bồi dưỡng đảng viên mới", CELL),
    Action("conversion-vote", UseCases.vote_conversion, c.VoteSchema,
           "Chi bộ biểu quyết đề nghị công nhận đảng viên chính thức", CELL),
    Action("conversion-decision", UseCases.decide_conversion, c.DecisionSchema,
           "Quyết định công nhận đảng viên chính thức", COMMITTEE),
    Action("withdrawal", UseCases.withdraw, c.ExitSchema, "Rút khỏi danh sách", CELL),
    Action("transfer", UseCases.transfer_out, c.CandidateTransferSchema,
           "Chuyển đi (bàn giao giấy tờ)", CELL),
    Action("strike-off", UseCases.strike_off, c.ExitSchema, "Xóa tên đảng viên dự bị", COMMITTEE),
    Action("correction", UseCases.correct_record, c.CorrectionSchema, "Đính chính hồ sơ", CELL),
    # the superior's other outcomes and the end of probation (issue 15)
    Action("admission-refusal", UseCases.refuse_admission, c.AdmissionRefusalSchema,
           "Không đồng ý kết nạp", COMMITTEE),
    Action("admission-extension", UseCases.extend_admission_decision, c.ExtensionSchema,
           "Gia hạn thời hạn quyết định kết nạp", COMMITTEE),
    Action("late-ceremony-consent", UseCases.consent_to_late_ceremony, c.LateCeremonyConsentSchema,
           "Đồng ý tổ chức lễ kết nạp quá hạn", COMMITTEE),
    Action("conversion-refusal", UseCases.refuse_conversion, c.ConversionRefusalSchema,
           "Không đồng ý công nhận đảng viên chính thức", COMMITTEE),
    Action("conversion-extension", UseCases.extend_conversion_decision, c.ExtensionSchema,
           "Gia hạn thời hạn quyết định công nhận chính thức", COMMITTEE),
    Action("strike-off-proposal", UseCases.propose_strike_off, c.StrikeOffProposalSchema,
           "Chi bộ đề nghị xóa tên đảng viên dự bị", CELL),
    Action("transfer-due", UseCases.record_transfer_cause, c.TransferCauseSchema,
           "Phải chuyển sinh hoạt đảng (quyết định có hiệu lực)", CELL),
    Action("party-transfer", UseCases.issue_transfer_letter, c.PartyTransferSchema,
           "Chuyển sinh hoạt đảng (giấy giới thiệu)", CELL),
    Action("transfer-presented", UseCases.record_transfer_presented, c.TransferPresentedSchema,
           "Đã xuất trình giấy giới thiệu ở nơi chuyển đến", CELL),
)}

NEXT = {
    Stage.NOMINATED: ("helper", "class-registration"),
    Stage.CLASS_REGISTERED: ("class-completion", "helper"),
    Stage.CLASS_COMPLETED: ("application",),
    Stage.APPLIED: ("verification", "introduction", "comments", "admission-vote"),
    Stage.VERIFIED: ("introduction", "comments", "admission-vote"),
    Stage.PROPOSED: ("admission-decision",),
    Stage.DECIDED: ("admission-ceremony",),
    Stage.PROBATIONARY: ("new-member-class", "conversion-vote", "strike-off"),
    Stage.CONVERSION_PROPOSED: ("conversion-decision", "strike-off"),
}
# the superior's other outcomes and the end of probation (issue 15), after the usual steps
for _stage, _slugs in {
    Stage.PROPOSED: ("admission-refusal", "admission-extension"),
    Stage.DECIDED: ("late-ceremony-consent",),
    Stage.PROBATIONARY: ("strike-off-proposal", "conversion-decision"),
    Stage.CONVERSION_PROPOSED: ("conversion-refusal", "conversion-extension"),
    Stage.TRANSFERRED_OUT: ("transfer-presented",),
}.items():
    NEXT[_stage] = (*NEXT.get(_stage, ()), *_slugs)
EXITS = ("withdrawal", "transfer")
# a member neither withdraws nor leaves by a plain exit (Điều lệ Đảng, Điều 8; 6.3.1)
MEMBER_EXITS = ("transfer-due", "party-transfer")


# Steps taken once in a candidate's life (the domain's ONE_TIME_STEPS, which refuses them a
# second time under rule step_recorded_once): once recorded they are not offered again, and a
# mistake in them is put right by a correction. Helpers, introductions and comments are
# offered again (AGAIN): a helper or introducer is replaced, a lapsed paper renewed.
ONCE = {slug: step.__name__ for slug, step in (
    ("new-member-class", ev.NewMemberClassCompleted),
    ("late-ceremony-consent", ev.LateCeremonyConsented),
    ("strike-off-proposal", ev.StrikeOffProposed))}


# Steps that may be recorded again, named so when they were (the page says why one would).
AGAIN = {
    "helper": ("HelperAssigned", "Phân công lại đảng viên giúp đỡ (thay người không giúp đỡ "
                                 "được nữa)"),
    "introduction": ("IntroductionRecorded", "Giới thiệu lại (thay người giới thiệu đã chuyển "
                                             "đi, hoặc giới thiệu cũ đã hết hạn)"),
    "comments": ("CommentsCollected", "Tổng hợp nhận xét lại (bản cũ đã hết hạn)"),
}


def already_done(action: Action, recorded_types: Iterable[str]) -> bool:
    return ONCE.get(action.slug) in set(recorded_types)


def next_actions(stage: str, user: User, cell_code: str,
                 recorded_types: Iterable[str] = ()) -> list[Action]:
    """The actions worth offering at this stage that this user may record (for the
    committee, the cell's steps too: it records them only with an override), less the
    one-time steps already in the history."""
    st = Stage(stage)
    exits = () if st in EXITED else MEMBER_EXITS if st in MEMBERS else EXITS
    slugs = [*NEXT.get(st, ()), *exits, "correction"]
    done = set(recorded_types)
    return [_named(ACTIONS[s], done) for s in slugs
            if may_record(user, ACTIONS[s], cell_code, overriding=True)
            and not already_done(ACTIONS[s], done)]


def _named(action: Action, done: set[str]) -> Action:
    again = AGAIN.get(action.slug)
    return replace(action, label=again[1]) if again and again[0] in done else action


def overrides_only(user: User, action: Action, cell_code: str, on: date | None = None) -> bool:
    """A cell's step the committee may record only by overriding a rule."""
    return not may_record(user, action, cell_code, on=on) and \
        may_record(user, action, cell_code, overriding=True, on=on)


def may_record(user: User, action: Action, cell_code: str, overriding: bool = False,
               on: date | None = None) -> bool:
    """Corrections may come from the cell or from the committee (the domain then allows
    the committee's own facts to the committee only). A refused step of the cell may be
    recorded anyway only by the committee, with its document (the override policy). `on`
    is the act's date (reach: `User.reaches`); None, today."""
    committee = user.may_record(COMMITTEE, cell_code, on)
    if committee and (action.slug == "correction" or overriding):
        return True
    return user.may_record(action.role, cell_code, on)


def act_field(action: Action) -> str | None:
    """The field holding the date of the act: the command's own business date, its schema's
    first date field (a decision's `decided_on`, a vote's `meeting_on`, ...)."""
    return next((name for name, schema_field in action.schema._declared_fields.items()
                 if isinstance(schema_field, fields.Date)), None)


def act_day(action: Action, data: dict) -> date | None:
    """The date of the act in a loaded command; None when not given (then today)."""
    name = act_field(action)
    return data.get(name) if name else None


def acting_for(user: User) -> str:
    return COMMITTEE_SIDE if user.role == COMMITTEE else CELL_SIDE


def perform(services: Services, user: User, candidate_id: UUID, action: Action,
            data: dict) -> Recorded:
    """Run the action's use case; it loads the candidate once and judges the user's right
    on it (`check_right`, as `may`) before it decides."""
    facts = dict(data)
    override = facts.pop("override", None)
    on = act_day(action, facts)       # reach is judged on the act's own date
    if action.slug == "correction":   # the text typed, by the schema of the event corrected
        changes = facts.pop("changes")
        facts["fields"] = lambda event_type: typed_changes(event_type, changes)
        facts["on"] = facts.get("on") or services.store.today()
    return services.command(
        action.use_case, services.store, candidate_id, user.username,
        override=Override(**override) if override else None, acting_for=acting_for(user),
        may=lambda candidate: check_right(user, action, candidate.cell_code, on,
                                          overriding=override is not None),
        **facts)


def check_right(user: User, action: Action, cell_code: str, on: date | None,
                overriding: bool) -> None:
    """The user's right to record `action` for a candidate of `cell_code` on the act's date
    `on`; a committee recording a cell's step must override (give its reason and document)."""
    require_reach(user, cell_code, on,
                  may_record(user, action, cell_code, overriding=True, on=on))
    if overrides_only(user, action, cell_code, on) and not overriding:
        raise NotPermitted("override", "Cấp ủy chỉ ghi việc của chi bộ khi cho phép ngoại lệ: "
                                       "nêu lý do và văn bản của cấp ủy.")
    require(may_record(user, action, cell_code, overriding=overriding, on=on))


def register_cell(services, user: User, data: dict):
    """A committee user registers cells under its own body only (issue 14)."""
    require(user.may_register_cells())
    if user.role == COMMITTEE and not same_body(data["superior_body"], user.body):
        raise OutOfReach(f"Cấp ủy {user.body or '(chưa gắn cấp ủy)'} chỉ đăng ký chi bộ "
                         "trực thuộc mình.")
    on = data.get("registered_on") or services.store.today()
    return services.command(services.store.register_cell,
                            data["code"], data["name"], data["superior_body"],
                            on, user.username)


def adopt_plan(services, user: User, data: dict):
    from domain.plan import Target
    require(user.may_record(CELL, data["cell"]))
    targets = [Target.from_dict(t) for t in data["targets"]]
    return services.command(services.store.adopt_plan, data["cell"], data["number"], data["year"],
                            data["issued_on"], data["basis"], targets, user.username)


def nominate(services, user: User, data: dict, candidate_id=None):
    """candidate_id: given when a retry must find the same person (service/idempotency.py)."""
    from domain.candidate import Person
    from domain.candidate.identity import Readmission
    d = dict(data)
    cell, on, document_no = d.pop("cell"), d.pop("nominated_on"), d.pop("document_no", None)
    require(user.may_record(CELL, cell))
    confirmed = d.pop("confirm_duplicate", False)
    left_on, left_by = d.pop("left_party_on", None), d.pop("left_by", None)
    consent = d.pop("province_consent_no", None)
    if (left_on is None) != (left_by is None):
        raise InvalidField("left_by" if left_by is None else "left_party_on",
                           "Kết nạp lại: cần cả ngày và hình thức ra khỏi Đảng.")
    readmission = Readmission(left_on, left_by, consent) if left_on else None
    check_duplicates(services, user, d.get("citizen_id"), d["full_name"], d["birth_date"],
                     confirmed)
    return services.command(services.store.nominate, cell, Person(**d), on, user.username,
                            document_no=document_no, readmission=readmission,
                            candidate_id=candidate_id)


def receive_transfer(services, user: User, data: dict):
    """The receiving cell takes in a member who arrives with the letter (issue 15)."""
    from domain.candidate import Person
    d = dict(data)
    cell, on = d.pop("cell"), d.pop("arrived_on")
    require(user.may_record(CELL, cell))
    check_duplicates(services, user, d.get("citizen_id"), d["full_name"], d["birth_date"],
                     d.pop("confirm_duplicate", False))
    arrival = {k: d.pop(k) for k in ("letter_no", "letter_on", "from_unit", "admitted_on",
                                     "new_member_class_on", "official_since") if k in d}
    return services.command(services.store.receive_transfer, cell, Person(**d), on, user.username,
                            **arrival)
