"""Capture classes the sixteenth round found in the dev split (docs/capture.md, "Sixteenth round"): a windfall or
a joke said as if it were news, what someone asked or was told of the writer's life, words asking for confidence, a
Logseq heading bullet, a Spanish "le" that goes on about someone, new pastimes. The held-out split was not read."""

from __future__ import annotations

import pytest
from proposals import note_yields, turns

from rapport_plugins.lexicon import classify
from rapport_plugins.markers import find_markers


@pytest.mark.parametrize("said", [
    "Y si nos toca la lotería de Navidad, hacemos también la terraza.",
    "Oye, y si nos dan el fondo completo, me compro una bici nueva, eh.",
    "Oigan, y si cerramos Lala nos vamos todos a Tulum.",
    "And if the round closes, I'm buying a boat and you'll never see me again.",
    "Und wenn das Projekt durch ist, kauf ich mir ein Segelboot.",
])
def test_a_windfall_after_a_word_that_leads_in_is_no_news(said):
    said_next = "Mi hija empieza la universidad en septiembre, en Valencia."
    found = turns(("Anna Berg", said), ("Anna Berg", said_next))
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
    found = note_yields(note, ["Anna Berg", "Ewan Murray"])
    assert [text for _, text in found] == ["Anna's daughter starts university in Valencia in September"], found


def test_joking_aside_the_news_stays():
    found = turns(("Anna Berg", "Joking aside, my daughter starts university in Valencia in September."))
    assert len(found) == 1 and "Valencia" in found[0].text, found


def test_a_statement_after_the_condition_is_still_the_speakers():
    found = turns(("Anna Berg", "Oye, si tu gala es en día de partido, no voy, soy del Betis de toda la vida."))
    assert [c.text for c in found] == ['"soy del Betis de toda la vida"'], found


DAUGHTER = "Anna's daughter starts university in Valencia in September"


@pytest.mark.parametrize(("line", "under_heading"), [
    ("- Anna asked if I'm still playing in the softball league – yes, barely", False),
    ("- Anna asked me if I have kids — redirected", False),
    ("- asked if I'd been to Bali — told her about my Ubud trip", False),
    ("- Anna fragt, ob ich wieder Dienst am Umzugstag habe. Ja, leider.", False),
    ("- Anna me preguntó si sigo en el coro, le dije que sí", False),
    # ... and what the writer told them, under a personal heading too
    ("- Told him about my sister's wedding in Nov, he asked whether I need help with the photobooth", True),
    ("- Les conté que vuelvo a Rosario para Navidad", True),
])
def test_what_someone_asked_or_was_told_of_the_writer_is_the_writers_own(line, under_heading):
    note = f"- ## Personal\n\t{line}\n\t- {DAUGHTER}\n" if under_heading else f"{line}\n- {DAUGHTER}"
    assert {text for _, text in note_yields(note, ["Anna Berg"])} == {DAUGHTER}


def test_what_someone_asked_the_writer_under_a_personal_heading_is_no_marker():
    note = ("- Personal stuff\n\t- Anna got engaged the night before Thanksgiving!!\n"
            "\t- Anna asked if I'm still playing in the softball league – yes, barely\n")
    assert {text for _, text in note_yields(note, ["Anna Berg"])} == {"Anna got engaged the night before Thanksgiving!!"}


def test_a_line_that_says_what_they_asked_of_their_own_stays():
    found = note_yields("- Anna climbs at the bouldering gym on Thursdays, asked if I want to join", ["Anna Berg"])
    assert [text for _, text in found] == ["Anna climbs at the bouldering gym on Thursdays"]


def test_someone_elses_news_under_a_personal_heading_is_not_kept():
    note = ("- ## Personal\n\t- Heard Jeremy from infra tendered, not announced yet so don't say anything\n"
            "\t- Heard from Ingrid that Pieter from sales is divorcing, sad but not my business\n"
            "\t- Anna got a puppy, a beagle called Max\n")
    assert set(note_yields(note, ["Anna Berg", "Ingrid Solberg"])) == {("Anna Berg", "Anna got a puppy, a beagle called Max")}


