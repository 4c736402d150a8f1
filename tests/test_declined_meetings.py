"""Meetings the user declined: not the next meeting, no briefing, "declined" in `people show`.

The calendar is a real ICS file read by rapport-ics: the user's own ATTENDEE line carries
PARTSTAT=DECLINED / TENTATIVE, and `[me] emails` says which line is the user's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rapport_plugins.testing import SAM, config_toml, ics_calendar, ics_event

ICS = ics_calendar(
    ics_event("declined-lunch", "20260402T080000Z", "20260402T090000Z", "Lunch pitch from Vendor",
              organizer=("Vic Vendor", "vic@vendor.example"),
              attendees=(("Sam Lee", "sam@example.com", "DECLINED"), ("Vic Vendor", "vic@vendor.example", "ACCEPTED"))),
    ics_event("tentative-coffee", "20260402T100000Z", "20260402T103000Z", "Coffee with Anna",
              organizer=("Anna Berg", "anna@example.org"),
              attendees=(("Sam Lee", "sam@example.com", "TENTATIVE"), ("Anna Berg", "anna@example.org", "ACCEPTED"))),
    ics_event("declined-later", "20260403T100000Z", "20260403T110000Z", "Vendor follow-up",
              organizer=("Vic Vendor", "vic@vendor.example"),
              attendees=(("Sam Lee", "sam@example.com", "DECLINED"), ("Vic Vendor", "vic@vendor.example", "ACCEPTED"))),
)

CONFIG = config_toml(me={**SAM, "timezone": "UTC"},
                     plugins={"allow": ["ics", "terminal", "prompts"]},
                     ics={"calendars": ["work.ics"], "timezone": "UTC"})


@pytest.fixture
def setup(rapport, home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RAPPORT_NOW", "2026-04-02T07:55:00+00:00")
    rapport.config(CONFIG)
    (home / "work.ics").write_text(ICS.replace("\n", "\r\n"), encoding="utf-8")
    rapport("people", "add", "Vic Vendor", "--email", "vic@vendor.example")
    rapport("people", "add", "Anna Berg", "--email", "anna@example.org")
    return home


def test_brief_skips_the_declined_meeting_and_marks_the_tentative_one(rapport, setup):
    data = rapport.json("brief")
    assert data["meeting"]["uid"] == "tentative-coffee"  # the declined 08:00 lunch comes first in time
    assert data["meeting"]["response"] == "tentative"
    text = rapport("brief").stdout
    assert "Coffee with Anna" in text and "you answered tentative" in text
    assert "Lunch pitch" not in text


def test_run_delivers_no_briefing_for_a_declined_meeting(rapport, setup):
    report = rapport.json("run", "--within", "240", "--no-capture")
    assert [item["uid"] for item in report] == ["tentative-coffee"]


def test_people_show_says_declined_and_tentative(rapport, setup):
    rapport("sync")
    vic = rapport("people", "show", "Vic Vendor").stdout
    assert "declined: Thu 2 Apr 2026 08:00 Lunch pitch from Vendor" in vic
    assert "declined: Fri 3 Apr 2026 10:00 Vendor follow-up" in vic
    assert "next:" not in vic  # both meetings with Vic were declined: neither is the next one
    anna = rapport("people", "show", "Anna Berg").stdout
    assert "next: Thu 2 Apr 2026 10:00 Coffee with Anna (tentative)" in anna
    shown = rapport.json("people", "show", "Vic Vendor")
    assert shown["next_meeting"] is None and {m["response"] for m in shown["declined_upcoming"]} == {"declined"}


def test_a_declined_meeting_is_not_when_you_last_met(rapport, setup, monkeypatch):
    rapport("sync")
    monkeypatch.setenv("RAPPORT_NOW", "2026-04-05T09:00:00+00:00")
    vic = rapport("people", "show", "Vic Vendor").stdout
    assert "met:" not in vic and "declined: Thu 2 Apr 2026 08:00 Lunch pitch from Vendor" in vic
