"""certificate_validity: the awareness-class certificate is valid for 60 months."""

from datetime import date

from domain import candidate as cd
from domain.dates import add_months
from tests.unit.support import build


def story_with_certificate(issued: date, ready: date):
    return build("dossier", nominated=date(issued.year - 1, 1, 10),
                 registered=date(issued.year - 1, 2, 1), certificate=issued,
                 applied=issued, verified=ready, introduced=ready, comments=ready)


def vote(story, on: date):
    return story.then(cd.vote_admission, on, "6-NQ/CB", 9, 9)


def test_a_certificate_exactly_60_months_old_on_the_meeting_date_is_valid():
    story = story_with_certificate(date(2019, 3, 5), ready=date(2024, 2, 20))
    assert not vote(story, date(2024, 3, 5)).overridden_rules


def test_a_certificate_60_months_and_one_day_old_is_refused():
    story = story_with_certificate(date(2019, 3, 5), ready=date(2024, 2, 20))
    refusal = story.refused(cd.vote_admission, date(2024, 3, 6), "6-NQ/CB", 9, 9)
    assert refusal.rule_id == "certificate_validity"
    assert refusal.violations[0].details["expires"] == "2024-03-05"
    assert "05/03/2024" in refusal.message


def test_a_29_february_certificate_expires_on_28_february_five_years_later():
    assert add_months(date(2020, 2, 29), 60) == date(2025, 2, 28)
    story = story_with_certificate(date(2020, 2, 29), ready=date(2025, 2, 20))
    assert not vote(story, date(2025, 2, 28)).overridden_rules


def test_a_29_february_certificate_is_refused_on_1_march_five_years_later():
    story = story_with_certificate(date(2020, 2, 29), ready=date(2025, 2, 20))
    refusal = story.refused(cd.vote_admission, date(2025, 3, 1), "6-NQ/CB", 9, 9)
    assert [v.rule_id for v in refusal.violations] == ["certificate_validity"]


def test_a_certificate_cannot_be_recorded_without_registration_for_the_class():
    story = build("nominated")
    refusal = story.refused(cd.complete_awareness_class, date(2024, 3, 5), "1/CN", "TTCT")
    assert refusal.rule_id == "stage_order"
