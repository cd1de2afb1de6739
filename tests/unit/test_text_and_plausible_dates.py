"""Names and texts: composed, no control, bidi or lone-surrogate characters, not only
invisible ones. Dates: business dates from 2000 to today, a person 10 to 100 years old."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from domain.candidate.nomination import full_years
from domain.decisions import Stamp, check_not_future, check_text
from domain.errors import InvalidField
from domain.text import normal, refusal

STAMP = Stamp("bithu", datetime(2026, 11, 26, 8, tzinfo=UTC))


@pytest.mark.parametrize("value", ["a\x00b", "a\x1b[0m", "a\x7f", "a\u202eb", "a\u2067b",
                                   "a\u200fb", "\ud800", "\u200b", " \u200c\u2060\ufeff "])
def test_refused_texts(value):
    assert refusal(value) is not None
    with pytest.raises(InvalidField):
        check_text("full_name", value, "Họ và tên")


@pytest.mark.parametrize("value", ["Nguyễn Văn An", "Đặng Thị Ánh", "H'Hen Niê", "A\u200bB"])
def test_accepted_texts(value):
    assert refusal(value) is None
    check_text("full_name", value, "Họ và tên")


def test_line_breaks_only_in_multiline_texts():
    assert refusal("dòng 1\ndòng 2") is not None
    assert refusal("dòng 1\ndòng 2\tcột", multiline=True) is None


def test_normal_is_nfc():
    assert normal("Nguye\u0302\u0303n") == "Nguyễn"


@pytest.mark.parametrize("day, ok", [(date(1999, 12, 31), False), (date(2000, 1, 1), True),
                                     (date(2026, 11, 26), True), (date(2026, 11, 27), False)])
def test_business_dates_from_2000_to_today(day, ok):
    if ok:
        check_not_future("on", day, STAMP)
    else:
        with pytest.raises(InvalidField):
            check_not_future("on", day, STAMP)


@pytest.mark.parametrize("born, on, years", [
    (date(2016, 3, 2), date(2026, 3, 2), 10), (date(2016, 3, 3), date(2026, 3, 2), 9),
    (date(2008, 2, 29), date(2026, 2, 28), 17), (date(2008, 2, 29), date(2026, 3, 1), 18)])
def test_full_years(born, on, years):
    assert full_years(born, on) == years
