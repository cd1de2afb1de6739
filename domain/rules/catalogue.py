"""Every regulation number Ketnap uses, in one place, by rule set and effective date.

Each check is judged by the rule set in force on the event's business date:
- 24-QĐ/TW (30/07/2021) with Hướng dẫn 01-HD/TW (28/09/2021);
- 232-QĐ/TW from 20/01/2025 (same numbers, new article references);
- 294-QĐ/TW with Hướng dẫn 06-HD/TW from 01/07/2025 (district level abolished).
A business date before the first rule set is judged by the first one (older texts carry the
same numbers; the app does not model 29-QĐ/TW of 2016).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

GUARD = "guard"          # refuses the command unless overridden
DEADLINE = "deadline"    # never blocks: reminder before, breach after
OUTCOME = "outcome"      # decides a recorded fact (e.g. whether a vote passed)
RETENTION = "retention"  # how long a person's data is kept, and what is never erased

# Who may record a refused action anyway (the override policy, per rule):
NEVER = "never"                  # no one: the Charter or the procedure's core forbids it
COMMITTEE_ONLY = "committee"     # the competent committee only, citing its written document
COMMITTEE_DOCUMENT = "văn bản của cấp ủy có thẩm quyền (số, ngày, cơ quan ban hành)"
# Rule ids renamed since events recorded them (old events keep the old id).
RENAMED = MappingProxyType({"age_limits": "age_minimum"})

# Numbers every rule set shares. The rules below take them from here, and so does the code
# that needs one where no rule set is at hand (a label, the fold's age of majority).
ADULT_MONTHS = 18 * 12         # Điều lệ Đảng, Điều 1.2: 18 years, counted by month
PROBATION_MONTHS = 12          # Điều lệ Đảng, Điều 5.1
TWO_THIRDS = "2/3"             # Điều lệ Đảng, Điều 4.3: a vote's share, as the texts word it


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    article: str
    title: str                      # Vietnamese, as the committee names it
    numbers: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))
    confidence: str = "High"
    override: str = COMMITTEE_ONLY
    document_needed: str = COMMITTEE_DOCUMENT
    override_basis: str = ""        # why the policy is what it is (article)


@dataclass(frozen=True)
class RuleSet:
    id: str
    title: str
    effective_from: date
    rules: MappingProxyType

    def rule(self, rule_id: str) -> Rule:
        return self.rules[RENAMED.get(rule_id, rule_id)]

    def number(self, rule_id: str, name: str) -> int:
        return self.rule(rule_id).numbers[name]


def _numbers(**values: int) -> MappingProxyType:
    return MappingProxyType(values)


def _rules(articles: dict[str, str]) -> MappingProxyType:
    """Build one rule set's rules: the numbers are shared, the articles differ by text."""
    specs = [
        ("age_minimum", GUARD, "Đủ 18 tuổi (tính theo tháng) tại ngày chi bộ xét",
         _numbers(min_months=ADULT_MONTHS), "High"),
        ("age_maximum", GUARD, "Không quá 60 tuổi (tính theo tháng) tại ngày chi bộ xét, "
         "trừ khi cấp ủy trực thuộc Trung ương quyết định với văn bản đồng ý",
         _numbers(max_months=60 * 12), "High"),
        ("education_minimum", GUARD, "Tốt nghiệp trung học cơ sở trở lên", _numbers(), "High"),
        ("certificate_validity", GUARD,
         "Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng còn giá trị (không quá 60 tháng)",
         _numbers(months=60), "High"),
        # Issue 14 item 5: how long each paper of the dossier stays valid on the vote's day.
        # Looked up with the search tool (corpus pages); the sources disagree, so the numbers
        # are data with their confidence:
        # - issue 14 (the project's reading of 12-HD/BTCTW 2022 and 01-HD/TW 2021):
        #   introductions, the Đoàn's or union's resolution and the comments 6 months, the
        #   background verification 12 months;
        # - a Đoàn guide (khoagdqp.blogspot.com/2010/01/huong-dan-thu-tuc-xet-gioi-thieu-ket_01
        #   .html, ĐHSP Hà Nội): "Nghị quyết giới thiệu ĐVƯT ... có hiệu lực trong 6 tháng";
        # - a cell's own rule (tranphudn.edu.vn, "Quy định hồ sơ kết nạp đảng viên ...",
        #   Chi bộ THPT Trần Phú, 2019): introductions, comments and the background
        #   12 months, the certificate 5 years;
        # - danluatold.thuvienphapluat.vn (PageIndex=8) names a section "Thời hạn sử dụng văn
        #   bản trong hồ sơ xét kết nạp" but its numbers were not in the stored text.
        # The central text itself was not found: confidence Low for the 6 months (12 in one
        # source), Medium for the 12 months (no source disagrees).
        ("introduction_validity", GUARD,
         "Giới thiệu người vào Đảng (của đảng viên chính thức, nghị quyết của Đoàn hoặc công "
         "đoàn cơ sở) còn giá trị vào ngày chi bộ xét (không quá 6 tháng)",
         _numbers(months=6), "Low"),
        ("comments_validity", GUARD,
         "Tổng hợp ý kiến nhận xét của đoàn thể và chi ủy nơi cư trú còn giá trị vào ngày chi "
         "bộ xét (không quá 6 tháng)", _numbers(months=6), "Low"),
        ("verification_validity", GUARD,
         "Kết luận thẩm tra lý lịch còn giá trị vào ngày chi bộ xét (không quá 12 tháng)",
         _numbers(months=12), "Medium"),
        ("dossier_complete", GUARD,
         "Hồ sơ đủ trước khi chi bộ xét: giấy chứng nhận, đơn, lý lịch đã thẩm tra đạt, "
         "giới thiệu, nhận xét", _numbers(), "High"),
        # Sources (issue 14, confirmed with the search tool): Điều lệ Đảng, Điều 4.1 (where
        # the Đoàn exists, an applicant of youth age must be a Đoàn member, introduced by the
        # BCH Đoàn cơ sở and one official member; a union member by the BCH công đoàn cơ sở
        # and one official member; otherwise two official members); 24-QĐ/TW 3.1 (the BCH
        # Đoàn / công đoàn cơ sở introduces by resolution), text at
        # https://lawnet.vn/ngan-hang-phap-luat/en/tu-van-phap-luat/bo-may-hanh-chinh/introduction-and-admission-of-individuals-into-the-communist-party-regulations-and-procedures-1008777
        # Youth age "to 30": Luật Thanh niên 2020, Điều 1 (16 to 30); confidence Medium, the
        # Charter does not state the age itself.
        ("introduction_fits", GUARD,
         "Hình thức giới thiệu theo tuổi và đoàn thể vào ngày giới thiệu: trong độ tuổi thanh "
         "niên (đến 30) phải là đoàn viên, do BCH Đoàn cơ sở và một đảng viên chính thức giới "
         "thiệu; đoàn viên công đoàn ngoài độ tuổi thanh niên: BCH công đoàn cơ sở và một đảng "
         "viên chính thức, hoặc hai đảng viên chính thức; người khác: hai đảng viên chính thức",
         _numbers(youth_max_years=30), "Medium"),
        # Source: 24-QĐ/TW 3.2.1 (official members who have worked or studied with the
        # applicant at least 12 months in the same unit) and 3.2.2 (an introducer who moved or
        # cannot continue is replaced by another official member; the 12 months do not
        # apply), same page as above; 232-QĐ/TW and 294-QĐ/TW keep the numbering.
        ("introducer_official_member", GUARD,
         "Người giới thiệu là đảng viên chính thức trong danh sách của chi bộ vào ngày giới thiệu",
         _numbers(), "High"),
        ("introducer_12_months", GUARD,
         "Người giới thiệu cùng công tác, học tập với người vào Đảng ít nhất 12 tháng trong "
         "một đơn vị, trừ người được phân công thay người giới thiệu đã chuyển đi",
         _numbers(months=12), "High"),
        ("stage_order", GUARD, "Các bước thực hiện đúng trình tự", _numbers(), "High"),
        ("date_order", GUARD, "Ngày của một bước không trước ngày của bước nó dựa vào",
         _numbers(), "High"),
        # A one-time step (lớp đảng viên mới, văn bản đồng ý lễ muộn, đề nghị xóa tên) is a
        # fact recorded once; the record is put right by a correction with
        # its document (24-QĐ/TW 6.2.4), never by recording the step again (issue 19).
        ("step_recorded_once", GUARD,
         "Bước chỉ ghi một lần trong hồ sơ (lớp bồi dưỡng đảng viên mới, đồng ý tổ chức lễ "
         "kết nạp quá hạn, đề nghị xóa tên); ghi sai thì đính chính",
         _numbers(), "High"),
        ("vote_two_thirds", OUTCOME,
         "Được ít nhất 2/3 tổng số đảng viên chính thức của chi bộ tán thành",
         _numbers(numerator=2, denominator=3), "High"),
        # Source: Điều lệ Đảng Điều 21.2 (a party organisation needs three official members;
        # with fewer, its members are placed in another one); confidence Medium: the Charter
        # sets the size of a cell, read here as the least a cell's vote can rest on.
        ("vote_three_official_members", GUARD,
         "Chi bộ có ít nhất 3 đảng viên chính thức được tính mới biểu quyết kết nạp, "
         "công nhận chính thức", _numbers(minimum=3), "Medium"),
        ("decision_after_passed_vote", GUARD,
         "Cấp ủy có thẩm quyền chỉ quyết định sau khi chi bộ biểu quyết đạt", _numbers(), "High"),
        # Source: Điều lệ Đảng, Điều 4.3 (the competent committee decides admission) and
        # Điều 5.3 (it decides conversion); since 01/07/2025 the superior is the đảng ủy xã,
        # phường (Hướng dẫn 31-HD/BTCTW), so the body is dated data (Cell.superior_on).
        ("decision_by_competent_body", GUARD,
         "Quyết định kết nạp, công nhận chính thức (hoặc không đồng ý) do cấp ủy cấp trên "
         "trực tiếp của chi bộ vào ngày quyết định ban hành", _numbers(), "Medium"),
        ("ceremony_after_decision", GUARD,
         "Chỉ tổ chức lễ kết nạp sau khi có quyết định kết nạp", _numbers(), "High"),
        ("probation_12_months", GUARD,
         "Xét công nhận chính thức khi hết 12 tháng dự bị (tính từ ngày kết nạp)",
         _numbers(months=PROBATION_MONTHS), "High"),
        ("new_member_class_before_conversion", GUARD,
         "Hoàn thành lớp bồi dưỡng lý luận chính trị cho đảng viên mới trước khi xét chính thức",
         _numbers(), "High"),
        ("correction_authorised", GUARD,
         "Hồ sơ chỉ được đính chính khi có văn bản cho phép; việc do cấp ủy ghi chỉ cấp ủy "
         "được đính chính; không đính chính chi bộ của một người (chuyển đi thay vào đó)",
         _numbers(), "Medium"),
        ("official_at_end_of_probation", OUTCOME,
         "Đảng viên được công nhận chính thức kể từ ngày hết 12 tháng dự bị",
         _numbers(months=PROBATION_MONTHS), "High"),
        ("decision_within_60_working_days", DEADLINE,
         "Cấp ủy quyết định kết nạp trong 60 ngày làm việc từ ngày chi bộ có nghị quyết",
         _numbers(working_days=60, extension=30), "High"),
        ("ceremony_within_30_working_days", DEADLINE,
         "Tổ chức lễ kết nạp trong 30 ngày làm việc từ ngày nhận quyết định",
         _numbers(working_days=30), "High"),
        ("conversion_vote_within_30_working_days", DEADLINE,
         "Chi bộ xét công nhận chính thức trong 30 ngày làm việc từ khi hết 12 tháng dự bị",
         _numbers(working_days=30), "High"),
        ("conversion_decision_within_30_working_days", DEADLINE,
         "Cấp ủy quyết định công nhận chính thức trong 30 ngày làm việc "
         "từ ngày chi bộ có nghị quyết",
         _numbers(working_days=30, extension=30), "High"),
        # Personal data (issue 18, Law 91/2025/QH15). A party member's file is kept by the
        # party's own archive rules, so erasure is refused for anyone ever admitted.
        ("member_file_kept", RETENTION,
         "Hồ sơ đảng viên phải được lưu giữ: không xóa dữ liệu cá nhân của người đã được "
         "kết nạp", _numbers(), "High"),
        # The default of KETNAP_RETENTION_YEARS. Source: Hướng dẫn 35-HD/VPTW (2010), model
        # keeping periods of party bodies' records, and Công văn 160-CV/LT (1988): the
        # shortest level, "tạm thời" (5 years or less). Confidence Medium: read as
        # summaries (search tool, corpus pages), and a candidate's working papers are not
        # named there; the cell's archive officer confirms (docs/personal-data.md).
        ("retention_never_admitted", RETENTION,
         "Dữ liệu cá nhân của quần chúng không được kết nạp được xóa khi đã ra khỏi danh "
         "sách đủ 5 năm", _numbers(years=5), "Medium"),
    ]
    return MappingProxyType({
        rid: Rule(rid, kind, articles[rid], title, numbers, confidence,
                  *_OVERRIDE_POLICY.get(rid, (COMMITTEE_ONLY, COMMITTEE_DOCUMENT, "")))
        for rid, kind, title, numbers, confidence in (*specs, *_OUTCOME_SPECS)
    })


