"""official_at_end_of_probation: official from the exact end of month 12 after the ceremony."""

from datetime import date

import pytest

from domain import candidate as cd
from domain import events as ev
from domain.candidate import Stage
from domain.dates import add_months
from tests.unit.support import build

# admitted in late 2023, so a ceremony in any month of 2024 follows the decision
EARLY = {"nominated": date(2023, 1, 10), "registered": date(2023, 2, 1),
         "certificate": date(2023, 3, 1), "applied": date(2023, 3, 5),
         "verified": date(2023, 10, 1), "introduced": date(2023, 10, 2),
         "comments": date(2023, 10, 3), "voted": date(2023, 11, 20),
         "decided": date(2023, 12, 1), "received": date(2023, 12, 2)}


def official(ceremony: date, conversion_voted: date, conversion_decided: date):
    return build("official", ceremony=ceremony, new_member_class=add_months(ceremony, 3),
                 conversion_voted=conversion_voted, conversion_decided=conversion_decided,
                 **EARLY)


def test_a_ceremony_on_31_january_makes_the_member_official_on_31_january_next_year():
    story = official(date(2024, 1, 31), date(2025, 2, 3), date(2025, 2, 20))
    event = story.events[-1]
    assert isinstance(event, ev.ConvertedToOfficial)
    assert event.official_since == date(2025, 1, 31)
    assert story.c.official_since == date(2025, 1, 31)
    assert story.c.stage == Stage.OFFICIAL


def test_a_ceremony_on_29_february_makes_the_member_official_on_28_february():
    story = official(date(2024, 2, 29), date(2025, 3, 3), date(2025, 3, 20))
    assert story.events[-1].official_since == date(2025, 2, 28)


def test_a_late_conversion_vote_and_a_late_decision_do_not_move_the_official_date():
    story = official(date(2024, 6, 1), date(2025, 9, 15), date(2025, 12, 30))
    assert story.events[-1].official_since == date(2025, 6, 1)
    assert story.events[-1].occurred_on == date(2025, 12, 30)


@pytest.mark.parametrize(("ceremony", "ends"), [
    (date(2024, 6, 1), date(2025, 6, 1)),
    (date(2024, 1, 31), date(2025, 1, 31)),
    (date(2024, 2, 29), date(2025, 2, 28)),
    (date(2023, 12, 31), date(2024, 12, 31)),
])
def test_probation_ends_twelve_months_after_the_ceremony(ceremony, ends):
    story = build("probationary", ceremony=ceremony, **EARLY)
    assert story.c.probation_ends_on == ends


def test_the_conversion_decision_cannot_be_dated_before_the_conversion_vote():
    story = build("conversion_proposed")
    refusal = story.refused(cd.decide_conversion, date(2025, 6, 1), "200", "BTV")
    assert {v.rule_id for v in refusal.violations} == {"date_order"}
