"""Corrections: a meeting moved or cancelled after its briefing went out gets one short line at the
sinks that had the briefing, once, never repeated. The clock is pinned (--at / RAPPORT_NOW)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_brief_cli import CONFIG, MEETINGS, setup  # noqa: F401 - the fixture, used by in_berlin

KEY = "one-on-one@2026-04-02T10:00:00+02:00"
BERLIN = CONFIG.replace('emails = ["sam@example.com"]', 'emails = ["sam@example.com"]\ntimezone = "Europe/Berlin"')


@pytest.fixture(autouse=True)
def in_berlin(rapport, setup):  # noqa: F811 - the imported fixture
    """The user's own zone is the meetings' zone, so times read as they were written."""
    rapport.config(BERLIN)


def calendar(home: Path, **changes: object) -> None:
    """Rewrite the test calendar with the 1-1's fields changed (None: the 1-1 is gone)."""
    meetings = [dict(m) for m in MEETINGS]
    if changes.get("gone"):
        meetings = [m for m in meetings if m["uid"] != "one-on-one"]
    else:
        meetings[0].update(changes)
    (home / "meetings.json").write_text(json.dumps(meetings), encoding="utf-8")


def corrections(home: Path) -> list[str]:
    path = home / "briefings.md"
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("!! ")] if path.exists() else []


def briefed(rapport) -> None:
    first = rapport("run", "--no-capture", env={"RAPPORT_NOW": "2026-04-02T09:50:00+02:00"})
    assert "1-1 Anna: delivered to file:briefings.md, terminal" in first.stdout


def test_a_moved_meeting_gets_one_correction_at_each_sink_that_had_the_briefing(rapport, home):
    briefed(rapport)
    calendar(home, start="2026-04-02T15:00:00+02:00", end="2026-04-02T15:30:00+02:00")
    report = rapport.json("run", "--no-capture", env={"RAPPORT_NOW": "2026-04-02T09:52:00+02:00"})
    (item,) = report
    assert item["phase"] == "correction" and item["change"] == "moved"
    assert item["text"] == "Moved: 1-1 Anna, Thu 2 Apr 2026 10:00 → now Thu 2 Apr 2026 15:00"
    assert {d["sink"]: d["status"] for d in item["deliveries"]} == {"filesink": "delivered", "terminal": "delivered"}
    assert corrections(home) == [f"!! {KEY} moved: Moved: 1-1 Anna, Thu 2 Apr 2026 10:00 → now Thu 2 Apr 2026 15:00"]
    again = rapport("run", "--no-capture", env={"RAPPORT_NOW": "2026-04-02T09:57:00+02:00"})
    assert "Moved" not in again.stdout and len(corrections(home)) == 1  # never repeated
    status = rapport("schedule", "status").stdout
    assert "last run: Thu 2 Apr 2026 09:57: nothing delivered" in status
    # The moved meeting gets its own briefing before its new time.
    later = rapport("run", "--no-capture", env={"RAPPORT_NOW": "2026-04-02T14:50:00+02:00"}).stdout
    assert "1-1 Anna: delivered to file:briefings.md, terminal" in later


def test_a_cancelled_meeting_says_so_once_and_a_deleted_one_says_it_is_gone(rapport, home):
    briefed(rapport)
    calendar(home, status="cancelled")
    out = rapport("run", "--no-capture", env={"RAPPORT_NOW": "2026-04-02T09:52:00+02:00"}).stdout
    assert "Cancelled: 1-1 Anna, Thu 2 Apr 2026 10:00\n" in out  # printed by the terminal sink
    assert "Cancelled: 1-1 Anna, Thu 2 Apr 2026 10:00: told file:briefings.md, terminal" in out
    calendar(home, gone=True)
    out = rapport("run", "--no-capture", env={"RAPPORT_NOW": "2026-04-02T09:53:00+02:00"}).stdout
    assert out == ""  # still cancelled: nothing new to say
    assert corrections(home) == [f"!! {KEY} cancelled: Cancelled: 1-1 Anna, Thu 2 Apr 2026 10:00"]


def test_a_meeting_gone_from_the_calendar_reads_as_cancelled(rapport, home):
    briefed(rapport)
    calendar(home, gone=True)
    (item,) = rapport.json("run", "--no-capture", env={"RAPPORT_NOW": "2026-04-02T09:52:00+02:00"})
    assert item["text"] == "Cancelled: 1-1 Anna, Thu 2 Apr 2026 10:00 (no longer in your calendar)"


def test_moved_and_moved_back_are_two_corrections(rapport, home):
    briefed(rapport)
    calendar(home, start="2026-04-02T10:30:00+02:00", end="2026-04-02T11:00:00+02:00")
    rapport("run", "--no-capture", "--within", "5", env={"RAPPORT_NOW": "2026-04-02T09:52:00+02:00"})
    calendar(home)
    (item,) = rapport.json("run", "--no-capture", "--within", "5", env={"RAPPORT_NOW": "2026-04-02T09:53:00+02:00"})
    assert item["text"] == "Back on: 1-1 Anna, Thu 2 Apr 2026 10:00"
    assert [line.split(": ", 1)[1] for line in corrections(home)] == [
        "Moved: 1-1 Anna, Thu 2 Apr 2026 10:00 → now Thu 2 Apr 2026 10:30", "Back on: 1-1 Anna, Thu 2 Apr 2026 10:00"]
    assert rapport.json("run", "--no-capture", "--within", "5", env={"RAPPORT_NOW": "2026-04-02T09:54:00+02:00"}) == []
    assert len(corrections(home)) == 2  # "Back on" is said once, like every correction


