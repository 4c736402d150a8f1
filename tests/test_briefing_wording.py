"""Wording a person could be told to their face: of what, once, in order, whose words.

- an anniversary from a contact card says where it is from and that the card does not say of
  what, instead of quoting its own date back ("Anniversary: 10 December 2019");
- one memory is said once per briefing (not as a date and again as shared ground);
- dates come in the order they fall;
- the user's own note on a contact card is the user's context, not "something they shared";
- `people show` lists a meeting once when its notes were captured without naming the event.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_briefing_build import make_app

from rapport_plugins.briefing import build_briefing
from rapport_plugins.models import Attendee, Meeting, Memory
from rapport_plugins.prompting import says_only_the_date
from rapport_plugins.testing import ics_calendar, ics_event

NOW = datetime(2026, 12, 3, 9, tzinfo=UTC)


def one_to_one() -> Meeting:
    start = NOW + timedelta(hours=1)
    return Meeting(uid="1-1", title="1-1", start=start, end=start + timedelta(minutes=30),
                   attendees=[Attendee("sam@example.com", "Sam Lee"), Attendee("anna@example.org", "Anna Berg")])


@pytest.fixture
def app(tmp_path):
    a = make_app(tmp_path, '[me]\nname = "Sam Lee"\nemails = ["sam@example.com"]\ninterests = ["jazz", "climbing"]\n'
                           '[briefing]\nupcoming_days = 21\n')
    a.store.add_person("Sam Lee", ["sam@example.com"], is_me=True)
    a.store.add_person("Anna Berg", ["anna@example.org"])
    yield a
    a.close()


def remember(app, text: str, **kw) -> Memory:
    kw.setdefault("captured_at", "2026-11-25T10:00:00+00:00")
    return app.store.add_memory(Memory(person_id=app.store.find_person("Anna Berg").id, text=text, **kw))[0]


def prompts(app) -> list[dict]:
    return build_briefing(app, one_to_one(), now=NOW).people[0]["prompts"]


def test_an_anniversary_from_a_contact_card_says_where_it_is_from_not_its_date_twice(app):
    card = remember(app, "Anniversary: 10 December 2019", category="anniversary", source="contacts",
                    event_date="2019-12-10", recurrence="yearly")
    (p,) = [p for p in prompts(app) if card.id in p["memory_ids"]]
    assert p["text"] == "Anniversary in 7 days (10 Dec), 7 years since 2019 - the contact card does not say of what."
    said = remember(app, "Our wedding anniversary is on 12 December", category="anniversary",
                    event_date="2019-12-12", recurrence="yearly")
    (q,) = [p for p in prompts(app) if said.id in p["memory_ids"]]
    assert "'Our wedding anniversary is on 12 December'" in q["text"]
    assert says_only_the_date("Anniversary: 10 December 2019") and says_only_the_date("Birthday: 17 May")
    assert not says_only_the_date("Our wedding anniversary is on 12 December")


def test_dates_come_in_the_order_they_fall(app):
    remember(app, "Birthday", category="birthday", event_date="1990-12-18", recurrence="yearly", pinned=True)
    remember(app, "Daughter's school play on 17 December", category="family", event_date="2026-12-17",
             follow_up="open")
    remember(app, "Moving house on 21 December", category="home", event_date="2026-12-21", follow_up="open")
    days = [p["text"].split("(")[1].split(")")[0] for p in prompts(app) if p["kind"] == "date"]
    assert days == ["17 Dec", "18 Dec", "21 Dec"]


def test_one_memory_is_said_once(app):
    festival = remember(app, "Going to the jazz festival in Montreux on 10 December", category="travel",
                        event_date="2026-12-10", follow_up="open")
    cited = [p for p in prompts(app) if festival.id in p["memory_ids"]]
    assert [p["kind"] for p in cited] == ["date"]  # not again as shared ground ("jazz")


def test_your_own_contact_note_is_your_context(app):
    unplaced = remember(app, "Met at PyCon DE 2024", category="other", source="contacts")
    assert not [p for p in prompts(app) if unplaced.id in p["memory_ids"]]  # no small-talk kind: no opener
    note = remember(app, "Keen sailor, met at PyCon DE 2024", category="hobby", source="contacts")
    (p,) = [p for p in prompts(app) if note.id in p["memory_ids"]]
    assert "they shared" not in p["text"] and ("contact notes" in p["text"] or "your own note" in p["text"].lower())


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["jazz piano", "climbing gym", "Montreux trip", "new puppy", "Birthday"]),
                          st.sampled_from(["hobby", "travel", "pet", "birthday", "other"]),
                          st.integers(-30, 30), st.booleans(), st.booleans()), min_size=1, max_size=8, unique_by=lambda t: t[0]))
def test_no_memory_twice_and_dates_in_order(tmp_path_factory, items):
    app = make_app(tmp_path_factory.mktemp("h"), '[me]\nname = "Sam Lee"\nemails = ["sam@example.com"]\n'
                                                  'interests = ["jazz", "climbing", "puppy"]\n[briefing]\nupcoming_days = 40\n')
    try:
        app.store.add_person("Sam Lee", ["sam@example.com"], is_me=True)
        app.store.add_person("Anna Berg", ["anna@example.org"])
        for text, category, offset, yearly, pinned in items:
            day = (NOW.date() + timedelta(days=offset)).isoformat()
            remember(app, text, category=category, event_date=day if offset % 3 else None,
                     recurrence="yearly" if yearly else None, pinned=pinned, follow_up=None if yearly else "open")
        found = prompts(app)
        cited = [i for p in found for i in p["memory_ids"]]
        assert len(cited) == len(set(cited))
        dated = [p for p in found if p["kind"] == "date"]
        order = [p["text"].split(" (")[1].split(")")[0] for p in dated]
        as_days = [datetime.strptime(f"{d} 2026" if len(d.split()) == 2 else d, "%d %b %Y").date() for d in order]
        assert as_days == sorted(as_days)
    finally:
        app.close()


ICS = ics_calendar(
    ics_event("anna-1-1", "20260330T100000Z", "20260330T103000Z", "1-1 Anna",
              attendees=(("Sam Lee", "sam@example.com"), ("Anna Berg", "anna@example.org"))),
)


def test_people_show_lists_a_captured_meeting_once(rapport, home: Path, tmp_path):
    home.mkdir(parents=True, exist_ok=True)
    (home / "cal.ics").write_text(ICS, encoding="utf-8")
    rapport.config('[me]\nname = "Sam Lee"\nemails = ["sam@example.com"]\ntimezone = "UTC"\n'
                   '[ics]\ncalendars = ["cal.ics"]\n')
    rapport("people", "add", "Anna Berg", "--email", "anna@example.org")
    rapport("sync")
    note = tmp_path / "2026-03-30 anna.md"
    note.write_text("- remember: Anna's cat is called Miso\n", encoding="utf-8")
    rapport("capture", str(note), "--with", "Anna Berg")
    shown = rapport("people", "show", "Anna Berg").stdout
    assert shown.count("met:") == 1 and "met: Mon 30 Mar 2026 10:00 1-1 Anna" in shown


def test_a_one_to_one_met_alone_is_no_group_even_unmarked(app):
    """The user's attendee line carries no is_self here: the briefing still knows it is a 1:1."""
    remember(app, "Her mum is out of hospital since Monday", category="health", sensitivity="sensitive")
    (deep,) = [p for p in prompts(app) if p["kind"] == "deep"]
    assert "group" not in deep["text"]


def test_their_words_from_a_transcript_are_not_what_you_noted(app):
    """'You noted' is said of what the user wrote down, never of a quote from a transcript."""
    from rapport_plugins.wording import frames_for

    said = remember(app, '"I finally got a cat, a grey one called Pixel"', category="pet", source="transcript")
    written = remember(app, "Her cat is called Miso", category="pet", source="notes")
    assert not any(f.startswith("You noted") for f in frames_for(app.store.get_memory(said.id)))
    assert any(f.startswith("You noted") for f in frames_for(app.store.get_memory(written.id)))


def test_the_terminal_lists_what_no_prompt_cites_as_the_note_does(app):
    niece = remember(app, "Sister just had a baby girl on Sunday, her name is Mila", category="family",
                     sensitivity="personal", source="transcript")
    briefing = build_briefing(app, one_to_one(), now=NOW)
    assert niece.id not in {i for p in briefing.people[0]["prompts"] for i in p["memory_ids"]}
    text = briefing.render("text")
    assert "  also          Sister just had a baby girl on Sunday, her name is Mila  [#" in text
    assert "- Sister just had a baby girl on Sunday, her name is Mila _(#" in briefing.render("markdown")
