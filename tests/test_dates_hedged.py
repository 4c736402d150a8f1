"""A day said with its alternative, hedged, or in the British "a week on Friday" names no certain day.

Blind writers of the evaluation set leave these undated ("the brief: null whenever two careful listeners
could disagree on the day"), and a briefing that says "surgery on 13 March" when the speaker said "the 12th
or 13th" states something nobody said.
"""

from __future__ import annotations

from datetime import date

import pytest

from rapport_plugins.dates import find_date

WED = date(2026, 5, 6)


@pytest.mark.parametrize("text", [
    "his exam is on the 12th or 13th",
    "back on the 20th or 21st of June",
    "we fly out the 3rd-ish",
    "the move is next Tuesday or Wednesday",
    "Samstag oder Sonntag kommt das Baby",
    "am 3. oder 4. Juni ist die Taufe",
    "se opera el martes o el miércoles",
    "on Saturday or maybe Sunday they drive up",
    "my nan turns ninety Saturday week",
    "dad's having his knee replaced a week on Friday",
    "the christening is Sunday fortnight",
    "his surgery is two weeks on Friday",
])
def test_alternatives_hedges_and_british_week_on_name_no_day(text):
    found = find_date(text, WED)
    assert found.date is None and found.phrase  # the phrase is kept, the day is not guessed


@pytest.mark.parametrize(("text", "expected"), [
    ("graduates a week from Sunday", date(2026, 5, 17)),  # plain enough: the Sunday after the coming one
    ("the Friday after next she moves", date(2026, 5, 15)),
    ("her son, 12 or so, starts school on the 14th", date(2026, 5, 14)),  # an age's "or so" hedges the age
    ("we meet at 10 or 11 on Friday", date(2026, 5, 8)),  # hours, not days
])
def test_a_hedge_elsewhere_leaves_the_day(text, expected):
    assert find_date(text, WED).date == expected


def test_the_user_typing_friday_week_means_it():
    # `rapport remember --when "Friday week"`: the user's own words about a day to come
    assert find_date("Friday week", WED, ahead=True).date == date(2026, 5, 15)
