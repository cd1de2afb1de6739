"""The facts a document is written from, gathered from the record in one place.

`gather` reads the candidate's stream as corrected (a correction patches the event it
cites, never the stored one), the cell and its settings. Every value is text as it is
printed: dates dd/mm/yyyy in the body, the long form ("ngày 12 tháng 3 năm 2024") in the
place-and-date line (Hướng dẫn 36-HD/VPTW). A fact the record does not hold is None, so the
document is refused naming it rather than printed with a blank. Attendance (who chaired, who
took the minutes, who was present) comes from the cell's roster stream: the meeting held on
the vote's day (`Roster.meetings`), never typed again for the document.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain import events as ev
from domain.candidate.dossier import INTRODUCTION_KINDS
from domain.candidate.state import Candidate, apply_corrections
from domain.cell import Cell
from domain.roster import Roster
from service.collation import name_key
from service.documents.catalog import DocumentKind
from service.reports.header import PARTY, long_date, party_organisation

# Every fact a template may use, with the name the refusal gives it (Vietnamese).
LABELS: dict[str, str] = {
    "party": "tiêu đề Đảng", "issuer_upper": "tên cấp ủy cấp trên",
    "issuer": "tên cơ quan ban hành", "place": "địa danh", "place_date": "địa danh và ngày",
    "cell_name": "tên chi bộ", "superior_body": "cấp ủy cấp trên trực tiếp",
    "full_name": "họ và tên", "birth_date": "ngày sinh", "ethnicity": "dân tộc",
    "position": "chức danh (giáo viên/học sinh)", "address_as": "cách gọi (quần chúng/đồng chí)",
    "application_date": "ngày nộp đơn xin vào Đảng", "certificate_no": "số giấy chứng nhận",
    "certificate_date": "ngày cấp giấy chứng nhận", "verification_date": "ngày kết luận thẩm tra",
    "introduced_by": "người/tổ chức giới thiệu", "introduction_date": "ngày giới thiệu",
    "helpers": "đảng viên giúp đỡ",
    "comments_date": "ngày tổng hợp ý kiến nhận xét", "comments_no": "số văn bản tổng hợp",
    "vote_date": "ngày chi bộ họp xét kết nạp", "resolution_no": "số nghị quyết đề nghị kết nạp",
    "official_members": "số đảng viên chính thức", "votes_for": "số phiếu tán thành",
    "votes_against": "số không tán thành", "votes_for_percent": "tỷ lệ tán thành",
    "decision_date": "ngày quyết định kết nạp", "decision_no": "số quyết định kết nạp",
    "decided_by": "cấp ủy quyết định kết nạp", "ceremony_date": "ngày lễ kết nạp",
    "admitted_date": "ngày kết nạp", "probation_end_date": "ngày hết dự bị",
    "new_member_class_date": "ngày hoàn thành lớp đảng viên mới",
    "conversion_vote_date": "ngày chi bộ họp xét công nhận chính thức",
    "conversion_resolution_no": "số nghị quyết đề nghị công nhận chính thức",
    "conversion_official_members": "số đảng viên chính thức (xét chính thức)",
    "conversion_votes_for": "số phiếu tán thành (xét chính thức)",
    "conversion_votes_against": "số không tán thành (xét chính thức)",
    "conversion_votes_for_percent": "tỷ lệ tán thành (xét chính thức)",
    "conversion_decision_date": "ngày quyết định công nhận chính thức",
    "conversion_decision_no": "số quyết định công nhận chính thức",
    "conversion_decided_by": "cấp ủy quyết định công nhận chính thức",
    "official_since": "ngày chính thức",
    "chaired_by": "người chủ trì cuộc họp xét kết nạp",
    "minutes_by": "thư ký cuộc họp xét kết nạp",
    "present_count": "số đảng viên có mặt tại cuộc họp xét kết nạp",
    "present_names": "danh sách đảng viên có mặt tại cuộc họp xét kết nạp",
    "conversion_chaired_by": "người chủ trì cuộc họp xét công nhận chính thức",
    "conversion_minutes_by": "thư ký cuộc họp xét công nhận chính thức",
    "conversion_present_count": "số đảng viên có mặt tại cuộc họp xét công nhận chính thức",
    "conversion_present_names": "danh sách đảng viên có mặt tại cuộc họp xét công nhận "
                                "chính thức",
    "strike_off_date": "ngày chi bộ họp xét xóa tên",
    "strike_off_resolution_no": "số nghị quyết đề nghị xóa tên",
    "strike_off_reason": "lý do đề nghị xóa tên",
    "refusal_date": "ngày thông báo không kết nạp", "refusal_no": "số thông báo không kết nạp",
    "refused_by": "cấp ủy không đồng ý kết nạp", "refusal_reason": "lý do không kết nạp",
    "conversion_refusal_date": "ngày thông báo không công nhận",
    "conversion_refusal_no": "số thông báo không công nhận",
    "conversion_refused_by": "cấp ủy không đồng ý công nhận",
    "conversion_refusal_reason": "lý do không công nhận",
    "extension_date": "ngày gia hạn", "extension_no": "số văn bản gia hạn",
    "extended_to": "gia hạn đến ngày", "extension_reason": "lý do gia hạn",
    "extension_of": "việc được gia hạn",
}
POSITIONS = {"GV": "giáo viên", "HS": "học sinh"}
EXTENDED = {"admission": "xem xét, quyết định kết nạp đảng viên",
            "conversion": "xem xét, quyết định công nhận đảng viên chính thức"}


@dataclass(frozen=True)
class Record:
    """What a document is written from: the candidate (with its history) and the cell with
    its settings (place name, full name). `place` is the deployment's KETNAP_REPORT_PLACE,
    used only while the cell has not set its own. `roster`: the cell's roster and meetings,
    where the minutes read who attended (None: the minutes lack their attendance)."""
    candidate: Candidate
    cell: Cell
    place: str = ""
    roster: Roster | None = None


def dmy(day: date | None) -> str | None:
    return None if day is None else f"{day:%d/%m/%Y}"


def gather(kind: DocumentKind, record: Record,
           common: dict[str, str | None] | None = None) -> dict[str, str | None]:
    """Every fact of LABELS for one document, None where the record lacks it. `common`:
    the facts every document of this record shares (`shared_facts`), when already read."""
    facts = dict(shared_facts(record) if common is None else common)
    facts.update(_header(kind, record, facts))
    return facts


def shared_facts(record: Record) -> dict[str, str | None]:
    """The facts that do not depend on which document is written (all but the header)."""
    facts: dict[str, str | None] = dict.fromkeys(LABELS)
    events = apply_corrections(list(record.candidate.history))
    facts.update(_person(record.candidate))
    facts.update(_dossier(events))
    facts.update(_admission(events))
    facts.update(_conversion(events))
    facts.update(_exits(events))
    facts.update(_attendance(record.roster, facts.get("vote_date"), ""))
    facts.update(_attendance(record.roster, facts.get("conversion_vote_date"), "conversion_"))
    return facts


def _attendance(roster: Roster | None, vote_date: str | None, prefix: str) -> dict:
    """Who chaired, who took the minutes and who was present at the meeting of the vote's
    day, by name as the roster holds it (present members ordered by given name)."""
    meeting = roster and vote_date and roster.meetings.get(_parsed(vote_date))
    if not meeting:
        return {}
    names = [roster.members[m].full_name for m in meeting.present if m in roster.members]
    return {f"{prefix}chaired_by": _name(roster, meeting.chaired_by),
            f"{prefix}minutes_by": _name(roster, meeting.minutes_by),
            f"{prefix}present_count": str(len(meeting.present)),
            f"{prefix}present_names": ", ".join(sorted(names, key=name_key))}


def _name(roster: Roster, member_id: str) -> str | None:
    member = roster.members.get(member_id)
    return member and member.full_name


def _last(events: list[ev.Event], kind: type, passed: bool | None = None):
    found = [e for e in events if type(e) is kind
             and (passed is None or getattr(e, "passed", None) is passed)]
    return found[-1] if found else None


def _person(c: Candidate) -> dict:
    member = c.admitted_on is not None
    return {"full_name": c.full_name, "birth_date": dmy(c.birth_date),
            "ethnicity": c.ethnicity, "position": POSITIONS.get(c.category, c.category),
            "address_as": "đồng chí" if member else "quần chúng",
            "admitted_date": dmy(c.admitted_on), "probation_end_date": dmy(c.probation_ends_on),
            "new_member_class_date": dmy(c.new_member_class_on),
            "official_since": dmy(c.official_since)}


def _dossier(events: list[ev.Event]) -> dict:
    cert = _last(events, ev.AwarenessClassCompleted)
    applied = _last(events, ev.ApplicationSubmitted)
    verified = _last(events, ev.BackgroundVerified)
    intro = _last(events, ev.IntroductionRecorded)
    helpers = _last(events, ev.HelperAssigned)
    comments = _last(events, ev.CommentsCollected)
    return {
        "certificate_no": cert and cert.certificate_no,
        "certificate_date": cert and dmy(cert.occurred_on),
        "application_date": applied and dmy(applied.occurred_on),
        "verification_date": verified and dmy(verified.occurred_on),
        "introduced_by": intro and _introducers(intro),
        "introduction_date": intro and dmy(intro.occurred_on),
        "helpers": helpers and ", ".join(helpers.helpers),
        "comments_date": comments and dmy(comments.occurred_on),
        "comments_no": comments and comments.document_no,
    }


def _introducers(e: ev.IntroductionRecorded) -> str:
    if e.kind == "two_members":
        return "đảng viên chính thức " + " và ".join(e.introducers)
    return f"{INTRODUCTION_KINDS[e.kind]} ({', '.join(e.introducers)})"


def _vote(e: ev.Event | None, prefix: str, number: str) -> dict:
    if e is None:
        return {}
    against = e.official_members - e.votes_for
    percent = f"{100 * e.votes_for / e.official_members:.1f}".replace(".", ",")
    return {f"{prefix}vote_date": dmy(e.occurred_on), number: e.document_no,
            f"{prefix}official_members": str(e.official_members),
            f"{prefix}votes_for": str(e.votes_for), f"{prefix}votes_against": str(against),
            f"{prefix}votes_for_percent": percent + "%"}


def _admission(events: list[ev.Event]) -> dict:
    vote = _vote(_last(events, ev.AdmissionVoted, passed=True), "", "resolution_no")
    decided = _last(events, ev.AdmissionDecided)
    ceremony = _last(events, ev.Admitted)
    return {**vote,
            "decision_date": decided and dmy(decided.occurred_on),
            "decision_no": decided and decided.document_no,
            "decided_by": decided and decided.decided_by,
            "ceremony_date": ceremony and dmy(ceremony.occurred_on)}


def _conversion(events: list[ev.Event]) -> dict:
    voted = _last(events, ev.ConversionVoted, passed=True)
    decided = _last(events, ev.ConvertedToOfficial)
    return {**_vote(voted, "conversion_", "conversion_resolution_no"),
            "conversion_decision_date": decided and dmy(decided.occurred_on),
            "conversion_decision_no": decided and decided.document_no,
            "conversion_decided_by": decided and decided.decided_by}


def _exits(events: list[ev.Event]) -> dict:
    strike = _last(events, ev.StrikeOffProposed)
    refused = _last(events, ev.AdmissionRefused)
    not_converted = _last(events, ev.ConversionRefused)
    extended = _last(events, ev.DecisionExtended)
    return {
        "strike_off_date": strike and dmy(strike.occurred_on),
        "strike_off_resolution_no": strike and strike.document_no,
        "strike_off_reason": strike and strike.reason,
        "refusal_date": refused and dmy(refused.occurred_on),
        "refusal_no": refused and refused.document_no,
        "refused_by": refused and refused.decided_by,
        "refusal_reason": refused and refused.reason,
        "conversion_refusal_date": not_converted and dmy(not_converted.occurred_on),
        "conversion_refusal_no": not_converted and not_converted.document_no,
        "conversion_refused_by": not_converted and not_converted.decided_by,
        "conversion_refusal_reason": not_converted and not_converted.reason,
        "extension_date": extended and dmy(extended.occurred_on),
        "extension_no": extended and extended.document_no,
        "extended_to": extended and dmy(extended.extended_to),
        "extension_reason": extended and extended.reason,
        "extension_of": extended and EXTENDED.get(extended.decision, extended.decision),
    }


_BODIES = {"quyet-dinh-ket-nap": "decided_by", "quyet-dinh-chinh-thuc": "conversion_decided_by",
           "thong-bao-khong-ket-nap": "refused_by",
           "thong-bao-khong-cong-nhan": "conversion_refused_by"}


def _header(kind: DocumentKind, record: Record, facts: dict) -> dict:
    """The issuing body (top left) and the place and date (top right), 36-HD/VPTW."""
    on = _parsed(facts.get(kind.dated_by))
    cell = record.cell
    superior = cell.superior_on(on) if on else cell.superior_body
    if kind.issuer == "committee":
        body = facts.get(_BODIES.get(kind.code, "")) or superior
        upper, issuer = party_organisation(body), body.upper()
    else:
        upper, issuer = party_organisation(superior), cell.document_name.upper()
    place = cell.place or record.place
    return {"party": PARTY, "issuer_upper": upper, "issuer": issuer, "place": place or None,
            "cell_name": cell.document_name, "superior_body": superior,
            "place_date": on and place and long_date(on, place)}


def _parsed(text: str | None) -> date | None:
    if not text:
        return None
    day, month, year = (int(p) for p in text.split("/"))
    return date(year, month, day)