def test_a_failing_sink_gets_the_correction_on_the_next_run_without_repeating_the_others(rapport, home):
    briefed(rapport)
    (home / "fail-once-correction").write_text("", encoding="utf-8")
    calendar(home, status="cancelled")
    first = rapport("run", "--no-capture", env={"RAPPORT_NOW": "2026-04-02T09:52:00+02:00"}, code=1)
    assert "told terminal; failed: filesink (will retry)" in first.stdout
    assert corrections(home) == []
    second = rapport("run", "--no-capture", env={"RAPPORT_NOW": "2026-04-02T09:57:00+02:00"})
    assert "Cancelled: 1-1 Anna, Thu 2 Apr 2026 10:00\n" not in second.stdout  # the terminal had it
    assert "told file:briefings.md" in second.stdout
    assert len(corrections(home)) == 1
    assert rapport("run", "--no-capture", env={"RAPPORT_NOW": "2026-04-02T09:58:00+02:00"}).stdout == ""


def test_no_correction_while_a_calendar_cannot_be_read(rapport, home):
    briefed(rapport)
    (home / "meetings.json").write_text("{not json", encoding="utf-8")
    result = rapport("run", "--no-capture", code=1, env={"RAPPORT_NOW": "2026-04-02T09:52:00+02:00"})
    assert "Cancelled" not in result.stdout and corrections(home) == []
    assert "1 source could not be read" in result.stderr


def test_no_correction_after_the_meeting_is_past_or_for_sinks_that_never_had_it(rapport, home):
    briefed(rapport)
    calendar(home, status="cancelled")
    assert rapport("run", "--no-capture", env={"RAPPORT_NOW": "2026-04-02T10:06:00+02:00"}).stdout == ""
    assert corrections(home) == []
    # The kickoff was never briefed: cancelling it tells nobody anything.
    meetings = [dict(m) for m in MEETINGS]
    meetings[1]["status"] = "cancelled"
    (home / "meetings.json").write_text(json.dumps(meetings), encoding="utf-8")
    assert rapport("run", "--no-capture", env={"RAPPORT_NOW": "2026-04-02T10:07:00+02:00"}).stdout == ""


def test_declining_after_the_briefing_needs_no_correction_and_corrections_can_be_off(rapport, home):
    briefed(rapport)
    calendar(home, responses={"sam@example.com": "declined"})
    assert rapport("run", "--no-capture", env={"RAPPORT_NOW": "2026-04-02T09:52:00+02:00"}).stdout == ""
    rapport.config(BERLIN + "\n[run]\ncorrections = false\n")
    calendar(home, status="cancelled")
    assert rapport("run", "--no-capture", env={"RAPPORT_NOW": "2026-04-02T09:53:00+02:00"}).stdout == ""
    assert corrections(home) == []


def test_a_recurring_instance_is_matched_by_its_original_start(rapport, home):
    calendar(home, recurrence_id="2026-04-02T08:00:00+00:00")
    briefed(rapport)
    calendar(home, recurrence_id="2026-04-02T08:00:00+00:00", start="2026-04-02T11:30:00+02:00",
             end="2026-04-02T12:00:00+02:00")
    (item,) = rapport.json("run", "--no-capture", env={"RAPPORT_NOW": "2026-04-02T09:52:00+02:00"})
    assert item["text"] == "Moved: 1-1 Anna, Thu 2 Apr 2026 10:00 → now Thu 2 Apr 2026 11:30"


def test_a_floating_meeting_is_compared_on_one_axis_and_keeps_its_key():
    """A calendar time without a zone (floating) is local time: no false "Moved", no crash
    comparing it with the aware clock, and the rebuilt meeting has the key its sinks remember."""
    from datetime import UTC, datetime

    from rapport_plugins.corrections import _as_meeting, _change, _start
    from rapport_plugins.models import Meeting

    record = {"uid": "u1", "title": "Floating 1-1", "start": "2026-04-02T10:00:00", "end": "2026-04-02T10:30:00"}
    same = Meeting(uid="u1", title="Floating 1-1", start=datetime(2026, 4, 2, 10), end=datetime(2026, 4, 2, 10, 30))
    assert _change(record, [same], UTC) is None
    assert _start(record).tzinfo is not None and _as_meeting(record).key == same.key
    moved = Meeting(uid="u1", title="Floating 1-1", start=datetime(2026, 4, 2, 15), end=datetime(2026, 4, 2, 15, 30))
    assert _change(record, [moved], UTC).text == "Moved: Floating 1-1, Thu 2 Apr 2026 10:00 → now Thu 2 Apr 2026 15:00"
