"""Capture of the eighteenth round: classes the dev examples showed (docs/capture.md, "Eighteenth round"); the
held-out split was not read.
"""

from __future__ import annotations

import pytest

from proposals import noted


@pytest.mark.parametrize("line", [
    # somebody named by their group or workplace is an acquaintance of whoever tells it: their news is theirs
    "Nadia mentioned Huw from finance is apparently moving to Bristol.",
    "Schmitz aus der Spätschicht soll sich getrennt haben, sagt Nadia",
    "Der Kurt vom Nachbarverein soll ja pleite sein, sagt Nadia",
    "Nadia erzählt, Paul aus der Ausführungsplanung ist seit drei Wochen krankgeschrieben",
    "Manolo, el del turno de noche, se va a Londres en julio",
    "Mairead from the Tuesday crew got engaged apparently",
])
def test_news_of_somebody_named_by_their_group_is_not_the_tellers(line):
    assert noted(f"- {line}", ("Nadia Rahman",)) == []


@pytest.mark.parametrize(("line", "person"), [
    # ... while an attendee named by where they work, and a relative from somewhere, are still theirs
    ("Nadia from finance is moving to Bristol in May", "Nadia Rahman"),
    ("Nadia mentioned her cousin from Leeds is getting married in June", "Nadia Rahman"),
])
def test_an_attendee_or_a_relative_from_somewhere_is_still_theirs(line, person):
    assert [p for p, _ in noted(f"- {line}", ("Nadia Rahman",))] == [person]


def test_news_of_somebody_named_by_their_group_under_a_heading_is_not_the_attendees():
    text = "## Nadia Rahman\n- Nadia erzählt, Paul aus der Planung ist seit drei Wochen krankgeschrieben\n"
    assert noted(text, ("Nadia Rahman", "Tom Ashby")) == []
