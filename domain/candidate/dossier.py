"""From the pool to a complete dossier: helpers, awareness class, application, verification,
introductions and comments (01-HD/TW §3; 12-HD/BTCTW §II.1.1)."""

from __future__ import annotations

from datetime import date

from domain import events as ev
from domain.candidate.common import after, next_event, open_guard
from domain.candidate.nomination import full_years
from domain.candidate.state import Candidate
from domain.decisions import Guard, Stamp, check_text
from domain.errors import InvalidField

INTRODUCTION_KINDS = {
    "youth_union": "Ban Chấp hành Đoàn cơ sở",
    "trade_union": "Ban Chấp hành Công đoàn cơ sở",
    "two_members": "hai đảng viên chính thức",
}


def assign_helpers(c: Candidate, assigned_on: date, helpers: list[str], stamp: Stamp,
                   document_no: str | None = None, expected_version: int | None = None):
    """Chi bộ assigns official members to help the person (nghị quyết phân công giúp đỡ)."""
    names = _names("helpers", helpers, "Đảng viên giúp đỡ")
    guard = open_guard(c, "assigned_on", assigned_on, stamp, expected_version)
    return next_event(ev.HelperAssigned, c, stamp, assigned_on, guard, document_no,
                      helpers=names)


def register_for_awareness_class(c: Candidate, registered_on: date, stamp: Stamp,
                                 document_no: str | None = None,
                                 expected_version: int | None = None):
    guard = open_guard(c, "registered_on", registered_on, stamp, expected_version)
    return next_event(ev.AwarenessClassRegistered, c, stamp, registered_on, guard, document_no)


def complete_awareness_class(c: Candidate, completed_on: date, certificate_no: str,
                             issued_by: str, stamp: Stamp, expected_version: int | None = None):
    """The certificate (Mẫu CN-NTVĐ); its date starts the 60-month validity."""
    check_text("certificate_no", certificate_no, "Số giấy chứng nhận")
    check_text("issued_by", issued_by, "Nơi cấp giấy chứng nhận")
    guard = open_guard(c, "completed_on", completed_on, stamp, expected_version)
    guard.require(c.class_registered_on is not None, "stage_order",
                  f"{c.full_name} chưa có tên trong danh sách đăng ký học lớp nhận thức.")
    after(guard, completed_on, c.class_registered_on, "ngày đăng ký học")
    return next_event(ev.AwarenessClassCompleted, c, stamp, completed_on, guard, certificate_no,
                      certificate_no=certificate_no.strip(), issued_by=issued_by.strip())


def submit_application(c: Candidate, submitted_on: date, stamp: Stamp,
                       expected_version: int | None = None):
    """Đơn xin vào Đảng and lý lịch, after the awareness class."""
    guard = open_guard(c, "submitted_on", submitted_on, stamp, expected_version)
    guard.require(c.certificate_on is not None, "stage_order",
                  f"{c.full_name} chưa có giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng.")
    after(guard, submitted_on, c.certificate_on, "ngày cấp giấy chứng nhận")
    return next_event(ev.ApplicationSubmitted, c, stamp, submitted_on, guard)


def record_verification(c: Candidate, concluded_on: date, result: str, stamp: Stamp,
                        document_no: str | None = None, expected_version: int | None = None):
    """Kết luận thẩm tra lý lịch; a failed verification is a fact, not an error."""
    if result not in ("passed", "failed"):
        raise InvalidField("result", "Kết quả thẩm tra phải là đạt (passed) hoặc "
                                     "không đạt (failed).")
    guard = open_guard(c, "concluded_on", concluded_on, stamp, expected_version)
    needs_application(guard, c, concluded_on)
    return next_event(ev.BackgroundVerified, c, stamp, concluded_on, guard, document_no,
                      passed=result == "passed")


def record_introduction(c: Candidate, introduced_on: date, kind: str, introducers: list[str],
                        stamp: Stamp, resolution_no: str | None = None,
                        resolution_on: date | None = None,
                        expected_version: int | None = None):
    if kind not in INTRODUCTION_KINDS:
        raise InvalidField("kind", "Hình thức giới thiệu phải là youth_union, trade_union "
                                   "hoặc two_members.")
    names = _names("introducers", introducers, "Người giới thiệu")
    if kind == "two_members" and len(names) < 2:
        raise InvalidField("introducers", "Cần hai đảng viên chính thức giới thiệu.")
    guard = open_guard(c, "introduced_on", introduced_on, stamp, expected_version)
    needs_application(guard, c, introduced_on)
    check_route(guard, c, kind, introduced_on)
    return next_event(ev.IntroductionRecorded, c, stamp, introduced_on, guard, resolution_no,
                      kind=kind, introducers=names, resolution_on=resolution_on)


