"""Days of the month written in words, a booking's state said with a participle, and "a couple of"
weeks (issue 8, eleventh round). Sentences written for these tests; meeting date: Tuesday 15 September
2026 unless a test says otherwise."""

from __future__ import annotations

from datetime import date

import pytest

from rapport_plugins.dates import find_date

TUE = date(2026, 9, 15)


@pytest.mark.parametrize(("text", "expected"), [
    # English ordinals, German ordinals, Spanish cardinals ("primero" for the 1st): the day as its digits
    ("We fly to Tenerife on the third of October", date(2026, 10, 3)),
    ("Her wedding is on the twenty-first of November", date(2026, 11, 21)),
    ("Party's on October the twenty first", date(2026, 10, 21)),
    ("Am dritten Oktober fliegen sie nach Lissabon", date(2026, 10, 3)),
    ("Die Hochzeit ist am einunddreißigsten Dezember", date(2026, 12, 31)),
    ("Ab dem ersten November ist sie in Elternzeit", date(2026, 11, 1)),
    ("Su hija se casa el quince de octubre", date(2026, 10, 15)),
    ("Se muda el primero de noviembre", date(2026, 11, 1)),
    ("La boda es el veintidós de octubre", date(2026, 10, 22)),
    # the tense still says which year: a day gone by is this year's
    ("Su nieto nació el seis de septiembre", date(2026, 9, 6)),
    ("Her mum had the op on the ninth of September", date(2026, 9, 9)),
    # a number word with no month after it is no day
    ("Tres de mis amigos vienen a la boda", None),
    ("She came third of twelve in the race", None),
])
def test_a_day_written_in_words_is_the_day_its_digits_would_be(text, expected):
    assert find_date(text, TUE).date == expected


def test_a_day_in_words_and_its_feast_are_one_day_said_twice():
    said = date(2026, 2, 25)
    found = find_date("La bebé, Valentina, nació el seis de enero, Día de Reyes", said)
    assert found.date == date(2026, 1, 6)


@pytest.mark.parametrize(("text", "expected"), [
    # "is/are ... paid", "is sold" closing a clause: how things stand now, so the trip's day reads forward
    ("We fly to Tenerife on the 3rd of October for the October week, that's booked and paid", date(2026, 10, 3)),
    ('"We fly to Tenerife on the 3rd of October, that\'s all paid for"', date(2026, 10, 3)),
    ("The flat is sold, they move on the 3rd", date(2026, 10, 3)),
    # ... but a participle with an object is a perfect, and a "was" is a past
    ("She's lost her job on Friday", date(2026, 9, 11)),
    ("The flat was sold on the 3rd", date(2026, 9, 3)),
])
def test_a_state_said_with_a_participle_is_no_past(text, expected):
    assert find_date(text, TUE).date == expected


@pytest.mark.parametrize("text", [
    "we picked up a kelpie pup a couple of weeks back",
    "Her dad died a couple of weeks ago",
    "They move in a couple of weeks",
])
def test_a_couple_of_weeks_is_two_or_three_and_names_no_day(text):
    found = find_date(text, TUE)
    assert found.date is None and "couple of weeks" in found.phrase


def test_a_birthday_said_with_cumplo_beside_a_dont_count_on_me_is_the_day():
    text = "Y por cierto, Carmen, el 2 de julio por la tarde no cuentes conmigo, que cumplo 40 y me han liado en casa"
    found = find_date(text, date(2026, 6, 17))
    assert found.date == date(2026, 7, 2) and found.recurrence == "yearly"


