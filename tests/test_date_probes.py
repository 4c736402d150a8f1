"""The engine on dated sentences written blind (tests/data/probes/README.md): 420 sentences, where it never states a
day the writer did not mean, and 400 hurried note lines, where it never states another day than the writer's for the
detail - except where the engine's choice is documented below."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from rapport_plugins.dates import find_date

PROBES = Path(__file__).parent / "data" / "probes" / "dates_blind.jsonl"
NOTES = Path(__file__).parent / "data" / "probes" / "dates_notes_blind.jsonl"

# Where the engine answers otherwise on purpose (docs/capture.md, "Eighteenth round"):
CHOSEN = {
    # "next month" is stored as that month, a span from its 1st (the writer leaves it undated)
    "El mes que viene nos mudamos a Lima.",
    "Next month we're finally taking the kids to see their cousins in Poland.",
    "Nächsten Monat ziehen wir endlich in unser Haus.",
    # a stretch is stored as its start ("between Christmas and New Year": Christmas)
    "We'll probably visit my parents sometime between Christmas and New Year.",
    # a birthday said in its own clause keeps its yearly day
    "Every year on my dad's birthday, the 3rd of January, we go to his grave.",
    # two days in one sentence, the first the engine's ("the day after", "the Tuesday before" are not counted yet)
    "We signed the papers a month ago but we don't get the keys until the 10th of July.",
    "The kids break up on the 22nd and we drive to France the day after.",
    "Die Sommerferien fangen am 30.7. an, und am Tag danach fahren wir nach Kroatien.",
    "We're flying home for Thanksgiving on the Tuesday before.",
}


def test_no_probe_gets_a_day_its_writer_did_not_mean():
    probes = _load(PROBES)
    wrong = [(p["said_on"], p["text"], p["expected"], _said(p)) for p in probes
             if _said(p) is not None and _said(p) != p["expected"] and p["text"] not in CHOSEN]
    assert wrong == []


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _said(probe: dict) -> str | None:
    found = find_date(probe["text"], date.fromisoformat(probe["said_on"])).date
    return found.isoformat() if found else None


def test_most_probes_get_their_day():
    probes = _load(PROBES)
    assert len(probes) == 420
    assert sum(_said(p) == p["expected"] for p in probes) >= 388  # 23 more are left undated: a missing day is no wrong one


# Where the engine answers the note lines otherwise on purpose (docs/capture.md, "Nineteenth round"):
CHOSEN_IN_NOTES = {
    # a weekday with no verb and no tick reads forward, as the writers' brief says ("the next one after the
    # meeting"); this writer read the news as past
    "Beatriz – jue: entierro de su abuela",
    "Inés – el mar: cachorro nuevo 🐶",
    "Zoe (US) – Thurs: Friendsgiving at hers, 20 people",
    "Callum — Mon: grandad's funeral",
    "Dan — over the wknd: dad's stroke. in ICU.",
    # a slash date is read in the order of the note's language and writer (dates.writer_order): a line's own
    # "US" tag is not read
    "Vic - US - daughter's recital 4/11",
    "Callum: wedding 9/5 (US guy)",
}


def test_no_note_line_gets_another_day_than_its_writers():
    # a day where the writer has none may be somebody else's (a boss's wedding, a work event): who it belongs to
    # is the extractor's to judge, not the date engine's
    probes = _load(NOTES)
    wrong = [(p["said_on"], p["text"], p["expected"], _said(p)) for p in probes
             if p["expected"] is not None and _said(p) not in (None, p["expected"]) and p["text"] not in CHOSEN_IN_NOTES]
    assert wrong == []


def test_most_note_lines_get_their_day():
    probes = _load(NOTES)
    assert len(probes) == 400
    assert sum(_said(p) == p["expected"] for p in probes) >= 307