# The superior's other outcomes and the end of probation (issue 15): the same numbers in
# every rule set; the articles are each set's own.
_OUTCOME_SPECS = (
    ("decision_extension", GUARD,
     "Cấp ủy có thẩm quyền gia hạn thời hạn xem xét, quyết định tối đa 30 ngày làm việc, "
     "một lần, trong trường hợp đặc biệt", _numbers(working_days=30, times=1), "High"),
    ("late_ceremony_consent", GUARD,
     "Quá 30 ngày làm việc mới tổ chức lễ kết nạp thì phải báo cáo và được cấp ủy cấp trên "
     "trực tiếp đồng ý", _numbers(), "High"),
    ("conversion_three_failed_votes", GUARD,
     "Đã qua 3 lần biểu quyết không đủ 2/3 tán thành thì chi bộ báo cáo, cấp ủy cấp trên "
     "trực tiếp và cấp ủy có thẩm quyền xem xét, quyết định", _numbers(failed_votes=3),
     "Medium"),
    ("strike_off_on_cell_proposal", GUARD,
     "Đảng viên dự bị không đủ điều kiện công nhận chính thức thì chi bộ đề nghị, cấp ủy có "
     "thẩm quyền quyết định xóa tên", _numbers(), "High"),
    ("member_transfer_by_letter", GUARD,
     "Đảng viên chuyển sinh hoạt đảng chính thức bằng giấy giới thiệu sinh hoạt đảng (số, "
     "ngày, nơi chuyển đến)", _numbers(), "High"),
    ("transfer_paperwork_within_60_working_days", DEADLINE,
     "Làm thủ tục chuyển sinh hoạt đảng chính thức trong 60 ngày làm việc từ ngày quyết định "
     "chuyển công tác (nghỉ hưu, thôi việc, thay đổi nơi cư trú) có hiệu lực",
     _numbers(working_days=60), "High"),
    ("transfer_presented_within_30_working_days", DEADLINE,
     "Đảng viên xuất trình giấy giới thiệu sinh hoạt đảng ở nơi chuyển đến trong 30 ngày làm "
     "việc từ ngày được giới thiệu", _numbers(working_days=30), "High"),
    ("citizen_id_structure", GUARD,
     "Số định danh cá nhân gồm 12 chữ số: mã tỉnh nơi đăng ký khai sinh, mã thế kỷ và giới "
     "tính, năm sinh, 6 số ngẫu nhiên", _numbers(digits=12), "High"),
    ("readmission_barred", GUARD,
     "Không xem xét kết nạp lại người đã ra khỏi Đảng vì tự bỏ sinh hoạt đảng, làm đơn xin ra "
     "Đảng (trừ hoàn cảnh gia đình đặc biệt khó khăn), gây mất đoàn kết nội bộ nghiêm trọng, "
     "bị kết án về tội tham nhũng hoặc tội nghiêm trọng trở lên", _numbers(), "High"),
    ("readmission_waiting_period", GUARD,
     "Kết nạp lại sau ít nhất 36 tháng kể từ khi ra khỏi Đảng (án hình sự tội ít nghiêm "
     "trọng: 60 tháng kể từ khi được xóa án tích)", _numbers(months=36, minor_crime_months=60),
     "High"),
    ("readmission_province_consent", GUARD,
     "Kết nạp lại phải được ban thường vụ tỉnh ủy, thành ủy (hoặc tương đương) đồng ý bằng văn "
     "bản trước khi cấp ủy có thẩm quyền quyết định", _numbers(), "High"),
    ("members_leave_by_decision", GUARD,
     "Đảng viên (dự bị, chính thức) không tự rút khỏi danh sách: ra khỏi Đảng do cấp ủy "
     "quyết định (xóa tên, khai trừ), chuyển sinh hoạt đảng hoặc từ trần", _numbers(), "High"),
)


