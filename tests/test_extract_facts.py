"""Issue 8, general classes of the proposals (rules in rapport_plugins/extract.py): one proposal per
independent fact, relatives and pets named by their first name, what is not a disclosure of life.
Every sentence here is written for the test (none is copied from the evaluation examples)."""

from __future__ import annotations

from datetime import date

import pytest
from proposals import said

from rapport_plugins.dates import find_date

# --- one proposal per fact ----------------------------------------------------------------------

@pytest.mark.parametrize("turn, first, second", [
    ("My son starts university in October and we're adopting a rescue cat.", "university", "cat"),
    ("My brother got married in June and I'm training for a triathlon.", "married", "triathlon"),
    ("We just moved to Leipzig and I've started learning the guitar.", "Leipzig", "guitar"),
    ("Ich habe drei Kinder und spiele Volleyball im Verein.", "Kinder", "Volleyball"),
    ("Unsere Tochter hat im Mai geheiratet und wir haben einen Welpen.", "geheiratet", "Welpen"),
    ("Tengo dos hijas y juego al baloncesto los martes.", "hijas", "baloncesto"),
    ("Mi hijo empieza la universidad en septiembre y vamos a adoptar un gato.", "universidad", "gato"),
    ("Nos mudamos a Valencia y estoy aprendiendo a tocar el piano.", "Valencia", "piano"),
])
def test_two_facts_in_one_sentence_are_two_proposals(turn, first, second):
    found = said(turn)
    assert len(found) == 2, found
    assert first in found[0] and second not in found[0], found
    assert second in found[1] and first not in found[1], found


def test_each_fact_keeps_its_own_date():
    found = said("My son starts university in October and we're adopting a rescue cat next week.")
    assert len(found) == 2
    assert find_date(found[0], date(2026, 3, 2)).date == date(2026, 10, 1)
    assert find_date(found[1], date(2026, 3, 2)).date != date(2026, 10, 1)


def test_a_shared_subject_keeps_the_speakers_words():
    # the "ich" is put back to read the clause, never into the quoted words
    found = said("Ich habe zwei Söhne und spiele Schach im Verein.")
    assert found[1] == '"spiele Schach im Verein"', found
    assert said("I have three grandchildren and play the trumpet.")[1] == "Plays the trumpet"


@pytest.mark.parametrize("turn", [
    # the second clause goes on about the first: it points back, or it is the same kind of thing
    "My daughter starts school on Monday and she's very excited.",
    "I turn 60 in May and I'm throwing a party for it.",
    "We bought a house in Kent and we get the keys in April.",
    "I run marathons and my wife runs trail races.",
    # "my partner and I are ...": one subject
    "I'm off next month, my partner and I are going to Crete for our anniversary.",
    "Wir haben ein Haus gekauft und ziehen im Juni dort ein.",
    "Mein Mann und ich fahren im August nach Norwegen.",
    "Mi mujer y yo vamos a correr la maratón de Sevilla en febrero.",
    "Me caso en junio y lo celebramos en el pueblo.",
    # one hard time, told in one breath, stays one memory
    "My dad has dementia and we're moving him into a care home.",
    # work status is not a fact of its own beside the news it comes with
    "I'm on paternity leave from the 3rd and our twins are due then.",
])
def test_one_matter_stays_one_proposal(turn):
    assert len(said(turn)) == 1, said(turn)


# --- the topic words: teams, music, home milestones, languages ------------------------------------

@pytest.mark.parametrize("turn, word", [
    ("I'm a die-hard Hibs supporter, I go to every home game.", "Hibs"),
    ("Ich bin seit Jahren Fan vom 1. FC Köln.", "Köln"),
    ("Ich halte zu Werder, auch in schlechten Zeiten.", "Werder"),
    ("Soy del Valencia desde que nací.", "Valencia"),
    ("Soy hincha de Racing, como mi abuelo.", "Racing"),
    ("We've got tickets for the Pearl Jam concert in Dublin.", "Pearl Jam"),
    ("Ich spiele Bass in einer Band, wir proben freitags.", "Bass"),
    ("Toco la batería en una banda de punk con amigos.", "batería"),
    ("Am Samstag gehe ich auf ein Konzert in der Philharmonie.", "Konzert"),
    ("We just bought our first home in Bristol.", "Bristol"),
    ("Wir haben letztes Jahr eine Wohnung in Graz gekauft.", "Graz"),
    ("Nos hemos mudado a un pueblo cerca de Zaragoza.", "Zaragoza"),
    ("I collect old film cameras.", "cameras"),
    ("Ich lerne seit Januar Portugiesisch.", "Portugiesisch"),
    ("Estoy aprendiendo japonés por las tardes.", "japonés"),
])
def test_the_topics_of_a_life_are_recognised(turn, word):
    found = said(turn)
    assert len(found) == 1 and word in found[0], found


def test_a_band_name_is_no_pet():
    from rapport_plugins.lexicon import classify

    assert classify("me encanta el reguetón, voy a ver a Bad Bunny en julio").category == "hobby"


@pytest.mark.parametrize("turn", [
    # German "im" is "in the", not an English "I'm" typed without its apostrophe
    "Der neue Kollege fängt im Herbst bei uns an und spielt Fußball.",
    "Die Kundin ist im Urlaub auf Mallorca.",
])
def test_german_im_is_not_i_am(turn):
    assert said(turn) == []
