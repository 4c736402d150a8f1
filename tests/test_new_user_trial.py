"""What a new user met on a first hour with their own data (issue 8's trial, repeated).

A Google-style ICS export, where no attendee line says which one is the user: a 1:1 is a 1:1,
not a group, and the briefing says nothing about "the group" to someone met alone.
"""

from __future__ import annotations

from pathlib import Path

ONE_TO_ONE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:1on1-anna@google.com
DTSTAMP:20261001T080000Z
DTSTART;TZID=Europe/Berlin:20261014T100000
DTEND;TZID=Europe/Berlin:20261014T104500
RRULE:FREQ=WEEKLY;BYDAY=WE
SUMMARY:1:1 Anna / Sam
ORGANIZER;CN=Sam Lee:mailto:sam@example.com
ATTENDEE;CN=Sam Lee;PARTSTAT=ACCEPTED:mailto:sam@example.com
ATTENDEE;CN=Anna Berg;PARTSTAT=ACCEPTED:mailto:anna.berg@example.org
END:VEVENT
BEGIN:VEVENT
UID:team-sync@google.com
DTSTAMP:20261001T080000Z
DTSTART;TZID=Europe/Berlin:20261203T150000
DTEND;TZID=Europe/Berlin:20261203T160000
SUMMARY:Team sync
ORGANIZER;CN=Sam Lee:mailto:sam@example.com
ATTENDEE;CN=Sam Lee;PARTSTAT=ACCEPTED:mailto:sam@example.com
ATTENDEE;CN=Anna Berg;PARTSTAT=ACCEPTED:mailto:anna.berg@example.org
ATTENDEE;CN=Marco Rossi;PARTSTAT=ACCEPTED:mailto:marco@rossi.example
END:VEVENT
END:VCALENDAR
"""


def _home(rapport, home: Path) -> None:
    (home / "cal.ics").write_text(ONE_TO_ONE, encoding="utf-8")
    rapport.config("""
[me]
name = "Sam Lee"
emails = ["sam@example.com"]
timezone = "Europe/Berlin"

[ics]
calendars = ["cal.ics"]
""")


def test_a_deep_topic_in_a_one_to_one_says_nothing_about_a_group(rapport, home, monkeypatch):
    monkeypatch.setenv("RAPPORT_NOW", "2026-12-02T08:30:00+01:00")
    _home(rapport, home)
    rapport("sync", "--add-new")
    rapport("remember", "Her mum is out of hospital since Monday", "--who", "Anna Berg", "--sensitive")
    one = rapport.json("brief", "--meeting", "1on1-anna@google.com")
    assert one["group"] is False
    text = rapport("brief", "--meeting", "1on1-anna@google.com", "--format", "text").stdout
    assert "Deep topic - let them lead: 'Her mum is out of hospital since Monday'" in text
    assert "group" not in text
    # the same memory in the team sync the next day: there it is said
    team = rapport("brief", "--meeting", "team-sync@google.com", "--format", "text").stdout
    assert "Not in front of the group." in team


def test_sync_counts_a_card_note_as_a_note_not_as_a_date(rapport, home, monkeypatch):
    monkeypatch.setenv("RAPPORT_NOW", "2026-12-02T08:30:00+01:00")
    (home / "people.vcf").write_text(
        "BEGIN:VCARD\nVERSION:3.0\nUID:c-anna\nFN:Anna Berg\nEMAIL:anna.berg@example.org\nBDAY:--12-09\n"
        "NOTE:Met at PyCon DE 2024\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nUID:c-marco\nFN:Marco Rossi\nEMAIL:marco@rossi.example\nBDAY:1985-12-17\nEND:VCARD\n",
        encoding="utf-8")
    rapport.config('[me]\nname = "Sam Lee"\n\n[vcard]\nfiles = ["people.vcf"]\n')
    assert rapport("sync").stdout.startswith("Synced: 2 new people, 2 new dates, 1 card note; 0 meetings")
    assert rapport("sync").stdout.startswith("Synced: 0 new people; 0 meetings")  # nothing new the second time


def test_a_marker_after_a_name_is_stored_once_not_also_proposed(rapport, home, tmp_path, monkeypatch):
    monkeypatch.setenv("RAPPORT_NOW", "2026-12-02T08:30:00+01:00")
    _home(rapport, home)
    rapport("sync", "--add-new")
    note = tmp_path / "2026-12-03 Team sync.md"
    note.write_text("---\ndate: 2026-12-03\n---\n# Team sync\n\n"
                    "- Marco: remember his band plays at Lido on Friday 11 December\n", encoding="utf-8")
    out = rapport.json("capture", str(note), "--meeting", "team-sync@google.com")
    assert [(s["person"], s["text"]) for s in out["stored"]] == [
        ("Marco Rossi", "His band plays at Lido on Friday 11 December")]
    assert out["proposed"] == [], [(c["source_ref"], c["text"]) for c in out["stored"] + out["proposed"]]


def test_a_marker_after_a_name_in_a_vault_note_is_stored_once(rapport, home, monkeypatch):
    """The vault's reader names the line from the vault ('Meetings/x.md:7'), capture from the path
    given: still one line, read once."""
    monkeypatch.setenv("RAPPORT_NOW", "2026-12-02T08:30:00+01:00")
    _home(rapport, home)
    (home / "vault" / "Meetings").mkdir(parents=True)
    with open(home / "config.toml", "a", encoding="utf-8") as fh:
        fh.write(f'\n[markdown]\nvault = "{home / "vault"}"\n')
    rapport("sync", "--add-new")
    note = home / "vault" / "Meetings" / "2026-12-03 Team sync.md"
    note.write_text("---\ndate: 2026-12-03\nattendees: [\"[[Anna Berg]]\", \"[[Marco Rossi]]\"]\n---\n# Team sync\n\n"
                    "- Marco: remember his band plays at Lido on Friday 11 December\n", encoding="utf-8")
    monkeypatch.chdir(home.parent)  # the path as a user types it, relative to where they are
    out = rapport.json("capture", str(note.relative_to(home.parent)))
    assert [s["text"] for s in out["stored"]] == ["His band plays at Lido on Friday 11 December"]
    assert out["proposed"] == []
