"""Twenty-third round (docs/capture.md): an anniversary with its day said inside it ("two years on Saturday since we
lost my brother") is that coming day (it was last Saturday, "since" read as the past); an anniversary "zwei Wochen
her" is the day it was (it was next year's)."""

from __future__ import annotations

from datetime import date

import pytest

from rapport_plugins.dates import find_date


def _day(said_on: str, text: str) -> str | None:
    found = find_date(text, date.fromisoformat(said_on)).date
    return found.isoformat() if found else None


@pytest.mark.parametrize("said_on, text, day", [
    # blind writer SE (said on Thursday 28 May): was Saturday the 23rd
    ("2026-05-28", "It's two years on Saturday since we lost my brother", "2026-05-30"),
    ("2026-05-28", "It'll be a year on Friday since Dad died", "2026-05-29"),  # was undated
    ("2026-05-28", "It's a year tomorrow since the accident", "2026-05-29"),
    ("2026-05-28", "It's three years this Sunday since Mum passed", "2026-05-31"),  # was the 24th
    ("2026-05-06", "It'll be ten years on the 14th since Dad passed", "2026-05-14"),  # was undated
    # said in the past it is the day it was; "two years since" with another day beside it keeps that day
    ("2026-05-28", "It was two years on Saturday since we lost my brother, we went to the grave", "2026-05-23"),
    ("2026-05-28", "It's been two years since we moved, on Saturday we had a party", "2026-05-23"),
    # blind writer SE (said on Thursday 9 July): was 25 June 2027
    ("2026-07-09", "Unser 25. Hochzeitstag ist jetzt zwei Wochen her, wir waren endlich mal im Ratskeller", "2026-06-25"),
    ("2026-07-09", "Ihr Geburtstag ist drei Tage her", "2026-07-06"),
    ("2026-07-09", "Der Hochzeitstag ist in zwei Wochen", "2026-07-23"),  # ahead stays ahead
])
def test_an_anniversary_with_its_day(said_on, text, day):
    assert _day(said_on, text) == day


@pytest.mark.parametrize("said_on, text, day", [
    # blind writer TC (said on Monday 15 June): was the coming weekend, the 20th
    ("2026-06-15", "Ich bin übrigens am Wochenende nach dem nächsten nicht erreichbar, da bin ich in Südtirol wandern",
     "2026-06-27"),
    ("2026-06-15", "el finde después del que viene me voy a la sierra", "2026-06-27"),
    ("2026-06-15", "the weekend after next I'm away", "2026-06-27"),  # as before
])
def test_the_weekend_after_next_said_in_full(said_on, text, day):
    assert _day(said_on, text) == day


@pytest.mark.parametrize("said_on, text, day", [
    # blind writer TD: the day the speaker brings the listeners some is no day of the pastime
    ("2026-10-08", "ahora hago pan de masa madre los fines de semana, ya me sale decente, el lunes les traigo", None),
    ("2026-10-08", "I've been baking sourdough at weekends, it's actually decent now, I'll bring some in on Monday", None),
    ("2026-10-08", "ich backe jetzt Sauerteigbrot, am Montag bringe ich euch eins mit", None),
    ("2026-10-08", "My daughter's wedding is on Saturday, I'll bring some cake in on Monday", "2026-10-10"),
])
def test_a_day_offered_to_the_listeners_dates_nothing(said_on, text, day):
    assert _day(said_on, text) == day


@pytest.mark.parametrize("said_on, text, day", [
    # blind writer RD (said on Wednesday 19 August): the rent that was too much made the move's month the last one
    ("2026-08-19", "Umzug nach Altona Ende des Monats, die Miete in Eppendorf war nach der Erhöhung nicht mehr drin",
     "2026-08-31"),
    ("2026-08-19", "Umzug nach Altona Ende des Monats, weil die alte Wohnung zu klein war", "2026-08-31"),
    ("2026-08-19", "Umzug Ende des Monats, war ein Kraftakt", "2026-07-31"),  # the move itself was: the month gone by
])
def test_a_reason_in_the_past_after_a_day_does_not_make_it_past(said_on, text, day):
    assert _day(said_on, text) == day