def _paper_windows(text: str) -> dict[str, str]:
    """The articles of issue 14's paper validity windows (the numbers' sources are beside
    the rules in `_rules`)."""
    article = f"{text}, thời hạn sử dụng văn bản trong hồ sơ kết nạp (issue 14)"
    return dict.fromkeys(("introduction_validity", "comments_validity",
                          "verification_validity"), article)


def _outcome_articles(text: str) -> dict[str, str]:
    """The articles of the issue-15 rules in one rule set (`text`: "Quy định 24-QĐ/TW")."""
    return {
        "decision_extension": f"{text}, mục 4.3.1",
        "late_ceremony_consent": f"{text}, mục 4.1",
        "conversion_three_failed_votes": f"{text}, mục 4.2.3",
        "strike_off_on_cell_proposal": f"Điều lệ Đảng, Điều 5.3; {text}, mục 4.2.1",
        "members_leave_by_decision": "Điều lệ Đảng, Điều 5.3 và Điều 8",
        "member_transfer_by_letter": f"{text}, mục 6.3.1",
        "citizen_id_structure": "Nghị định 137/2015/NĐ-CP, Điều 13; Thông tư 07/2016/TT-BCA, "
                                "Điều 7",
        "readmission_barred": f"{text}, mục 3.5.2",
        "readmission_waiting_period": f"{text}, mục 3.5.1",
        "readmission_province_consent": f"{text}, mục 3.5.1",
        "transfer_paperwork_within_60_working_days": f"{text}, mục 6.3.1",
        "transfer_presented_within_30_working_days": f"{text}, mục 6.3.1",
        "introducer_official_member": f"Điều lệ Đảng, Điều 4.1; {text}, mục 3.2.1",
        "introducer_12_months": f"{text}, mục 3.2.1; {text}, mục 3.2.2",
    }


