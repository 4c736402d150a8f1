"""What a proposal says is true and in the speaker's words where a rewrite is not certain: a "my"
that opens a clause of its own is not rewritten to "their" (it would read as someone else's wife),
a turn that mixes work and life keeps only its life clause, and a Spanish "¡...!" keeps its "!"."""

from __future__ import annotations

import pytest

from rapport_plugins.extract import disclosure, to_third_person


@pytest.mark.parametrize(("sentence", "text"), [
    # a possessive inside the phrase is certain
    ("I coach my son's team", "Coaches their son's team"),
    ("My daughter just started school", "Daughter just started school"),
    # one that opens a clause of its own is not: the speaker's words, quoted
    ("I'm turning 50 soon and my wife is planning something", '"I\'m turning 50 soon and my wife is planning something"'),
    ("My dad's in hospice and my brother's flying in tonight", '"My dad\'s in hospice and my brother\'s flying in tonight"'),
    ("I just got back from a climbing trip, my forearms are destroyed",
     '"I just got back from a climbing trip, my forearms are destroyed"'),
    # a Spanish exclamation keeps its closing mark; a plain one loses the stop as before
    ("¡Mi boda es el sábado!", '"¡Mi boda es el sábado!"'),
    ("I'm running the Berlin marathon!", "Running the Berlin marathon"),
])
def test_a_rewrite_only_where_it_is_certain(sentence, text):
    assert to_third_person(sentence) == text


@pytest.mark.parametrize(("sentence", "text"), [
    ("The integration is live in staging, we're blocked on the certificate renewal, and honestly I'm a bit "
     "distracted because my dad starts dialysis on Thursday.",
     '"I\'m a bit distracted because my dad starts dialysis on Thursday"'),
    ("The pilot went well, the warehouse in Verona is fully live, and on a personal note, my father passed away "
     "three weeks ago, so I was out most of May.", "Father passed away three weeks ago"),
    # ", and she ..." goes on about the same matter: not split
    ("I was my mother's carer for two years, and she passed in January, so I might be slow.",
     "Was their mother's carer for two years, and she passed in January"),
    # an opener to the listener is not part of the detail
    ("On a brighter note, my son got his black belt yesterday.", "Son got his black belt yesterday"),
])
def test_a_turn_mixing_work_and_life_keeps_the_life_clause(sentence, text):
    found = disclosure(sentence)
    assert found is not None and found[0] == text


@pytest.mark.parametrize(("text", "category"), [
    ("Daughter turns five in February", "birthday"),
    ("Jürgen wird am 2. Oktober 60!", "birthday"),
    ("we're going to Iceland for my fortieth birthday", "travel"),  # the trip, for a birthday
])
def test_what_a_birthday_is(text, category):
    from rapport_plugins.lexicon import classify

    assert classify(text).category == category


@pytest.mark.parametrize("text", ["I'm allergic to burpees", "Is allergic to dashboards that need three clicks",
                                  "ich bin allergisch gegen lange Foliensätze", "alérgica a las reuniones de los viernes"])
def test_an_allergy_to_anything_but_a_substance_food_animal_or_drug_is_a_joke(text):
    from rapport_plugins.lexicon import classify

    assert classify(text).category != "health"


@pytest.mark.parametrize("text", ["allergic to tree nuts", "She is allergic to amoxicillin", "allergisch gegen Wespenstiche",
                                  "alérgico al marisco", "allergic to the dog", "severely allergic to sesame"])
def test_a_real_allergy_stays_health(text):
    from rapport_plugins.lexicon import classify

    assert classify(text).category == "health"


@pytest.mark.parametrize(("sentence", "words"), [
    # a dislike is a preference, not a negation
    ("Honestly, I can't stand swimming pools, the chlorine makes me gag.", "swimming pools"),
    # a negation in another part of the clause does not hide the detail
    ("Ideally before Saturday, because I'm off to Crete for a week on Saturday and nobody else knows how to do it.",
     "off to Crete"),
    # someone's opinion after the detail does not make it reported speech
    ("I've taken up wild swimming, every Sunday morning at the loch, Graham thinks I'm mad.", "wild swimming"),
])
def test_details_around_dislikes_negations_and_opinions(sentence, words):
    found = disclosure(sentence)
    assert found is not None and words in found[0]


@pytest.mark.parametrize("sentence", ["I don't have kids and never will.", "Jake told me he's getting divorced.",
                                      "I don't have a dog."])
def test_negations_and_reported_speech_stay_out(sentence):
    assert disclosure(sentence) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("I'm off to Crete for a week on Saturday", "2026-06-27"),  # a week long, from Saturday
    ("The wedding is a week on Saturday", "None"),  # British: no certain day in notes
])
def test_for_a_week_on_saturday_is_a_duration(text, expected):
    from datetime import date

    from rapport_plugins.dates import find_date

    assert str(find_date(text, date(2026, 6, 23)).date) == expected


@pytest.mark.parametrize(("sentence", "text"), [
    # a question in a later clause is not the detail's
    ("mein Sohn hat jetzt sein Medizinstudium in Heidelberg angefangen, kann man da was absetzen?",
     '"mein Sohn hat jetzt sein Medizinstudium in Heidelberg angefangen"'),
    # "anything but lilies" is no question
    ("And flowers: anything but lilies, I hate lilies, they remind me of the funeral.",
     '"anything but lilies, I hate lilies, they remind me of the funeral"'),
])
def test_a_question_after_the_detail_and_anything_but(sentence, text):
    found = disclosure(sentence)
    assert found is not None and found[0] == text


@pytest.mark.parametrize("sentence", ["Do you have a dog, or a cat?", "Anything new with your kids?",
                                      "How is your daughter, is she still at uni?"])
def test_questions_stay_questions(sentence):
    assert disclosure(sentence) is None
