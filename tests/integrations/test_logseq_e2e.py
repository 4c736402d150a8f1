"""End to end through the `rapport` CLI with a Logseq graph: people pages, journal briefing, capture."""

from __future__ import annotations

from logseq_layout import new_graph

from rapport_plugins.testing import SAM, config_toml, ics_calendar, ics_event

CALENDAR = ics_calendar(
    ics_event("one-on-one@test.rapport", "20260402T080000Z", "20260402T083000Z", "Weekly 1-1",
              organizer=("Sam Lee", "sam@example.com"),
              attendees=(("Anna Berg", "anna.berg@example.org", "ACCEPTED"),)),
)
CONFIG = config_toml(me=SAM,
                     ics={"calendars": ["cal.ics"]},
                     logseq={"graph": "graph"})


def test_journal_briefing_and_capture(rapport):
    rapport.config(CONFIG)
    home = rapport.home
    (home / "cal.ics").write_text(CALENDAR, encoding="utf-8")
    graph = new_graph(home / "graph")
    (graph / "pages" / "Anna Berg.md").write_text(
        "alias:: Annie\nemail:: anna.berg@example.org\n\n- Research lead\n", encoding="utf-8")
    journal = graph / "journals" / "2026_04_02.md"
    journal.write_text("- Morning: gym\n", encoding="utf-8")

    rapport("sync")
    rapport("remember", "Learning the cello", "--who", "Annie")
    rapport("brief", "--meeting", "one-on-one@test.rapport", "--deliver")
    text = journal.read_text(encoding="utf-8")
    assert text.startswith("- Morning: gym\n- Rapport briefing: Weekly 1-1\n  rapport-briefing:: ")
    assert "cello" in text

    with journal.open("a", encoding="utf-8") as fh:
        fh.write("- [[Weekly 1-1]]\n\t- remember:: her sister is visiting from Oslo\n")
    result = rapport.json("capture", str(journal), "--meeting", "one-on-one@test.rapport")
    stored = [(s["person"], s["text"].lower()) for s in result["stored"]]
    assert stored == [("Anna Berg", "her sister is visiting from oslo")]
    assert not any("cello" in s["text"].lower() for s in result["stored"] + result["proposed"])


def test_forget_removes_the_person_from_our_journal_blocks_only(rapport):
    """rapport_forget_person in a Logseq graph."""
    rapport.config(CONFIG)
    home = rapport.home
    (home / "cal.ics").write_text(CALENDAR.replace(
        "END:VEVENT", "ATTENDEE;CN=Ben Ortiz:mailto:ben@example.org\nEND:VEVENT"), encoding="utf-8")
    graph = new_graph(home / "graph")
    journal = graph / "journals" / "2026_04_02.md"
    journal.write_text("- Lunch with Anna Berg\n", encoding="utf-8")
    rapport("people", "add", "Anna Berg", "--email", "anna.berg@example.org")
    rapport("people", "add", "Ben Ortiz", "--email", "ben@example.org")
    rapport("remember", "Deep topic: her father's surgery", "--who", "Anna Berg", "--sensitive")
    rapport("remember", "Ben keeps bees", "--who", "Ben Ortiz")
    rapport("brief", "--meeting", "one-on-one@test.rapport", "--deliver")
    assert "surgery" in journal.read_text(encoding="utf-8")
    out = rapport("forget", "Anna Berg", "-y").stdout
    text = journal.read_text(encoding="utf-8")
    assert "surgery" not in text and "## Anna Berg" not in text and "bees" in text
    assert text.startswith("- Lunch with Anna Berg\n")  # the user's own block is theirs
    assert "Removed them from rapport's sections in 1 note: journals/2026_04_02.md" in out
    assert "Still named in notes you wrote (edit them yourself): journals/2026_04_02.md" in out
    # Still ours: the next delivery replaces the subtree without calling it edited.
    assert "you had edited" not in rapport("brief", "--meeting", "one-on-one@test.rapport", "--deliver").stderr
