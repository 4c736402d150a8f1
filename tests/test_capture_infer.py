"""`capture FILE` without --meeting finds the meeting itself (Zoom file name, a date in the name
or the header, the calendar meeting that ended nearest the file's time), always says which one and
how, and a note for a calendar meeting is linked to it: one "met" entry, not two."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from rapport_plugins.testing import ics_calendar, ics_event

ICS = ics_calendar(
    ics_event("weekly-anna", "20260401T140000Z", "20260401T143000Z", "Weekly Anna",
              attendees=(("Anna Berg", "anna@example.org"), ("Sam Lee", "sam@example.com"))),
)

VTT = """WEBVTT

1
00:00:01.000 --> 00:00:04.000
Anna Berg: My dog Biscuit just learned to open the fridge.

2
00:00:05.000 --> 00:00:07.000
Sam Lee: Ha, clever dog.
"""


@pytest.fixture
def cal(rapport, home: Path):
    (home / "cal.ics").write_text(ICS, encoding="utf-8")
    rapport.config('[me]\nname = "Sam Lee"\nemails = ["sam@example.com"]\ntimezone = "UTC"\n'
                   '[ics]\ncalendars = ["cal.ics"]\n')
    rapport("people", "add", "Anna Berg", "--email", "anna@example.org")
    rapport("sync")
    return rapport


def _file(tmp_path: Path, name: str, modified: str | None = None) -> Path:
    path = tmp_path / name
    path.write_text(VTT, encoding="utf-8")
    if modified:
        stamp = datetime.fromisoformat(modified).timestamp()
        os.utime(path, (stamp, stamp))
    return path


def _met(rapport) -> list[str]:
    return [m["title"] for m in rapport.json("people", "show", "Anna")["meetings"]]


@pytest.mark.parametrize("name, modified, how", [
    ("GMT20260401-140312_Recording.vtt", None,
     "the calendar meeting at the time in the Zoom file name GMT20260401-140312"),
    ("anna 2026-04-01.vtt", None, "the date in the file name, and the calendar meeting that day with them"),
    ("transcript.vtt", "2026-04-01T14:40:00+00:00",
     "the calendar meeting that ended nearest the file's time, Wed 1 Apr 14:40"),  # no (nested (brackets))
])
def test_capture_finds_the_calendar_meeting_and_says_how(cal, tmp_path, name, modified, how):
    out = cal("capture", str(_file(tmp_path, name, modified))).stdout
    first = out.splitlines()[0]
    assert first.startswith(f"Captured from {tmp_path / name} for 'Weekly Anna', Wed 1 Apr 2026 ({how}): ")
    assert "0 memories stored, 1 proposed for `rapport review`" in first
    assert _met(cal) == ["Weekly Anna"]  # the note is linked to the calendar meeting: one entry


def test_without_a_calendar_meeting_it_says_which_date_it_used(cal, tmp_path):
    path = _file(tmp_path, "transcript.vtt", "2026-03-20T09:00:00+00:00")
    first = cal("capture", str(path)).stdout.splitlines()[0]
    assert first.startswith(f"Captured from {path} for a meeting on Fri 20 Mar 2026 (no calendar meeting; "
                            "the file's date, last changed Fri 20 Mar 09:00; no calendar meeting ended near it)")


def test_date_and_with_link_to_that_days_calendar_meeting(cal, tmp_path):
    path = _file(tmp_path, "transcript.vtt", "2026-03-20T09:00:00+00:00")
    first = cal("capture", str(path), "--date", "2026-04-01", "--with", "Anna Berg").stdout.splitlines()[0]
    assert "for 'Weekly Anna', Wed 1 Apr 2026 (--date, and the calendar meeting that day with them)" in first
    assert _met(cal) == ["Weekly Anna"]


def test_the_header_date_is_used_when_the_name_has_none(cal, tmp_path):
    path = tmp_path / "anna.md"
    path.write_text("---\ndate: 2026-04-01\nattendees: [Anna Berg]\n---\nremember: Anna's dog is Biscuit\n",
                    encoding="utf-8")
    first = cal("capture", str(path)).stdout.splitlines()[0]
    assert "for 'Weekly Anna', Wed 1 Apr 2026 (the date in the file's header, and the calendar meeting" in first


@pytest.fixture
def busy_day(rapport, home: Path):
    """1 Apr 2026: a 1:1 with Anna at 09:00 and a team sync with Anna and Marco at 14:00."""
    (home / "cal.ics").write_text(ics_calendar(
        ics_event("weekly-anna", "20260401T090000Z", "20260401T093000Z", "1:1 Anna / Sam",
                  attendees=(("Anna Berg", "anna@example.org"), ("Sam Lee", "sam@example.com"))),
        ics_event("team", "20260401T140000Z", "20260401T150000Z", "Team sync",
                  attendees=(("Anna Berg", "anna@example.org"), ("Marco Rossi", "marco@example.org"),
                             ("Sam Lee", "sam@example.com"))),
    ), encoding="utf-8")
    rapport.config('[me]\nname = "Sam Lee"\nemails = ["sam@example.com"]\ntimezone = "UTC"\n'
                   '[ics]\ncalendars = ["cal.ics"]\n')
    rapport("sync", "--add-new")
    return rapport


def test_a_day_with_a_one_to_one_and_a_team_meeting_with_the_same_person(busy_day, tmp_path):
    """A 1:1 note goes to the 1:1, the team meeting's note to the team meeting: the meeting with
    all of the note's people, else the one with exactly them (not 'no calendar meeting')."""
    rapport = busy_day
    one = tmp_path / "2026-04-01 1-1 Anna.md"
    one.write_text("---\ndate: 2026-04-01\nattendees: [\"[[Anna Berg]]\"]\n---\n- remember: her cat is Miso\n",
                   encoding="utf-8")
    team = tmp_path / "2026-04-01 Team sync.md"
    team.write_text("---\ndate: 2026-04-01\nattendees: [\"[[Anna Berg]]\", \"[[Marco Rossi]]\"]\n---\n"
                    "- remember: Marco's band plays on Friday\n", encoding="utf-8")
    # the header says the day the name says: either is true, and a name alone is never called a header
    assert "for '1:1 Anna / Sam', Wed 1 Apr 2026 (the date in the file name, and the calendar meeting" \
        in rapport("capture", str(one)).stdout
    assert "for 'Team sync', Wed 1 Apr 2026 (the date in the file name, and the calendar meeting" \
        in rapport("capture", str(team)).stdout
    assert _met(rapport) == ["Team sync", "1:1 Anna / Sam"]  # one entry each, none made up


