"""Twenty-third round (docs/capture.md), one table with comments: an anniversary with its day said inside it ("two
years on Saturday since we lost my brother") is that coming day (it was last Saturday, "since" read as the past), one
"zwei Wochen her" the day it was (it was next year's); the weekend after next said in full; days that date nothing of
the news (a gift or a loaf offered to the listeners, a remark quoted in brackets, a day compared with, a weekly walk).
Each row's comment names the blind writer it came from and what it was before."""

from __future__ import annotations

from datetime import date

import pytest

from rapport_plugins.dates import find_date


def _day(said_on: str, text: str) -> str | None:
    found = find_date(text, date.fromisoformat(said_on)).date
    return found.isoformat() if found else None


@pytest.mark.parametrize("said_on, text, day", [
    # --- an anniversary with its day said inside it, or "... her"
    # blind writer SE (said on Thursday 28 May): was Saturday the 23rd
    ("2026-05-28", "It's two years on Saturday since we lost my brother", "2026-05-30"),
    ("2026-05-28", "It'll be a year on Friday since Dad died", "2026-05-29"),  # was undated
    ("2026-05-28", "It's a year tomorrow since the accident", "2026-05-29"),
    ("2026-05-28", "It's three years this Sunday since Mum passed", "2026-05-31"),  # was the 24th
    ("2026-05-06", "It'll be ten years on the 14th since Dad passed", "2026-05-14"),  # was undated
    # said in the past it is the day it was; "two years since" with another day beside it keeps that day
    ("2026-05-28", "It was two years on Saturday since we lost my brother, we went to the grave", "2026-05-23"),
    ("2026-05-28", "It's been two years since we moved, on Saturday we had a party", "2026-05-23"),
    # blind writer SE (said on Thursday 9 July): was 25 June 2027
    ("2026-07-09", "Unser 25. Hochzeitstag ist jetzt zwei Wochen her, wir waren endlich mal im Ratskeller", "2026-06-25"),
    ("2026-07-09", "Ihr Geburtstag ist drei Tage her", "2026-07-06"),
    ("2026-07-09", "Der Hochzeitstag ist in zwei Wochen", "2026-07-23"),  # ahead stays ahead
    # --- the weekend after next said in full
    # blind writer TC (said on Monday 15 June): was the coming weekend, the 20th
    ("2026-06-15", "Ich bin übrigens am Wochenende nach dem nächsten nicht erreichbar, da bin ich in Südtirol wandern",
     "2026-06-27"),
    ("2026-06-15", "el finde después del que viene me voy a la sierra", "2026-06-27"),
    ("2026-06-15", "the weekend after next I'm away", "2026-06-27"),  # as before
    # --- a day the speaker offers the listeners dates nothing
    # blind writer TD: the day the speaker brings the listeners some is no day of the pastime
    ("2026-10-08", "ahora hago pan de masa madre los fines de semana, ya me sale decente, el lunes les traigo", None),
    ("2026-10-08", "I've been baking sourdough at weekends, it's actually decent now, I'll bring some in on Monday", None),
    ("2026-10-08", "ich backe jetzt Sauerteigbrot, am Montag bringe ich euch eins mit", None),
    ("2026-10-08", "My daughter's wedding is on Saturday, I'll bring some cake in on Monday", "2026-10-10"),
    # --- a reason in the past after a verbless day
    # blind writer RD (said on Wednesday 19 August): the rent that was too much made the move's month the last one
    ("2026-08-19", "Umzug nach Altona Ende des Monats, die Miete in Eppendorf war nach der Erhöhung nicht mehr drin",
     "2026-08-31"),
    ("2026-08-19", "Umzug nach Altona Ende des Monats, weil die alte Wohnung zu klein war", "2026-08-31"),
    ("2026-08-19", "Umzug Ende des Monats, war ein Kraftakt", "2026-07-31"),  # the move itself was: the month gone by
    # --- the last four writers (UA-UD)
    # blind writers UA-UD, each measured on arrival before the rule
    # "aged care" is a kind of care, no past ("aged" read as a verb left the day mixed: undated)
    ("2026-05-06", "Dimitri's mum is moving into aged care at Glenelg on the 18th", "2026-05-18"),
    # a remark quoted in brackets is how it was said (it gave "in a week", the 13th)
    ("2026-05-06", "Dimitri's mum is moving into aged care at Glenelg on the 18th, he's taking the fortnight off around "
                   "it. He was quite upbeat about it (\"she'll run the place in a week\").", "2026-05-18"),
    # a day the news is compared with is not its day (it was next May)
    ("2026-10-20", "Él la ve muy bien, está mucho más tranquilo que en mayo.", None),
    ("2026-10-20", "She's sleeping much better than in March", None),
    ("2026-10-20", "Dice que en mayo se casa su hija", "2027-05-01"),  # "que" that is no comparison
    # a gift for the listeners at Christmas is no day of the knitting
    ("2026-11-10", "In der Reha hab ich mit Stricken angefangen, ihr kriegt alle Topflappen zu Weihnachten", None),
    ("2026-11-10", "I've taken up knitting, you're all getting socks for Christmas", None),
    ("2026-11-10", "Me he puesto a tejer, os regalo bufandas en Navidad", None),
    # a walk that happens every Tuesday is no one Tuesday
    ("2026-04-29", "Since the MS diagnosis last fall she's joined the Tuesday morning bird walk at Wood Lake", None),
    ("2026-02-25", "I can help Thursday morning, my daughter's got her entrance interview", "2026-02-26"),  # a time of day
    # the years counted to a feast or a day are its coming anniversary (it was last Christmas)
    ("2026-12-01", "My Frank, my husband, has been gone three years this Christmas", "2026-12-25"),
    ("2026-12-01", "We've been married ten years this Saturday", "2026-12-05"),
    # --- the last four writers (VA-VD)
    # a first time counted from a past is its own day: "our first Christmas ... since her dad passed" was last Christmas
    ("2026-12-01", "Ada and I are flying to Lagos, our first Christmas with her family since her dad passed", "2026-12-25"),
    ("2026-12-01", "Unser erstes Weihnachten seit Papas Tod, wir fahren zu Oma", "2026-12-25"),
    ("2026-12-01", "Nuestra primera Navidad desde que murió papá, nos vamos al pueblo", "2026-12-25"),
    ("2026-12-01", "It was our first Christmas since her dad passed", "2025-12-25"),  # said in the past
    ("2026-12-01", "Her first Christmas since the divorce was hard", "2025-12-25"),
    # a request to keep the day free is for a day to come (it was last year's Good Friday)
    ("2026-03-26", "el Viernes Santo no me pongas nada, que llevo a mi mamá a Baños a la procesión, ya le prometí",
     "2026-04-03"),
    ("2026-07-28", "Just don't put anything on this Friday, my band's got a set at the Station Inn", "2026-07-31"),
    # after an operation and the rehab in June, back again: that June (it was next June)
    ("2026-08-19", "Ach, Frau Probst, nach der Brustkrebs-OP und der Reha im Juni bin ich wieder voll dabei", "2026-06-01"),
    ("2026-08-19", "Nach der Reha im Oktober will sie wieder arbeiten", "2026-10-01"),  # still to come
    ("2026-08-27", "Walter is nil by mouth after midnight before the procedure on Tue 1/9", "2026-09-01"),
])
def test_the_day_of_the_news(said_on, text, day):
    assert _day(said_on, text) == day
