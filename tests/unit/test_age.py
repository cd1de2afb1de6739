"""age_minimum: 18 to 60 years counted by month, on the date of the cell's meeting."""

from datetime import date

import pytest

from domain import candidate as cd
from domain.dates import months_counted_by_month
from domain.rules.catalogue import QD24_2021, QD294_2025
from tests.unit.support import STUDENT, TEACHER, build, person_with

MEETING = date(2024, 5, 2)  # judged by 24-QĐ/TW


def vote(story, on=MEETING):
    return story.then(cd.vote_admission, on, "6-NQ/CB", 9, 9)


def age_refusal(person, on=MEETING):
    story = build("dossier", person)
    return story.refused(cd.vote_admission, on, "6-NQ/CB", 9, 9)


def test_an_18th_birthday_later_in_the_meeting_month_counts_as_18_by_month():
    story = build("dossier", person_with(birth_date=date(2006, 5, 20)))
    event = vote(story)
    assert event.passed and not event.overridden_rules


def test_a_candidate_born_one_month_later_is_refused_under_age_minimum():
    refusal = age_refusal(person_with(birth_date=date(2006, 6, 1)))
    assert refusal.rule_id == "age_minimum"
    assert refusal.rule_set == "QD24-2021"
    assert refusal.article == QD24_2021.rule("age_minimum").article
    assert "chưa đủ 18 tuổi" in refusal.message


def test_the_under_age_refusal_cites_the_rule_set_of_the_meeting_date():
    person = person_with(birth_date=date(2007, 8, 15))
    refusal = age_refusal(person, on=date(2025, 7, 2))
    assert refusal.rule_set == "QD294-2025"
    assert refusal.article == QD294_2025.rule("age_minimum").article == \
        "Quy định 294-QĐ/TW, mục 1.1.1"


def test_the_refusal_says_from_which_month_the_candidate_is_old_enough():
    refusal = age_refusal(person_with(birth_date=date(2006, 6, 30)))
    assert refusal.message.endswith("đủ tuổi từ tháng 06/2024.")


def test_exactly_60_years_by_month_is_still_allowed():
    teacher = person_with(TEACHER, birth_date=date(1964, 5, 31))
    assert months_counted_by_month(teacher.birth_date, MEETING) == 60 * 12
    assert vote(build("dossier", teacher)).passed


def test_one_month_over_60_years_is_refused():
    teacher = person_with(TEACHER, birth_date=date(1964, 4, 30))
    refusal = age_refusal(teacher)
    assert refusal.rule_id == "age_maximum"
    assert "quá 60 tuổi" in refusal.message


@pytest.mark.parametrize(("born_on", "on", "months"), [
    (date(2006, 5, 31), date(2024, 5, 1), 216),
    (date(2006, 5, 1), date(2024, 4, 30), 215),
    (date(2000, 12, 31), date(2001, 1, 1), 1),
])
def test_age_is_counted_in_whole_calendar_months_ignoring_the_day(born_on, on, months):
    assert months_counted_by_month(born_on, on) == months


def test_an_under_age_student_may_still_be_nominated_into_the_pool():
    story = build("nominated", person_with(STUDENT, birth_date=date(2009, 1, 1)))
    assert story.c.stage == cd.Stage.NOMINATED


def test_education_below_lower_secondary_is_refused():
    refusal = age_refusal(person_with(education="primary"))
    assert refusal.rule_id == "education_minimum"