# The override policy: what no one may record anyway, and what only
# the committee may, with which document. Rules not named here: committee, its document.
_OVERRIDE_POLICY = {
    "age_minimum": (NEVER, "", "Điều lệ Đảng, Điều 1.2: đủ 18 tuổi"),
    "vote_two_thirds": (NEVER, "", "Điều lệ Đảng, Điều 4.3: kết quả biểu quyết là sự thật"),
    "decision_after_passed_vote": (NEVER, "", "Điều lệ Đảng, Điều 4.3: chỉ quyết định khi "
                                   "chi bộ đã biểu quyết đạt 2/3"),
    "ceremony_after_decision": (NEVER, "", "Quy định 24-QĐ/TW, mục 4.1: lễ kết nạp sau "
                                "quyết định"),
    "probation_12_months": (NEVER, "", "Điều lệ Đảng, Điều 5.1: đủ 12 tháng dự bị"),
    "vote_three_official_members": (NEVER, "", "Điều lệ Đảng, Điều 21.2: dưới 3 đảng viên "
                                    "chính thức thì không thành chi bộ để biểu quyết"),
    "member_file_kept": (NEVER, "", "Quy định 24-QĐ/TW, mục 6.2.4: hồ sơ đảng viên được lưu "
                         "giữ theo quy định về Phông Lưu trữ Đảng"),
    "retention_never_admitted": (NEVER, "", "Thời hạn lưu giữ là chính sách của hệ thống "
                                 "(KETNAP_RETENTION_YEARS), không phải một việc để ngoại lệ"),
    "step_recorded_once": (NEVER, "", "Một việc đã ghi là sự thật của hồ sơ: ghi sai thì "
                           "đính chính (Quy định 24-QĐ/TW, mục 6.2.4), không ghi lần thứ hai"),
    "correction_authorised": (NEVER, "", "Quy định 24-QĐ/TW, mục 6.2.4: hồ sơ đảng viên là "
                              "tài liệu mật, chỉ sửa khi có văn bản cho phép"),
    "decision_extension": (NEVER, "", "Quy định 24-QĐ/TW, mục 4.3.1: gia hạn tối đa 30 ngày "
                           "làm việc"),
    "member_transfer_by_letter": (NEVER, "", "Quy định 24-QĐ/TW, mục 6.3.1: chuyển sinh hoạt "
                                  "đảng bằng giấy giới thiệu"),
    "citizen_id_structure": (NEVER, "", "Nghị định 137/2015/NĐ-CP, Điều 13: cấu trúc số định "
                             "danh cá nhân"),
    "readmission_barred": (NEVER, "", "Quy định 24-QĐ/TW, mục 3.5.2: đối tượng không xem xét "
                           "kết nạp lại"),
    "readmission_province_consent": (NEVER, "", "Quy định 24-QĐ/TW, mục 3.5.1: văn bản đồng ý "
                                     "của ban thường vụ tỉnh ủy"),
    "members_leave_by_decision": (NEVER, "", "Điều lệ Đảng, Điều 8: đảng viên ra khỏi Đảng "
                                  "do cấp ủy có thẩm quyền quyết định"),
    "introducer_official_member": (NEVER, "", "Điều lệ Đảng, Điều 4.1: người giới thiệu là "
                                   "đảng viên chính thức"),
    # Committee only, not never: the Charter lets the competent committee delegate the
    # decision (Điều lệ Đảng, Điều 4.3: "cấp ủy cơ sở được ủy quyền"), so a body other than
    # the superior Ketnap knows can be competent, on the strength of its written delegation.
    "decision_by_competent_body": (COMMITTEE_ONLY,
                                   "văn bản ủy quyền hoặc giao thẩm quyền quyết định cho cấp "
                                   "ủy đã ký (số, ngày, cơ quan ban hành)",
                                   "Điều lệ Đảng, Điều 4.3 và Điều 5.3: cấp ủy có thẩm quyền "
                                   "(hoặc cấp ủy cơ sở được ủy quyền) quyết định"),
    "age_maximum": (COMMITTEE_ONLY,
                    "văn bản đồng ý của ban thường vụ tỉnh ủy, thành ủy (cấp ủy trực thuộc "
                    "Trung ương) (số, ngày, cơ quan ban hành)",
                    "Quy định 24-QĐ/TW, mục 1.1.2; Hướng dẫn 01-HD/TW (2021), mục 1.1"),
}


