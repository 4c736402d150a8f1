"""Capture classes the fourteenth round of blind writers' dev examples showed missed (docs/capture.md): a move said
as moving into the flat, a pastime one got into, a turn to another matter said before the news. The held-out split
was not read."""

from __future__ import annotations

import pytest

from rapport_plugins.extract import disclosure


@pytest.mark.parametrize(("sentence", "category", "keyword"), [
    ("We finally moved into the flat in Kilimani at the end of January, just in time.", "home", "Kilimani"),
    ("Oh, and totally unrelated, I've gotten really into smoking brisket.", "hobby", "brisket"),
    ("I'm really into bouldering these days, three evenings a week.", "hobby", "bouldering"),
    ("Birding is the only thing that really clears my head.", "hobby", "Birding"),
    ("We're doing the Tongariro Crossing the weekend after next, with a guide.", "hobby", "Tongariro"),
    ("I'm not escaping, I'm doing the nude solstice swim on the 21st.", "hobby", "solstice swim"),
    ("Only thing is Thursdays, I play the bodhrán at the session in Peadar's.", "hobby", "bodhrán"),
    ("I finished my last round of radiation on Thursday, so I'm tired but I'm done.", "health", "radiation"),
    # "Which reminds me" turns to another matter; it asks nothing
    ("Which reminds me, I'll need some days off, my brother is getting married in Warsaw.", "milestone", "married"),
])
def test_fourteenth_round_disclosures_are_found(sentence, category, keyword):
    found = disclosure(sentence)
    assert found is not None, sentence
    text, cls = found
    assert cls.category == category and keyword in text, (sentence, found)


@pytest.mark.parametrize("sentence", ["Which one do you want, the red or the blue?", "I got into Juilliard, can you believe it?"])
def test_a_question_is_still_no_disclosure(sentence):
    assert disclosure(sentence) is None


@pytest.mark.parametrize("sentence", [
    # the call itself: an apology for the noise or a pet on the keyboard is the moment
    "Perdón por el ruido de fondo, tengo a una perrita muy ocupada aquí al lado.",
    "Perdona, que estaba sacando a la perra.",
    "The cat's walking all over my keyboard again.",
    # a relative named in a short reply, with no news of them
    "Eso dice mi mujer.",
    "No, no, ese es mi sobrino.",
    "His wife told my wife.",
])
def test_the_moment_and_a_bare_relative_are_no_disclosure(sentence):
    assert disclosure(sentence) is None, disclosure(sentence)


@pytest.mark.parametrize("sentence", [
    "Sorry about the background noise, we're renovating the kitchen.",  # news of the home
    "And on our side, we just adopted two rescue cats, Pip and Moos, so my camera may get interrupted.",
    "Sorry, that is our new puppy barking, we got him on Saturday.",
    "I have two daughters.",
])
def test_news_said_around_the_call_is_still_a_disclosure(sentence):
    assert disclosure(sentence) is not None, sentence


@pytest.mark.parametrize("sentence", [
    "Jana ist übrigens seit Montag krank, ihr Mann hat mir geschrieben, die Code-Reviews hängen deshalb.",
    "Pilar sigue de baja, me lo dijo su compañero de piso.",
    "Tom is off sick, his wife texted me.",
])
def test_someone_elses_news_with_who_told_is_theirs(sentence):
    assert disclosure(sentence) is None, disclosure(sentence)


def test_the_speakers_own_news_with_who_told_is_still_theirs():
    assert disclosure("My mum is in hospital, my sister told me.") is not None


@pytest.mark.parametrize("sentence", [
    "Perdón por los ladridos, es Chispa, mi xolo, le ladra a todo.",  # a pet with its name is a detail
    "Mein Sohn hat sein Medizinstudium angefangen.",  # a relative's news, said short
])
def test_a_named_pet_and_short_news_of_a_relative_stay_details(sentence):
    assert disclosure(sentence) is not None, sentence
