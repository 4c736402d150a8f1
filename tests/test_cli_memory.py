"""`rapport memory show|edit|dismiss`: one wrong memory is put right without forgetting the person.

The clock is pinned to Thu 2 Apr 2026 (conftest)."""

from __future__ import annotations

import pytest


@pytest.fixture
def anna(rapport):
    rapport("init", "--name", "Sam Lee")
    rapport("people", "add", "Anna Berg", "--email", "anna@example.com")
    return rapport


def remember(rapport, text: str, *args: str) -> dict:
    return rapport.json("remember", text, "--who", "Anna Berg", *args)


def test_show_gives_the_words_the_date_as_said_and_where_it_came_from(anna):
    m = remember(anna, "Her sister gets married on Saturday")
    shown = anna.json("memory", "show", str(m["id"]))
    assert (shown["event_date"], shown["event_text"], shown["follow_up"]) == ("2026-04-04", "on Saturday", "open")
    text = anna("memory", "show", str(m["id"])).stdout
    assert "Anna Berg: Her sister gets married on Saturday [Sat 4 Apr 2026]" in text
    assert "said as: 'on Saturday'" in text and "from: manual" in text


def test_a_wrong_date_is_removed_and_its_follow_up_with_it(anna):
    m = remember(anna, "Her mum is out of hospital since Monday", "--when", "2026-04-06")
    assert m["follow_up"] == "open"  # the wrong, future date the user wants gone
    fixed = anna.json("memory", "edit", str(m["id"]), "--no-date")
    assert (fixed["event_date"], fixed["event_text"], fixed["follow_up"]) == (None, None, None)
    assert fixed["changed"] == ["event_date", "event_text", "follow_up"]
    brief = anna("people", "show", "Anna Berg").stdout
    assert "Her mum is out of hospital since Monday (" in brief and "Apr 2026" not in brief


def test_a_right_date_is_read_like_remember_when_and_opens_a_follow_up_only_ahead(anna):
    m = remember(anna, "Moving to Porto")
    ahead = anna.json("memory", "edit", str(m["id"]), "--when", "in May")
    assert (ahead["event_date"], ahead["event_text"], ahead["follow_up"]) == ("2026-05-01", "in May", "open")
    past = anna.json("memory", "edit", str(m["id"]), "--when", "2026-03-01")
    assert (past["event_date"], past["follow_up"]) == ("2026-03-01", None)
    yearly = anna.json("memory", "edit", str(m["id"]), "--when", "2026-06-12", "--yearly")
    assert (yearly["recurrence"], yearly["follow_up"]) == ("yearly", None)
    once = anna.json("memory", "edit", str(m["id"]), "--once")
    assert (once["recurrence"], once["follow_up"]) == (None, "open")


def test_a_closed_follow_up_stays_closed_when_only_the_words_change(anna):
    m = remember(anna, "Half marathon on Sunday")
    anna("done", str(m["id"]))
    edited = anna.json("memory", "edit", str(m["id"]), "--text", "Half marathon in Leipzig on Sunday")
    assert (edited["text"], edited["follow_up"]) == ("Half marathon in Leipzig on Sunday", "done")


def test_marked_sensitive_it_never_opens_a_conversation(anna, home):
    from rapport_plugins.testing import SAM, config_toml, ics_calendar, ics_event

    (home / "cal.ics").write_text(ics_calendar(ics_event(
        "team", "20260403T100000Z", "20260403T110000Z", "Garden club planning", organizer=("Sam Lee", SAM["emails"][0]),
        attendees=(("Anna Berg", "anna@example.com"), ("Ben Okafor", "ben@example.com")))), encoding="utf-8")
    anna.config(config_toml(me=SAM | {"timezone": "UTC"}, ics={"calendars": ["cal.ics"]}))
    anna("sync")
    m = remember(anna, "Loves her new allotment", "--category", "hobby")

    def kinds_of_it() -> list[str]:
        brief = anna.json("brief")
        return [p["kind"] for person in brief["people"] for p in person["prompts"]
                if m["id"] in (p.get("memory_ids") or [])]

    assert m["sensitivity"] == "light" and kinds_of_it() == ["opener"]
    fixed = anna.json("memory", "edit", str(m["id"]), "--sensitivity", "sensitive", "--category", "health", "--pin")
    assert (fixed["sensitivity"], fixed["category"], fixed["pinned"]) == ("sensitive", "health", True)
    assert kinds_of_it() and "opener" not in kinds_of_it()


def test_dismissed_it_leaves_briefings_and_stays_out_until_brought_back(anna, tmp_path):
    note = tmp_path / "1-1.md"
    note.write_text("# 1:1 Anna Berg\n\n- remember: Anna's dog Pixel is learning agility\n", encoding="utf-8")
    anna("capture", str(note), "--date", "2026-04-01", "--with", "Anna Berg")
    mid = next(m["id"] for m in anna.json("people", "show", "Anna Berg")["memories"] if "Pixel" in m["text"])
    out = anna("memory", "dismiss", str(mid)).stdout
    assert "Dismissed: #" in out and f"rapport memory dismiss {mid} --undo" in out
    assert all(m["id"] != mid for m in anna.json("people", "show", "Anna Berg")["memories"])
    anna("capture", str(note), "--date", "2026-04-01", "--with", "Anna Berg")  # the same note again
    assert anna.json("memory", "show", str(mid))["review"] == "dismissed"
    again = remember(anna, "Anna's dog Pixel is learning agility")  # said again by hand: wanted back
    assert (again["id"], again["revived"], again["review"]) == (mid, True, "kept")
    anna("memory", "dismiss", str(mid))
    assert anna.json("memory", "dismiss", str(mid), "--undo")["review"] == "kept"


@pytest.mark.parametrize("args, error", [
    (["edit", "999", "--no-date"], "unknown memory #999"),
    (["edit", "{id}"], "nothing to change"),
    (["edit", "{id}", "--when", "Friday", "--no-date"], "give --when or --no-date, not both"),
    (["edit", "{id}", "--text", "  "], "the new text is empty"),
    (["edit", "{id}", "--text", "Plays the cello"], "already"),
    (["edit", "{id}", "--when", "someday"], "--when 'someday'"),
    (["dismiss", "{id}", "--undo"], "is not dismissed (it is kept)"),
])
def test_bad_edits_are_one_line_errors_that_change_nothing(anna, args, error):
    m = remember(anna, "Runs marathons")
    remember(anna, "Plays the cello")
    before = anna.json("memory", "show", str(m["id"]))
    result = anna("memory", *[a.format(id=m["id"]) for a in args], code=1)
    assert error in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert anna.json("memory", "show", str(m["id"])) == before


def test_an_undated_phrase_says_the_day_it_was_said():
    """"next week" is true only relative to when it was said: shown later, it must say when."""
    from rapport_plugins.usertime import memory_when

    shown = memory_when({"event_date": None, "event_text": "next week", "captured_at": "2026-03-25T10:00:00"})
    assert shown == " ['next week', said Wed 25 Mar 2026]"
    assert memory_when({"event_date": None, "event_text": "next week", "captured_at": None}) == " ['next week']"
