"""Twentieth round (docs/capture.md): classes the blind spoken-turn probes showed - a day corrected on the spot, a
month made exact by the day said after it, the day of a call or a message that brought the news, a quoted "tomorrow"
from another day, Spanish bare days after a verb of one's own."""

from __future__ import annotations

from datetime import date

import pytest

from rapport_plugins.dates import find_date, only_a_day, slips_mended
from rapport_plugins.extract import main_clause


@pytest.mark.parametrize("said, meant", [
    ("my brother's flying in on the 16th - no wait, the 17th, he changed it",
     "my brother's flying in on the 17th, he changed it"),
    ("my mum's birthday's on Sunday - no, Monday, it's the 1st", "my mum's birthday's on Monday, it's the 1st"),
    ("Mi abuela cumple noventa y cinco el miércoles 27 - no, el jueves, el 28",
     "Mi abuela cumple noventa y cinco el jueves, el 28"),
    ("Bueno, ahí vamos. Anteayer, no, ayer fue el cumple de mi hijo", "Bueno, ahí vamos. Ayer fue el cumple de mi hijo"),
    # no correction: a sentence that ends in "no." and the next that begins with a capital
    ("pero este fin de semana no. El sábado es el cumple de mi hija", "pero este fin de semana no. El sábado es el cumple de mi hija"),
    ("am Samstag oder Sonntag", "am Samstag oder Sonntag"),
    # a day moved on the spot, its hour with it
    ("My kid's sports day is tomorrow at 2 - wait, they moved it to Friday because of the rain.",
     "My kid's sports day is Friday because of the rain."),
    ("it's Saturday - no, wait - it's the Sunday", "it's Sunday"),
    ("the cat has to have teeth out on Tuesday? No, Monday.", "the cat has to have teeth out on Monday."),
])
def test_a_turn_is_remembered_as_its_speaker_meant_it(said, meant):
    assert slips_mended(said) == meant


@pytest.mark.parametrize("said_on, text, day", [
    ("2026-04-28", "Grandad turns a hundred on June the 9th", "2026-06-09"),  # was 9 May: "the 9th" alone
    ("2026-04-28", "Grandad turns a hundred in June - June the 9th", "2026-06-09"),  # was 1 June: a "range" June-9th
    ("2026-04-28", "We go away in June - the 9th", "2026-06-09"),
    ("2026-06-11", "Mis suegros vienen de Buenos Aires, llegan el 20 y se quedan un mes", "2026-06-20"),
    ("2026-10-09", "Corro la media maratón el 25", "2026-10-25"),
    ("2026-02-18", "Schwester heiratet am 4", "2026-03-04"),
    # a day set off after the month's news is that month's
    ("2026-06-10", "Meine Tochter macht im Juli ihren Abschluss an der Uni in Leipzig, am 17., und die ganze Familie kommt",
     "2026-07-17"),
    ("2026-06-10", "we move in July, the 12th", "2026-07-12"),
    # a Spanish present of others reads forward, whatever the next clause did
    ("2026-07-20", "Mis padres celebran las bodas de oro el 1 de agosto, y he alquilado un salón en Cuenca", "2026-08-01"),
    # an irregular past
    ("2026-09-28", "Our neighbour's dog bit my son on Friday", "2026-09-25"),
    # "a fines de abril" is late April, as "a finales de" is; "a fin de mes" its end
    ("2026-03-01", "sale de licencia a fines de abril", "2026-04-21"),
    ("2026-03-01", "a fin de mes nos mudamos", "2026-03-31"),
    # a clause that only says a day takes the tense of the news before it
    ("2026-09-21", "We got engaged, Saturday", "2026-09-19"),
    ("2026-09-21", "Off to Rome - Saturday", "2026-09-26"),
    ("2026-06-01", "He has finally booked the Iceland trip, first week of October, northern lights", "2026-10-01"),
    # a bare ", el 17" makes the month before it exact ...
    ("2026-12-28", "me caso en abril, el 17", "2027-04-17"),
])
def test_the_day_that_makes_it_exact(said_on, text, day):
    assert str(find_date(text, date.fromisoformat(said_on)).date) == day