_COMMON = {
    "introduction_fits": "Điều lệ Đảng, Điều 4.1",   # and 24-QĐ/TW 3.1 (see the rule)
    "stage_order": "Điều lệ Đảng, Điều 4",
    "date_order": "Điều lệ Đảng, Điều 4",
    "vote_two_thirds": "Điều lệ Đảng, Điều 4.3",
    "vote_three_official_members": "Điều lệ Đảng, Điều 21.2",
    "probation_12_months": "Điều lệ Đảng, Điều 5.1",
    "decision_by_competent_body": "Điều lệ Đảng, Điều 4.3; Điều lệ Đảng, Điều 5.3",
    "correction_authorised": "Quy định 24-QĐ/TW, mục 6.2.4",
    # the procedure's order, each step once; the record is put right by a correction
    "step_recorded_once": "Điều lệ Đảng, Điều 4; Quy định 24-QĐ/TW, mục 6.2.4",
    # personal data: the party's archive rules, whichever procedure text is in force
    "member_file_kept": "Quy định 24-QĐ/TW, mục 6.2.4; Quy định 270-QĐ/TW (2014)",
    "retention_never_admitted": "Hướng dẫn 35-HD/VPTW (2010)",
}

QD24_2021 = RuleSet(
    id="QD24-2021",
    title="Quy định 24-QĐ/TW (30/07/2021) và Hướng dẫn 01-HD/TW (28/09/2021)",
    effective_from=date(2021, 7, 30),
    rules=_rules(_COMMON | {
        "age_minimum": "Quy định 24-QĐ/TW, mục 1.1.1",
        "age_maximum": "Quy định 24-QĐ/TW, mục 1.1.2",
        "education_minimum": "Quy định 24-QĐ/TW, mục 1.2.1",
        "certificate_validity": "Hướng dẫn 01-HD/TW (2021), mục Thời hạn sử dụng văn bản",
        **_paper_windows("Hướng dẫn 01-HD/TW (2021)"),
        "dossier_complete": "Hướng dẫn 01-HD/TW (2021), mục 3",
        "decision_after_passed_vote": "Quy định 24-QĐ/TW, mục 4.3.1",
        "ceremony_after_decision": "Quy định 24-QĐ/TW, mục 4.1",
        "new_member_class_before_conversion": "Hướng dẫn 01-HD/TW (2021), mục 4",
        "official_at_end_of_probation": "Quy định 24-QĐ/TW, mục 4.2.2",
        "decision_within_60_working_days": "Quy định 24-QĐ/TW, mục 4.3.1",
        "ceremony_within_30_working_days": "Quy định 24-QĐ/TW, mục 4.1",
        "conversion_vote_within_30_working_days": "Quy định 24-QĐ/TW, mục 4.2.1",
        "conversion_decision_within_30_working_days": "Quy định 24-QĐ/TW, mục 4.3.1",
    } | _outcome_articles("Quy định 24-QĐ/TW")),
)

