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
