"""Tạo nguồn: a person enters the cell's pool of candidates (danh sách cảm tình Đảng)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from domain import events as ev
from domain.candidate.identity import Readmission, check_citizen_id, check_readmission
from domain.decisions import Guard, Stamp, check_not_future, check_text, make_event
from domain.errors import InvalidField

CATEGORIES = {"GV": "giáo viên", "HS": "học sinh"}
GENDERS = {"male": "nam", "female": "nữ"}
# Plausibility, not a regulation (the age rules are in the rule catalogue): a birth date that
# makes the person younger than 10 or older than 100 at nomination is a typing mistake.
YOUNGEST, OLDEST = 10, 100
EDUCATION_LEVELS = {
    "primary": "tiểu học",
    "lower_secondary": "trung học cơ sở",
    "upper_secondary": "trung học phổ thông",
    "college": "cao đẳng",
    "university": "đại học",
    "postgraduate": "sau đại học",
}


@dataclass(frozen=True)
class Person:
    """The personal data the rules and the statistics (Biểu 2-BTCTW) need."""

    full_name: str
    birth_date: date
    gender: str
    ethnicity: str
    category: str
    youth_union_member: bool
    education: str
    class_name: str | None = None
    citizen_id: str | None = None       # số định danh cá nhân (issue 15)


def nominate(candidate_id: UUID, cell_code: str, person: Person, nominated_on: date,
             stamp: Stamp, document_no: str | None = None,
             readmission: Readmission | None = None) -> ev.CandidateNominated:
    """Put a person on the cell's list; under-18 students may be nominated (the pool is built before the age).
    A person who left the Party before is nominated for re-admission (mục 3.5)."""
    check_not_future("nominated_on", nominated_on, stamp)   # the age is judged against it
    check_person(person, nominated_on)
    check_text("cell", cell_code, "Chi bộ")
    guard = Guard(nominated_on)
    if readmission is not None:
        check_not_future("left_party_on", readmission.left_party_on, stamp)
    check_readmission(guard, readmission, person.full_name)
    return make_event(
        ev.CandidateNominated, candidate_id, 1, stamp, nominated_on, guard,
        document_no, cell_code=cell_code, full_name=" ".join(person.full_name.split()),
        birth_date=person.birth_date, gender=person.gender,
        ethnicity=person.ethnicity.strip(), category=person.category,
        youth_union_member=person.youth_union_member, education=person.education,
        class_name=person.class_name, citizen_id=(person.citizen_id or "").strip() or None,
        left_party_on=readmission.left_party_on if readmission else None,
        left_by=readmission.left_by if readmission else None,
        province_consent_no=(readmission.province_consent_no or "").strip() or None
        if readmission else None)


def full_years(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def check_person(p: Person, nominated_on: date) -> None:
    check_text("full_name", p.full_name, "Họ và tên")
    check_text("ethnicity", p.ethnicity, "Dân tộc")
    if p.category not in CATEGORIES:
        raise InvalidField("category", "Đối tượng phải là GV (giáo viên) hoặc HS (học sinh).")
    if p.gender not in GENDERS:
        raise InvalidField("gender", "Giới tính phải là nam hoặc nữ.")
    if p.education not in EDUCATION_LEVELS:
        raise InvalidField("education", "Trình độ học vấn không hợp lệ.")
    if p.birth_date >= nominated_on:
        raise InvalidField("birth_date", "Ngày sinh phải trước ngày vào danh sách.")
    age = full_years(p.birth_date, nominated_on)
    if not YOUNGEST <= age <= OLDEST:
        raise InvalidField("birth_date", f"Ngày sinh {p.birth_date:%d/%m/%Y}: người vào danh sách "
                                         f"phải từ {YOUNGEST} đến {OLDEST} tuổi (nay {age} tuổi); "
                                         "hãy kiểm tra lại.")
    if p.category == "HS" and not (p.class_name or "").strip():
        raise InvalidField("class_name", "Học sinh phải có lớp.")
    check_citizen_id(p.citizen_id, p.birth_date, p.gender)
