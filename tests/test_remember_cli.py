"""`remember` says the date it resolved, reads every phrase its --help offers, refuses the ones
with two readings (naming both), and suggests the nearest people for a name it does not know."""

from __future__ import annotations

import re

import pytest

from rapport_plugins.cli import remember

# Pinned now (conftest): Thu 2 Apr 2026.


@pytest.fixture
def people(rapport):
    rapport("people", "add", "Mei Chen", "--email", "mei@example.org")
    rapport("people", "add", "Tomás Ruiz")
    return rapport


@pytest.mark.parametrize("when, shown", [
    ("2026-12-12", "on Sat 12 Dec 2026"),
    ("Friday", "on Fri 3 Apr 2026"),
    ("Friday week", "on Fri 10 Apr 2026"),
    ("Friday next week", "on Fri 10 Apr 2026"),  # said on Thursday 2 April: next week's Friday
    ("in 3 days", "on Sun 5 Apr 2026"),
    ("tomorrow", "on Fri 3 Apr 2026"),
    ("in March", "in March 2027"),  # all of March, never a day nobody said ("Mon 1 Mar 2027")
])
def test_remember_shows_the_resolved_date(people, when, shown):
    out = people("remember", "Max has surgery", "--who", "Mei", "--when", when).stdout
    assert out == f"Remembered #1 for Mei Chen, {shown}: Max has surgery\n"


def test_every_phrase_the_help_offers_is_read():
    help_text = next(p.help for p in remember.params if p.name == "when")
    offered = re.findall(r"'([^']+)'|(\d{4}-\d{2}-\d{2})", help_text)
    phrases = [a or b for a, b in offered]
    assert len(phrases) >= 5
    from datetime import date

    from rapport_plugins.cli_common import resolve_when

    for phrase in phrases:
        assert isinstance(resolve_when(phrase, date(2026, 4, 2)), date), phrase


def test_a_yearly_date_is_shown_without_a_year(people):
    out = people("remember", "Birthday", "--who", "Mei", "--when", "2026-12-12", "--yearly").stdout
    assert out == "Remembered #1 for Mei Chen, every year on 12 December: Birthday\n"
    people("remember", "Wedding anniversary", "--who", "Mei", "--when", "2011-06-04", "--yearly")
    people("remember", "Moves to Lisbon", "--who", "Mei", "--when", "2026-06-12")
    shown = people("people", "show", "Mei").stdout
    assert "- #1 Birthday [every year on 12 December] (" in shown  # 2026 is the next one, not a first year
    assert "- #2 Wedding anniversary [every year on 4 June, since 2011] (" in shown
    assert "- #3 Moves to Lisbon [Fri 12 Jun 2026] (" in shown
    assert not re.search(r"\d{2}-\d{2}\]", shown)  # no ISO month-day left


@pytest.mark.parametrize("when, message", [
    ("next Friday", "--when 'next Friday' is Fri 3 Apr 2026 to some and Fri 10 Apr 2026 to others: "
                    "write 'Friday' or 'Friday week', or the date (2026-04-10)"),
    ("next week", "--when 'next week' names no single day"),
    ("Friday after the party", "--when 'Friday after the party': only 'Friday' is a date phrase rapport reads"),
    ("someday soonish", "--when 'someday soonish': not a date rapport reads"),
])
def test_a_phrase_without_one_reading_is_refused_and_says_what_to_write(people, when, message):
    result = people("remember", "x", "--who", "Mei", "--when", when, code=1)
    assert result.stderr.startswith(f"Error: {message}") and result.stderr.count("\n") == 1
    assert people.json("people", "show", "Mei")["memories"] == []  # nothing stored


@pytest.mark.parametrize("who, suggestion", [
    ("Thomas", "Tomás Ruiz"), ("Tomasz", "Tomás Ruiz"), ("Mai", "Mei Chen"),
])
def test_an_unknown_name_suggests_the_nearest_people(people, who, suggestion):
    result = people("remember", "x", "--who", who, code=1)
    assert result.stderr == (f"Error: unknown person {who!r}: did you mean {suggestion}? "
                             "(`rapport people` lists everyone)\n")


def test_an_unknown_name_with_nobody_near_says_so(people):
    assert people("people", "show", "Zed", code=1).stderr == "Error: unknown person 'Zed' (see `rapport people`)\n"


@pytest.mark.parametrize("who", ["Tomas", "tomas ruiz", "TOMÁS"])
def test_a_name_without_its_accents_finds_the_one_person_it_fits(people, who):
    out = people("remember", "Plays padel", "--who", who).stdout
    assert out == "Remembered #1 for Tomás Ruiz: Plays padel\n"


def test_a_name_that_fits_two_people_without_accents_is_not_guessed(people):
    people("people", "add", "Tomàs Berg")
    result = people("remember", "x", "--who", "TOMAS", code=1)  # Tomás Ruiz or Tomàs Berg
    assert result.stderr.startswith("Error: unknown person 'TOMAS': did you mean ")


@pytest.mark.parametrize("now, text, shown, follow_up", [
    # said on a Wednesday: "since Monday" is the Monday before, and nothing to follow up
    ("2026-04-01T10:00:00+02:00", "her mum is out of hospital since Monday", "on Mon 30 Mar 2026", None),
    ("2026-04-02T09:55:00+02:00", "running the Berlin half marathon on Sunday", "on Sun 5 Apr 2026", "open"),
    ("2026-04-02T09:55:00+02:00", "her sister's wedding on 19 December", "on Sat 19 Dec 2026", "open"),
])
def test_without_when_the_date_the_text_says_is_read_as_a_notes_marker_would_be(people, monkeypatch, now, text, shown,
                                                                                  follow_up):
    monkeypatch.setenv("RAPPORT_NOW", now)
    out = people("remember", text, "--who", "Mei").stdout
    phrase = re.search(r"(since Monday|on Sunday|19 December)", text).group(1)
    assert out == f"Remembered #1 for Mei Chen, {shown} (read from {phrase!r}; --when gives another): {text}\n"
    (stored,) = people.json("people", "show", "Mei")["memories"]
    assert stored["follow_up"] == follow_up and stored["event_text"] == phrase


def test_a_standing_fact_or_a_text_without_a_date_gets_none(people):
    for text in ("Allergic to peanuts", "Loves sourdough baking", "Met at PyCon DE 2024"):
        assert people("remember", text, "--who", "Mei").stdout.endswith(f"for Mei Chen: {text}\n")
    assert all(m["event_date"] is None for m in people.json("people", "show", "Mei")["memories"])


def test_a_yearly_month_is_every_year_in_that_month_not_on_the_first(people):
    out = people("remember", "her daughter turns 5 in March", "--who", "Mei").stdout
    assert out.startswith("Remembered #1 for Mei Chen, every year in March (read from 'in March'")
    assert "[every year in March]" in people("people", "show", "Mei").stdout
