"""Disclosures the extractor missed on blind writers' dev examples (twelfth round): pastimes and conditions
named in words the lexicon lacked, round birthdays said by their decade or in dialect, a fact said with a
concession to the listener, and a newcomer's name said right after the news. The held-out split was not read."""

from __future__ import annotations

import pytest

from rapport_plugins.extract import disclosure


@pytest.mark.parametrize(("sentence", "category"), [
    ("I play hurling with the junior B team, which is a polite way of saying we're old and slow.", "hobby"),
    ("Das passt, ich spiel selbst seit Jahren Beachvolleyball, im Sommer bin ich fast jedes Wochenende im Olympiapark.", "hobby"),
    ("Und ich geh im Winter jedes Wochenende auf Skitour, Kondition ist also da.", "hobby"),
    ("Ja, seit einem Jahr Cellounterricht, jetzt spiele ich sogar im Uni-Orchester mit.", "hobby"),
    ("Abends spiel ich übrigens immer noch Saz, wir haben im Januar einen Auftritt.", "hobby"),
    ("Y los domingos ni me llaméis, que estoy con el Unicaja, tengo abono desde hace diez años.", "hobby"),
    ("Ich stand am Sonntag auf dem Adventsmarkt und hab meine Keramik verkauft.", "hobby"),
    ("I'm a Collingwood tragic, I've had a membership since I was six.", "hobby"),
    ("We climbed Kilimanjaro in March, my first big one.", "hobby"),
    ("I'm restoring a 1964 Liteweight on the weekends.", "hobby"),
    ("Ich will aber noch Zeit für meinen Oldtimer, der steht halb zerlegt in der Garage.", "hobby"),
    ("Pool session for my PADI course. I'm doing my open water cert, then I want to go diving every long weekend.", "hobby"),
    ("I signed up for the La Jolla Rough Water Swim in September.", "hobby"),
    ("K-drama is my whole personality now.", "hobby"),
    ("I've started the Couch to 5K, if you want a running buddy.", "hobby"),
    ("I'm type 1, it does that when I've been running about, just ignore it.", "health"),
    ("I can't touch any of it now, I've been told I'm pre-diabetic.", "health"),
    ("soy alérgico a los mariscos aunque usted no lo crea.", "health"),  # the concession is to the listener, the fact his
    ("Oh, and I'm taking the 3rd off, it'll be a year since we lost me mam.", "loss"),
    ("Our wee girl arrived on Saturday, Isla, seven pound two.", "milestone"),
    ("And it's me fortieth on Saturday, so I'm not thinking about anything past that.", "birthday"),
    ("Ich feier am Zwölften meinen Vierziger im Schwarzen Kameel, ihr seid's beide eingeladen.", "birthday"),
    ("Ja, i werd am Samstag 30.", "birthday"),
    ("Ich werd im Juni 65, und bis dahin will ich das Ding übergeben haben.", "birthday"),
    ("Ah, y el día 30 cumplo cuarenta, así que os espero en la taberna.", "birthday"),
    ("Perdón por los ladridos, es Chispa, mi xolo, le ladra a todo.", "pet"),
    ("Ich such gerade eine Wohnung in Bad Cannstatt, irgendwann im Spätsommer zieh ich aus.", "home"),
])
def test_missed_disclosures_are_found(sentence, category):
    found = disclosure(sentence)
    assert found is not None and found[1].category == category


@pytest.mark.parametrize("sentence", [
    "Congrats on your promotion, I saw it on LinkedIn",
    "I don't self-harm or anything, before you ask",  # a denial, said to the listener
])
def test_the_listener_gate_still_holds(sentence):
    assert disclosure(sentence) is None


def test_a_newcomers_name_said_next_belongs_to_the_news():
    from rapport_plugins.extract import _names_joined, _with_name_said_next, main_clause

    said = "My first granddaughter arrived on Monday."
    assert "Isla" in _with_name_said_next(disclosure(said), "Isla, seven pounds two, both fine.")[0]
    said = "Ah, y le muestro: adopté una perrita el domingo, una criollita."
    assert _with_name_said_next(disclosure(said), "Se llama Arepa.")[0].endswith("Se llama Arepa.")
    assert _with_name_said_next(disclosure(said), None) == disclosure(said)  # the turn's last sentence
    assert _names_joined(["sie ist vorgestern Oma geworden", "Enkelin Frieda, 3.400 g"]) == [
        "sie ist vorgestern Oma geworden – Enkelin Frieda, 3.400 g"]
    assert _names_joined(["Er ist Opa geworden", "Mira plant die Feier"]) == ["Er ist Opa geworden", "Mira plant die Feier"]
    assert "Enkelin Frieda" in main_clause("sie ist vorgestern Oma geworden – Enkelin Frieda, 3.400 g, alle wohlauf")


def test_the_pandemic_as_a_time_is_no_illness():
    from rapport_plugins.lexicon import classify

    assert classify("Flying to Hanoi for 3 weeks, first Christmas with his grandparents since before Covid").category == "travel"
    assert classify("She had covid last week").sensitivity == "sensitive"


def test_a_child_starting_school_in_a_german_note():
    from rapport_plugins.extract import third_person_note

    found = third_person_note("Jakob kommt im Herbst in die Volksschule, Sandra hat ein bisserl Tränen in den Augen gehabt",
                              ["Sandra Hofer"])
    assert found is not None and found[0] == "Sandra Hofer" and found[2].category == "milestone"


def test_swiss_first_names_tell_a_couple_sharing_a_surname_apart():
    from rapport_plugins.names import by_surname

    couple = ["Corinne Hälg", "Reto Hälg"]
    assert by_surname("Frau Hälg", couple) == ["Corinne Hälg"]
    assert by_surname("Herr Hälg", couple) == ["Reto Hälg"]
