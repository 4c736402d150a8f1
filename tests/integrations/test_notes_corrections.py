"""Corrections reach the notes: a meeting moved or cancelled after its briefing was written into its
note (a Markdown vault, a Logseq graph, Joplin, Notion) gets one line on top of rapport's own
section there, saying so truthfully; the user's text around it is kept; back at the briefed time,
the line goes again. The clock is pinned (--at)."""

from __future__ import annotations

from pathlib import Path

from test_joplin_server import TOKEN as JOPLIN_TOKEN
from test_joplin_server import joplin_url  # noqa: F401 - the module's Joplin server
from test_notion_api import ANNA_PAGE, DATA_SOURCE
from test_notion_api import TOKEN as NOTION_TOKEN
from test_review_notion import notion  # noqa: F401 - the local Notion

from rapport_plugins.testing import ics_calendar, ics_event

ATTENDEES = (("Sam Lee", "sam@example.com", "ACCEPTED"), ("Anna Berg", "anna.berg@example.org", "ACCEPTED"))


def calendar(home: Path, start: str = "20260402T080500Z", end: str = "20260402T083000Z", *lines: str,
             title: str = "Weekly 1-1: Anna") -> None:
    (home / "cal.ics").write_text(ics_calendar(ics_event("one-on-one@test.rapport", start, end, title, *lines,
                                                         attendees=ATTENDEES)), encoding="utf-8")


def setup(rapport, home: Path, section: str, title: str = "Weekly 1-1: Anna") -> None:
    rapport.config('[me]\nname = "Sam Lee"\nemails = ["sam@example.com"]\ntimezone = "Europe/Berlin"\n'
                   f'[ics]\ncalendars = ["cal.ics"]\n[terminal]\nenabled = false\n{section}')
    calendar(home, title=title)
    rapport("people", "add", "Anna Berg", "--email", "anna.berg@example.org")
    rapport("remember", "Her dog Biscuit learned to open the fridge", "--who", "Anna Berg")
    out = rapport("run", "--at", "2026-04-02T09:55:00+02:00").stdout
    assert "delivered to" in out


def run_at(rapport, at: str) -> list[dict]:
    return [item for item in rapport.json("run", "--at", at) if item["phase"] == "correction"]


def test_a_moved_then_cancelled_meeting_says_so_in_its_markdown_note(rapport, home: Path):
    (home / "vault").mkdir()
    setup(rapport, home, '[markdown]\nvault = "vault"\ndaily_note = true\n')
    [note] = (home / "vault").glob("Meetings/*.md")
    note.write_text("My agenda: ask about the trip.\n" + note.read_text(encoding="utf-8") + "\nMy notes after.\n",
                    encoding="utf-8")
    [daily] = [p for p in (home / "vault").rglob("*.md") if p != note]

    calendar(home, "20260402T130000Z", "20260402T133000Z")  # moved to 15:00
    [item] = run_at(rapport, "2026-04-02T10:00:00+02:00")
    assert {d["sink"]: d["status"] for d in item["deliveries"]} == {"markdown": "delivered"}
    moved = "> **Update:** Moved: Weekly 1-1: Anna, Thu 2 Apr 2026 10:05 → now Thu 2 Apr 2026 15:00"
    text = note.read_text(encoding="utf-8")
    assert text.startswith("My agenda: ask about the trip.\n") and text.endswith("\nMy notes after.\n")
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("<!-- rapport:briefing:start"))
    assert lines[start + 1] == moved and "Biscuit" in text  # on top of the briefing, which stays
    assert moved in daily.read_text(encoding="utf-8")
    assert run_at(rapport, "2026-04-02T10:02:00+02:00") == []  # said once

    calendar(home, "20260402T130000Z", "20260402T133000Z", "STATUS:CANCELLED")
    [item] = run_at(rapport, "2026-04-02T10:04:00+02:00")
    text = note.read_text(encoding="utf-8")
    assert "> **Update:** Cancelled: Weekly 1-1: Anna, Thu 2 Apr 2026 10:05\n" in text
    assert "Moved:" not in text and text.count("**Update:**") == 1  # the newer news replaces the older

    calendar(home)  # back at the time the briefing was for: the briefing is true again
    run_at(rapport, "2026-04-02T10:06:00+02:00")
    text = note.read_text(encoding="utf-8")
    assert "**Update:**" not in text and "Biscuit" in text and text.endswith("\nMy notes after.\n")
    assert rapport("run", "--at", "2026-04-02T10:07:00+02:00").stdout == ""


def test_a_correction_never_breaks_the_section_or_touches_an_edited_one(rapport, home: Path):
    (home / "vault").mkdir()
    hostile = "Anna <!-- rapport:briefing:end id=meeting --> *1-1*"
    setup(rapport, home, '[markdown]\nvault = "vault"\n', title=hostile)
    [note] = (home / "vault").glob("Meetings/*.md")
    text = note.read_text(encoding="utf-8")
    note.write_text(text.replace("Biscuit", "Biscuit (she said twice)"), encoding="utf-8")  # edited inside
    calendar(home, "20260402T130000Z", "20260402T133000Z", title=hostile)
    run_at(rapport, "2026-04-02T10:00:00+02:00")
    text = note.read_text(encoding="utf-8")
    assert text.count("<!-- rapport:briefing:end id=meeting -->") == 1
    assert "Biscuit (she said twice)" in text  # the user's edit is kept
    [update] = [line for line in text.split("\n") if "**Update:**" in line]
    assert update.startswith("> **Update:** Moved: Anna \\<\\!-- rapport") and "→ now Thu 2 Apr 2026 15:00" in update