def test_a_logseq_heading_bullet_heads_its_markers():
    note = ("- ## Persönliches\n\t- Nadja ist seit Dreikönig Grosi!! Enkelin heisst Mila, hat Fotos rumgezeigt\n"
            "- ## Nächste Probe\n\t- Noten kopieren\n")
    assert find_markers(note, "n.md", ["Nadja Amrein", "Reto Bühlmann"])[0].person == "Nadja Amrein"
    assert [c.text for c in find_markers(note, "n.md", ["Nadja Amrein", "Reto Bühlmann"])] == [
        "Nadja ist seit Dreikönig Grosi!! Enkelin heisst Mila, hat Fotos rumgezeigt"]


def test_spanish_le_after_a_line_naming_one_person_is_theirs():
    note = ("## Para recordar\n- Sofía cumple 30 el dieciséis.\n"
            "- Le encanta la torta de zanahoria, pedirla en la panadería de la 85.\n"
            "- Andrés se va a Cartagena en diciembre.\n- Le tengo que dar ese finde libre.\n")
    found = note_yields(note, ["Sofía Galeano", "Andrés Pardo"])
    assert ("Sofía Galeano", "Le encanta la torta de zanahoria, pedirla en la panadería de la 85.") in found
    assert not any("Le tengo" in text and person for person, text in found), found


@pytest.mark.parametrize(("sentence", "category"), [
    ("Los domingos igual me escapo una hora a surfear a Concón.", "hobby"),
    ("Yo soy abonado desde chico, no lo dejo ni aunque bajemos a Tercera.", "hobby"),
    ("I'm running the Around the Bay 30K in Hamilton this spring.", "hobby"),
    ("Reto hat sich ein altes Puch-Töffli gekauft, schraubt jeden Abend dran.", "hobby"),
    ("Nach der Lese, ab dem 26. Oktober, sind wir zehn Tage auf Sardinien.", "travel"),
    ("Ich bin ja FCA-Dauerkartenbesitzer, da leide ich jede Saison.", "preference"),
    ("Rows masters sculling on the Charles most mornings at 5.", "hobby"),
    ("She is doing her masters in Leeds.", "education"),
    ("Aoife is sitting the Leaving Cert in June.", "education"),
])
def test_sixteenth_round_topics(sentence, category):
    assert classify(sentence).category == category


@pytest.mark.parametrize("said", [
    "Between us, his wife's quite unwell, that's why.",
    "El presidente de una de ellas, entre nos, anda en pleno divorcio y no aparece a las reuniones.",
])
def test_words_asking_for_confidence_are_not_the_speakers_life(said):
    assert turns(("Anna Berg", said)) == []


def test_words_asking_for_confidence_keep_the_speakers_own_news():
    found = turns(("Anna Berg", "Between us, my mum is quite unwell, that's why."))
    assert [c.text for c in found] == ['"Between us, my mum is quite unwell, that\'s why"']


def test_a_spanish_imperfect_in_a_subjectless_note_is_the_attendees():
    note = "- Nacho muy apagado. Se le murió el perro hace dos semanas, el Tango, tenía 14 años.\n"
    assert note_yields(note, ["Nacho Revuelta", "Iñigo Sainz"]) == [
        ("Nacho Revuelta", "Se le murió el perro hace dos semanas, el Tango, tenía 14 años")]


def test_a_pronoun_line_is_not_given_to_a_possessive_place():
    note = ("- Graham was beaming, he got a new dog.\n"
            "- He's running the Bath Half on 15 March with the Foundation's staff team, said we'd cheer.\n")
    assert ("Graham Pettifer", "He's running the Bath Half on 15 March with the Foundation's staff team") in note_yields(
        note, ["Graham Pettifer", "Priya Lal"])


def test_a_due_day_said_straight_after_is_the_news_not_the_leave():
    found = turns(("Anna Berg", "My wife Kayla is due May 3rd, so I'll be on paternity leave from whenever "
                                "that baby decides to show up."))
    assert len(found) == 1 and "due May 3rd" in found[0].text, found
    assert classify("The report is due May 3rd").category == "other"


def test_the_writers_own_to_do_under_a_personal_heading_is_no_marker():
    note = ("- ## Personal\n\t- Ojo: le tengo que dar ese finde libre, y el viernes antes\n"
            "\t- Nerea compite en el Pantín a finales de agosto\n")
    assert [c.text for c in find_markers(note, "n.md", ["Nerea Gómez", "Kepa Arana"])] == [
        "Nerea compite en el Pantín a finales de agosto"]
