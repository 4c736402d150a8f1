"""End to end through the `rapport` CLI: a small home with an ICS calendar and an Obsidian vault.

Before the meeting the briefing lands in the meeting's note; after it, a `remember:` line added
to that note is captured for the right person (and the briefing itself is never re-captured).
"""

from __future__ import annotations

from pathlib import Path

from rapport_plugins.testing import SAM, config_toml, ics_calendar, ics_event

CALENDAR = ics_calendar(
    ics_event("one-on-one@test.rapport", "20260402T080000Z", "20260402T083000Z", "Weekly 1-1: Anna",
              organizer=("Sam Lee", "sam@example.com"),
              attendees=(("Sam Lee", "sam@example.com", "ACCEPTED"), ("Anna Berg", "anna.berg@example.org", "ACCEPTED"))),
    ics_event("team@test.rapport", "20260402T120000Z", "20260402T130000Z", "Team sync",
              organizer=("Sam Lee", "sam@example.com"),
              attendees=(("Anna Berg", "anna.berg@example.org", "ACCEPTED"), ("Ben Okafor", "ben@example.org", "ACCEPTED"))),
)

CONFIG = config_toml(me=SAM,
                     ics={"calendars": ["cal.ics"]},
                     markdown={"vault": "vault", "meetings_folder": "Meetings", "people_folder": "People"})

ANNA = """---
aliases: [Annie]
emails: [anna.berg@example.org]
---
# Anna Berg
"""
BEN = "---\nemail: ben@example.org\n---\n"


def setup_home(rapport) -> Path:
    rapport.config(CONFIG)
    home = rapport.home
    (home / "cal.ics").write_text(CALENDAR, encoding="utf-8")
    people = home / "vault" / "People"
    people.mkdir(parents=True)
    (people / "Anna Berg.md").write_text(ANNA, encoding="utf-8")
    (people / "Ben Okafor.md").write_text(BEN, encoding="utf-8")
    return home


def test_briefing_into_note_then_capture_from_it(rapport):
    home = setup_home(rapport)
    rapport("sync")
    rapport("remember", "Her dog Biscuit learned to open the fridge", "--who", "Annie")

    rapport("brief", "--meeting", "one-on-one@test.rapport", "--deliver")
    note = home / "vault" / "Meetings" / "2026-04-02 Weekly 1-1 - Anna.md"
    assert note.exists(), sorted(p.name for p in (home / "vault").rglob("*.md"))
    text = note.read_text(encoding="utf-8")
    assert "<!-- rapport:briefing:start id=meeting" in text and "Biscuit" in text
    assert 'attendees: ["[[Anna Berg]]"]' in text  # linked to her people note; the user is left out
    assert oct(note.stat().st_mode)[-3:] == "600"

    # After the meeting the user writes their notes below the briefing.
    with note.open("a", encoding="utf-8") as fh:
        fh.write("\n## Notes\n- remember: moving flat on Saturday and dreading the packing\n"
                 "- talked about the roadmap\n")
    line_no = note.read_text(encoding="utf-8").split("\n").index(
        "- remember: moving flat on Saturday and dreading the packing") + 1

    result = rapport.json("capture", str(note))
    stored = [(s["person"], s["text"].lower()) for s in result["stored"]]
    assert stored == [("Anna Berg", "moving flat on saturday and dreading the packing")]
    refs = {s["source_ref"] for s in result["stored"]}
    assert any(ref.endswith(f":{line_no}") for ref in refs)
    assert not any("biscuit" in s["text"].lower() for s in result["stored"] + result["proposed"])

    again = rapport.json("capture", str(note))
    assert again["stored"] == [] and len(again["duplicates"]) >= 1

    shown = rapport.json("people", "show", "Anna Berg")
    texts = [m["text"].lower() for m in shown.get("memories", [])]
    assert any("moving flat" in t for t in texts), shown

    # a second delivery replaces only our section: the user's notes stay exactly as written
    rapport("brief", "--meeting", "one-on-one@test.rapport", "--deliver")
    after = note.read_text(encoding="utf-8")
    assert after.count("rapport:briefing:start") == 1
    assert after.endswith("## Notes\n- remember: moving flat on Saturday and dreading the packing\n"
                          "- talked about the roadmap\n")


def test_heading_attribution_in_a_group_meeting(rapport):
    home = setup_home(rapport)
    rapport("sync")
    note = home / "vault" / "Meetings" / "2026-04-02 Team sync.md"
    note.parent.mkdir(parents=True, exist_ok=True)
    note.write_text("# Team sync\n\n## [[Ben Okafor]]\n- his daughter started school #remember\n\n"
                    "## Anna Berg\n- [remember:: training for the Berlin marathon]\n", encoding="utf-8")
    result = rapport.json("capture", str(note), "--meeting", "team@test.rapport", "--date", "2026-04-02")
    got = sorted((s["person"], s["text"].lower()) for s in result["stored"])
    assert got == [("Anna Berg", "training for the berlin marathon"), ("Ben Okafor", "his daughter started school")]
