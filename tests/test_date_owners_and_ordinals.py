"""Whose day a clause's date is when a possessive points back at the head, and ordinals written the way
Indian English and Spanish notes write them (issue 8, eighth round). Sentences written for these tests;
meeting date: Wednesday 4 March 2026."""

from __future__ import annotations

from datetime import date

import pytest

from rapport_plugins.dates import find_date

WED = date(2026, 3, 4)


def _date(text: str) -> date | None:
    return find_date(text, WED).date


@pytest.mark.parametrize(("text", "expected"), [
    # a relative named by the head's own possessive: the head's family news, and its day
    ("Tom is a grandad! His daughter had a baby boy two weeks ago", date(2026, 2, 18)),
    ("She was at the hospital this morning: her husband broke his wrist last Friday", date(2026, 2, 27)),
    ("Lena's expecting, baby due in June", date(2026, 6, 1)),
    # ... but not a relative of somebody else's, nor a possessive of the other gender
    ("Bart's mum is in hospital, he flies out on Saturday", None),
    ("She's been low, his dad died last Friday", None),
    ("Tom's fine, my dad had his op on Friday", None),
])
def test_a_possessive_that_points_back_keeps_the_news_on_the_head(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Her sister's wedding is on 22nd in Jaipur", date(2026, 3, 22)),
    ("Parents are coming on 15th itself", date(2026, 3, 15)),
    ("She moved in on 2nd", date(2026, 3, 2)),
    ("They live on 3rd floor now", None),  # an ordinal that counts
    ("Gerardo cumple 45 el 1º de mayo", date(2026, 5, 1)),
    ("Gerardo cumple 45 el 1o de mayo", date(2026, 5, 1)),
    ("Se casa el 1ro de abril", date(2026, 4, 1)),
])
def test_ordinals_without_an_article_and_spanish_ordinal_marks(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Her husband had a bike accident the past Saturday", date(2026, 2, 28)),
    ("Am Wochenende waren wir am Semmering wandern", date(2026, 2, 28)),  # "am Semmering" is no English "-ing"
    ("I am visiting my gran on Saturday", date(2026, 3, 7)),
    ("Seit Anfang Februar krankgeschrieben", date(2026, 2, 1)),
    # a stretch since a day is a fact, not logistics: beside another day, neither is sure to be the memory's
    ("Seit Anfang Februar krankgeschrieben, hat am 20. noch ein MRT", None),
])
def test_past_words_and_stretches(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the tense points both ways; the weekday written with the date says which year's it is
    ("S's wedding Sat 11th April - had been worried, consultant says she'll be fine", date(2026, 4, 11)),
    ("Had the op Fri 27/2, says she'll be back soon", date(2026, 2, 27)),
    ("Party Tue 11th April - was worried, she'll be fine", None),  # a Tuesday in neither year
])
def test_a_weekday_written_with_its_date_settles_a_mixed_tense(text, expected):
    assert find_date(text, date(2026, 3, 10)).date == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Family got a rescue greyhound (Pickle) in May - Ellie walks him before college", date(2026, 5, 1)),
    ("Her dad (who is 80) had a fall on Monday", date(2026, 7, 13)),
])
def test_a_short_aside_in_brackets_is_no_clause_of_its_own(text, expected):
    assert find_date(text, date(2026, 7, 14)).date == expected
