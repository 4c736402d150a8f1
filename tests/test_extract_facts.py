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


# --- relatives and pets called by their first name ------------------------------------------------

def said_turns(*turns: str, speaker: str = "Anna Berg") -> list[str]:
    """The texts proposed when ``speaker`` says ``turns`` one after the other, the user in between."""
    from rapport_plugins.extract import propose
    from rapport_plugins.models import MeetingNotes, Utterance

    utterances = []
    for k, turn in enumerate(turns):
        utterances += [Utterance(speaker, turn, line=2 * k + 1), Utterance("Sam Lee", "Right.", line=2 * k + 2)]
    notes = MeetingNotes("", "transcript", ref="call.vtt", kind="transcript", utterances=utterances)
    return [c.text for c in propose("", {"notes": notes, "utterances": utterances,
                                         "attendees": [speaker, "Sam Lee"], "me": ["Sam Lee"]})]


@pytest.mark.parametrize("intro, later, words", [
    ("Our eldest, Tilly, is nine now.", "Tilly broke her wrist at gymnastics on Sunday.", ("Tilly", "wrist")),
    ("We adopted a greyhound called Biscuit last year.", "Biscuit's vaccinations are due next week.", ("Biscuit", "vaccinations")),
    ("Mein Sohn Jakob ist jetzt vierzehn.", "Jakob spielt seit Herbst Eishockey.", ("Jakob", "Eishockey")),
    ("Unsere Katze Frieda ist schon alt.", "Frieda muss am Dienstag zum Tierarzt.", ("Frieda", "Tierarzt")),
    ("Mi hija Lucía tiene doce años.", "Lucía empieza clases de violín en octubre.", ("Lucía", "violín")),
    ("Tenemos un perro que se llama Coco, mi perro Coco es muy mayor.", "Coco se operó de la cadera el lunes.", ("Coco", "cadera")),
])
def test_a_name_the_speaker_introduced_is_about_their_life(intro, later, words):
    found = said_turns(intro, later)
    assert any(all(w in f for w in words) for f in found), found


@pytest.mark.parametrize("turn, words", [
    # a first name doing something where only children go is the speaker's child
    ("Sorry I was late, Maisie started nursery today and it was a lot of tears.", ("Maisie", "nursery")),
    ("Paul kommt nach den Ferien in die Grundschule, wir sind alle aufgeregt.", ("Paul", "Grundschule")),
    ("Ojo con los martes: Irene empieza el cole nuevo y la llevo yo.", ("Irene", "cole")),
])
def test_a_child_named_at_school_is_the_speakers(turn, words):
    found = said_turns(turn)
    assert any(all(w in f for w in words) for f in found), found


@pytest.mark.parametrize("turn", [
    # a first name nobody introduced may be a colleague: never the speaker's life
    "Dani has diabetes, so we need to plan the offsite menu around it.",
    "Greta fängt im Mai mit dem Marathontraining an.",
    "Rocío se casa en junio, está muy contenta.",
    # an adult who works at a school is no child
    "Priya starts at the primary school as a teacher in May.",
    # introduced, but the sentence asks or reports
    "My son Leo is six. Is Leo too young for the climbing club?",
])
def test_a_first_name_alone_is_not_the_speakers(turn):
    assert not any("Dani" in f or "Greta" in f or "Rocío" in f or "Priya" in f or "Leo:" in f for f in said_turns(turn)), \
        said_turns(turn)


def test_a_second_given_name_names_the_person():
    from rapport_plugins.names import same_first_name

    assert same_first_name("Lupe", "María Guadalupe Torres")
    assert not same_first_name("Torres", "María Guadalupe Torres")


# --- more topics by the pattern people use ------------------------------------------------------

@pytest.mark.parametrize("turn, word", [
    ("I've taken up fencing at the leisure centre on Thursdays.", "fencing"),
    ("I'm at the Rangers game on Saturday, so no calls please.", "Rangers"),
    ("Ich trainiere die E-Jugend beim SV Werder.", "Werder"),
    ("Y yo contento, ganó el Betis el sábado.", "Betis"),
    ("Yo soy de Independiente, así que mal año.", "Independiente"),
    ("I miss my Sunday rides with the club.", "rides"),
    ("Ich bin großer St. Pauli Fan, seit der Schulzeit.", "Pauli"),
])
def test_more_pastimes_and_teams(turn, word):
    found = said(turn)
    assert any(word in f for f in found), found


