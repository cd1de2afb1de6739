"""The dossier checklist (danh mục hồ sơ) of a candidate's current step: every form the
regulation requires, whether the record holds it, its date and its validity on the planned
meeting date.

The forms are those of Hướng dẫn 12-HD/BTCTW (2022), mục II.1.1 (hồ sơ khi xem xét kết nạp;
hồ sơ đề nghị công nhận đảng viên chính thức) and its Phụ lục 1 (Mẫu 1-KNĐ … 13-KNĐ); the
list and form numbers were confirmed with the search tool (the guide's list of papers
"khi xem xét kết nạp vào Đảng" and the conversion dossier "Mẫu 10, 11, 12, 13-KNĐ").
Validity on the planned meeting date: the awareness certificate's 60 months (rule
certificate_validity, by the certificate's date as the record keeps it), and issue 14's
windows for the introduction, the comments (6 months) and the background verification (12
months), by the rule set of the meeting date, the same dates the vote's guard refuses
(`domain.candidate.validity`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from domain.candidate.state import Candidate
from domain.candidate.validity import BY_RULE, valid_until
from domain.rules.catalogue import rule_set_on

# Not a regulation number: how early the page warns that a paper will lapse before the
# meeting, so the cell has a month to renew it.
EXPIRING_WITHIN = timedelta(days=30)

STATES = {"held": "Có", "missing": "Thiếu", "expired": "Hết hạn vào ngày họp",
          "expiring": "Sắp hết hạn", "paper": "Bản giấy (không ghi trong sổ)"}


@dataclass(frozen=True)
class Item:
    form: str
    title: str
    held_on: date | None
    valid_until: date | None = None
    tracked: bool = True          # False: the record does not hold this paper at all

    def state(self, meeting_on: date) -> str:
        if not self.tracked:
            return "paper"
        if self.held_on is None:
            return "missing"
        if self.valid_until is not None and self.valid_until < meeting_on:
            return "expired"
        if self.valid_until is not None and self.valid_until < meeting_on + EXPIRING_WITHIN:
            return "expiring"
        return "held"


@dataclass(frozen=True)
class Checklist:
    step: str
    meeting_on: date
    items: list[Item]

    def rows(self) -> list[tuple[Item, str, str]]:
        return [(i, s, STATES[s]) for i in self.items for s in [i.state(self.meeting_on)]]

    @property
    def complete(self) -> bool:
        return all(s in ("held", "expiring", "paper") for _, s, _ in self.rows())


def checklist(c: Candidate, meeting_on: date) -> Checklist:
    """The dossier of the step the candidate is at: admission until admitted, then
    conversion to official membership."""
    if c.admitted_on is None:
        return Checklist("Hồ sơ xét kết nạp đảng viên", meeting_on, _admission(c, meeting_on))
    return Checklist("Hồ sơ xét công nhận đảng viên chính thức", meeting_on, _conversion(c))


def _admission(c: Candidate, meeting_on: date) -> list[Item]:
    rules = rule_set_on(meeting_on)

    def windowed(form: str, title: str, rule_id: str) -> Item:
        paper = BY_RULE[rule_id]
        return Item(form, title, paper.held_on(c),
                    valid_until(paper, c, rules.number(rule_id, "months")))

    verified = windowed("Mẫu 2-KNĐ", "Lý lịch của người xin vào Đảng và các văn bản thẩm tra",
                        "verification_validity")
    return [
        Item("CN-NTVĐ", "Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng", c.certificate_on,
             c.certificate_expires_on),
        Item("Mẫu 1-KNĐ", "Đơn xin vào Đảng", c.applied_on),
        verified if c.verification_passed else Item(verified.form, verified.title, None),
        windowed("Mẫu 3-KNĐ, 4-KNĐ, 4A-KNĐ", "Giới thiệu người vào Đảng (đảng viên chính "
                 "thức, Đoàn hoặc Công đoàn cơ sở)", "introduction_validity"),
        windowed("Mẫu 5-KNĐ", "Tổng hợp ý kiến nhận xét của đoàn thể chính trị - xã hội và "
                 "chi ủy nơi cư trú", "comments_validity"),
    ]


def _conversion(c: Candidate) -> list[Item]:
    return [
        Item("", "Giấy chứng nhận học lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới",
             c.new_member_class_on),
        Item("Mẫu 10-KNĐ", "Bản tự kiểm điểm của đảng viên dự bị", None, tracked=False),
        Item("Mẫu 11-KNĐ", "Bản nhận xét của đảng viên chính thức được phân công giúp đỡ",
             None, tracked=False),
        Item("Mẫu 12-KNĐ", "Tổng hợp ý kiến nhận xét của đoàn thể chính trị - xã hội và chi "
             "ủy nơi cư trú đối với đảng viên dự bị", None, tracked=False),
        Item("Mẫu 13-KNĐ", "Nghị quyết của chi bộ đề nghị công nhận đảng viên chính thức",
             c.conversion_voted_on),
    ]
