"""Twenty-second round (docs/capture.md): "the first weekend of next month" is that month's first Saturday (it was
the 1st), and "two weekends ago" is the Saturday of the weekend before last (it was undated); a day that ends its
sentence ("se le murió el perro, Turrón, el sábado. Catorce años.") keeps the tense of the clause before it; "nächste
Woche ab Mittwoch" starts that Wednesday; an apology before the day ("Perdón la cara") is no clause of its own."""

from __future__ import annotations

from datetime import date

import pytest

from rapport_plugins.dates import find_date


def _day(said_on: str, text: str) -> str | None:
    found = find_date(text, date.fromisoformat(said_on)).date
    return found.isoformat() if found else None


@pytest.mark.parametrize("said_on, text, day", [
    # the nth weekend or weekday of next month is that day (it was the 1st); weekends counted back are Saturdays
    ("2026-06-10", "The first weekend of next month is her race", "2026-07-04"),  # was the 1st, a Wednesday
    ("2026-06-10", "am ersten Samstag nächsten Monats ist ihr Lauf", "2026-07-04"),
    ("2026-06-10", "el primer sábado del mes que viene es la boda", "2026-07-04"),
    ("2026-06-10", "the last Friday of next month is her leaving do", "2026-07-31"),
    ("2026-12-10", "the second Sunday of next month is the christening", "2027-01-10"),
    ("2026-06-10", "two weekends ago she ran her first half", "2026-05-30"),
    ("2026-06-10", "vor zwei Wochenenden war ihr erster Halbmarathon", "2026-05-30"),
    ("2026-06-10", "hace dos fines de semana corrió su primera media", "2026-05-30"),
    ("2026-06-10", "three weekends ago they moved in", "2026-05-23"),
    ("2026-06-10", "the weekend before last she ran", "2026-05-30"),  # as before
    # the sentence's end after the day was not seen once the day was set aside, so the next sentences' words made
    # the day's clause read as mixed: undated
    ("2026-12-01", "Laia está hecha polvo, se le murió el perro, Turrón, el sábado. Catorce años. No agobiarla con la "
                   "entrega de Montsant", "2026-11-28"),
    ("2026-12-01", "Her dog died, Biscuit, on Saturday. Fourteen years. Go easy on her", "2026-11-28"),
    ("2026-12-01", "Tobias – Sa. Verlobung!! gefeiert", "2026-11-28"),  # an abbreviated day ends no sentence
    # blind writer SC: a span from a day of next week starts on that day (it was undated)
    ("2026-04-21", "Ich bin übrigens nächste Woche ab Mittwoch weg, wir fahren mit dem Wohnmobil an den Gardasee",
     "2026-04-29"),
    ("2026-04-21", "I'm off next week from Wednesday, Lake Garda with the kids", "2026-04-29"),
    ("2026-04-21", "la semana que viene a partir del miércoles me voy a Cádiz", "2026-04-29"),
    # an apology before the day is no clause of its own ("Perdón la cara" made the Sunday's past a mixed one)
    ("2026-05-19", "Perdón la cara, el domingo terminamos en la guardia veterinaria porque Frida se comió una media "
                   "entera", "2026-05-17"),
    ("2026-05-19", "Sorry about the noise, on Sunday we ended up at the vet because Frida ate a sock", "2026-05-17"),
])
def test_the_day_a_blind_writer_or_battery_meant(said_on, text, day):
    assert _day(said_on, text) == day
