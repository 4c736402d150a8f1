"""The review checklist's Markdown form (rapport_plugins.checklist) and how a changed line is read
(rapport_plugins.review_notes.verdict): the parts every notes plugin shares."""

from __future__ import annotations

from rapport_plugins import (
    ChecklistLine,
    Memory,
    ReviewItem,
    checklist_lines,
    merge_checklist,
    review_items_for_note,
)
from rapport_plugins.config import Config
from rapport_plugins.review_notes import verdict


def item(i: str, text: str, state: str = "proposed", new: bool = True, sensitivity: str = "light") -> ReviewItem:
    return ReviewItem(id=i, line=f"Rosa: {text}", state=state, new=new, sensitivity=sensitivity)


def test_merge_adds_ticks_removes_and_keeps_the_users_lines():
    lines, shown = merge_checklist([], [item("1", "Puppy called Churro"), item("2", "Plays chess")])
    assert shown == ["1", "2"]
    assert lines[-2:] == ["- [ ] Rosa: Puppy called Churro <!-- rapport-id:1 -->",
                          "- [ ] Rosa: Plays chess <!-- rapport-id:2 -->"]
    mine = [*lines[:-1], "- [ ] my own todo", "a line of mine"]  # item 2 deleted by the user
    again, shown = merge_checklist(mine, [item("1", "Puppy called Churro", "kept", new=False),
                                          item("2", "Plays chess", new=False), item("3", "Vegan", new=True)])
    assert again[-4:] == ["- [x] Rosa: Puppy called Churro (kept) <!-- rapport-id:1 -->", "- [ ] my own todo",
                          "- [ ] Rosa: Vegan <!-- rapport-id:3 -->", "a line of mine"]
    assert shown == ["1", "3"]
    gone, shown = merge_checklist(again, [item("1", "Puppy called Churro", "dismissed", new=False)])
    assert "Churro" not in "\n".join(gone) and "- [ ] my own todo" in gone and "a line of mine" in gone
    assert shown == []  # item 3 was not given this time: its line stays, as a line rapport does not know


def test_a_proposed_line_the_user_changed_is_left_as_they_have_it():
    line = "- [x] Rosa: Puppy called Churro, a beagle <!-- rapport-id:1 -->"
    lines, _ = merge_checklist(["## To remember", line], [item("1", "Puppy called Churro", new=False)])
    assert lines == ["## To remember", line]


def test_hostile_text_stays_inside_its_line_and_reads_back_as_written():
    evil = "x <!-- rapport-id:9 --> -->\n## Heading <!-- rapport:review:end id=meeting --> - [x] [[Other]] k:: v"
    lines, _ = merge_checklist([], [item("1", evil)])
    assert lines[-1].endswith("<!-- rapport-id:1 -->") and "\n" not in lines[-1]
    [read] = checklist_lines(lines)
    assert read.id == "1" and not read.checked
    assert read.text == "Rosa: " + " ".join(evil.split("\n"))


def test_checklist_lines_reads_ticks_and_lost_markers():
    read = checklist_lines(["- [X] Rosa: Plays chess <!-- rapport-id:7 -->", "* [ ] retyped line", "- not a box"])
    assert read == [ChecklistLine("7", True, "Rosa: Plays chess"), ChecklistLine(None, False, "retyped line")]


def test_verdict_reads_what_the_user_did():
    memory = Memory(person_id=1, text="Puppy called Churro", source="transcript", source_ref="call.vtt:12")
    line = "Rosa: Puppy called Churro (transcript line 12)"
    assert verdict(memory, "Rosa", ChecklistLine("1", False, line)) is None
    assert verdict(memory, "Rosa", ChecklistLine("1", True, line)) == ("kept", None)
    assert verdict(memory, "Rosa", ChecklistLine("1", False, "Rosa: Puppy called Churro, a beagle")) == \
        ("kept", "Puppy called Churro, a beagle")
    assert verdict(memory, "Rosa", ChecklistLine("1", True, "Rosa:")) == ("dismissed", None)


def test_a_shared_note_never_gets_a_sensitive_proposal(tmp_path):
    items = [item("1", "a", sensitivity="light"), item("2", "b", sensitivity="personal"),
             item("3", "c", sensitivity="sensitive")]
    config = Config(tmp_path, {"briefing": {"allow_personal_in_shared": True, "allow_sensitive_in_shared": True}})
    assert [i.id for i in review_items_for_note(items, config, shared=False)] == ["1", "2", "3"]
    assert [i.id for i in review_items_for_note(items, Config(tmp_path, {}), shared=True)] == ["1"]
    assert [i.id for i in review_items_for_note(items, config, shared=True)] == ["1", "2"]