@pytest.mark.parametrize(("said", "text", "expected"), [
    # --- the day of a plan said beside other words
    # "put in three weeks ago" is three weeks ago, not "in three weeks"
    (date(2026, 6, 3), "My dad had a stent put in three weeks ago", date(2026, 5, 13)),
    # a sponsored walk or run signed up for is still to come
    (date(2026, 1, 20), "She's signed up for the Kiltwalk in April with her sister", date(2026, 4, 1)),
    (date(2026, 1, 20), "He's signed up for the Colour Run in May", date(2026, 5, 1)),
    # an "if" that only excuses how the speaker seems today makes no maybe of the news after it
    (date(2026, 10, 20), "Sorry, falls ich heute etwas müde bin, ich hab seit Montag einen Hund aus dem Tierheim",
     date(2026, 10, 19)),
    (date(2026, 10, 20), "If I seem tired, we've had a new puppy since Monday", date(2026, 10, 19)),
    (date(2026, 10, 20), "Falls es klappt, ziehen sie am Montag um", None),
    # how long a plan has stood is not its day
    (date(2026, 3, 16), "ich bin ab Ostermontag zwei Wochen in Kroatien, das ist seit Jänner eingetragen",
     date(2026, 4, 6)),
    (date(2026, 3, 16), "She flies to Lima on the 20th, it's been booked since March", date(2026, 3, 20)),
    # a bare Spanish day after its subject pronoun opens the clause ("y yo el 15 me voy")
    (date(2026, 8, 4), "Y yo el 15 me voy a Cádiz, al pueblo de mi madre, hasta final de mes", date(2026, 8, 15)),
    # --- weeks either side of a weekday, feast days, and what is no maybe
    # a weekday of the week after next, of last week, of the week before last
    (date(2026, 3, 30), "Die Knie-OP ist übernächste Woche am Dienstag, danach bin ich im Homeoffice", date(2026, 4, 14)),
    (date(2026, 3, 30), "The op is the week after next on Tuesday", date(2026, 4, 14)),
    (date(2026, 3, 30), "She got married Tuesday last week", date(2026, 3, 24)),
    (date(2026, 3, 30), "übernächsten Monat zieht sie nach Graz", date(2026, 5, 1)),
    # a week gone by is a stretch, and a weekend done each time is a habit: no day
    (date(2026, 2, 3), "Lukas' Vater hat vorletzte Woche eine neue Hüfte bekommen, Lukas fährt am Wochenende "
                       "jeweils nach Langnau", None),
    # St Joseph's day in Valencian and Austrian
    (date(2026, 5, 6), "me operaron del menisco el dia de Sant Josep", date(2026, 3, 19)),
    (date(2026, 5, 6), "Am Josefitag hat sie geheiratet", date(2026, 3, 19)),
    # Ireland's St Stephen's Day (Boxing Day) and "Paddy's Day"
    (date(2026, 1, 14), "His mother is in the Mercy since Stephen's Day, she broke the hip", date(2025, 12, 26)),
    (date(2026, 1, 14), "They're going to New York for Paddy's Day", date(2026, 3, 17)),
    # an appointment whose outcome is asked after it is still certain; "si todo va bien" is not
    (date(2026, 8, 19), "Tengo turno con el traumatólogo el 2 de septiembre para ver si me sacan el yeso",
     date(2026, 9, 2)),
    (date(2026, 8, 19), "Si todo va bien, se muda el 2 de septiembre", None),
    # "don't count on us this Sunday" is the speaker's absence, no denial of the birthday
    (date(2026, 5, 6), "Y este domingo no contéis con nosotros, que mi abuela cumple 90", date(2026, 5, 10)),
    (date(2026, 5, 6), "No se casa este domingo", None),
    # --- Advent, the day beside a feast, a weekday beside something with no day
    # the Sundays of Advent (2026: the fourth is 20 December), not "the 3rd"
    (date(2026, 11, 20), "Wird am 3. Advent 60, Feier im Segelclub", date(2026, 12, 13)),
    (date(2026, 11, 20), "Am ersten Advent backen wir Plätzchen", date(2026, 11, 29)),
    (date(2026, 11, 20), "The carol service is on the fourth Sunday of Advent", date(2026, 12, 20)),
    # the day beside a feast
    (date(2026, 8, 20), "Junie starts kindergarten the day after Labor Day", date(2026, 9, 8)),
    (date(2026, 11, 20), "Am Tag nach Weihnachten fliegen sie nach Lissabon", date(2026, 12, 26)),
    (date(2026, 11, 20), "They arrive the day before Christmas Eve", date(2026, 12, 23)),
    # a weekday before or after something with no day of its own: which week's?
    (date(2026, 1, 20), "Taking Cerys out the Friday before half term, they're going to Tenerife", None),
    (date(2026, 1, 20), "The party is the Saturday after the move", None),
    # St David's Day in Welsh; an expected baby with German "soll ... kommen"
    (date(2026, 1, 20), "They're competing at the Dydd Gŵyl Dewi concert", date(2026, 3, 1)),
    (date(2026, 5, 6), "Das Baby soll Ende Oktober kommen, wir sind schon total aufgeregt", date(2026, 10, 31)),
    # --- a bare Spanish birthday day, a feast without its umlaut
    (date(2026, 2, 3), "El 19 es su cumple, 40 — no nombrarlo yo si ella no lo trae", date(2026, 2, 19)),
    (date(2026, 2, 3), "Lukas hat seit Dreikoenig den Fuehrerschein", date(2026, 1, 6)),  # umlauts written out
])
def test_days_said_beside_other_words_as_the_writers_said_them(said, text, expected):
    assert find_date(text, said).date == expected
