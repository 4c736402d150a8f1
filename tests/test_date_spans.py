"""A date read from a range ("in June", "mid-May", "next month", "from the 20th for two weeks") is
a span: the briefing names it as said, never as the first day capture stored, and asks how it
went only once all of it has passed."""

from __future__ import annotations

from datetime import date

import pytest

from rapport_plugins.models import Memory, Person
from rapport_plugins.prompting import is_follow_up_due, memory_prompts
from rapport_plugins.spans import span_of

ANNA = Person(name="Anna Berg", id=1)


def mem(text: str, event_date: str, event_text: str | None, **kw) -> Memory:
    kw.setdefault("category", "family")
    kw.setdefault("sensitivity", "personal")
    return Memory(person_id=1, id=kw.pop("mid", 1), text=text, event_date=event_date, event_text=event_text,
                  follow_up="open", review="kept", source="notes", captured_at="2026-04-22T10:00:00+00:00", **kw)


SPANS = [  # (text, stored day, phrase, first, last)
    ("moving in with them next month", "2026-05-01", "next month", date(2026, 5, 1), date(2026, 5, 31)),
    ("Y el mes que viene me voy a Japón", "2026-05-01", "el mes que viene", date(2026, 5, 1), date(2026, 5, 31)),
    ("Seine Tochter macht im Juni Abitur", "2026-06-01", "im Juni", date(2026, 6, 1), date(2026, 6, 30)),
    ("Twins start nursery in September", "2026-09-01", "in September", date(2026, 9, 1), date(2026, 9, 30)),
    ("Masterprüfung Mitte Mai", "2026-05-11", "Mitte Mai", date(2026, 5, 11), date(2026, 5, 20)),
    ("Three Peaks challenge in late April", "2026-04-21", "late April", date(2026, 4, 21), date(2026, 4, 30)),
    ("away the first week of December", "2026-12-01", "the first week of December", date(2026, 12, 1),
     date(2026, 12, 7)),
    ("visiting from Hanoi from the 28th, for a month", "2026-10-28", "the 28th", date(2026, 10, 28),
     date(2026, 11, 26)),
    ("Ich bin ab Montag zwei Wochen in Norwegen", "2026-08-17", "ab Montag", date(2026, 8, 17), date(2026, 8, 30)),
    # one day: a day was named
    ("starts nursery on the 1st of September", "2026-09-01", "the 1st of September", date(2026, 9, 1),
     date(2026, 9, 1)),
    ("getting married on the 25th, and away for two weeks after that", "2026-04-25", "the 25th",
     date(2026, 4, 25), date(2026, 4, 25)),
]


@pytest.mark.parametrize(("text", "stored", "phrase", "first", "last"), SPANS)
def test_a_range_is_a_span_and_a_named_day_is_one_day(text, stored, phrase, first, last):
    span = span_of(mem(text, stored, phrase))
    assert (span.first, span.last) == (first, last)


@pytest.mark.parametrize(("text", "stored", "phrase", "first", "last"), SPANS)
def test_a_follow_up_is_due_only_after_the_whole_span(text, stored, phrase, first, last):
    m = mem(text, stored, phrase)
    assert not is_follow_up_due(m, last)
    assert is_follow_up_due(m, date.fromordinal(last.toordinal() + 1))
    during = [p for p in memory_prompts(ANNA, [m], None, last) if p.kind == "follow_up"]
    assert during == []


def test_a_span_is_named_as_said_never_as_the_day_capture_stored():
    cases = [  # (memory, today, what the date prompt says, what it must not say)
        (mem("Daughter turns five in February", "2026-02-01", "in February"), date(2026, 1, 23),
         "in February", "1 Feb"),
        (mem("Masterprüfung Mitte Mai", "2026-05-11", "Mitte Mai"), date(2026, 4, 28), "in mid-May", "11 May"),
        (mem("away the first week of December", "2026-12-01", "the first week of December"), date(2026, 11, 26),
         "in the first week of December", "Tuesday"),
        (mem("Ich bin Ende Juli zwei Wochen in Split", "2026-07-31", "Ende Juli"), date(2026, 7, 22),
         "at the end of July", "31 Jul"),
    ]
    for m, today, said, never in cases:
        (p,) = [p for p in memory_prompts(ANNA, [m], None, today) if p.kind == "date"]
        assert said in p.text and never not in p.text, p.text


def test_a_span_due_in_its_own_month_says_when_as_a_span():
    m = mem("Three Peaks challenge in early April", "2026-04-01", "early April", category="hobby",
            sensitivity="light")
    (p,) = [p for p in memory_prompts(ANNA, [m], None, date(2026, 4, 15)) if p.kind == "follow_up"]
    assert "that was in early April" in p.text


def test_people_show_lists_a_span_as_said():
    from rapport_plugins.usertime import memory_when

    assert memory_when({"event_date": "2026-05-01", "event_text": "next month"}) == " [May 2026]"
    assert memory_when({"event_date": "2026-05-11", "event_text": "Mitte Mai"}) == " [mid-May 2026]"
    assert memory_when({"event_date": "2026-05-12", "event_text": "on Tuesday"}) == " [Tue 12 May 2026]"


@pytest.mark.parametrize(("stored", "phrase", "first", "last", "words"), [
    ("2026-03-01", "the first two weeks of March", date(2026, 3, 1), date(2026, 3, 14), "in the first two weeks of March"),
    ("2026-04-01", "la primera quincena de abril", date(2026, 4, 1), date(2026, 4, 15), "in the first half of April"),
    ("2026-04-16", "the second half of April", date(2026, 4, 16), date(2026, 4, 30), "in the second half of April"),
    ("2026-03-11", "mid-to-late March", date(2026, 3, 11), date(2026, 3, 31), "in mid-to-late March"),
    ("2026-04-10", "between the 10th and 15th of April", date(2026, 4, 10), date(2026, 4, 15), "between 10 and 15 April"),
    ("2026-07-20", "20-31 Jul", date(2026, 7, 20), date(2026, 7, 31), "between 20 and 31 July"),
    ("2026-06-01", "del 1 al 12 de junio", date(2026, 6, 1), date(2026, 6, 12), "between 1 and 12 June"),
])
def test_parts_of_a_month_and_day_ranges_are_spans_named_as_said(stored, phrase, first, last, words):
    span = span_of(mem("away", stored, phrase), today=date(2026, 3, 1))
    assert (span.first, span.last, span.words) == (first, last, words)
    m = mem("away", stored, phrase)
    assert not is_follow_up_due(m, last) and is_follow_up_due(m, date.fromordinal(last.toordinal() + 1))
