"""What capture proposes for one transcript turn or one note, for the extraction tests."""

from __future__ import annotations

from rapport_plugins.extract import propose
from rapport_plugins.models import MeetingNotes, Utterance

ME = ["Sam Lee"]


def said(text: str, speaker: str = "Anna Berg") -> list[str]:
    """The texts proposed when ``speaker`` says ``text`` in a transcript with the user."""
    utterances = [Utterance(speaker, text, line=1)]
    notes = MeetingNotes("", "transcript", ref="call.vtt", kind="transcript", utterances=utterances)
    found = propose("", {"notes": notes, "utterances": utterances, "attendees": [speaker, "Sam Lee"], "me": ME})
    return [c.text for c in found]


def noted(text: str, attendees: tuple[str, ...] = ("Anna Berg",)) -> list[tuple[str | None, str]]:
    """(person, text) of what is proposed from ``text`` written in a note about ``attendees``."""
    notes = MeetingNotes(text, "notes", ref="n.md", kind="notes")
    found = propose(text, {"notes": notes, "attendees": [*attendees, "Sam Lee"], "me": ME})
    return [(c.person, c.text) for c in found]
