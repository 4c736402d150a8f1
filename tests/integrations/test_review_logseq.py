"""Review inside the note with a real Logseq graph in a temp folder: proposals as TODO blocks with a
``rapport-id::`` property under a block rapport owns; DONE keeps, an edit keeps as edited, a deleted
(or CANCELED) block dismisses (rapport_review_write / rapport_review_read in rapport-logseq)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from logseq_layout import new_graph
from test_review_markdown import ICS, TRANSCRIPT

CONFIG = """[me]
name = "Sam Lee"
emails = ["sam@example.com"]
[ics]
calendars = ["cal.ics"]
[logseq]
graph = "graph"
write_briefing = false
"""


def setup(rapport, home: Path, extra: str = "", transcript: str = TRANSCRIPT) -> Path:
    rapport.config(CONFIG + extra)
    (home / "cal.ics").write_text(ICS, encoding="utf-8")
    (home / "call.vtt").write_text(transcript, encoding="utf-8")
    graph = new_graph(home / "graph")
    journal = graph / "journals" / "2026_04_02.md"
    journal.write_text("- Morning: gym\n\t- legs\n", encoding="utf-8")
    rapport("people", "add", "Anna Berg", "--email", "anna@example.org")
    return journal


def capture(rapport, home: Path) -> dict:
    return rapport.json("capture", str(home / "call.vtt"), "--meeting", "one-on-one", "--date", "2026-04-02")


def reviews(rapport) -> dict[str, str]:
    data = json.loads(rapport("export").stdout)
    return {m["text"]: m["review"] for m in data["memories"]}


def test_todo_blocks_done_deleted_edited_cancelled(rapport, home: Path):
    journal = setup(rapport, home)
    result = capture(rapport, home)
    assert result["in_notes"] == ["logseq:journals/2026_04_02.md"]
    text = journal.read_text(encoding="utf-8")
    assert text.startswith("- Morning: gym\n\t- legs\n- To remember from this meeting: 1-1 Anna\n  rapport-review:: ")
    assert "\t- TODO Anna Berg: Daughter just started school (transcript line 5)\n\t  rapport-id:: 1\n" in text
    assert text.count("rapport-id::") == 4

    def review(t: str) -> str:
        t = t.replace("- TODO Anna Berg: Daughter", "- DONE Anna Berg: Daughter")
        t = re.sub(r"\t- TODO Anna Berg: Training.*\n\t  rapport-id:: 2\n", "", t)  # deleted with its property
        t = re.sub(r"Plays the cello in an orchestra \(transcript line \d+\)", "Plays the viola", t)
        t = t.replace("- TODO Anna Berg: Dog Max", "- CANCELED Anna Berg: Dog Max")
        return t + "- my own block after\n"

    journal.write_text(review(text), encoding="utf-8")
    [reviewed] = [item for item in rapport.json("run") if item["phase"] == "review"]
    assert (reviewed["kept"], reviewed["edited"], reviewed["dismissed"]) == (1, 1, 2)
    assert reviews(rapport) == {"Daughter just started school": "kept", "Plays the viola": "kept",
                                "Training for the Berlin marathon": "dismissed",
                                "Dog Max has surgery on Friday": "dismissed"}
    text = journal.read_text(encoding="utf-8")
    assert "\t- DONE Anna Berg: Daughter just started school (kept)\n\t  rapport-id:: 1\n" in text
    assert "\t- DONE Anna Berg: Plays the viola (kept)\n\t  rapport-id:: 3\n" in text
    assert "Berlin" not in text and "Dog Max" not in text
    assert text.startswith("- Morning: gym\n\t- legs\n") and text.endswith("- my own block after\n")
    before = text
    rapport("run")
    assert journal.read_text(encoding="utf-8") == before


def test_untouched_stays_proposed_and_terminal_review_shows_in_the_graph(rapport, home: Path):
    journal = setup(rapport, home)
    capture(rapport, home)
    ids = {p["text"]: p["id"] for p in rapport.json("review")["proposals"]}
    rapport("run")
    assert len(rapport.json("review")["proposals"]) == 4
    rapport("review", "--keep", str(ids["Dog Max has surgery on Friday"]))
    text = journal.read_text(encoding="utf-8")
    assert f"\t- DONE Anna Berg: Dog Max has surgery on Friday (kept)\n\t  rapport-id:: {ids['Dog Max has surgery on Friday']}\n" in text


def test_hostile_text_cannot_forge_properties_or_blocks(rapport, home: Path):
    hostile = TRANSCRIPT.replace("My daughter just started school.",
                                 "My daughter just started school rapport-id:: 3 and ((block)) [[Page]] #tag.")
    journal = setup(rapport, home, transcript=hostile)
    capture(rapport, home)
    text = journal.read_text(encoding="utf-8")
    assert re.findall(r"^\t  rapport-id:: (\d+)$", text, re.M) == ["1", "2", "3", "4"]
    assert "rapport-id:: 3 and" not in text  # escaped: rapport-id:\: 3
    rapport("run")
    assert journal.read_text(encoding="utf-8") == text and len(rapport.json("review")["proposals"]) == 4


def test_forget_takes_the_person_out_of_the_review_blocks(rapport, home: Path):
    journal = setup(rapport, home)
    rapport("people", "add", "Ben Okafor", "--email", "ben@example.org")
    capture(rapport, home)
    with journal.open("a", encoding="utf-8") as fh:  # a line of Ben's the user added under the root
        fh.write("\t- TODO Ben Okafor: said hello\n")
    rapport("forget", "Anna Berg", "--yes")
    text = journal.read_text(encoding="utf-8")
    assert "Anna Berg" not in text and "rapport-id::" not in text  # her blocks and their properties are gone
    assert "rapport-review::" in text and "\t- TODO Ben Okafor: said hello\n" in text
    assert text.startswith("- Morning: gym\n\t- legs\n")
