"""Kết nạp: the cell's vote, the competent committee's decision, and the ceremony."""

from __future__ import annotations

from datetime import date

from domain import events as ev
from domain.candidate.common import after, check_competent_body, next_event, open_guard
from domain.candidate.dossier import allowed_routes, check_route, missing_documents
from domain.candidate.identity import waiting_ends_on
from domain.candidate.state import Candidate, Stage
from domain.candidate.validity import PAPERS, valid_until
from domain.candidate.voting import check_counts, passes
from domain.dates import add_months, months_counted_by_month
from domain.decisions import Guard, Stamp, check_not_future, check_text

_BEFORE_PROPOSAL = (Stage.NOMINATED, Stage.CLASS_REGISTERED, Stage.CLASS_COMPLETED,
                    Stage.APPLIED, Stage.VERIFIED)


def vote_admission(c: Candidate, meeting_on: date, resolution_no: str, official_members: int,
                   votes_for: int, stamp: Stamp, expected_version: int | None = None):
    """The cell considers one person and votes; every admission rule is judged on this date."""
    check_counts(official_members, votes_for)
    guard = open_guard(c, "meeting_on", meeting_on, stamp, expected_version)
    guard.require(c.stage in _BEFORE_PROPOSAL, "stage_order",
                  f"Chi bộ đã đề nghị kết nạp {c.full_name}.", stage=c.stage)
    _check_dossier(guard, c, meeting_on)
    _check_introduction(guard, c)
    _check_age(guard, c, meeting_on)
    _check_certificate(guard, c, meeting_on)
    _check_papers(guard, c, meeting_on)
    guard.require(c.education != "primary", "education_minimum",
                  f"{c.full_name} chưa tốt nghiệp trung học cơ sở.")
    _check_readmission_wait(guard, c, meeting_on)
    return next_event(ev.AdmissionVoted, c, stamp, meeting_on, guard, resolution_no,
                      official_members=official_members, votes_for=votes_for,
                      passed=passes(official_members, votes_for, guard))


def decide_admission(c: Candidate, decided_on: date, decision_no: str, decided_by: str,
                     received_on: date, stamp: Stamp, expected_version: int | None = None,
                     superior: str | None = None):
    """Quyết định kết nạp: only after a passed vote (its deadline never blocks), by the
    cell's superior body on the decision date (`superior`)."""
    check_text("decision_no", decision_no, "Số quyết định")
    check_text("decided_by", decided_by, "Cấp ủy quyết định")
    guard = open_guard(c, "decided_on", decided_on, stamp, expected_version)
    check_not_future("received_on", received_on, stamp)
    check_competent_body(guard, decided_by, decided_on, superior)
    guard.require(c.stage == Stage.PROPOSED, "decision_after_passed_vote",
                  f"Chưa có nghị quyết chi bộ đề nghị kết nạp {c.full_name} được thông qua "
                  "(hoặc đã có quyết định).", stage=c.stage)
    after(guard, decided_on, c.admission_voted_on, "ngày chi bộ biểu quyết")
    after(guard, received_on, decided_on, "ngày ký quyết định")
    guard.require(not c.readmission or bool(c.province_consent_no),
                  "readmission_province_consent",
                  f"Kết nạp lại {c.full_name} cần văn bản đồng ý của ban thường vụ tỉnh ủy, "
                  "thành ủy (ghi ở hồ sơ tạo nguồn, hoặc đính chính bổ sung).")
    return next_event(ev.AdmissionDecided, c, stamp, decided_on, guard, decision_no,
                      decided_by=decided_by.strip(), received_on=received_on)


def hold_ceremony(c: Candidate, held_on: date, stamp: Stamp,
                  expected_version: int | None = None):
    """Lễ kết nạp: the person becomes a probationary member; probation starts today."""
    guard = open_guard(c, "held_on", held_on, stamp, expected_version)
    guard.require(c.stage == Stage.DECIDED, "ceremony_after_decision",
                  f"Chưa có quyết định kết nạp {c.full_name} (hoặc đã tổ chức lễ kết nạp).",
                  stage=c.stage)
    after(guard, held_on, c.decision_received_on, "ngày nhận quyết định")
    return next_event(ev.Admitted, c, stamp, held_on, guard)


