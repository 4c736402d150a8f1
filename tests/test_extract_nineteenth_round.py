"""Capture of the nineteenth round: a note line about an attendee that tells the news of somebody they know
(docs/capture.md, "Nineteenth round"); the held-out split was not read."""

from __future__ import annotations

import pytest

from rapport_plugins.extract import third_person_note

PEOPLE = ["Chloe Marsh", "Steph Okafor", "Pilar Ruiz", "Katrin Vogel", "Tom Reed"]


@pytest.mark.parametrize("line", [
    "Chloe: her boss is off on mat leave from Mon",
    "Steph's colleague had twins on Sat",
    "Pilar – su jefa se jubila el vie",
    "Katrin – Nachbarin hat am Sa. Hochzeit",
    "Tom said the company is moving to Leeds in spring",
])
def test_an_acquaintances_news_is_not_the_attendees(line):
    assert third_person_note(line, PEOPLE) is None


@pytest.mark.parametrize("line", [
    "Chloe: her boss promoted her to team lead",  # it comes back to the attendee
    "Steph's son had his tonsils out on Sat",  # kin, not an acquaintance
    "Pilar – su hermana se casa el sáb",
])
def test_news_that_is_the_attendees_stays(line):
    found = third_person_note(line, PEOPLE)
    assert found is not None


@pytest.mark.parametrize(("body", "task"), [
    ("RSVP to her bbq by Weds", True),
    ("wish her luck for the exam on Fri", True),
    ("congratulate him on the baby", True),
    ("wishes to move to Spain one day", False),
])
def test_a_marker_that_is_something_to_do(body, task):
    from rapport_plugins.markers import is_task
    assert is_task(body) is task
