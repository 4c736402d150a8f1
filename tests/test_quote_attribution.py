"""A quote in the person's own words says whose words they are, and a quote that speaks of
"tomorrow" or "next week" says when it was said: read under a name in a briefing, "'My husband
and I are separating'" or "'Off sailing next week'" would otherwise be misread or repeated stale."""

from __future__ import annotations

from datetime import date

from rapport_plugins.models import Memory, Person
from rapport_plugins.prompting import memory_prompts

ANNA = Person(name="Anna Berg", id=1)
TODAY = date(2026, 6, 10)


def mem(text: str, source: str = "transcript", **kw) -> Memory:
    kw.setdefault("category", "hobby")
    kw.setdefault("sensitivity", "light")
    return Memory(person_id=1, id=kw.pop("mid", 1), text=text, review="kept", source=source,
                  meeting_key="m@2026-05-20T10:00:00+00:00", captured_at="2026-05-20T18:00:00+00:00", **kw)


def only(memory: Memory) -> str:
    (p,) = [p for p in memory_prompts(ANNA, [memory], None, TODAY) if p.kind != "question"]
    return p.text


def test_their_own_words_say_so_in_every_kind():
    for memory in [
        mem('"The one thing keeping me sane is pottery"'),                     # kept verbatim
        mem("ich gehe jeden Morgen schwimmen"),                                 # a transcript line in the first person
        mem('"My husband and I are separating"', category="family", sensitivity="sensitive"),
        mem('"For the lunch next month, I\'m vegan"', category="preference"),  # keep in mind
    ]:
        text = only(memory)
        assert "(their words, 20 May)" in text, text
        assert "(20 May)" not in text.replace("(their words, 20 May)", ""), text  # the date once


def test_a_note_in_the_first_person_is_the_users_own_voice_not_theirs():
    text = only(mem("She told me her garden is full of tomatoes", source="notes"))
    assert "their words" not in text


def test_a_quote_that_speaks_of_a_relative_day_says_when_it_was_said():
    for words in ["Off sailing in Croatia next week", "Julia just adopted a greyhound",
                  "Spent Saturday at the allotment", "Er fährt morgen nach Passau", "Se va de viaje mañana"]:
        text = only(mem(words, source="notes"))
        assert "(said 20 May)" in text, text
    assert "said" not in only(mem("Plays the cello in an orchestra", source="notes"))