@pytest.mark.parametrize("said_on, text", [
    # the call's day is not the news's
    ("2026-03-18", "Mein Bruder hat am Sonntag angerufen, er lässt sich scheiden"),
    ("2026-04-15", "Meine Mutter hat Samstag angerufen, der Hund von meinem Bruder ist gestorben"),
    ("2026-09-18", "My son texted me from Peru on Monday"),
    # "tomorrow" quoted from a message of Wednesday is Wednesday's tomorrow, not ours
    ("2026-07-24", "My sister left me a voicemail on Wednesday saying 'I'm having the scan tomorrow, don't panic'"),
    ("2026-07-24", "He texted me on Monday: 'landing tomorrow'"),
])
def test_no_day_from_the_telling(said_on, text):
    assert find_date(text, date.fromisoformat(said_on)).date is None


@pytest.mark.parametrize("text", [
    "I'm moving in April and the wedding is on the 12th",  # another clause's month says nothing of the 12th
    "in July we move. The 12th is the party",
])
def test_a_month_in_another_clause_leaves_the_day_open(text):
    assert find_date(text, date(2026, 6, 10)).date is None


@pytest.mark.parametrize("text", ["I'm a bit nervous about Friday", "the lit festival is on Friday",
                                  "getting her flu shot on Friday", "Drew's wedding is on Friday"])
def test_a_bit_is_no_past(text):
    assert find_date(text, date(2026, 9, 28)).date == date(2026, 10, 2)


@pytest.mark.parametrize("said_on, text", [
    # two careful listeners could disagree: a month with its alternative after a hedge
    ("2026-06-30", "Mein Bruder heiratet ja im Oktober, glaub ich, oder November"),
    ("2026-06-30", "she's due in March or April"),
    # a plan that did not happen
    ("2026-08-12", "Wir waren eigentlich für Samstag zum Segeln verabredet, aber es soll stürmen, also ist das gestrichen"),
    ("2026-11-13", "Iba a ir a ver a mi hermana a Londres el puente de diciembre, pero los vuelos están carísimos"),
])
def test_no_one_day(said_on, text):
    assert find_date(text, date.fromisoformat(said_on)).date is None


def test_a_past_on_the_way_somewhere_keeps_its_day():
    assert find_date("Iba a la playa el sábado y me caí", date(2026, 8, 12)).date == date(2026, 8, 8)


def test_a_quoted_tomorrow_said_today_is_still_tomorrow():
    assert find_date("'see you tomorrow' she said", date(2026, 7, 24)).date == date(2026, 7, 25)


@pytest.mark.parametrize("clause, alone", [
    ("Ascension Day tomorrow", True), ("Bank holiday Monday", True), ("the 31st", True),
    ("I was ill on Monday", False), ("the office is closed", False),
])
def test_a_clause_that_only_says_a_day(clause, alone):
    assert only_a_day(clause) is alone


def test_the_day_said_first_stays_with_the_news():
    said = "Bank holiday Monday - the 31st - we're going to Whitstable for oysters."
    assert main_clause(said).startswith("Bank holiday Monday")
    assert find_date(main_clause(said), date(2026, 8, 27)).date == date(2026, 8, 31)


def test_a_bare_spanish_day_alone_says_nothing():
    assert find_date("Llegó el autobús, el 17.", date(2026, 12, 28)).date is None


@pytest.mark.parametrize("said_on, text", [
    ("2026-06-18", "heading to the Outer Banks over July 4th week w/ in-laws"),  # a week around the day, its start unsaid
    ("2026-08-27", "She's out Labor Day week, her daughter starts college at UCLA"),
])
def test_a_week_named_by_its_day_has_no_one_day(said_on, text):
    assert find_date(text, date.fromisoformat(said_on)).date is None


def test_a_name_that_ends_in_ed_is_no_past():
    assert find_date("Ahmed: can't play the 16th, his daughter's christening that day", date(2026, 5, 7)).date == date(2026, 5, 16)
    assert find_date("Moved to Leeds on the 16th", date(2026, 5, 7)).date == date(2026, 4, 16)
