"""What people say about their own lives, by class (issue 8, the t/w blind batch): figures of speech
that borrow a health word, dislikes said with a negation, words of a topic the lexicon lacked (Spanish
"we" verbs, sports, money trouble, trips of some weeks), in English, German and Spanish."""

from __future__ import annotations

import pytest
from proposals import noted as _noted
from proposals import said as _said

from rapport_plugins.lexicon import classify


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
    "We are Jain, so nothing with onion or garlic.",
    "We finally bought our first flat!",
])
def test_topics_said_in_words_the_lexicon_lacked(turn):
    assert len(_said(turn)) == 1, _said(turn)


@pytest.mark.parametrize("turn", [
    "Our stand-up moved to Thursdays, by the way.",
    "Wir werden getrennt veranlagt, das ist einfacher.",
    "Die Vertretung übernimmt Frau Ertl, das ist geklärt.",
    "On my promotion case, I need to talk to my director first.",
])
def test_words_that_only_look_like_topics(turn):
    assert _said(turn) == []




@pytest.mark.parametrize("turn", [
    # a negation counts in the part of the clause that names the topic
    "Sorry, I'm seven months pregnant and the stairs are no option any more.",
    "Ideally before Friday, because I'm off to Lisbon on Saturday and nobody else can run it.",
    "Estoy embarazada de seis meses y ya no puedo subir las escaleras.",
    # a report in another clause does not make the detail someone else's
    "I've taken up bouldering, twice a week after work, my brother says I'm mad.",
    # a statement, then a question of its own
    "My son has just started medical school, can we deduct the fees?",
    "Mein Sohn hat sein Medizinstudium angefangen, kann man das absetzen?",
    # after a condition and what hangs on it, a plain statement
    "If the dinner is on a Saturday, I can't come, I'm a season ticket holder at the football.",
    # "anything but" is no question
    "Anything but roses, I hate roses, they remind me of the funeral.",
    # a hedge in one clause, the detail in the other
    "Außerdem ziehen meine Frau und ich am 1. Mai nach Leipzig, deshalb würde ich gern remote arbeiten.",
])
def test_the_detail_survives_what_the_other_clauses_say(turn):
    assert len(_said(turn)) == 1, _said(turn)


@pytest.mark.parametrize("turn", [
    "I think the scan was charged twice on the invoice.",  # the speaker's view of something else
    "Ich glaube, die Reha-Abrechnung ist falsch.",
    "Jake told me, he's getting divorced.",
    "I hope the pet clause still stands.",
    "If we had more money, we'd buy a boat, my husband said.",
    "Do you have kids, or is that a rude question?",
])
def test_views_reports_and_questions_are_not_disclosures(turn):
    assert _said(turn) == [], _said(turn)


@pytest.mark.parametrize("line", [
    "Next: update family by phone each evening (Anna first contact)",
    "Plan: physio twice a week, review in 6 weeks",
    "Therapie: manuelle Therapie, Thera-Band 3x15",
    "Family meeting 10/09 14:00 - son Anna Berg, daughter Mia Berg",
    "Elterngespräch Anna Berg (Mama von Mia)",
    "Fotos fürs Portfolio an Annas Mama mailen",
    "constituency surgery with Anna Berg about the damp flat",
    "Session 4 Anna Berg #therapy",
    "Volunteer meeting with Anna Berg and the gardening group",
    "Plan reviewed: comfort care, syringe driver, chaplain visit offered",
])
def test_the_writers_plans_tasks_and_the_meetings_title_are_not_proposed(line):
    assert _noted(f"- {line}\n") == []


def test_under_an_item_naming_the_meeting_and_one_attendee_bare_lines_are_theirs_without_the_writers_aside():
    text = ("- follow-up meeting [[Anna Berg]]\n"
            "  - debts with the landlord, four months behind, threatened with eviction\n"
            "  - hates coffee, only drinks mate - found our waiting-room coffee awful\n")
    assert _noted(text) == [("Anna Berg", "Debts with the landlord, four months behind, threatened with eviction"),
                            ("Anna Berg", "Hates coffee, only drinks mate")]


@pytest.mark.parametrize("turn", [
    "The kids are basically my board of directors, they veto everything, ha.",
    "Honestly my cat runs this household, haha",
    "Yo odio las reuniones de los lunes, jaja.",
    "For the summer fair I can do the music stall again.",
    "Für das Sommerfest übernehme ich den Kuchenstand.",
    "Yo me encargo de la música en la fiesta del cole.",
    "That's why I want the donation to go to the hospice fund.",
])
def test_jokes_and_jobs_taken_on_are_not_disclosures(turn):
    assert _said(turn) == [], _said(turn)


def test_a_laugh_does_not_hide_a_sensitive_detail():
    assert len(_said("My dad's back in hospital, so I'm basically living on the ward, ha.")) == 1


def test_a_lower_case_telegraphic_line_of_a_one_to_one_is_the_other_persons():
    assert _noted("1:1 Anna\n- doing a pottery course on Wednesday nights, exhibition in the spring!!\n") == [
        (None, "doing a pottery course on Wednesday nights, exhibition in the spring!!")]
    assert _noted("1:1 Anna\n- pending: the budget sign-off\n- training the new starters on the till\n") == []


@pytest.mark.parametrize(("text", "category"), [
    ("A la perra la esterilizamos el jueves", "pet"),
    ("We adopted a little boy last spring", "milestone"), ("Wir haben ein Kind adoptiert", "milestone"),
    ("We adopted a puppy", "pet"),
    ("My wife is due in May", "milestone"), ("Our first scan is on Friday", "milestone"),
    ("My son got his black belt", "milestone"), ("Meine Tochter hat Erstkommunion", "milestone"),
    ("My work visa finally came through", "milestone"), ("Wir bauen gerade ein Haus in Freising", "home"),
])
def test_life_events_the_lexicon_knows(text, category):
    assert classify(text).category == category, classify(text)


@pytest.mark.parametrize("text", ["We adopted the new framework last sprint", "The adoption rate is low",
                                  "The insurance renewal is due in April", "The Visa card was declined", "Adoption is up this quarter"])
def test_their_work_look_alikes_are_no_topics(text):
    assert not classify(text).is_topic, classify(text)


@pytest.mark.parametrize("label", ["Me", "Ich", "Yo"])
def test_a_speaker_labelled_me_is_the_user(label):
    assert _said("I just got back from two weeks in Japan, my daughter loved it.", speaker=label) == []


def test_a_dislike_given_as_the_reason_for_a_plan_is_a_detail_of_its_own():
    found = _said("I'll be in Paris for the offsite, I'm taking the Eurostar because I hate flying.")
    assert len(found) == 2 and found[1] == '"I hate flying"', found
    assert len(_said("I'm taking the train because I hate flying.")) == 1
