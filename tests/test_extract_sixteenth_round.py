"""Capture classes the sixteenth round found in the dev split (docs/capture.md): a windfall or a joke said as
if it were news ("Y si nos toca la lotería, ...", "Ewan joked that ..."). The held-out split was not read."""

from __future__ import annotations

import pytest

from rapport_plugins.extract import propose
from rapport_plugins.models import MeetingNotes, Utterance

ME = ["Sam Lee"]


def _transcript(*turns: tuple[str, str], attendees: tuple[str, ...] = ("Anna Berg",)) -> list:
    utterances = [Utterance(speaker, text, line=i + 1) for i, (speaker, text) in enumerate(turns)]
    notes = MeetingNotes("", "transcript", ref="call.vtt", kind="transcript", utterances=utterances)
    return propose("", {"notes": notes, "utterances": utterances, "attendees": [*attendees, "Sam Lee"], "me": ME})


def _notes(text: str, attendees: list[str]) -> list[tuple[str | None, str]]:
    found = propose(text, {"notes": MeetingNotes(text, "notes", ref="n.md"), "attendees": attendees, "me": ME})
    return [(c.person, c.text) for c in found]


@pytest.mark.parametrize("said", [
    "Y si nos toca la lotería de Navidad, hacemos también la terraza.",
    "Oye, y si nos dan el fondo completo, me compro una bici nueva, eh.",
    "Oigan, y si cerramos Lala nos vamos todos a Tulum.",
    "And if the round closes, I'm buying a boat and you'll never see me again.",
    "Und wenn das Projekt durch ist, kauf ich mir ein Segelboot.",
])
def test_a_windfall_after_a_word_that_leads_in_is_no_news(said):
    said_next = "Mi hija empieza la universidad en septiembre, en Valencia."
    found = _transcript(("Anna Berg", said), ("Anna Berg", said_next))
    assert [c.text for c in found] == [f'"{said_next.rstrip(".")}"'], found


@pytest.mark.parametrize("line", [
    "- Ewan joked that if reviewer 2 asks for one more control he's retiring to a croft on Skye",
    "- Anna joked she'd quit and open a bait shop on the North Shore if calibration goes a third round",
    "- Anna, de broma: \"si me toca la lotería de Navidad, abro academia propia en Benidorm\"",
    "- Anna dice que si el libro vende en inglés se compra un velero y desaparece",
    "- She said that if the promotion comes through she'd buy a flat in Sarjapur",
    "- Anna meinte im Spaß, sie wandere nach Mallorca aus, wenn der Umbau noch länger dauert",
])
def test_a_joke_or_a_windfall_in_a_note_is_not_captured(line):
    note = f"{line}\n- Anna's daughter starts university in Valencia in September"
    found = _notes(note, ["Anna Berg", "Ewan Murray"])
    assert [text for _, text in found] == ["Anna's daughter starts university in Valencia in September"], found


def test_a_statement_after_the_condition_is_still_the_speakers():
    found = _transcript(("Anna Berg", "Oye, si tu gala es en día de partido, no voy, soy del Betis de toda la vida."))
    assert [c.text for c in found] == ['"soy del Betis de toda la vida"'], found


@pytest.mark.parametrize("line", [
    "- Anna asked if I'm still playing in the softball league – yes, barely",
    "- Anna asked me if I have kids — redirected",
    "- asked if I'd been to Bali — told her about my Ubud trip",
    "- Anna fragt, ob ich wieder Dienst am Umzugstag habe. Ja, leider.",
    "- Anna me preguntó si sigo en el coro, le dije que sí",
])
def test_what_someone_asked_the_writer_is_the_writers_own(line):
    note = f"{line}\n- Anna's daughter starts university in Valencia in September"
    assert [text for _, text in _notes(note, ["Anna Berg"])] == [
        "Anna's daughter starts university in Valencia in September"]


def test_what_someone_asked_the_writer_under_a_personal_heading_is_no_marker():
    note = ("- Personal stuff\n\t- Anna got engaged the night before Thanksgiving!!\n"
            "\t- Anna asked if I'm still playing in the softball league – yes, barely\n")
    assert [text for _, text in _notes(note, ["Anna Berg"])] == ["Anna got engaged the night before Thanksgiving!!"]


def test_a_line_that_says_what_they_asked_of_their_own_stays():
    found = _notes("- Anna climbs at the bouldering gym on Thursdays, asked if I want to join", ["Anna Berg"])
    assert [text for _, text in found] == ["Anna climbs at the bouldering gym on Thursdays"]
