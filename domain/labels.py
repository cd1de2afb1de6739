"""The one catalogue of what a person reads instead of a code name: every event field a
timeline or a correction names, every audit finding's kind, and every rule's (so every
deadline's) title, taken from the rule catalogue where the article sits.

Pages, reports and the audit ask here; the API keeps the codes for programs."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from domain.rules import RULE_SETS, TWO_THIRDS, rule_set_on
from domain.rules.catalogue import RENAMED

# Faults the report lists that are not rules of the regulations but duties of record keeping.
RECORD_RULES = {
    "late_entry": ("Ghi sổ chậm so với ngày sự việc xảy ra",
                   "Nguyên tắc ghi chép hồ sơ kịp thời, đầy đủ (12-HD/BTCTW)"),
    "record_correction": ("Đính chính hồ sơ đã ghi (có văn bản cho phép)",
                          "Quy định 24-QĐ/TW, mục 6.2.4 (quản lý hồ sơ đảng viên)"),
}

# How sure the catalogue is of a rule's number or reading (where sources disagree, the
# number is data with its confidence; the comment beside the rule says why).
CONFIDENCE = {"High": "Cao", "Medium": "Trung bình", "Low": "Thấp"}

# What each kind of audit finding is called.
KINDS = {
    "override": "Ghi nhận dù quy định từ chối (có lý do và thẩm quyền)",
    "violation": "Vi phạm quy định, không có quyết định cho phép",
    "vote_two_thirds": f"Biểu quyết dưới {TWO_THIRDS} nhưng ghi là thông qua",
    "deadline_breach": "Quá hạn",
    "deadline_consented": "Quá hạn, được cấp ủy cấp trên đồng ý (có văn bản)",
    "late_entry": "Ghi sổ chậm",
    "correction": "Đính chính",
    "missing_at_decision": "Thiếu bước của hồ sơ khi cấp ủy quyết định kết nạp",
}


FIELDS = {
    "occurred_on": "Ngày sự việc", "document_no": "Số văn bản", "full_name": "Họ và tên",
    "birth_date": "Ngày sinh", "gender": "Giới tính", "ethnicity": "Dân tộc",
    "category": "Đối tượng (GV/HS)", "youth_union_member": "Đoàn viên",
    "education": "Trình độ học vấn", "class_name": "Lớp / tổ", "citizen_id": "Số CCCD",
    "province_consent_no": "Số văn bản đồng ý của tỉnh", "helpers": "Đảng viên giúp đỡ",
    "certificate_no": "Số giấy chứng nhận", "issued_by": "Nơi cấp", "passed": "Kết quả",
    "kind": "Hình thức giới thiệu", "introducers": "Người giới thiệu",
    "official_members": "Số đảng viên chính thức", "votes_for": "Số phiếu tán thành",
    "decided_by": "Cấp ủy quyết định", "received_on": "Ngày chi bộ nhận quyết định",
    "reason": "Lý do", "papers": "Hồ sơ kèm theo", "returns_to_pool": "Trở lại nguồn",
    "consented_by": "Cấp ủy đồng ý", "destination": "Nơi chuyển đến",
    "cause_on": "Ngày phát sinh lý do chuyển", "received_by": "Nơi nhận",
    "letter_on": "Ngày giấy giới thiệu", "from_unit": "Chuyển từ",
    "admitted_on": "Ngày kết nạp", "new_member_class_on": "Ngày học lớp đảng viên mới",
    "official_since": "Ngày chính thức",
}


def field_label(name: str) -> str:
    return FIELDS.get(name, name)


def fields_text(names: Iterable[str]) -> str:
    """Field names as a Vietnamese list, in the catalogue's order."""
    order = list(FIELDS)
    ranked = sorted(names, key=lambda n: (order.index(n) if n in order else len(order), n))
    return ", ".join(field_label(n) for n in ranked)


def rule_title(rule_id: str, on: date | None = None) -> str:
    """The rule's Vietnamese title: in the rule set of `on`, else in the latest that has it."""
    if rule_id in RECORD_RULES:
        return RECORD_RULES[rule_id][0]
    rule_id = RENAMED.get(rule_id, rule_id)
    sets = ([rule_set_on(on)] if on else []) + list(reversed(RULE_SETS))
    for rules in sets:
        if rule_id in rules.rules:
            return rules.rules[rule_id].title
    return rule_id

# What each deadline asks, and of whom (24-QĐ/TW 4.3.1, 4.1, 5.1, 5.2, 6.3.1: the same
# articles as the rule catalogue's deadline rules).
DEADLINE_DUTIES = {
    "decision_within_60_working_days": ("Ra quyết định kết nạp (hoặc không kết nạp)",
                                        "Cấp ủy cấp trên"),
    "ceremony_within_30_working_days": ("Tổ chức lễ kết nạp", "Chi bộ"),
    "conversion_vote_within_30_working_days": ("Họp xét công nhận đảng viên chính thức",
                                               "Chi bộ"),
    "conversion_decision_within_30_working_days": ("Ra quyết định công nhận chính thức",
                                                   "Cấp ủy cấp trên"),
    "transfer_paperwork_within_60_working_days": ("Làm thủ tục chuyển sinh hoạt đảng",
                                                  "Chi bộ"),
    "transfer_presented_within_30_working_days": ("Nộp giấy giới thiệu sinh hoạt đảng ở nơi mới",
                                                  "Đảng viên"),
}


def deadline_duty(rule_id: str) -> tuple[str, str]:
    """(what must be done, by whom) for a deadline rule."""
    return DEADLINE_DUTIES.get(rule_id, (rule_title(rule_id), "Chi bộ"))


def audit_kind(kind: str) -> str:
    return KINDS.get(kind, kind)
