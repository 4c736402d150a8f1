"""Twenty-first round (docs/capture.md): classes the blind meeting notes, transcript turns and whole meetings of the
round showed - a weekday said of a day named before ("that Saturday"), a sentence's tense kept to that sentence,
"from then on" ("ab Juli", "a partir del lunes") read ahead, the days a speaker offers for work, "se ha quedado en
paro" (out of work, not "agreed"), "desde Valencia" (a place, not "since"), a German date without its last dot."""

from __future__ import annotations

from datetime import date

import pytest

from rapport_plugins.dates import find_date


def _day(said_on: str, text: str) -> str | None:
    found = find_date(text, date.fromisoformat(said_on)).date
    return found.isoformat() if found else None


@pytest.mark.parametrize("said_on, text, day", [
    # a weekday said of a day named before it is that day, never the coming one
    ("2026-02-04", "heads up, I'm off from the 20th, my brother's stag do in Dublin, so somebody needs to cover the "
                   "phone-in that Saturday", "2026-02-20"),  # was the 7th: the coming Saturday
    ("2026-02-05", "\"heads up, I'm off from the 20th, my brother's stag do in Dublin, so somebody needs to cover the "
                   "football phone-in that Saturday\"", "2026-02-20"),  # said in quotes, as a transcript's turn is kept
    ("2026-05-05", "Before I forget, I'm out the weekend after next, our daughter Astrid graduates from St. Olaf that "
                   "Saturday", "2026-05-16"),  # was the 9th
    ("2026-01-21", "Callum also gets the keys to his new flat on the 31st, so he's off that Saturday", "2026-01-31"),
    ("2026-04-16", "my Hannah's getting married the Saturday of Labor Day weekend", "2026-09-05"),
    ("2026-12-02", "I'll miss the Sunday one on the 13th, it's Nain's ninetieth in Bala", "2026-12-13"),
    # ... "the Saturday" with no other day said is the coming one
    ("2026-04-10", "our anniversary's on the Monday, ten years, we're going to the coast", "2026-04-13"),
    ("2026-06-16", "Víctor: se va a Alicante por San Juan, vuelve el lunes siguiente", "2026-06-24"),  # was the 22nd
    # a sentence's past is its own: "Ese salió ayer" (a shipment) does not make the Saturday after it a past one
    ("2026-08-19", "Ese salió ayer, llega a Amberes el 9. Ah, y el sábado no me llamen: cumplimos diez años de "
                   "casados", None),  # was yesterday, the shipment's day
    # "ab", "a partir de": from then on, ahead, whatever a later clause's past
    ("2026-06-16", "Ich hab ab Juli nur noch eine halbe Stelle, meine Mutter ist pflegebedürftig geworden",
     "2026-07-01"),  # was July 2025
    # the days a speaker offers for work are no news of theirs
    ("2026-04-08", "I can do the 20th and 21st but not the weekend after next, my sister's getting married in "
                   "Doolin that Saturday", None),  # was the 20th
    # "se ha quedado en paro": out of work, a past (it was read "agreed to", a plan: November 2027)
    ("2026-12-10", "Miguel Ángel se ha quedado en paro en noviembre, están ajustados", "2026-11-01"),
    ("2026-12-10", "hemos quedado en vernos en noviembre", "2027-11-01"),  # "agreed to meet": ahead
    # "desde Valencia" is a place; "desde el lunes", "desde Navidad" still say since when
    ("2026-09-09", "Le comento que a partir del lunes trabajo desde Valencia dos semanas: mi mujer ha dado a luz y "
                   "queremos estar cerca de la familia", None),  # was last Monday
    ("2026-09-09", "ingresada desde el lunes", "2026-09-07"),
    ("2026-09-09", "está en Madrid desde Navidad", "2025-12-25"),
    # a German date with its last dot left off after "ab", "am" - not an hour, not a measure
    ("2026-12-09", "K. fährt über Weihnachten zu den Schwiegereltern nach Kärnten, ab 23.12", "2026-12-23"),
    ("2026-12-09", "Treffen ab 14.30 Uhr", None),
    ("2026-12-09", "Ich bin am 3.4 km gelaufen", None),
    ("2026-12-09", "I am 3.4 miles away", None),
    # a work clause before a semicolon keeps its day to itself
    ("2026-03-26", "Arjun — infra costs report, done tmrw; wife due any day now, may drop off without notice", None),
    ("2026-03-26", "infra costs report, done tmrw; his son was born on Monday", "2026-03-23"),
    ("2026-04-01", "Yo después de Semana Santa me voy con la familia a Cartagena unos días, entonces la logística de "
                   "abril la dejo lista antes", None),
    # a day said to be so many years since a death is the anniversary to come, not the death's day
    ("2026-10-20", "Aisha Rahman — 2nd of November is a year since her mum died. She's taking the day off.", "2026-11-02"),
    # a sprint triathlon is a race, not a work sprint; "she's been swimming" goes on now, no past
    ("2026-05-20", "First sprint triathlon in June, Salford Quays. She's been swimming at 6am at the Aquatics Centre.",
     "2026-06-01"),
    ("2026-05-20", "he's been planning the wedding for June", "2026-06-01"),
    # a German present with its own verb reads ahead, the backstory after it ("seit der Chemo") is no past of the day's
    ("2026-08-19", "Lena läuft am 13. September den Alsterlauf (10 km) – ihr erster Wettkampf seit der Chemo, sie ist "
                   "total aufgeregt", "2026-09-13"),
    # still a day: a weekday that names a kind of thing ("the Tuesday party"), or is followed by its date
    ("2026-03-02", "the Tuesday party was lovely", "2026-02-24"),
])
def test_the_day_a_blind_writer_meant(said_on, text, day):
    assert _day(said_on, text) == day


@pytest.mark.parametrize("text, topic", [
    ("Son las quejas del ruido de la obra de al lado", False),  # "they are", not a son
    ("Madre mía, los vecinos te van a adorar", False),
    ("Und die Farbe für den Rundhorizont krieg ich auch erst Montag", False),  # "kriegen" (get), no war
    ("Flurfunk: Familie Weber zieht angeblich im Sommer weg", False),  # a family by its name: a client's
    ("Pablo tiene 9 casos, el tope acordado es 8. Le saco a la familia Mendoza a partir de enero", False),
    ("Ray: Sun City retirees love the battery pitch", False),
    # the same words used of the person's own life still are
    ("my son is at uni", True), ("meine Schwester kriegt ein Baby", True), ("mi madre está mejor", True),
    ("Krieg in der Ukraine, ihre Familie ist dort", True),
])
def test_words_that_only_look_like_a_topic(text, topic):
    from rapport_plugins.lexicon import matches

    found = {e.category for e, _ in matches(text)} - {"preference"}
    assert bool(found) is topic
