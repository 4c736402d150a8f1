"""Date phrases resolved against a fixed meeting date (Wednesday 4 March 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from rapport_plugins.dates import find_date, resolve_date

WED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "expected", "phrase"), [
    ("Max has surgery next Friday", date(2026, 3, 13), "next Friday"),
    ("Max has surgery on Friday", date(2026, 3, 6), "on Friday"),
    ("she flies out Friday", date(2026, 3, 6), "Friday"),
    ("the move in March", date(2026, 3, 1), "in March"),
    ("the move in February", date(2027, 2, 1), "in February"),
    ("back in two weeks", date(2026, 3, 18), "in two weeks"),
    ("results in 3 days", date(2026, 3, 7), "in 3 days"),
    ("party on the 12th", date(2026, 3, 12), "the 12th"),
    ("party on the 2nd", date(2026, 4, 2), "the 2nd"),
    ("dentist tomorrow", date(2026, 3, 5), "tomorrow"),
    ("gig tonight", WED, "tonight"),
    ("camping this weekend", date(2026, 3, 7), "this weekend"),
    ("camping next weekend", date(2026, 3, 14), "next weekend"),
    ("starts next week", date(2026, 3, 9), "next week"),
    ("starts next month", date(2026, 4, 1), "next month"),
    ("deadline at the end of the month", date(2026, 3, 31), "end of the month"),
    ("moving at the end of March", date(2026, 3, 31), "end of March"),
    ("wedding mid-April", date(2026, 4, 15), "mid-April"),
    ("home for Christmas", date(2026, 12, 25), "Christmas"),
    ("race on 12 March", date(2026, 3, 12), "12 March"),
    ("race on March 12th", date(2026, 3, 12), "March 12th"),
    ("race on 2026-03-12", date(2026, 3, 12), "2026-03-12"),
    ("race on 12/03", date(2026, 3, 12), "12/03"),
    ("race on 03/15", date(2026, 3, 15), "03/15"),
    ("race on 15.04.2027", date(2027, 4, 15), "15.04.2027"),
    ("Easter with the in-laws", date(2026, 4, 5), "Easter"),
    ("late May", date(2026, 5, 25), "late May"),
    ("end of next month", date(2026, 4, 30), "end of next month"),
    ("next March", date(2027, 3, 1), "next March"),
    ("in a couple of weeks", date(2026, 3, 18), "in a couple of weeks"),
    ("it happened three weeks ago", date(2026, 2, 11), "three weeks ago"),
    ("we met last Friday", date(2026, 2, 27), "last Friday"),
])
def test_phrases_resolve_against_the_meeting_date(text, expected, phrase):
    assert resolve_date(text, WED) == (expected, phrase)


def test_date_without_year_in_the_past_tense_is_the_last_one():
    assert resolve_date("we got married on 5 May", WED)[0] == date(2025, 5, 5)
    assert resolve_date("the race was on 2 March", WED)[0] == date(2026, 3, 2)


def test_birthdays_recur_yearly_from_the_next_occurrence():
    found = find_date("my birthday is on 5 May", WED)
    assert (found.date, found.recurrence) == (date(2026, 5, 5), "yearly")
    past = find_date("her birthday was on 2 March", WED)
    assert (past.date, past.recurrence) == (date(2027, 3, 2), "yearly")


def test_leap_day_birthday_goes_to_the_next_leap_year():
    assert find_date("his birthday is 29 February", WED).date == date(2028, 2, 29)


def test_day_first_is_the_default_and_can_be_switched():
    assert resolve_date("on 04/05", WED)[0] == date(2026, 5, 4)
    assert resolve_date("on 04/05", WED, dayfirst=False)[0] == date(2026, 4, 5)


@pytest.mark.parametrize("text", ["moving soon", "a trip this summer", "maybe next year", "in a few weeks"])
def test_vague_phrases_are_kept_as_text_without_a_date(text):
    when, phrase = resolve_date(text, WED)
    assert when is None and phrase and phrase.lower() in text.lower()


@pytest.mark.parametrize("text", ["she swims on Fridays", "we may go", "the roadmap is fine", "version 2.5 ships"])
def test_no_date_phrase_no_date(text):
    assert resolve_date(text, WED) == (None, None)


def test_invalid_explicit_date_is_not_guessed():
    assert resolve_date("on 31 February", WED)[0] is None
