"""Capture of the eighteenth round: classes the dev examples showed (docs/capture.md, "Eighteenth round"); the
held-out split was not read.
"""

from __future__ import annotations

import pytest
from proposals import noted


@pytest.mark.parametrize("line", [
    # somebody named by their group or workplace is an acquaintance of whoever tells it: their news is theirs
    "Nadia mentioned Huw from finance is apparently moving to Bristol.",
    "Schmitz aus der Spätschicht soll sich getrennt haben, sagt Nadia",
    "Der Kurt vom Nachbarverein soll ja pleite sein, sagt Nadia",
    "Nadia erzählt, Paul aus der Ausführungsplanung ist seit drei Wochen krankgeschrieben",
    "Manolo, el del turno de noche, se va a Londres en julio",
    "Mairead from the Tuesday crew got engaged apparently",
])
def test_news_of_somebody_named_by_their_group_is_not_the_tellers(line):
    assert noted(f"- {line}", ("Nadia Rahman",)) == []


@pytest.mark.parametrize(("line", "person"), [
    # ... while an attendee named by where they work, and a relative from somewhere, are still theirs
    ("Nadia from finance is moving to Bristol in May", "Nadia Rahman"),
    ("Nadia mentioned her cousin from Leeds is getting married in June", "Nadia Rahman"),
])
def test_an_attendee_or_a_relative_from_somewhere_is_still_theirs(line, person):
    assert [p for p, _ in noted(f"- {line}", ("Nadia Rahman",))] == [person]


def test_news_of_somebody_named_by_their_group_under_a_heading_is_not_the_attendees():
    text = "## Nadia Rahman\n- Nadia erzählt, Paul aus der Planung ist seit drei Wochen krankgeschrieben\n"
    assert noted(text, ("Nadia Rahman", "Tom Ashby")) == []


def _captured(tmp_path, transcript: str, day, attendees: tuple[str, ...]) -> list[tuple[str, str | None]]:
    from rapport_plugins.capture import capture_file
    from rapport_plugins.cli_common import App

    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text('[me]\nname = "Sam Lee"\n', encoding="utf-8")
    call = tmp_path / "call.txt"
    call.write_text(transcript, encoding="utf-8")
    app = App(home=str(home))
    try:
        result = capture_file(app, call, date=day, with_people=attendees, dry_run=True)
    finally:
        app.close()
    return [(p["text"], p.get("event_date")) for p in result.proposed]


@pytest.mark.parametrize(("transcript", "expected"), [
    # "that day" is the day the sentence before named, said by the same person or asked by another
    ("Sam Lee: Could we do the 12th of June?\nRosa Huamán: No, my daughter graduates that day, in Lima.\n",
     "2026-06-12"),
    ("Sam Lee: Any news?\nRosa Huamán: I won't be at rehearsal the Friday after Thanksgiving. I turn forty that day.\n", "2026-11-27"),
    ("Sam Lee: Any news?\nRosa Huamán: The cart's closed Friday the twelfth. My son graduates from Roosevelt that day.\n", "2026-06-12"),
    ("Sam Lee: Any news?\nRosa Huamán: I missed the rehearsal on Friday. My son graduated that day.\n", "2026-05-22"),
    # ... and a sentence before it that looks back without a day of its own gives none to "that day"
    ("Sam Lee: Any news?\nRosa Huamán: I wasn't at rehearsal on Friday, no. My son graduated that day.\n", None),
])
def test_that_day_is_the_day_said_before(tmp_path, transcript, expected):
    from datetime import date

    found = _captured(tmp_path, transcript, date(2026, 5, 26), ("Rosa Huamán",))
    dated = [when for text, when in found if "that day" in text]
    assert dated == [expected], found


@pytest.mark.parametrize("text", [
    # news the speaker heard of somebody else is that person's
    "I heard your old boss, Mr Lim, retired to Penang",
    "I heard that Tom got engaged",
    "Ich hab gehört, der Thomas zieht nach Kiel",
    "Escuché que la Vero se casa en junio",
])
def test_news_the_speaker_heard_of_another_is_not_theirs(text):
    from proposals import said

    assert said(text) == []


@pytest.mark.parametrize("text", [
    "I heard my cousin got engaged",
    "I heard back from the adoption agency, we're approved",
])
def test_news_the_speaker_heard_of_their_own_is_still_theirs(text):
    from proposals import said

    assert len(said(text)) == 1


@pytest.mark.parametrize(("said", "expected"), [
    # a food a doctor took away, or a diet kept for good, is true whatever the day: the day beside it is the occasion's
    ("para la degustación del jueves pruébenla ustedes, que desde lo de la gastritis el doctor me prohibió el ají", None),
    ("For the offsite on Thursday I'm gluten-free now, just so the caterer knows", None),
    # ... unless the text says since when
    ("Este año no me veréis en el encierro, que desde el infarto de marzo el cardiólogo me lo tiene prohibido", "2026-03-01"),
    ("Para el almuerzo nada de sánguches: desde el lunes estoy sin gluten", "2026-05-25"),
])
def test_a_standing_diet_takes_no_occasions_day(tmp_path, said, expected):
    from datetime import date

    found = _captured(tmp_path, f"Sam Lee: Any news?\nRosa Huamán: {said}\n", date(2026, 5, 26), ("Rosa Huamán",))
    assert [when for _, when in found] == [expected], found


@pytest.mark.parametrize("text", [
    # somebody the speaker works with, said with a word of rank before their role
    "Our biggest customer is relocating to Berlin",
    "My best client just had a baby",
    "Mi mayor cliente se muda a Lima",
])
def test_a_colleague_said_with_a_rank_is_not_the_speaker(text):
    from proposals import said

    assert said(text) == []