def test_a_note_naming_nobody_goes_to_the_days_only_calendar_meeting(cal, tmp_path):
    """No attendees line, no speakers: the one calendar meeting that day is the meeting, so its
    person gets the markers (not 'no calendar meeting' and 'nobody')."""
    path = tmp_path / "1-1 notes 2026-04-01.md"
    path.write_text("# 1-1\n\n- remember: her mum is out of hospital since Monday\n", encoding="utf-8")
    out = cal("capture", str(path)).stdout
    assert "for 'Weekly Anna', Wed 1 Apr 2026 (the date in the file name, and the only calendar meeting that day)" in out
    assert "+ Anna Berg: Her mum is out of hospital since Monday" in out and "! nobody" not in out
    assert _met(cal) == ["Weekly Anna"]


def test_a_note_naming_nobody_on_a_busy_day_goes_to_the_meeting_with_its_title(busy_day, tmp_path):
    rapport = busy_day
    team = tmp_path / "2026-04-01 Team sync.md"
    team.write_text("- Marco: remember his band plays on Friday\n", encoding="utf-8")
    out = rapport("capture", str(team)).stdout
    assert "for 'Team sync', Wed 1 Apr 2026 (the date in the file name, and the calendar meeting that day with " \
           "the notes' title)" in out
    other = tmp_path / "2026-04-01 misc.md"
    other.write_text("- remember: the office moves in May\n", encoding="utf-8")
    assert "for a meeting on Wed 1 Apr 2026 (no calendar meeting; the date in the file name)" \
        in rapport("capture", str(other)).stdout  # two meetings that day, neither named: none guessed


def test_a_meeting_made_up_from_a_transcript_is_named_by_its_people_not_its_file(cal, tmp_path):
    path = _file(tmp_path, "GMT20260320-090000_Recording.vtt")
    cal("capture", str(path))
    assert "Meeting with Anna Berg" in _met(cal) and not any("GMT" in title for title in _met(cal))


def test_markers_with_no_person_say_how_to_store_them_and_that_does(cal, tmp_path):
    path = tmp_path / "my notes 2026-03-20.md"  # no calendar meeting that day, nobody named
    path.write_text("- remember: her mum is out of hospital since Monday\n", encoding="utf-8")
    out = cal("capture", str(path)).stdout
    assert "! nobody: Her mum is out of hospital since Monday" in out
    assert f"(! is not stored: `rapport capture '{path}' --with NAME` stores it for NAME)" in out
    again = cal("capture", str(path), "--with", "Anna Berg").stdout
    assert "+ Anna Berg: Her mum is out of hospital since Monday" in again and "! nobody" not in again


def test_a_dry_run_says_would_on_every_count(cal, tmp_path):
    out = cal("capture", str(_file(tmp_path, "anna 2026-04-01.vtt")), "--dry-run").stdout
    assert "Would capture from" in out and ": 0 memories would be stored, 1 would be proposed for `rapport review`" in out
    assert cal.json("review")["proposals"] == []  # and nothing was
