"""Twentieth round (docs/capture.md): news the speaker was told by somebody unnamed is not the speaker's; a day said
first or after the news stays with it."""

from __future__ import annotations

import pytest

from rapport_plugins.extract import _title_line, disclosure


@pytest.mark.parametrize("said", [
    "Me han dicho que el nuevo director se casa en junio.",
    "Me han dicho que está de baja larga.",
    "I was told the new CFO is getting married in June.",
    "Mir wurde gesagt, der neue Chef heiratet im Juni.",
])
def test_news_told_by_somebody_unnamed_is_not_the_speakers(said):
    assert disclosure(said) is None


@pytest.mark.parametrize("said", [
    "Me han dicho que mi hermana se casa en junio.",  # their own sister: family news, however it reached them
    "I heard that my sister is pregnant.",
])
def test_their_own_familys_news_stays(said):
    assert disclosure(said) is not None


@pytest.mark.parametrize("said", [
    "Sorry, one more thing, we were going to Rome on the 5th.",
    "We were meant to be going to Tenerife at Easter as well but the flights got cancelled.",
    "Wir wollten eigentlich an die Ostsee.",
])
def test_a_plan_of_the_speakers_that_did_not_happen_is_no_memory(said):
    assert disclosure(said) is None


def test_why_it_did_not_happen_is_news_of_its_own():
    found = disclosure("We were going to Rome but my dad got sick and is in hospital.")
    assert found is not None and "Dad got sick" in found[0] and "Rome" not in found[0]


def test_somebody_elses_plan_beside_the_speakers_news_stays():
    assert disclosure("Ach, und im November werd ich fünfzig, Jörg wollte eigentlich ein Fest machen.") is not None


@pytest.mark.parametrize("line, title", [
    ("Physio — Anna K — 2 Mar", True), ("Therapy — D.V. — 27.3.26", True), ("Physio clinic", True),
    ("Tutoría con Tomás (padre de Hugo) – 18 jun", True), ("Parent mtg — Denise Palmer (mum of Kai, Y4) 19/5", True),
    ("Knee op on the 12th", False), ("Anna's dog died on Monday", False), ("Dad in hospital since Sunday", False),
])
def test_a_notes_first_line_that_is_its_title(line, title):
    assert _title_line(line) is title


def test_a_title_line_is_no_memory_but_the_lines_under_it_are():
    from rapport_plugins.extract import propose

    found = propose("Physio — Anna K — 2 Mar\n- her daughter starts school on Monday\n", {"attendees": ["Anna Kowalski"]})
    assert [c.text for c in found] and not any("Physio" in c.text for c in found)
