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
