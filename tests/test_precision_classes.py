"""Precision classes (issue 8): what is said but is no fact about the speaker never becomes a memory -
a joke the speaker flags ("Joking, ...", "..., just kidding", "Es broma", "Spaß, ..."), and someone
else's advice for them ("my husband says I should take up golf"). Sentences written for this test, in
English, German and Spanish; what the speaker means ("joking aside", advice on a health matter) stays."""

from __future__ import annotations

import pytest
from proposals import said


@pytest.mark.parametrize("turn", [
    "Joking, I'm obviously moving to Mars next year.", "I'm getting a pet tiger for the garden, just kidding.",
    "Kidding, we're not really buying a castle in Scotland.", "Spaß, ich ziehe natürlich nächstes Jahr auf den Mond.",
    "Ich kaufe mir eine Jacht in Monaco, nur Spaß.", "Es broma, me mudo a Marte el año que viene.",
    "Me compro un yate en Ibiza, es broma.",
])
def test_a_joke_the_speaker_flags_is_no_memory(turn):
    assert said(turn) == [], said(turn)


@pytest.mark.parametrize("turn", [
    "My husband says I should take up golf, as if.", "My sister thinks I should get a dog.",
    "Mein Mann meint, ich soll mit Golf anfangen, niemals.", "Meine Schwester sagt, ich sollte Yoga machen.",
    "Mi marido dice que debería jugar al golf, ni loca.", "Mi hermana cree que debería apuntarme a yoga.",
])
def test_someone_elses_advice_is_no_memory(turn):
    assert said(turn) == [], said(turn)


@pytest.mark.parametrize("turn", [
    "Joking aside, we're moving to Leeds in the summer.", "Spaß beiseite, wir ziehen im Sommer nach Graz.",
    "Bromas aparte, nos mudamos a Valencia en verano.", "Spaß macht mir vor allem das Segeln, ich bin jedes Wochenende am Bodensee.", "I've taken up golf, my husband thinks I'm mad.",
    "My doctor says I should stop running because of my knee surgery.",
])
def test_what_is_meant_stays(turn):
    assert len(said(turn)) == 1, said(turn)
