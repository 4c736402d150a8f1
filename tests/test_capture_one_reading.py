"""A marker line read by two plugins (a notes integration and the built-in reader) is stored once,
for the person the integration attributed it to, not also for the only other attendee."""

from __future__ import annotations

from pathlib import Path

NOTE = """---
date: 2026-04-01
---
# 1-1 Anna

## Ben Okafor
- remember: his cat is called Miso

## Anna Berg
- remember: she loves bouldering
"""


def test_heading_attribution_wins_over_the_only_other_attendee(rapport, home: Path):
    vault = home / "vault"
    (vault / "Meetings").mkdir(parents=True)
    (vault / "People").mkdir()
    (vault / "People" / "Anna Berg.md").write_text("---\nemails: [anna@example.org]\n---\n", encoding="utf-8")
    (vault / "People" / "Ben Okafor.md").write_text("---\nemails: [ben@example.org]\n---\n", encoding="utf-8")
    note = vault / "Meetings" / "2026-04-01 1-1 Anna.md"
    note.write_text(NOTE, encoding="utf-8")
    rapport.config('[me]\nname = "Sam Lee"\n[markdown]\nvault = "vault"\n')
    rapport("people", "add", "Anna Berg", "--email", "anna@example.org")
    rapport("people", "add", "Ben Okafor", "--email", "ben@example.org")
    result = rapport.json("capture", str(note), "--with", "Anna", "--date", "2026-04-01")
    stored = sorted((item["person"], item["text"].lower()) for item in result["stored"])
    assert stored == [("Anna Berg", "she loves bouldering"), ("Ben Okafor", "his cat is called miso")]
    anna = rapport.json("people", "show", "anna")
    assert [m["text"].lower() for m in anna["memories"]] == ["she loves bouldering"]


def test_readings_of_one_marker_by_two_plugins_become_one():
    from rapport_plugins.capture import one_reading
    from rapport_plugins.models import Candidate

    integration = Candidate(text="Her dog has **surgery** on Friday", person="Anna", source_ref="notion:p1:b7")
    builtin = Candidate(text="her dog has surgery on Friday", person=None, source_ref="notion:p1:3")
    assert one_reading([integration, builtin]) == [integration]
    assert one_reading([builtin, integration]) == [integration]  # the reading that names the person wins
    same_words_two_people = [Candidate(text="Birthday on Friday", person="Anna"),
                             Candidate(text="Birthday on Friday", person="Ben")]
    assert one_reading(same_words_two_people) == same_words_two_people
    first, again = Candidate(text="Loves jazz", person="Ben"), Candidate(text="loves jazz", person="Ben")
    assert one_reading([first, again]) == [first]
