"""A marker line is read once, by the notes' own reader, and stored for the person it attributes it
to (a heading), not also for the only other attendee."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rapport_plugins import Attendee, Meeting, MeetingNotes, find_markers, hookimpl

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


class CountingNotesPlugin:
    """A notes integration that reads its own notes' markers with the core grammar, and counts it."""

    def __init__(self):
        self.calls = 0

    @hookimpl
    def rapport_after_meeting(self, meeting, notes, config):
        if notes.source != "mine":
            return None
        self.calls += 1
        return find_markers(notes.text, f"mine:{notes.ref}", [a.name for a in meeting.people() if a.name])


def test_each_marker_line_is_read_once_by_the_notes_own_reader(rapport_context, rapport_plugin):
    """The first plugin that answers for the notes reads their markers; the built-in reader answers
    only for notes nobody claims. No layer has to merge two readings of one line."""
    from rapport_plugins.capture import collect_candidates

    mine = rapport_plugin(CountingNotesPlugin(), "mine")
    meeting = Meeting(uid="m1", title="1:1", start=date(2026, 4, 1), end=date(2026, 4, 1),
                      attendees=[Attendee(name="Anna Berg")])
    text = "## Anna\n- remember: her dog has surgery on Friday\n"
    explicit, _ = collect_candidates(rapport_context, meeting, MeetingNotes(text=text, source="mine", ref="p1"), [])
    assert [(c.person, c.text, c.source_ref) for c in explicit] == [("Anna", "Her dog has surgery on Friday", "mine:p1:2")]
    assert mine.calls == 1
    explicit, _ = collect_candidates(rapport_context, meeting, MeetingNotes(text=text, source="text", ref="n.txt"), [])
    assert [(c.person, c.source_ref) for c in explicit] == [("Anna", "n.txt:2")] and mine.calls == 1  # the built-in read it
