"""What people say about their own lives, by class (issue 8, the t/w blind batch): figures of speech
that borrow a health word, dislikes said with a negation, words of a topic the lexicon lacked (Spanish
"we" verbs, sports, money trouble, trips of some weeks), in English, German and Spanish."""

from __future__ import annotations

import pytest

from rapport_plugins.extract import propose
from rapport_plugins.lexicon import classify
from rapport_plugins.models import MeetingNotes, Utterance

ME = ["Sam Lee"]


def _said(text: str, speaker: str = "Anna Berg") -> list[str]:
    utterances = [Utterance(speaker, text, line=1)]
    notes = MeetingNotes("", "transcript", ref="call.vtt", kind="transcript", utterances=utterances)
    found = propose("", {"notes": notes, "utterances": utterances, "attendees": [speaker, "Sam Lee"], "me": ME})
    return [c.text for c in found]


@pytest.mark.parametrize("text", [
    "Honestly I'm allergic to spreadsheets with merged cells", "I'm allergic to burpees", "allergic to dashboards",
    "ich bin allergisch gegen lange Telefonkonferenzen", "Ich bin allergisch gegen Pflichtfelder",
    "soy alérgico a los formularios en papel",
])
def test_allergic_to_something_that_is_no_allergen_is_a_figure_of_speech(text):
    assert not classify(text).is_topic, classify(text)


@pytest.mark.parametrize("text", [
    "I'm allergic to penicillin", "She's allergic to wasp stings", "allergic to anything with sesame in it",
    "Ich bin allergisch gegen Haselnüsse", "Er ist allergisch auf Katzenhaare", "soy alérgica a los frutos secos",
    "es alérgico al marisco", "I'm allergic to it, so no thanks", "Mia hat eine Erdnussallergie", "I have a nut allergy",
])
def test_a_real_allergy_stays_a_health_matter(text):
    assert classify(text).category == "health", classify(text)


@pytest.mark.parametrize("turn", [
    "Honestly, I can't stand crowded trains, I cycle everywhere.",
    "Ich kann Rosenkohl nicht ausstehen, das weiß jeder in der Familie.",
    "Cualquier cosa menos el jazz, no lo soporto.",
    "Yo odio volar, siempre voy en tren.",
])
def test_a_dislike_said_with_a_negation_is_a_preference(turn):
    assert len(_said(turn)) == 1, _said(turn)


@pytest.mark.parametrize("turn", [
    "A la perra la operamos el martes, ya está en casa.",  # a "we" verb says "I"
    "Desde que nos separamos, los niños pasan los fines de semana con su padre.",
    "Wir erwarten im Mai unser drittes Kind.",
    "El jueves que viene cumplo 50, lo celebramos en el pueblo.",
    "Yo tengo asma desde pequeño, con el polvo lo paso mal.",
    "Juego al balonmano en un equipo del barrio desde hace años.",
    "Ich spiele Handball in der Kreisliga.",
    "I've bought a little sailing boat, it's moored on the lake.",
    "We're two weeks in Portugal in August, so I'll be offline.",
    "I'm going back to Lagos for three weeks in January.",
    "Money's tight at the moment, I'm doing extra shifts to cover the rent.",
    "Ich habe seit dem Frühjahr keinen Job mehr und wir haben Schulden.",
    "I'm keeping kosher these days, so I'll bring my own lunch.",
    "We finally bought our first flat!",
])
def test_topics_said_in_words_the_lexicon_lacked(turn):
    assert len(_said(turn)) == 1, _said(turn)


@pytest.mark.parametrize("turn", [
    "Our stand-up moved to Thursdays, by the way.",
    "Wir werden getrennt veranlagt, das ist einfacher.",
    "Die Vertretung übernimmt Frau Ertl, das ist geklärt.",
])
def test_words_that_only_look_like_topics(turn):
    assert _said(turn) == []
