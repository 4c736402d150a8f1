"""rapport-logseq against a real Logseq graph layout on disk (pages/, journals/, logseq/config.edn)."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from logseq_layout import new_graph

import rapport_logseq
from rapport_logseq.edn import format_date, read_config
from rapport_logseq.outline import parse_page, property_list
from rapport_logseq.owned import markdown_to_blocks, upsert_subtree
from rapport_plugins.config import Config
from rapport_plugins.errors import RapportError
from rapport_plugins.models import Attendee, Meeting
from rapport_plugins.plugins import build_plugin_manager

TZ = timezone(timedelta(hours=2))

ANNA = """title:: Anna Example
alias:: [[Annie]], Anna E
email:: anna@example.com, anna@work.example
company:: Example Corp
birthday:: 1990-05-17

- Met at the offsite
"""
BOB = "tags:: person\n\n- Bob, no email yet\n"
PROJECT = "alias:: PX\n\n- A project, not a person\n"
JOURNAL = """- [[Weekly 1-1]] with [[Anna Example]]
\t- remember:: Max the dog has surgery on Friday
\t- Talked about the move
\t\tremember:: dreading the move in March
\t- @Bob: remember: learning the cello
\t- [[Carol]]
\t\t- loves choir #remember
\t- ```
\t  remember: in a code block
\t  ```
- Other meeting
\t- remember:: belongs to another meeting
"""


class StandInBriefing:
    def __init__(self, lines, shared=False):
        self.lines, self.shared = lines, shared

    def render(self, fmt):
        return "\n".join(["# Briefing" + (" (shared)" if self.shared else ""), "## Anna Example", *self.lines])

    def for_shared_sink(self, config):
        return StandInBriefing([ln for ln in self.lines if "PRIVATE" not in ln], True)


@pytest.fixture
def graph(tmp_path) -> Path:
    root = new_graph(tmp_path / "graph",
                     '{:meta/version 1\n ;; :journal/file-name-format "yyyy-MM-dd"\n :journal/file-name-format "yyyy_MM_dd"}\n')
    (root / "pages" / "Anna Example.md").write_text(ANNA, encoding="utf-8")
    (root / "pages" / "Bob.md").write_text(BOB, encoding="utf-8")
    (root / "pages" / "Project X.md").write_text(PROJECT, encoding="utf-8")
    (root / "journals" / "2026_04_02.md").write_text(JOURNAL, encoding="utf-8")
    return root


def config_for(tmp_path, graph, **extra) -> Config:
    return Config(tmp_path / "home", {"logseq": {"graph": str(graph), **extra}})


def meeting(uid="weekly@example.com", title="Weekly 1-1", day=2) -> Meeting:
    start = datetime(2026, 4, day, 10, tzinfo=TZ)
    return Meeting(uid=uid, title=title, start=start, end=start + timedelta(hours=1),
                   attendees=[Attendee(email="anna@example.com", name="Anna Example")])


def test_date_formats_and_config(graph):
    day = date(2026, 4, 2)
    assert format_date("yyyy_MM_dd", day) == "2026_04_02"
    assert format_date("MMM do, yyyy", day) == "Apr 2nd, 2026"
    assert format_date("EEEE, dd.MM.yy", day) == "Thursday, 02.04.26"
    assert read_config(graph)["journal/file-name-format"] == "yyyy_MM_dd"  # the commented line is ignored


def test_outline_parsing():
    page = parse_page(ANNA)
    assert page.properties["email"] == "anna@example.com, anna@work.example"
    assert property_list(page.properties["alias"]) == ["Annie", "Anna E"]
    page = parse_page(JOURNAL)
    [weekly, other] = page.blocks
    assert weekly.title == "[[Weekly 1-1]] with [[Anna Example]]" and len(weekly.children) == 5
    move = weekly.children[1]
    assert move.properties == {"remember": "dreading the move in March"} and move.lines == [2, 3]
    assert weekly.children[3].children[0].title == "loves choir #remember"
    spaced = parse_page("- a\n  - b\n    - c\n- d\n")
    assert [b.title for b in spaced.blocks] == ["a", "d"] and spaced.blocks[0].children[0].children[0].title == "c"


def test_not_configured(tmp_path):
    config = Config(tmp_path, {})
    assert rapport_logseq.rapport_contacts(config=config) is None
    assert rapport_logseq.rapport_meeting_notes(meeting=meeting(), config=config) is None
    assert rapport_logseq.rapport_deliver_briefing(meeting=meeting(), briefing=StandInBriefing([]), config=config) is None


def test_contacts_from_people_pages(tmp_path, graph):
    contacts = {c.name: c for c in rapport_logseq.rapport_contacts(config=config_for(tmp_path, graph))}
    assert set(contacts) == {"Anna Example", "Bob"}  # Project X has an alias but is no person
    anna = contacts["Anna Example"]
    assert anna.emails == ["anna@example.com", "anna@work.example"] and anna.aliases == ["Annie", "Anna E"]
    assert anna.org == "Example Corp" and anna.source == "logseq:pages/Anna Example.md"
    assert anna.dates == [{"kind": "birthday", "month": 5, "day": 17, "year": 1990}]


def test_journal_capture_for_the_meeting_only(tmp_path, graph):
    config = config_for(tmp_path, graph)
    pm = build_plugin_manager(config)
    [[notes]] = [r for r in pm.call("rapport_meeting_notes", meeting=meeting(), config=config) if r]
    assert notes.source == "logseq" and notes.extra["rel"] == "journals/2026_04_02.md"
    assert "another meeting" not in notes.text
    cands = rapport_logseq.rapport_after_meeting(meeting=meeting(), notes=notes, config=config)
    got = [(c.text, c.person, c.source_ref) for c in cands]
    assert got == [
        ("Max the dog has surgery on Friday", "Anna Example", "journals/2026_04_02.md:2"),
        ("Dreading the move in March", "Anna Example", "journals/2026_04_02.md:4"),
        ("Learning the cello", "Bob", "journals/2026_04_02.md:5"),
        # [[Carol]] is no people page and no attendee: not a person, so her parent block names nobody
        # and the nearest person up the outline is Anna (the meeting block links her page)
        ("Loves choir", "Anna Example", "journals/2026_04_02.md:7"),
    ]
    assert all(c.explicit for c in cands)


def test_briefing_subtree_in_journal(tmp_path, graph, capsys):
    config = config_for(tmp_path, graph, shared=True)
    path = graph / "journals" / "2026_04_02.md"
    b = StandInBriefing(["- ask about Max", "  - he had surgery", "- PRIVATE: the divorce"])
    assert rapport_logseq.rapport_deliver_briefing(meeting=meeting(), briefing=b, config=config) == \
        "logseq:journals/2026_04_02.md"
    text = path.read_text(encoding="utf-8")
    assert text.startswith(JOURNAL) and "PRIVATE" not in text
    tail = text[len(JOURNAL):].split("\n")
    assert tail[0] == "- Rapport briefing: Weekly 1-1" and tail[1].startswith("  rapport-briefing:: ")
    assert tail[3:7] == [
        "\t- # Briefing (shared)", "\t\t- ## Anna Example", "\t\t\t- ask about Max", "\t\t\t\t- he had surgery"]
    # the user adds a block after ours; a re-run replaces our subtree only
    with path.open("a", encoding="utf-8") as fh:
        fh.write("- my own block\n")
    rapport_logseq.rapport_deliver_briefing(meeting=meeting(), briefing=StandInBriefing(["- new"]), config=config)
    text = path.read_text(encoding="utf-8")
    assert text.startswith(JOURNAL) and text.endswith("- my own block\n") and "ask about Max" not in text
    assert text.count("rapport-briefing::") == 1 and "\t\t\t- new" in text
    # the user edits inside our subtree: their block is kept, a fresh subtree follows
    path.write_text(text.replace("\t\t- new", "\t\t\t- new\n\t\t\t- MY NOTE"), encoding="utf-8")
    rapport_logseq.rapport_deliver_briefing(meeting=meeting(), briefing=StandInBriefing(["- newer"]), config=config)
    text = path.read_text(encoding="utf-8")
    assert "MY NOTE" in text and text.count("rapport-briefing::") == 1 and "\t\t\t- newer" in text
    assert text.index("MY NOTE") < text.index("rapport-briefing::")
    assert "kept" in capsys.readouterr().err
    # our own blocks are never captured as the user's notes
    notes = rapport_logseq.rapport_meeting_notes(meeting=meeting(), config=config)[0]
    assert "newer" not in notes.text


def test_briefing_on_a_new_meeting_page(tmp_path, graph):
    config = config_for(tmp_path, graph, briefing_target="meeting")
    m = meeting(uid="u-9", title="Intro/../CON: call", day=9)
    where = rapport_logseq.rapport_deliver_briefing(meeting=m, briefing=StandInBriefing(["- hi"]), config=config)
    rel = where.removeprefix("logseq:")
    assert rel.startswith("pages/") and rel.count("/") == 1
    path = graph / rel
    assert oct(path.stat().st_mode)[-3:] == "600"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("uid:: u-9\ndate:: 2026-04-09\n\n- Rapport briefing: Intro/../CON: call\n")
    rapport_logseq.rapport_deliver_briefing(meeting=m, briefing=StandInBriefing(["- again"]), config=config)
    assert len(list((graph / "pages").iterdir())) == 4 and "again" in path.read_text(encoding="utf-8")
    [notes] = rapport_logseq.rapport_meeting_notes(meeting=m, config=config)
    assert notes.extra["rel"] == rel and notes.meeting_uid == "u-9"


def test_read_only_journal(tmp_path, graph):
    path = graph / "journals" / "2026_04_02.md"
    os.chmod(path, 0o444)
    with pytest.raises(RapportError, match="read-only"):
        rapport_logseq.rapport_deliver_briefing(meeting=meeting(), briefing=StandInBriefing(["- x"]),
                                                config=config_for(tmp_path, graph))
    assert path.read_text(encoding="utf-8") == JOURNAL


def test_parse_notes_answers_inside_a_graph_only(tmp_path, graph):
    notes = rapport_logseq.rapport_parse_notes(path=graph / "journals" / "2026_04_02.md", config=Config(tmp_path, {}))
    assert notes.source == "logseq" and notes.extra["rel"] == "journals/2026_04_02.md"
    other = tmp_path / "x.md"
    other.write_text("- remember:: x\n", encoding="utf-8")
    assert rapport_logseq.rapport_parse_notes(path=other, config=Config(tmp_path, {})) is None


def test_markdown_to_blocks():
    assert markdown_to_blocks("# A\n\ntext\n## B\n- x\n  - y\n") == [
        "\t- # A", "\t\t- text", "\t\t- ## B", "\t\t\t- x", "\t\t\t\t- y"]


def test_upsert_unchanged_is_a_no_op():
    first = upsert_subtree("- mine\n", "id1", "T", "- a").text
    again = upsert_subtree(first, "id1", "T", "- a")
    assert not again.changed and again.text == first
