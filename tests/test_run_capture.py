"""`rapport run` after meetings: notes found by a notes plugin are captured, once."""

from __future__ import annotations

from pathlib import Path

from rapport_plugins.testing import ics_calendar, ics_event

ICS = ics_calendar(
    ics_event("one-on-one", "20260402T060000Z", "20260402T063000Z", "1-1 Anna",
              attendees=(("Sam Lee", "sam@example.com"), ("Anna Berg", "anna@example.org"))),
)

NOTE = """---
uid: one-on-one
date: 2026-04-02
---
# 1-1 Anna

- remember: her dog Biscuit opens the fridge
- The roadmap looks fine.
"""


def test_run_captures_notes_of_meetings_that_just_ended(rapport, home: Path):
    (home / "vault" / "Meetings").mkdir(parents=True)
    (home / "cal.ics").write_text(ICS, encoding="utf-8")
    note = home / "vault" / "Meetings" / "2026-04-02 1-1 Anna.md"
    note.write_text(NOTE, encoding="utf-8")
    rapport.config('[me]\nname = "Sam Lee"\nemails = ["sam@example.com"]\n'
                   '[ics]\ncalendars = ["cal.ics"]\n[markdown]\nvault = "vault"\nwrite_briefing = false\n')
    rapport("people", "add", "Anna Berg", "--email", "anna@example.org")
    # Pinned now is 09:55 +02:00 = 07:55 UTC: the 1-1 ended at 06:30 UTC.
    report = rapport.json("run")
    [after] = [item for item in report if item["phase"] == "after"]
    assert after["uid"] == "one-on-one" and after["stored"] == 1
    memories = rapport.json("people", "show", "anna")["memories"]
    assert [m["text"].lower() for m in memories] == ["her dog biscuit opens the fridge"]
    assert memories[0]["source_ref"].endswith("2026-04-02 1-1 Anna.md:7")
    again = rapport.json("run")
    assert [item["stored"] for item in again if item["phase"] == "after"] == [0]
    assert len(rapport.json("people", "show", "anna")["memories"]) == 1
    assert rapport("run").stdout == ""  # nothing new: a cron job stays quiet
    assert "1-1 Anna (after): 0 memories remembered, 0 proposals" in rapport("run", "-v").stdout
    skipped = rapport.json("run", "--no-capture")
    assert [item for item in skipped if item["phase"] == "after"] == []