QD232_2025 = RuleSet(
    id="QD232-2025",
    title="Quy định 232-QĐ/TW (20/01/2025) và Hướng dẫn 01-HD/TW (2021)",
    effective_from=date(2025, 1, 20),
    rules=_rules(_COMMON | {
        "age_minimum": "Quy định 232-QĐ/TW, mục 1.1.1",
        "age_maximum": "Quy định 232-QĐ/TW, mục 1.1.2",
        "education_minimum": "Quy định 232-QĐ/TW, mục 1.2.1",
        "certificate_validity": "Hướng dẫn 01-HD/TW (2021), mục Thời hạn sử dụng văn bản",
        **_paper_windows("Hướng dẫn 01-HD/TW (2021)"),
        "dossier_complete": "Hướng dẫn 01-HD/TW (2021), mục 3",
        "decision_after_passed_vote": "Quy định 232-QĐ/TW, mục 4.3.1",
        "ceremony_after_decision": "Quy định 232-QĐ/TW, mục 4.1",
        "new_member_class_before_conversion": "Hướng dẫn 01-HD/TW (2021), mục 4",
        "official_at_end_of_probation": "Quy định 232-QĐ/TW, mục 4.2.2",
        "decision_within_60_working_days": "Quy định 232-QĐ/TW, mục 4.3.1",
        "ceremony_within_30_working_days": "Quy định 232-QĐ/TW, mục 4.1",
        "conversion_vote_within_30_working_days": "Quy định 232-QĐ/TW, mục 4.2.1",
        "conversion_decision_within_30_working_days": "Quy định 232-QĐ/TW, mục 4.3.1",
    } | _outcome_articles("Quy định 232-QĐ/TW")),
)