# --- the moment and the job are not a life --------------------------------------------------------

@pytest.mark.parametrize("turn", [
    # where the speaker happens to be
    "I'm at my sister's flat in Glasgow this week, so excuse the background.",
    "We're with my in-laws in Cork until Tuesday.",
    "Ich sitze gerade bei meinen Eltern in Bamberg.",
    "Wir sind diese Woche bei meiner Schwiegermutter in Ulm.",
    "Estoy en casa de mi hermana en Cádiz estos días.",
    # an apology for the moment
    "Sorry, had to get the kids their breakfast.",
    "Entschuldigung, ich musste noch die Kinder zum Bus bringen.",
    # the job's status and the job's mood
    "I'm on leave from Thursday, back on the 3rd.",
    "Honestly I'm so stressed with the audit, completely overwhelmed.",
])
def test_the_moment_and_the_job_are_not_proposed(turn):
    assert said(turn) == [], said(turn)


@pytest.mark.parametrize("turn, word", [
    # ... but a reason, a lasting arrangement or news beside them is a detail
    ("I'm staying with my parents while our kitchen is being renovated.", "renovated"),
    ("I'm living at my dad's on weekdays now, it's closer to the hospital where I work.", "weekdays"),
    ("Ich bin bei meinen Eltern, weil mein Vater nach der Hüft-OP Hilfe braucht.", "Hüft-OP"),
    ("Estoy en casa de mis padres porque a mi madre la operan el jueves.", "operan"),
    ("I'm taking leave from work to look after my mum after her fall.", "mum"),
    ("Sorry if I'm slow today, my daughter Ana starts at Oxford next week.", "Oxford"),
    ("I'm on leave from Monday, my partner is due with our first on the 9th.", "due"),
])
def test_a_reason_or_news_beside_the_moment_is_proposed(turn, word):
    assert any(word in f for f in said(turn)), said(turn)


# --- a hard time and a plan of its own, in one breath ---------------------------------------------

def proposed(turn: str) -> list[tuple[str, str]]:
    """(text, sensitivity) of what is proposed from ``turn``."""
    from rapport_plugins.extract import propose
    from rapport_plugins.models import MeetingNotes, Utterance

    utterances = [Utterance("Anna Berg", turn, line=1)]
    notes = MeetingNotes("", "transcript", ref="call.vtt", kind="transcript", utterances=utterances)
    return [(c.text, c.sensitivity) for c in propose("", {"notes": notes, "utterances": utterances,
                                                          "attendees": ["Anna Berg", "Sam Lee"], "me": ["Sam Lee"]})]


@pytest.mark.parametrize("turn, trip", [
    ("My mum broke her hip last week, so I'm flying to Dublin on Friday.", "Dublin"),
    ("Mein Vater liegt seit Montag im Krankenhaus, und ich fahre am 12. nach Graz zu ihm.", "Graz"),
    ("Mi abuela está en el hospital desde el sábado y yo viajo a Lima el 20 para verla.", "Lima"),
])
def test_a_trip_with_its_own_day_beside_a_hard_time_is_its_own_fact_and_no_light_one(turn, trip):
    found = proposed(turn)
    assert len(found) == 2, found
    assert trip not in found[0][0] and trip in found[1][0], found
    assert all(sensitivity == "sensitive" for _, sensitivity in found), found  # never a light opener


@pytest.mark.parametrize("turn", [
    # what follows a hard time with no day of its own is its consequence: the same matter
    "My son was diagnosed with asthma, so we're all learning to use the inhaler.",
    "Meine Tochter hat jetzt Diabetes, deshalb kochen wir alle anders.",
    "A mi padre le han operado del corazón y estamos todos pendientes de él.",
])
def test_the_consequence_of_a_hard_time_stays_with_it(turn):
    assert len(proposed(turn)) == 1, proposed(turn)