def _check_papers(guard: Guard, c: Candidate, meeting_on: date) -> None:
    """Each paper still valid on the vote's day, by that day's rule set (issue 14 item 5)."""
    for paper in PAPERS:
        months = guard.number(paper.rule_id, "months")
        expires = valid_until(paper, c, months)
        if expires is None:
            continue
        guard.require(meeting_on <= expires, paper.rule_id,
                      f"Văn bản {paper.name} của {c.full_name} lập ngày "
                      f"{paper.held_on(c):%d/%m/%Y} đã hết giá trị ngày {expires:%d/%m/%Y} "
                      f"(quá {months} tháng) trước ngày chi bộ xét: phải làm lại.",
                      expires=expires)


def _check_readmission_wait(guard: Guard, c: Candidate, meeting_on: date) -> None:
    """Kết nạp lại: at least 36 months since leaving (60 after a minor crime's record was
    cleared) on the day the cell considers it."""
    if not c.readmission or c.left_party_on is None:
        return
    ends = waiting_ends_on(c.left_party_on, c.left_by or "", guard)
    guard.require(meeting_on >= ends, "readmission_waiting_period",
                  f"{c.full_name} ra khỏi Đảng ngày {c.left_party_on:%d/%m/%Y}: chỉ xét kết nạp "
                  f"lại từ ngày {ends:%d/%m/%Y}.", waiting_ends_on=ends)


def _check_dossier(guard: Guard, c: Candidate, meeting_on: date) -> None:
    missing = missing_documents(c)
    guard.require(not missing, "dossier_complete",
                  f"Hồ sơ của {c.full_name} còn thiếu: {', '.join(missing)}.",
                  missing="; ".join(missing))
    introduced_on = max((on for _, on in c.introductions), default=None)
    for on, what in ((c.verified_on, "ngày kết luận thẩm tra"), (c.comments_on, "ngày nhận xét"),
                     (introduced_on, "ngày giới thiệu")):
        after(guard, meeting_on, on, what)


def _check_introduction(guard: Guard, c: Candidate) -> None:
    """The route of each introduction, judged on its own date (a person's age and Đoàn
    membership then); the vote needs one that fits."""
    if not c.introductions:
        return
    fits = [kind for kind, on in c.introductions if kind in allowed_routes(c, on, guard)]
    kind, on = c.introductions[-1]
    if not fits:
        check_route(guard, c, kind, on)


def _check_age(guard: Guard, c: Candidate, meeting_on: date) -> None:
    if c.birth_date is None:       # erased: the audit cannot judge the age again
        return
    months = months_counted_by_month(c.birth_date, meeting_on)
    low = guard.number("age_minimum", "min_months")
    high = guard.number("age_maximum", "max_months")
    guard.require(months >= low, "age_minimum",
                  f"{c.full_name} chưa đủ {low // 12} tuổi (tính theo tháng) vào ngày chi bộ xét "
                  f"{meeting_on:%d/%m/%Y}; đủ tuổi từ tháng {add_months(c.birth_date, low):%m/%Y}.",
                  birth_date=c.birth_date)
    guard.require(months <= high, "age_maximum",
                  f"{c.full_name} đã quá {high // 12} tuổi (tính theo tháng) vào ngày chi bộ xét.",
                  birth_date=c.birth_date)


def _check_certificate(guard: Guard, c: Candidate, meeting_on: date) -> None:
    if c.certificate_on is None:
        return
    months = guard.number("certificate_validity", "months")
    expires = add_months(c.certificate_on, months)
    guard.require(meeting_on <= expires, "certificate_validity",
                  f"Giấy chứng nhận của {c.full_name} cấp ngày {c.certificate_on:%d/%m/%Y} đã "
                  f"hết giá trị ngày {expires:%d/%m/%Y} (quá {months} tháng): phải học lại lớp.",
                  expires=expires)
