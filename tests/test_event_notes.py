"""The owned block in an event's description: the user's text around it is kept byte for byte."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rapport_plugins import event_notes

user_text = st.text(max_size=200).filter(lambda t: event_notes.START not in t and event_notes.END not in t)


def block(*lines: str, newline: str = "\n") -> str:
    return event_notes.block(list(lines), lambda line: line, newline)


@given(before=user_text, after=user_text)
def test_replacing_the_block_keeps_the_text_around_it(before, after):
    first = before + block("old briefing", "second line") + after
    again = event_notes.merge(first, block("new briefing"), "\n")
    assert again == before + block("new briefing") + after


@given(text=user_text)
def test_a_description_without_the_block_gets_it_after_a_blank_line(text):
    merged = event_notes.merge(text, block("briefing"), "\n")
    assert merged.startswith(text) and merged.endswith(block("briefing"))
    assert merged[len(text):] in (block("briefing"), "\n" + block("briefing"), "\n\n" + block("briefing"))
    assert event_notes.merge(merged, block("briefing"), "\n") == merged  # the same note again: nothing changes


def test_a_correction_replaces_the_earlier_one_at_the_top():
    text = "agenda\n\n" + block("Briefing: 1-1 Anna", "ask about Biscuit")
    once = event_notes.corrected(text, "Moved: 1-1 Anna, 10:00 → now 15:00", lambda line: line, "\n")
    twice = event_notes.corrected(once, "Cancelled: 1-1 Anna", lambda line: line, "\n")
    assert twice == "agenda\n\n" + block("rapport update: Cancelled: 1-1 Anna", "Briefing: 1-1 Anna", "ask about Biscuit")


def test_a_correction_where_the_note_is_gone_gets_a_block_of_its_own():
    assert event_notes.corrected("agenda", "Cancelled: x", lambda line: line, "<br>") == (
        "agenda<br><br>" + block("rapport update: Cancelled: x", newline="<br>"))


def test_a_start_marker_without_its_end_is_the_users_text():
    text = "notes " + event_notes.START + " pasted"
    assert event_notes.find(text) is None
    assert event_notes.merge(text, block("b"), "\n") == text + "\n\n" + block("b")


def test_the_organiser_rule():
    assert event_notes.organiser_rule(True, True, 0) is None  # nobody else: nobody to send to
    assert "you organise it" in event_notes.organiser_rule(True, True, 2)
    assert event_notes.organiser_rule(False, True, 2) is None  # an attendee's own copy
    assert "cannot tell" in event_notes.organiser_rule(None, False, 2)


def test_where_notes_went_is_remembered_privately(tmp_path):
    event_notes.remember(tmp_path, "uid@2026-04-02T10:00:00+02:00", ["primary", "abc"])
    assert event_notes.recall(tmp_path, "uid@2026-04-02T10:00:00+02:00") == ["primary", "abc"]
    assert event_notes.recall(tmp_path, "other") is None
    assert oct((tmp_path / event_notes.WRITTEN_FILE).stat().st_mode & 0o777) == "0o600"


def test_a_line_quoting_the_markers_cannot_end_the_block_early():
    hostile = block("she said " + event_notes.END + " then " + event_notes.START)
    assert hostile.count(event_notes.END) == 1 and hostile.endswith(event_notes.END)
    text = "mine\n\n" + hostile + "\nafter"
    assert event_notes.merge(text, block("new"), "\n") == "mine\n\n" + block("new") + "\nafter"
