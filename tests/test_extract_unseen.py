"""Proposals on writing the extractor had not seen (issue 8): German and Spanish turns, long turns that
mix work and life, tag questions, diets said with a negation, third-person notes by a clinician."""

from __future__ import annotations

import pytest

from rapport_plugins.extract import propose
from rapport_plugins.models import MeetingNotes, Utterance

ME = ["Sam Lee"]


def _said(text: str, speaker: str = "Anna Berg") -> list[str]:
    utterances = [Utterance(speaker, text, line=1)]
    notes = MeetingNotes("", "transcript", ref="call.vtt", kind="transcript", utterances=utterances)
    found = propose("", {"notes": notes, "utterances": utterances, "attendees": [speaker, "Sam Lee"], "me": ME})
    return [c.text for c in found]


def _noted(text: str, attendees=("Anna Berg",)) -> list[tuple[str | None, str]]:
    notes = MeetingNotes(text, "notes", ref="n.md", kind="notes")
    found = propose(text, {"notes": notes, "attendees": [*attendees, "Sam Lee"], "me": ME})
    return [(c.person, c.text) for c in found]


@pytest.mark.parametrize("turn", [
    "Mi hija se casa el 17 de octubre en Sevilla, así que ando loco con los preparativos.",
    "Y me he apuntado a clases de cerámica los martes, me relaja muchísimo.",
    "Y os cuento una cosa: ¡estoy embarazada!",
    "Wir sind letzten Samstag nach Freiburg umgezogen, die Kisten stehen noch überall.",
    "Und meine Frau hat gerade ihre Stelle als Oberärztin an der Uniklinik angefangen.",
    "Good! The API migration is on track, we finished the auth module yesterday. On the personal side, "
    "my wife and I are flying to Recife on the 30th for my grandfather's 90th, so I'll take a week off.",
    "I can't do next Friday, it's my daughter's graduation.",
    "My granddaughter just qualified as a midwife, did Declan tell you?",
    "Just so you know, I'm a single dad since the divorce last year.",
    "I am not eating meat since one year, please something without.",
    "ich esse kein Schweinefleisch.",
    "My daughter just started school this week, she loves it.",  # "loves it" is about school, not the call
])
def test_a_disclosure_is_proposed(turn):
    found = _said(turn)
    assert len(found) == 1, found


@pytest.mark.parametrize("turn", [
    "Hätte ich einen Garten, würde ich ja Hühner halten, aber die Wohnung ist im dritten Stock.",
    "Si tuviera tiempo, aprendería a tocar la guitarra.",
    "¿Tienes hijos?",
    "Ich habe keine Kinder, also kein Problem.",
    "My neighbour told me she's getting divorced.",
    "Do you still sail, by the way?",
    "I love that idea, my team will like it too.",
])
def test_questions_hypotheticals_negations_and_gossip_are_not(turn):
    assert _said(turn) == []


def test_a_clinicians_subjectless_notes_go_to_the_only_other_attendee():
    note = "Started sertraline 50mg Mon (GP).\nReports panic attacks twice this week.\nReviewed the budget.\n"
    assert _noted(note) == [(None, "Started sertraline 50mg Mon (GP)"), (None, "Reports panic attacks twice this week")]


def test_a_note_names_a_person_by_a_nickname():
    note = "Sissi hat wieder erzählt, wie sehr sie ihren Hund liebt.\nTom says his wife has cancer.\n"
    found = _noted(note, attendees=("Elisabeth Maier", "Thomas Andersen"))
    assert found == [("Elisabeth Maier", "Wie sehr sie ihren Hund liebt"), ("Thomas Andersen", "His wife has cancer")]


@pytest.mark.parametrize(("text", "category", "sensitivity"), [
    ("my dad moved into hospice care on Sunday", "health", "sensitive"),
    ("Mum is in palliative care now", "health", "sensitive"),
    ("my sister became a nurse", "family", "personal"),
    ("Wife just got a job at the children's hospital there, she's a pediatric nurse", "family", "personal"),
    ("mi hermano acaba de empezar a trabajar de enfermero en el Hospital La Paz", "family", "personal"),
    ("I work nights as a nurse at St Mary's", "work", "personal"),
    ("the nurse said my dad needs surgery", "health", "sensitive"),
    ("she started chemo at the hospital", "health", "sensitive"),
    ("I'm lactose intolerant", "health", "sensitive"),
    ("Layla is allergic to cats", "health", "sensitive"),
    ("Miso the dog has surgery", "pet", "personal"),
    ("Sepp fährt am Donnerstag zur Hüft-OP nach Rosenheim", "health", "sensitive"),
    ("wir trennen uns gerade", "family", "sensitive"),
    ("the shop is closed on Mondays", "other", "light"),
])
def test_lexicon_on_unseen_writing(text, category, sensitivity):
    from rapport_plugins.lexicon import classify

    found = classify(text)
    assert (found.category, found.sensitivity) == (category, sensitivity), found


def test_an_accented_speaker_name_is_a_speaker():
    from rapport_transcripts.parse import parse_transcript

    notes = parse_transcript("1\n00:00:01,000 --> 00:00:02,000\nTomás Ó Briain: I just got back from the Camino.\n",
                             "t.srt", "srt")
    assert [(u.speaker, u.text) for u in notes.utterances] == [("Tomás Ó Briain", "I just got back from the Camino.")]
