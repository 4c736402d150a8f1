"""Hard times said in passing beside a pastime (issue 8, twenty-second round): the pastime is light, the
sentence is not, so it never opens a conversation. Ordinary look-alikes stay openers."""

from __future__ import annotations

import pytest

from rapport_plugins.care import caution, small_talk
from rapport_plugins.models import Memory

SAID_IN_PASSING = [
    "Back on the bike after the crash",
    "Rebuilding the garden after the flood",
    "Walks the dog a lot since he's been off work",
    "Plays chess with his dad who doesn't recognise him anymore",
    "Enjoys fishing with his son on access weekends",
    "Has the kids every other weekend, takes them to football",
    "Hat mit dem Sohn Angeln angefangen, Umgangswochenende",
    "Loves reading, especially since she's housebound",
    "Trocken seit einem Jahr, läuft jetzt Halbmarathon",
    "Restoring a car with his son, first time they've talked in years",
    "Travelling to see her sister, they haven't spoken in years",
    "Trip to Ireland to meet her birth mother",
    "Lleva a los niños al fútbol los fines de semana alternos",
    "Would've been his dad's birthday on the 12th, they always went fishing",
    "Hätte am Freitag Geburtstag gehabt, ihr Bruder",
    "Su padre habría cumplido 80 el sábado",
    "Turns 40 on Friday, not in the mood to celebrate this year",
    "Her 50th is on Saturday, quiet one because of everything going on",
    "Birthday next week, first one on her own",
    "Trip to Dublin to clear out her mum's house",
    "Loves red wine, though she's not drinking these days",
    "The cat keeps her company now that she lives alone",
    "Plays golf with his father-in-law, though they barely speak",
    "Just over a cold, back at the climbing wall",
    "Eating for two these days, craving pickles",
    "Getting braces at 40, Invisalign",
    "Corre para bajar la tensión",
    "War erkältet, jetzt wieder beim Bouldern",
    "Does hydrotherapy on Mondays, loves the pool",
]
LOOK_ALIKES = [
    "Plays golf every other weekend",
    "Off work next week for the Lisbon trip",
    "Loves the fire pit in the garden",
    "Crash course in Italian before the holiday",
    "Recognised as volunteer of the year at the rowing club",
    "Took up the ukulele after the Lisbon trip",
    "Watched the final in the pub with the whole rowing club",
    "Talks to his brother every Sunday about football",
    "Fell out of the canoe twice on the Wye and loved it",
    "Cold water swimming every morning at the lido",
    "Has a cold brew habit, knows every café in town",
]


def _as_hobby(text: str) -> Memory:
    """Stored as the lightest kind a mistake could store it under."""
    return Memory(person_id=1, text=text, category="hobby", sensitivity="light")


@pytest.mark.parametrize("text", SAID_IN_PASSING)
def test_hard_times_said_beside_a_pastime_never_open_a_conversation(text):
    assert caution(text), text
    assert not small_talk(_as_hobby(text)), text


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_their_look_alikes_still_open_one(text):
    assert caution(text) is None, text
    assert small_talk(_as_hobby(text)), text
