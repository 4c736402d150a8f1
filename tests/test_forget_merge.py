"""`people merge` shows what will move and asks; the user is never merged away. `forget` names the
sources that still hold the person and, by default, keeps sync from bringing them back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

VCF = ("BEGIN:VCARD\nVERSION:3.0\nUID:c-mei\nFN:Mei Chen\nEMAIL:mei@example.org\nBDAY:--1212\nEND:VCARD\n"
       "BEGIN:VCARD\nVERSION:3.0\nUID:c-ben\nFN:Ben Okafor\nEMAIL:ben@example.org\nEND:VCARD\n")


def test_merge_previews_and_asks_and_no_moves_nothing(rapport):
    rapport("people", "add", "Anna Berg", "--email", "anna@example.org")
    rapport("people", "add", "A. Berg", "--email", "aberg@old.example")
    rapport("remember", "Her dog is called Biscuit", "--who", "A. Berg")
    asked = rapport("people", "merge", "Anna Berg", "A. Berg", input="n\n", code=1)
    assert ("Merge #2 A. Berg into #1 Anna Berg: 1 email (aberg@old.example), 0 aliases, 1 memory, "
            "0 meetings move to Anna Berg; 'A. Berg' becomes an alias.") in asked.stdout
    assert len(rapport.json("people")) == 2  # declined: nothing moved
    done = rapport("people", "merge", "Anna Berg", "A. Berg", input="y\n")
    assert done.stdout.rstrip().endswith("Merged A. Berg into #1 Anna Berg (1 email (aberg@old.example), "
                                          "0 aliases, 1 memory, 0 meetings).")
    assert [p["name"] for p in rapport.json("people")] == ["Anna Berg"]


def test_merging_the_user_into_someone_else_is_refused(rapport):
    rapport("init", "--name", "Sam Lee", "--email", "sam@example.com")
    rapport("people", "add", "Sam L.", "--email", "sam@work.example")
    result = rapport("people", "merge", "Sam L.", "Sam Lee", "--yes", code=1)
    assert result.stderr.startswith("Error: #1 Sam Lee is you: merging you into someone else is refused")
    assert len(rapport.json("people")) == 2
    merged = rapport.json("people", "merge", "Sam Lee", "Sam L.", "--yes")  # the other way is fine
    assert merged["is_me"] and "sam@work.example" in merged["emails"]


def test_forget_names_the_sources_that_hold_them_and_sync_does_not_bring_them_back(rapport, home: Path):
    (home / "people.vcf").write_text(VCF, encoding="utf-8")
    rapport.config('[vcard]\nfiles = ["people.vcf"]\n')
    rapport("sync")
    out = rapport("forget", "Mei Chen", "--yes").stdout
    assert out.startswith("Forgot Mei Chen: 1 memory, 1 email, 0 aliases, 0 meeting links.")
    assert f"Still in {home / 'people.vcf'}:1: sync will not add them again" in out
    again = rapport("sync").stdout
    assert again.startswith("Synced: 0 new people;") and "1 forgotten person not added back." in again
    assert [p["name"] for p in rapport.json("people")] == ["Ben Okafor"]
    # The tombstone holds hashes of their keys, never their name or address.
    with sqlite3.connect(home / "rapport.db") as db:
        dump = "\n".join(db.iterdump())
    assert "mei@example.org" not in dump and "Mei Chen" not in dump and "c-mei" not in dump
    # Adding them by hand lets them back.
    rapport("people", "add", "Mei Chen", "--email", "mei@example.org")
    rapport("sync")
    assert rapport.json("people", "show", "Mei Chen")["memories"][0]["category"] == "birthday"


def test_forget_with_allow_return_lets_the_next_sync_add_them(rapport, home: Path):
    (home / "people.vcf").write_text(VCF, encoding="utf-8")
    rapport.config('[vcard]\nfiles = ["people.vcf"]\n')
    rapport("sync")
    out = rapport("forget", "Ben Okafor", "--yes", "--allow-return").stdout
    assert "the next sync adds them again" in out
    assert rapport("sync").stdout.startswith("Synced: 1 new person;")


def test_a_forgotten_attendee_is_no_new_face_and_not_added(rapport, home: Path):
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//EN\nBEGIN:VEVENT\nUID:m1\nDTSTAMP:20260301T000000Z\n"
           "DTSTART:20260402T090000Z\nDTEND:20260402T093000Z\nSUMMARY:Coffee\n"
           "ATTENDEE;CN=Dana New:mailto:dana@new.example\nEND:VEVENT\nEND:VCALENDAR\n")
    (home / "cal.ics").write_text(ics, encoding="utf-8")
    rapport.config('[ics]\ncalendars = ["cal.ics"]\n')
    rapport("people", "add", "Dana New", "--email", "dana@new.example")
    rapport("forget", "Dana New", "--yes")
    synced = rapport.json("sync", "--add-new")
    assert synced["people_added"] == 0 and synced["new_faces"] == []
