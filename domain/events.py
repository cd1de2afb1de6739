"""Every fact the inspection committee can see: frozen dataclasses, named in the past tense.

Each event carries the business date it happened on (`occurred_on`), the acting user, the
document it rests on where there is one, the rule set it was judged by, and, where a refused
action was recorded anyway, the override reason, its authority and the rules it overrode.
`timestamp` is when the store recorded it: inspectors need both dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID


@dataclass(frozen=True, kw_only=True)
class Event:
    originator_id: UUID
    originator_version: int
    timestamp: datetime
    actor: str
    occurred_on: date
    rule_set: str = ""
    document_no: str | None = None
    override_reason: str | None = None
    override_authority: str | None = None
    overridden_rules: tuple[str, ...] = ()


# --- Cell (chi bộ) -------------------------------------------------------------------------

@dataclass(frozen=True, kw_only=True)
class CellRegistered(Event):
    """Chi bộ được đăng ký, với cấp ủy cấp trên trực tiếp (dữ liệu, không phải mã nguồn)."""
    code: str
    name: str
    superior_body: str


@dataclass(frozen=True, kw_only=True)
class SuperiorBodyChanged(Event):
    """Cấp ủy cấp trên trực tiếp thay đổi, ví dụ khi bỏ cấp huyện từ 01/07/2025."""
    superior_body: str


@dataclass(frozen=True, kw_only=True)
class CellSettingsChanged(Event):
    """Cài đặt của chi bộ cho văn bản (issue 20): địa danh ghi trước ngày tháng ("Việt Yên,
    ngày …") và tên đầy đủ của chi bộ; để trống tên đầy đủ thì dùng tên đã đăng ký."""
    place: str
    full_name: str = ""


# --- Plan (kế hoạch phát triển đảng viên) -----------------------------------------------------

@dataclass(frozen=True, kw_only=True)
class PlanAdopted(Event):
    """Chi bộ ban hành kế hoạch năm: số, ngày, căn cứ, chỉ tiêu từng nội dung × GV/HS × quý."""
    cell_code: str
    number: str
    year: int
    basis: str
    targets: tuple[dict, ...]


@dataclass(frozen=True, kw_only=True)
class PlanAmended(Event):
    """Kế hoạch được điều chỉnh: chỉ tiêu mới thay chỉ tiêu cũ từ ngày điều chỉnh."""
    targets: tuple[dict, ...]
    reason: str


# --- Working calendar ---------------------------------------------------------------------

@dataclass(frozen=True, kw_only=True)
class DayOffDeclared(Event):
    """Ngày nghỉ do cơ quan có thẩm quyền công bố (ví dụ nghỉ bù Tết)."""
    reason: str


@dataclass(frozen=True, kw_only=True)
class WorkdayDeclared(Event):
    """Ngày làm bù (thứ Bảy đi làm) do cơ quan có thẩm quyền công bố."""
    reason: str


# --- Candidate (quần chúng → đảng viên dự bị → chính thức) --------------------------------------

@dataclass(frozen=True, kw_only=True)
class CandidateNominated(Event):
    """Tạo nguồn: quần chúng ưu tú vào danh sách cảm tình Đảng của chi bộ."""
    cell_code: str
    full_name: str
    birth_date: date
    gender: str                 # "male" | "female"
    ethnicity: str
    category: str               # "GV" (giáo viên) | "HS" (học sinh)
    youth_union_member: bool
    education: str              # "lower_secondary" | "upper_secondary" | "college" | ...
    class_name: str | None = None
    # issue 15 (class_version 2): the person's identity, and a re-admission's facts
    class_version = 2
    citizen_id: str | None = None           # số định danh cá nhân, 12 digits
    left_party_on: date | None = None       # re-admission: when the person left the Party
    left_by: str | None = None              # re-admission: how (domain.candidate.readmission)
    province_consent_no: str | None = None  # re-admission: the province's written consent


@dataclass(frozen=True, kw_only=True)
class HelperAssigned(Event):
    """Chi bộ phân công đảng viên chính thức giúp đỡ quần chúng."""
    helpers: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class AwarenessClassRegistered(Event):
    """Lập danh sách đăng ký học lớp bồi dưỡng nhận thức về Đảng."""


@dataclass(frozen=True, kw_only=True)
class AwarenessClassCompleted(Event):
    """Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng (ngày cấp = occurred_on)."""
    certificate_no: str
    issued_by: str


@dataclass(frozen=True, kw_only=True)
class ApplicationSubmitted(Event):
    """Đơn xin vào Đảng (Mẫu 1-KNĐ) và lý lịch người xin vào Đảng (Mẫu 2-KNĐ)."""


@dataclass(frozen=True, kw_only=True)
class BackgroundVerified(Event):
    """Kết luận thẩm tra lý lịch: đạt hoặc không đạt."""
    passed: bool


@dataclass(frozen=True, kw_only=True)
class IntroductionRecorded(Event):
    """Giới thiệu người vào Đảng: Đoàn (Mẫu 4), Công đoàn (Mẫu 4A) hoặc hai đảng viên (Mẫu 3A)."""
    kind: str                   # "youth_union" | "trade_union" | "two_members"
    introducers: tuple[str, ...]
    # issue 14: the introducers from the roster, each {"member_id", "full_name",
    # "together_since" (date | None), "replaces_reason"}; () on introductions typed as names
    members: tuple[dict, ...] = ()
    resolution_on: date | None = None   # the Đoàn's or the union's resolution date


@dataclass(frozen=True, kw_only=True)
class CommentsCollected(Event):
    """Tổng hợp nhận xét của đoàn thể và chi ủy nơi cư trú (Mẫu 5-KNĐ)."""


@dataclass(frozen=True, kw_only=True)
class AdmissionVoted(Event):
    """Chi bộ xét và biểu quyết đề nghị kết nạp (Nghị quyết Mẫu 6-KNĐ); có thể không đạt."""
    official_members: int
    votes_for: int
    passed: bool


@dataclass(frozen=True, kw_only=True)
class AdmissionDecided(Event):
    """Quyết định kết nạp của cấp ủy có thẩm quyền (Mẫu 9-KNĐ); tuổi đảng tính từ ngày này."""
    decided_by: str
    received_on: date


@dataclass(frozen=True, kw_only=True)
class Admitted(Event):
    """Lễ kết nạp: trở thành đảng viên dự bị; 12 tháng dự bị tính từ ngày này."""


@dataclass(frozen=True, kw_only=True)
class NewMemberClassCompleted(Event):
    """Hoàn thành lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới."""
    certificate_no: str


@dataclass(frozen=True, kw_only=True)
class ConversionVoted(Event):
    """Chi bộ xét, biểu quyết đề nghị công nhận đảng viên chính thức (Mẫu 13-KNĐ)."""
    official_members: int
    votes_for: int
    passed: bool


@dataclass(frozen=True, kw_only=True)
class ConvertedToOfficial(Event):
    """Quyết định công nhận đảng viên chính thức (Mẫu 16-KNĐ); chính thức từ ngày hết dự bị."""
    decided_by: str
    official_since: date


@dataclass(frozen=True, kw_only=True)
class Withdrawn(Event):
    """Quần chúng rút khỏi danh sách (không tiếp tục phấn đấu, chuyển trường, ...)."""
    reason: str


@dataclass(frozen=True, kw_only=True)
class TransferredOut(Event):
    """Chuyển đi nơi khác (chuyển nguồn); hồ sơ được bàn giao, với danh sách giấy tờ."""
    class_version = 2                     # v1 had no papers (migrations/events/upcasters.py)
    reason: str
    papers: tuple[str, ...] = ()          # issue 15: the papers handed over


@dataclass(frozen=True, kw_only=True)
class StruckOff(Event):
    """Xóa tên trong danh sách đảng viên dự bị."""
    reason: str


@dataclass(frozen=True, kw_only=True)
class RecordCorrected(Event):
    """Đính chính một sự kiện đã ghi, có văn bản cho phép; sự kiện cũ không bị sửa."""
    corrects: int               # the corrected event's position in the candidate's history
    fields: dict
    authority: str


CANDIDATE_EVENTS: tuple[type[Event], ...] = (
    CandidateNominated, HelperAssigned, AwarenessClassRegistered, AwarenessClassCompleted,
    ApplicationSubmitted, BackgroundVerified, IntroductionRecorded, CommentsCollected,
    AdmissionVoted, AdmissionDecided, Admitted, NewMemberClassCompleted, ConversionVoted,
    ConvertedToOfficial, Withdrawn, TransferredOut, StruckOff, RecordCorrected,
)


# --- Review of the procedures (xem xét quy trình) ------------------------------------------

@dataclass(frozen=True, kw_only=True)
class ProcedureReviewed(Event):
    """Cấp ủy hoặc Ủy ban kiểm tra xem xét một quy trình (một tệp .feature) ở đúng phiên bản
    đã đọc: thông qua, thông qua có ý kiến hoặc không thông qua, kèm ý kiến từng tình huống.
    Giữ nguyên văn bản đã đọc (`text`, băm ra `version`) để sau này so sánh được."""
    path: str
    version: str                       # SHA-256 of the file's text (UTF-8)
    verdict: str                       # approved | approved_with_remarks | not_approved
    text: str
    scenarios: tuple[dict, ...]        # {"name", "text"}: the version's scenarios, as read
    comments: tuple[dict, ...] = ()    # {"scenario": name | None (whole procedure), "text"}


@dataclass(frozen=True, kw_only=True)
class ReviewCommentAnswered(Event):
    """Người soạn quy trình trả lời một ý kiến: đã sửa ở phiên bản …, hoặc giữ nguyên vì …
    Ý kiến không bao giờ bị sửa; câu trả lời là một sự kiện mới."""
    comment: str                       # "<review number>.<comment number>", e.g. "2.1"
    outcome: str                       # changed | kept
    note: str
    in_version: str | None = None


# --- The superior's other outcomes and the end of probation (issue 15) ----------------------

@dataclass(frozen=True, kw_only=True)
class AdmissionRefused(Event):
    """Cấp ủy có thẩm quyền không đồng ý kết nạp, nêu lý do (24-QĐ/TW 4.3.1); người đó trở
    lại danh sách cảm tình Đảng hoặc ra khỏi danh sách."""
    decided_by: str
    reason: str
    returns_to_pool: bool


@dataclass(frozen=True, kw_only=True)
class ConversionRefused(Event):
    """Cấp ủy có thẩm quyền không đồng ý công nhận chính thức, nêu lý do; chi bộ xét lại
    hoặc đề nghị xóa tên."""
    decided_by: str
    reason: str


@dataclass(frozen=True, kw_only=True)
class DecisionExtended(Event):
    """Cấp ủy có thẩm quyền gia hạn thời hạn xem xét, quyết định (tối đa 30 ngày làm việc,
    một lần; 24-QĐ/TW 4.3.1): `decision` là "admission" hoặc "conversion"."""
    decision: str
    extended_to: date
    reason: str


@dataclass(frozen=True, kw_only=True)
class LateCeremonyConsented(Event):
    """Cấp ủy cấp trên trực tiếp đồng ý tổ chức lễ kết nạp quá 30 ngày làm việc (24-QĐ/TW 4.1)."""
    consented_by: str


@dataclass(frozen=True, kw_only=True)
class StrikeOffProposed(Event):
    """Nghị quyết chi bộ đề nghị xóa tên đảng viên dự bị không đủ điều kiện (24-QĐ/TW 4.2.1)."""
    reason: str


@dataclass(frozen=True, kw_only=True)
class PartyTransferLetterIssued(Event):
    """Giấy giới thiệu chuyển sinh hoạt đảng chính thức (số = document_no, ngày = occurred_on)
    của đảng viên dự bị hoặc chính thức, nơi chuyển đến, và ngày quyết định chuyển công tác /
    thay đổi nơi cư trú có hiệu lực (24-QĐ/TW 6.3.1: làm thủ tục trong 60 ngày làm việc)."""
    destination: str
    cause_on: date


@dataclass(frozen=True, kw_only=True)
class TransferCauseRecorded(Event):
    """Quyết định chuyển công tác, nghỉ hưu, thôi việc hoặc việc thay đổi nơi cư trú lâu dài
    của đảng viên có hiệu lực (ngày = occurred_on): từ đây chi bộ có 60 ngày làm việc làm thủ
    tục chuyển sinh hoạt đảng chính thức (24-QĐ/TW 6.3.1)."""
    reason: str


@dataclass(frozen=True, kw_only=True)
class PartyTransferPresented(Event):
    """Đảng viên đã xuất trình giấy giới thiệu ở nơi chuyển đến (ngày = occurred_on; hạn 30
    ngày làm việc từ ngày giới thiệu, 24-QĐ/TW 6.3.1), theo giấy báo của nơi chuyển đến."""
    received_by: str


@dataclass(frozen=True, kw_only=True)
class PartyTransferArrived(CandidateNominated):
    """Chi bộ nơi chuyển đến nhận sinh hoạt đảng của đảng viên theo giấy giới thiệu (số =
    document_no, ngày = letter_on): một luồng mới trong chi bộ nhận, với ngày kết nạp (dự bị
    tính từ đó) và ngày chính thức nếu đã là đảng viên chính thức."""
    class_version = 1
    letter_on: date
    from_unit: str
    admitted_on: date
    new_member_class_on: date | None = None
    official_since: date | None = None


CANDIDATE_EVENTS = (*CANDIDATE_EVENTS, AdmissionRefused, ConversionRefused, DecisionExtended,
                    LateCeremonyConsented, StrikeOffProposed, PartyTransferLetterIssued,
                    PartyTransferPresented, PartyTransferArrived, TransferCauseRecorded)


# --- Personal data (issue 18, Law 91/2025/QH15) ---------------------------------------------

@dataclass(frozen=True, kw_only=True)
class PersonErased(Event):
    """Dữ liệu cá nhân của người này đã bị xóa (khóa mã hóa của người đó bị hủy) theo văn bản
    `authority`. Sự kiện chỉ ghi ai xóa, xóa hồ sơ nào, theo văn bản nào; không chứa dữ liệu
    cá nhân. Các sự kiện cũ vẫn nguyên vẹn (thứ tự, mã băm), chỉ còn là bản mã không đọc được."""
    authority: str


CANDIDATE_EVENTS = (*CANDIDATE_EVENTS, PersonErased)


@dataclass(frozen=True, kw_only=True)
class StoreMigrated(Event):
    """Nhật ký này được chép từ một kho cũ (lập trước khi mã hóa dữ liệu cá nhân): mã băm
    cuối chuỗi và số sự kiện của kho cũ, để đối chiếu trước khi lưu trữ hoặc hủy kho cũ.
    Sự kiện cuối cùng của bản chép; điểm kiểm tra ký đầu tiên của kho mới bao gồm nó."""
    from_chain_head: str
    from_events: int
    from_position: int


# --- Roster (danh sách đảng viên của chi bộ) ------------------------------------------------
# One stream per cell (`domain.roster.roster_id`). A candidate admitted here joins it at the
# ceremony and becomes official at conversion: those events are saved with the candidate's
# own, by the application, never typed.

@dataclass(frozen=True, kw_only=True)
class MemberJoined(Event):
    """Một đảng viên vào danh sách của chi bộ (occurred_on: ngày vào danh sách): nhập khi
    chi bộ bắt đầu dùng Ketnap, chuyển sinh hoạt đến, hoặc kết nạp tại chi bộ."""
    member_id: str
    full_name: str
    birth_date: date
    gender: str                 # "male" | "female"
    category: str               # "GV" (giáo viên, nhân viên) | "HS" (học sinh)
    admitted_on: date           # ngày vào Đảng (ngày lễ kết nạp)
    official_since: date | None  # None: đảng viên dự bị
    joined_by: str              # "listed" | "transfer_in" | "admitted"


@dataclass(frozen=True, kw_only=True)
class MemberBecameOfficial(Event):
    """Đảng viên dự bị của chi bộ được công nhận chính thức (từ quyết định công nhận)."""
    member_id: str
    official_since: date


@dataclass(frozen=True, kw_only=True)
class MemberLeft(Event):
    """Đảng viên ra khỏi danh sách của chi bộ (occurred_on: ngày ra)."""
    member_id: str
    reason: str                 # "transfer_out" | "death" | "strike_off" | "expulsion"
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class MemberAbsenceRecorded(Event):
    """Sinh hoạt tạm thời nơi khác hoặc miễn sinh hoạt, từ ngày đến ngày."""
    member_id: str
    kind: str                   # "away" | "exempt"
    starts_on: date
    ends_on: date


# --- Meetings (họp chi bộ), on the cell's roster stream ----------------------------------------

@dataclass(frozen=True, kw_only=True)
class MeetingHeld(Event):
    """Một cuộc họp chi bộ (occurred_on: ngày họp): loại, chủ trì, thư ký, ai có mặt."""
    meeting_kind: str           # "regular" | "extraordinary"
    chaired_by: str             # member_id
    minutes_by: str             # member_id
    present: tuple[str, ...]    # member_ids


@dataclass(frozen=True, kw_only=True)
class MeetingVoteTaken(Event):
    """Một lần biểu quyết tại cuộc họp (document_no: số nghị quyết), lưu cùng sự kiện biểu
    quyết của quần chúng: một số nghị quyết là một lần biểu quyết."""
    candidate_id: str
    subject: str                # "admission" | "conversion"
    official_members: int       # the derived 2/3 denominator
    official_present: int
