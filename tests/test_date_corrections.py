"""A speaker who corrects the day they just said means the day said last, read in its whole clause;
a day set against another ("Tuesday, not Wednesday") keeps the first."""

from datetime import date

import pytest

from rapport_plugins.dates import find_date

WED = date(2026, 6, 10)  # a Wednesday


@pytest.mark.parametrize("text, expected", [
    ("my nephew was born on Monday, no, Sunday evening", date(2026, 6, 7)),
    ("the scan is on the 18th, I mean the 19th", date(2026, 6, 19)),
    ("we moved house last Friday - sorry, last Saturday", date(2026, 6, 6)),
    ("her recital is tomorrow, wait, on Friday", date(2026, 6, 12)),
    ("Meine Nichte ist am Montag, nein, am Sonntag geboren", date(2026, 6, 7)),
    ("Meine Oma hat am Dienstag, na, am Montag ihren Geburtstag gefeiert", date(2026, 6, 8)),
    ("wir fliegen am 20., ich mein am 21., nach Kreta", date(2026, 6, 21)),
    ("Der Umzug ist morgen, Quatsch, übermorgen", date(2026, 6, 12)),
    ("La mudanza es el viernes, no, el sábado", date(2026, 6, 13)),
    ("mi hija se graduó el viernes, perdón, el sábado pasado", date(2026, 6, 6)),
    ("la operación es el 22, o sea, el 23 de junio", date(2026, 6, 23)),
    ("vos sabés que el domingo, digo, el sábado se casó mi prima", date(2026, 6, 6)),
])
def test_the_day_said_last_is_the_one_meant(text, expected):
    assert find_date(text, WED).date == expected


@pytest.mark.parametrize("text, expected", [
    ("la boda es el sábado, no el domingo", date(2026, 6, 13)),
    ("the party is on Saturday, not Sunday", date(2026, 6, 13)),
    ("Die Feier ist am Samstag, nicht am Sonntag", date(2026, 6, 13)),
])
def test_a_day_set_against_another_keeps_the_first(text, expected):
    assert find_date(text, WED).date == expected


@pytest.mark.parametrize("text", [
    "she's off on Monday, no, I don't know when she's back",
    "am Montag, nein, das weiß ich nicht mehr",
    "el lunes, no, no me acuerdo",
])
def test_a_no_with_no_second_day_is_no_correction(text):
    assert find_date(text, WED).phrase is not None  # the one day said stays the phrase it is