def test_a_note_that_is_gone_is_not_written_again(rapport, home: Path):
    (home / "vault").mkdir()
    setup(rapport, home, '[markdown]\nvault = "vault"\n')
    [note] = (home / "vault").glob("Meetings/*.md")
    note.unlink()
    calendar(home, "20260402T130000Z", "20260402T133000Z")
    [item] = run_at(rapport, "2026-04-02T10:00:00+02:00")
    assert {d["sink"]: d["status"] for d in item["deliveries"]} == {"markdown": "skipped"}
    assert list((home / "vault").rglob("*.md")) == []


def test_a_moved_meeting_says_so_in_its_logseq_page(rapport, home: Path):
    graph = home / "graph"
    (graph / "logseq").mkdir(parents=True)
    (graph / "logseq" / "config.edn").write_text("{}\n", encoding="utf-8")
    setup(rapport, home, f'[logseq]\ngraph = "{graph}"\n')
    [page] = [p for p in graph.rglob("*.md")]
    calendar(home, "20260402T130000Z", "20260402T133000Z")
    [item] = run_at(rapport, "2026-04-02T10:00:00+02:00")
    assert {d["sink"]: d["status"] for d in item["deliveries"]} == {"logseq": "delivered"}
    lines = page.read_text(encoding="utf-8").split("\n")
    root = next(i for i, line in enumerate(lines) if line.startswith("- Rapport briefing"))
    first_child = next(line for line in lines[root + 1:] if line.startswith("\t"))
    assert first_child == "\t- **Update:** Moved: Weekly 1-1: Anna, Thu 2 Apr 2026 10:05 → now Thu 2 Apr 2026 15:00"
    calendar(home)
    run_at(rapport, "2026-04-02T10:02:00+02:00")
    assert "**Update:**" not in page.read_text(encoding="utf-8")


def test_a_moved_meeting_says_so_in_its_joplin_note(rapport, home: Path, joplin_url):  # noqa: F811
    from rapport_joplin.client import JoplinClient

    setup(rapport, home, f'[joplin]\nurl = "{joplin_url}"\ntoken = "{JOPLIN_TOKEN}"\nnotebook = "Corrections"\n',
          title="Joplin 1-1: Anna")
    client = JoplinClient(joplin_url, JOPLIN_TOKEN)
    [note] = [n for n in client.notes("id,title") if n["title"] == "2026-04-02 Joplin 1-1: Anna"]
    calendar(home, "20260402T130000Z", "20260402T133000Z", title="Joplin 1-1: Anna")
    [item] = run_at(rapport, "2026-04-02T10:00:00+02:00")
    assert {d["sink"]: d["status"] for d in item["deliveries"]} == {"joplin": "delivered"}
    body = client.get_note(note["id"])["body"]
    lines = body.split("\n")
    assert lines[0] == "<!-- rapport:briefing:start -->"
    assert lines[1] == "> **Update:** Moved: Joplin 1-1: Anna, Thu 2 Apr 2026 10:05 → now Thu 2 Apr 2026 15:00"
    assert "Biscuit" in body


def test_a_cancelled_meeting_says_so_on_its_notion_briefing(rapport, home: Path, notion):  # noqa: F811
    rapport.config('[me]\nname = "Sam Lee"\nemails = ["sam@example.com"]\ntimezone = "Europe/Berlin"\n'
                   '[ics]\ncalendars = ["cal.ics"]\n[terminal]\nenabled = false\n'
                   f'[notion]\ntoken = "{NOTION_TOKEN}"\nbase_url = "{notion.base_url}"\n'
                   f'meetings_data_source_id = "{DATA_SOURCE}"\ndate_property = "When"\n'
                   'max_retry_wait = 0.05\nrequests_per_second = 1000\n')
    calendar(home, "20260402T080000Z", "20260402T083000Z", title="Weekly 1-1 with Anna")
    rapport("people", "add", "Anna Berg", "--email", "anna.berg@example.org")
    rapport("remember", "Her dog Biscuit learned to open the fridge", "--who", "Anna Berg")
    assert "delivered to notion:" in rapport("run", "--at", "2026-04-02T09:55:00+02:00").stdout

    def briefing_title() -> str:
        [toggle] = [notion.blocks[b] for b in notion.children[ANNA_PAGE] if notion.blocks[b]["type"] == "toggle"
                    and notion.blocks[b]["toggle"]["rich_text"][0]["plain_text"].startswith("Rapport briefing")]
        return "".join(i["plain_text"] for i in toggle["toggle"]["rich_text"])

    calendar(home, "20260402T080000Z", "20260402T083000Z", "STATUS:CANCELLED", title="Weekly 1-1 with Anna")
    [item] = run_at(rapport, "2026-04-02T09:58:00+02:00")
    assert {d["sink"]: d["status"] for d in item["deliveries"]} == {"notion": "delivered"}
    assert briefing_title() == ("Rapport briefing (written by rapport; edits inside are replaced) — Update: "
                                "Cancelled: Weekly 1-1 with Anna, Thu 2 Apr 2026 10:00")  # marked cancelled: not "gone"
    calendar(home, "20260402T080000Z", "20260402T083000Z", title="Weekly 1-1 with Anna")
    run_at(rapport, "2026-04-02T09:59:00+02:00")
    assert "Update" not in briefing_title()  # back on: the briefing is true again
