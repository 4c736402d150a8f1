"""What capture proposes for one transcript turn or one note, for the extraction tests."""

from __future__ import annotations

from rapport_plugins.care import small_talk
from rapport_plugins.extract import propose
from rapport_plugins.markers import find_markers
from rapport_plugins.models import Candidate, MeetingNotes, Memory, Utterance

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


def turns(*spoken: tuple[str, str], attendees: tuple[str, ...] = ("Anna Berg",)) -> list[Candidate]:
    """What is proposed from a transcript of ``spoken`` (speaker, text) turns, the user one of the people."""
    utterances = [Utterance(speaker, text, line=i + 1) for i, (speaker, text) in enumerate(spoken)]
    notes = MeetingNotes("", "transcript", ref="call.vtt", kind="transcript", utterances=utterances)
    return propose("", {"notes": notes, "utterances": utterances, "attendees": [*attendees, "Sam Lee"], "me": ME})


def note_yields(text: str, attendees: list[str]) -> list[tuple[str | None, str]]:
    """(person, text) of what a note yields: its markers, then the proposals of its lines."""
    found = find_markers(text, "n.md", attendees) + propose(
        text, {"notes": MeetingNotes(text, "notes", ref="n.md"), "attendees": attendees, "me": ME})
    return [(c.person, c.text) for c in found]


def opens(found: list[Candidate], word: str) -> bool:
    """Whether the proposal of ``found`` that holds ``word`` may open a conversation, stored as proposed."""
    fact = next(c for c in found if word.lower() in c.text.lower())
    return small_talk(Memory(person_id=1, text=fact.text, category=fact.category or "other",
                             sensitivity=fact.sensitivity or "light"))