def collect_comments(c: Candidate, collected_on: date, stamp: Stamp,
                     document_no: str | None = None, expected_version: int | None = None):
    guard = open_guard(c, "collected_on", collected_on, stamp, expected_version)
    needs_application(guard, c, collected_on)
    return next_event(ev.CommentsCollected, c, stamp, collected_on, guard, document_no)


def needs_application(guard, c: Candidate, on: date) -> None:
    guard.require(c.applied_on is not None, "stage_order",
                  f"{c.full_name} chưa nộp đơn xin vào Đảng và lý lịch.")
    after(guard, on, c.applied_on, "ngày nộp đơn")


def is_youth(c: Candidate, on: date, guard: Guard) -> bool:
    return full_years(c.birth_date, on) <= guard.number("introduction_fits", "youth_max_years")


def allowed_routes(c: Candidate, on: date, guard: Guard) -> tuple[str, ...]:
    """The introduction kinds open to `c` on `on`: none for a youth who is not a Đoàn
    member (they must join the Đoàn first). Staff and teachers (GV) are union members."""
    if is_youth(c, on, guard):
        return ("youth_union",) if c.youth_union_member else ()
    return ("trade_union", "two_members") if c.category == "GV" else ("two_members",)


def check_route(guard: Guard, c: Candidate, kind: str, on: date) -> None:
    routes = allowed_routes(c, on, guard)
    age = full_years(c.birth_date, on)
    if not routes:
        why = (f"{c.full_name} ({age} tuổi vào ngày {on:%d/%m/%Y}) trong độ tuổi thanh niên "
               "nhưng chưa là đoàn viên: phải là đoàn viên, được Ban Chấp hành Đoàn cơ sở "
               "và một đảng viên chính thức giới thiệu.")
    else:
        why = (f"Hình thức giới thiệu không phù hợp với {c.full_name} ({age} tuổi vào ngày "
               f"{on:%d/%m/%Y}): chỉ được giới thiệu bởi "
               f"{' hoặc '.join(ROUTE_LABELS[r] for r in routes)}.")
    guard.require(kind in routes, "introduction_fits", why, kind=kind,
                  allowed=",".join(routes))


ROUTE_LABELS = {
    "youth_union": "Ban Chấp hành Đoàn cơ sở và một đảng viên chính thức",
    "trade_union": "Ban Chấp hành Công đoàn cơ sở và một đảng viên chính thức",
    "two_members": "hai đảng viên chính thức",
}


def _names(field_name: str, names: list[str], label: str) -> tuple[str, ...]:
    cleaned = tuple(" ".join(n.split()) for n in names if n and n.strip())
    if not cleaned:
        raise InvalidField(field_name, f"{label}: cần ít nhất một họ tên.")
    return cleaned


def missing_steps(c: Candidate) -> list[tuple[str, str]]:
    """(rule id, step) of each step an admission decision rests on that `c` lacks: the
    dossier (01-HD/TW §3) and the cell's passed vote (Điều lệ Đảng, Điều 4.3)."""
    return [("dossier_complete", label) for label in missing_documents(c)] + (
        [] if c.admission_voted_on is not None
        else [("decision_after_passed_vote", "nghị quyết chi bộ đề nghị kết nạp được thông qua")])


def missing_documents(c: Candidate) -> list[str]:
    """The documents of the dossier `c` does not have yet, as the cell names them."""
    return [label for ok, label in (
        (c.certificate_on is not None, "giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng"),
        (c.applied_on is not None, "đơn xin vào Đảng và lý lịch"),
        (c.verification_passed is True, "kết luận thẩm tra lý lịch đạt"),
        (bool(c.introductions), "giới thiệu người vào Đảng"),
        (c.comments_on is not None, "nhận xét của đoàn thể và nơi cư trú"),
    ) if not ok]
