"""`people merge` shows what will move and asks (--yes skips the asking, not the telling); the user
is never merged with anyone, either way. `forget` names the sources that still hold the person and,
by default, keeps sync from bringing them back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

VCF = ("BEGIN:VCARD\nVERSION:3.0\nUID:c-mei\nFN:Mei Chen\nEMAIL:mei@example.org\nBDAY:--1212\nEND:VCARD\n"
       "BEGIN:VCARD\nVERSION:3.0\nUID:c-ben\nFN:Ben Okafor\nEMAIL:ben@example.org\nEND:VCARD\n")


def test_merge_previews_and_asks_and_no_moves_nothing(rapport):
    rapport("people", "add", "Anna Berg", "--email", "anna@example.org")
    rapport("people", "add", "A. Berg", "--email", "aberg@old.example")
    rapport("remember", "Her dog is called Biscuit", "--who", "A. Berg")
    asked = rapport("people", "merge", "Anna Berg", "A. Berg", input="n\n", code=1)
    assert ("Merge #2 A. Berg into #1 Anna Berg: 1 email (aberg@old.example), 1 memory and the name "
            "'A. Berg' as an alias would move.\nGo on? [y/N]") in asked.stdout
    assert len(rapport.json("people")) == 2  # declined: nothing moved
    done = rapport("people", "merge", "Anna Berg", "A. Berg", input="y\n")
    assert done.stdout.rstrip().endswith("Merged #2 A. Berg into #1 Anna Berg: 1 email (aberg@old.example), "
                                          "1 memory and the name 'A. Berg' as an alias moved.")
    assert [p["name"] for p in rapport.json("people")] == ["Anna Berg"]


def test_merge_with_yes_skips_the_asking_not_the_telling(rapport):
    rapport("people", "add", "Anna Berg", "--email", "anna@example.org")
    rapport("people", "add", "Anna Berg", "--email", "anna@home.example", "--alias", "Annie")
    done = rapport("people", "merge", "#1", "#2", "--yes")
    assert done.stdout == "Merged #2 Anna Berg into #1 Anna Berg: 1 email (anna@home.example) and 1 alias moved.\n"
    rapport("people", "add", "Ben Okafor")
    rapport("people", "add", "B. Okafor")
    as_json = rapport("people", "merge", "Ben Okafor", "B. Okafor", "--json", input="n\n", code=1)
    assert as_json.stdout == "" and "Go on?" in as_json.stderr  # --json alone does not skip the asking
    merged = rapport.json("people", "merge", "Ben Okafor", "B. Okafor", "--yes")
    assert merged["moved"] == "the name 'B. Okafor' as an alias"


@pytest.mark.parametrize("keep, other", [("Sam L.", "Sam Lee"), ("Sam Lee", "Sam L."), ("#1", "sam@work.example")])
def test_the_user_is_never_merged_with_anyone_either_way(rapport, keep, other):
    rapport("init", "--name", "Sam Lee", "--email", "sam@example.com")
    rapport("people", "add", "Sam L.", "--email", "sam@work.example")
    rapport("remember", "Has a cat called Miso", "--who", "Sam L.")
    result = rapport("people", "merge", keep, other, "--yes", code=1)
    assert result.stderr == (
        "Error: #1 Sam Lee is you: rapport never merges you with anyone, either way (their memories would "
        "become facts about you and what they say in a transcript would count as yours); if #2 Sam L. is you "
        "too, add their email to [me] emails in config.toml and `rapport forget '#2'`\n")
    assert len(rapport.json("people")) == 2 and len(rapport.json("people", "show", "Sam L.")["memories"]) == 1


def test_a_person_is_not_merged_with_themselves(rapport):
    rapport("people", "add", "Anna Berg", "--email", "anna@example.org")
    result = rapport("people", "merge", "Anna Berg", "anna@example.org", code=1)
    assert result.stderr == "Error: #1 Anna Berg is one person: give two different people to merge\n"


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
    briefing = rapport.json("brief", "--meeting", "m1")
    assert briefing["new_faces"] == [] and briefing["people"] == []  # forgotten: not a "new face" to meet
    assert "Dana" not in rapport("brief", "--meeting", "m1").stdout
