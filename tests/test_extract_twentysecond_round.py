"""Twenty-second round (docs/capture.md): a sentence that goes on from a delicate one ("Since then ...",
"Seitdem ...", "Desde entonces ...", "it helps") keeps its care, so it never opens a conversation whose reason was
said just before."""

from __future__ import annotations

import pytest
from proposals import opens, turns

from rapport_plugins.extract import propose
from rapport_plugins.models import MeetingNotes

GOES_ON = [
    ("My dad passed away in March. Since then I've been doing a lot of woodwork.", "woodwork"),
    ("We split up last year. That's when I started climbing.", "climbing"),
    ("Mum's in a care home now. I've started painting again, it helps.", "painting"),
    ("Mein Vater ist im Frühjahr gestorben. Seitdem gehe ich viel wandern.", "wandern"),
    ("Me quedé sin trabajo en mayo. Desde entonces hago mucha cerámica.", "cerámica"),
    ("The chemo finished in October. I've booked a trip to Madeira to celebrate.", "Madeira"),
]


@pytest.mark.parametrize(("said", "word"), GOES_ON)
def test_a_sentence_going_on_from_a_delicate_one_keeps_its_care(said, word):
    found = turns(("Anna Berg", said))
    assert not opens(found, word)
    assert next(c for c in found if word.lower() in c.text.lower()).sensitivity == "personal"


def test_in_notes_too():
    text = "Anna's dad passed away in March. Since then Anna has been doing a lot of woodwork."
    notes = MeetingNotes(text, "notes", ref="n.md", kind="notes")
    found = propose(text, {"notes": notes, "attendees": ["Anna Berg", "Sam Lee"], "me": ["Sam Lee"]})
    assert any("woodwork" in c.text and c.person == "Anna Berg" for c in found)
    assert not opens(found, "woodwork")


@pytest.mark.parametrize("said", [
    "We had a lovely summer. Since then I've been doing a lot of woodwork.",  # nothing delicate before
    "My dad passed away in March. Anyway, I've got really into sourdough.",  # moving on is no going on from it
])
def test_what_does_not_go_on_from_a_delicate_sentence_stays_light(said):
    found = turns(("Anna Berg", said))
    assert opens(found, "woodwork" if "woodwork" in said else "sourdough")


@pytest.mark.parametrize("said", [
    "Der alte Abteilungsleiter Brenner ist jetzt in Rente, lebt auf Mallorca",
    "Ihr alter Einkaufsleiter ist jetzt in Rente und hat Weinberge im Remstal",
])
def test_a_german_head_of_something_is_another_persons_news(said):
    from rapport_plugins.extract import anothers_news

    assert anothers_news(said)