QD294_2025 = RuleSet(
    id="QD294-2025",
    title="Quy định 294-QĐ/TW (26/05/2025) và Hướng dẫn 06-HD/TW (09/06/2025)",
    effective_from=date(2025, 7, 1),
    rules=_rules(_COMMON | {
        "age_minimum": "Quy định 294-QĐ/TW, mục 1.1.1",
        "age_maximum": "Quy định 294-QĐ/TW, mục 1.1.2",
        "education_minimum": "Quy định 294-QĐ/TW, mục 1.2.1",
        "certificate_validity": "Hướng dẫn 06-HD/TW, mục 5.4",
        **_paper_windows("Hướng dẫn 06-HD/TW"),
        "dossier_complete": "Hướng dẫn 06-HD/TW, mục 3",
        "vote_two_thirds": "Điều lệ Đảng, Điều 4.3; Quy định 294-QĐ/TW, mục 9.3.2",
        "decision_after_passed_vote": "Quy định 294-QĐ/TW, mục 4.3.1",
        "ceremony_after_decision": "Quy định 294-QĐ/TW, mục 4.1",
        "new_member_class_before_conversion": "Hướng dẫn 06-HD/TW, mục 4",
        "official_at_end_of_probation": "Quy định 294-QĐ/TW, mục 4.2.2",
        "decision_within_60_working_days": "Quy định 294-QĐ/TW, mục 4.3.1",
        "ceremony_within_30_working_days": "Quy định 294-QĐ/TW, mục 4.1",
        "conversion_vote_within_30_working_days": "Quy định 294-QĐ/TW, mục 4.2.1",
        "conversion_decision_within_30_working_days": "Quy định 294-QĐ/TW, mục 4.3.1",
    } | _outcome_articles("Quy định 294-QĐ/TW")),
)

RULE_SETS: tuple[RuleSet, ...] = (QD24_2021, QD232_2025, QD294_2025)
RULE_IDS: frozenset[str] = frozenset(QD24_2021.rules)


def rule_set_on(day: date) -> RuleSet:
    """The rule set in force on a business date (the first one for earlier dates)."""
    in_force = [s for s in RULE_SETS if s.effective_from <= day]
    return in_force[-1] if in_force else RULE_SETS[0]
