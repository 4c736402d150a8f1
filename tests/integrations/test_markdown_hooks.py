"""The rapport-markdown hooks, called through the real plugin manager against a real vault on disk."""

from __future__ import annotations

import os
import shutil
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import rapport_markdown
from rapport_plugins.config import Config
from rapport_plugins.errors import RapportError
from rapport_plugins.models import Attendee, Meeting
from rapport_plugins.plugins import build_plugin_manager

DATA = Path(__file__).resolve().parent.parent / "data" / "vault"
TZ = timezone(timedelta(hours=2))
NOTE = "Meetings/2026-04-02 Weekly 1-1.md"


class StandInBriefing:
    """The two methods a sink uses, with a visible difference between private and shared."""

    def __init__(self, lines: list[str], shared: bool = False):
        self.lines = lines
        self.shared = shared

    def render(self, fmt: str) -> str:
        assert fmt == "markdown"
        tag = " (shared)" if self.shared else ""
        return "\n".join([f"## Rapport briefing{tag}", *self.lines])

    def for_shared_sink(self, config):
        return StandInBriefing([ln for ln in self.lines if "PRIVATE" not in ln], shared=True)


@pytest.fixture
def vault_dir(tmp_path):
    root = tmp_path / "vault"
    shutil.copytree(DATA, root)
    return root


def make_config(tmp_path: Path, vault_dir: Path, **extra) -> Config:
    section = {"vault": str(vault_dir), "template": "Templates/Meeting.md", **extra}
    return Config(tmp_path / "home", {"markdown": section})


def meeting(title="Weekly 1-1", uid="weekly-1-1@example.com", day=2) -> Meeting:
    start = datetime(2026, 4, day, 10, 0, tzinfo=TZ)
    return Meeting(uid=uid, title=title, start=start, end=start + timedelta(hours=1), attendees=[
        Attendee(email="anna@example.com", name="Anna Example"),
        Attendee(email="me@example.com", name="Me", is_self=True),
        Attendee(email="room@example.com", name="Room 1", is_resource=True),
    ])


def test_not_configured_answers_none(tmp_path):
    config = Config(tmp_path / "home", {})
    m = meeting()
    assert rapport_markdown.rapport_meeting_notes(meeting=m, config=config) is None
    assert rapport_markdown.rapport_deliver_briefing(meeting=m, briefing=StandInBriefing([]), config=config) is None
    assert rapport_markdown.rapport_contacts(config=config) is None


def test_registered_through_entry_point(tmp_path, vault_dir):
    pm = build_plugin_manager(make_config(tmp_path, vault_dir))
    assert pm.info["markdown"].kind == "entrypoint"
    assert pm.info["markdown"].distribution == "rapport-markdown"


def test_briefing_written_into_existing_note_and_replaced(tmp_path, vault_dir):
    config = make_config(tmp_path, vault_dir)
    pm = build_plugin_manager(config)
    path = vault_dir / NOTE
    before = path.read_text(encoding="utf-8")
    where = pm.call("rapport_deliver_briefing", meeting=meeting(), briefing=StandInBriefing(["- ask about Max"]), config=config)
    assert where == [f"markdown:{NOTE}"] and not pm.errors
    text = path.read_text(encoding="utf-8")
    assert text.index("# Weekly 1-1") < text.index("<!-- rapport:briefing:start") < text.index("## Agenda")
    assert text.replace(text[text.index("\n<!-- rapport"):text.index("-->", text.index(":end")) + 4], "") == before
    with path.open("a", encoding="utf-8") as fh:
        fh.write("- a line I added after the first run\n")
    pm.call("rapport_deliver_briefing", meeting=meeting(), briefing=StandInBriefing(["- ask how the move went"]), config=config)
    text = path.read_text(encoding="utf-8")
    assert "ask how the move went" in text and "ask about Max" not in text
    assert text.endswith("- a line I added after the first run\n") and text.count("rapport:briefing:start") == 1


def test_new_note_from_template_with_hostile_title(tmp_path, vault_dir):
    config = make_config(tmp_path, vault_dir)
    m = meeting(title="../../etc/passwd: CON\nplan", uid="new-uid", day=9)
    where = rapport_markdown.rapport_deliver_briefing(meeting=m, briefing=StandInBriefing(["- hi"]), config=config)
    rel = where.removeprefix("markdown:")
    assert rel == "Meetings/2026-04-09 etc-passwd - CON plan.md"
    path = vault_dir / rel
    assert path.parent == vault_dir / "Meetings" and stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text(encoding="utf-8")
    assert text.startswith('---\nuid: "new-uid"\ndate: 2026-04-09\ntags: [meeting]\n---\n# ../../etc/passwd: CON plan\n')
    assert "Date: Thursday, April 9th 2026" in text and "Attendees: [[Anna Example]]" in text
    assert "- hi" in text
    # found again by uid on the next run (no second note)
    rapport_markdown.rapport_deliver_briefing(meeting=m, briefing=StandInBriefing(["- again"]), config=config)
    assert sorted(p.name for p in (vault_dir / "Meetings").iterdir()) == [
        "2026-04-02 Weekly 1-1.md", "2026-04-09 etc-passwd - CON plan.md"]
    assert "- again" in path.read_text(encoding="utf-8")


def test_default_layout_without_template(tmp_path, vault_dir):
    config = Config(tmp_path / "home", {"markdown": {"vault": str(vault_dir)}})
    where = rapport_markdown.rapport_deliver_briefing(meeting=meeting(uid="u2", day=10, title="Intro"),
                                                      briefing=StandInBriefing(["- x"]), config=config)
    text = (vault_dir / where.removeprefix("markdown:")).read_text(encoding="utf-8")
    assert text.startswith('---\nuid: "u2"\ndate: 2026-04-10\nattendees: ["[[Anna Example]]"]\n---\n# Intro\n')


def test_daily_note_gets_the_shared_version(tmp_path, vault_dir):
    config = make_config(tmp_path, vault_dir, daily_note=True, daily_note_shared=True, write_briefing=False)
    b = StandInBriefing(["- light detail", "- PRIVATE detail"])
    where = rapport_markdown.rapport_deliver_briefing(meeting=meeting(), briefing=b, config=config)
    assert where == "markdown:Daily/Thursday, April 2nd 2026.md"
    text = (vault_dir / "Daily" / "Thursday, April 2nd 2026.md").read_text(encoding="utf-8")
    assert "(shared)" in text and "light detail" in text and "PRIVATE" not in text
    # a second meeting the same day gets its own section; re-running the first replaces only its own
    rapport_markdown.rapport_deliver_briefing(meeting=meeting(uid="other", title="Other"),
                                              briefing=StandInBriefing(["- other meeting"]), config=config)
    rapport_markdown.rapport_deliver_briefing(meeting=meeting(), briefing=StandInBriefing(["- updated"]), config=config)
    text = (vault_dir / "Daily" / "Thursday, April 2nd 2026.md").read_text(encoding="utf-8")
    assert text.count("rapport:briefing:start") == 2 and "other meeting" in text and "updated" in text
    assert "light detail" not in text


def test_read_only_note_is_refused_and_untouched(tmp_path, vault_dir):
    config = make_config(tmp_path, vault_dir)
    path = vault_dir / NOTE
    before = path.read_bytes()
    os.chmod(path, 0o444)
    with pytest.raises(RapportError, match=r"Weekly 1-1\.md: note is read-only"):
        rapport_markdown.rapport_deliver_briefing(meeting=meeting(), briefing=StandInBriefing(["- x"]), config=config)
    assert path.read_bytes() == before
    pm = build_plugin_manager(config)
    pm.call("rapport_deliver_briefing", meeting=meeting(), briefing=StandInBriefing(["- x"]), config=config)
    assert len(pm.errors) == 1 and "read-only" in pm.errors[0] and "\n" not in pm.errors[0]


def test_edit_inside_section_is_kept(tmp_path, vault_dir, capsys):
    config = make_config(tmp_path, vault_dir)
    path = vault_dir / NOTE
    rapport_markdown.rapport_deliver_briefing(meeting=meeting(), briefing=StandInBriefing(["- ask about Max"]), config=config)
    path.write_text(path.read_text(encoding="utf-8").replace("- ask about Max", "- ask about Max (he is fine now!)"),
                    encoding="utf-8")
    rapport_markdown.rapport_deliver_briefing(meeting=meeting(), briefing=StandInBriefing(["- ask about Max"]), config=config)
    text = path.read_text(encoding="utf-8")
    assert "(he is fine now!)" in text and text.count("rapport:briefing:start") == 1
    assert "your text was kept" in capsys.readouterr().err


def test_meeting_notes_and_after_meeting_capture(tmp_path, vault_dir):
    config = make_config(tmp_path, vault_dir)
    pm = build_plugin_manager(config)
    m = meeting()
    pm.call("rapport_deliver_briefing", meeting=m, briefing=StandInBriefing(["- remember: not a new memory"]), config=config)
    [notes_list] = [r for r in pm.call("rapport_meeting_notes", meeting=m, config=config) if r]
    [notes] = notes_list
    assert notes.source == "markdown" and notes.ref == str(vault_dir / NOTE)
    assert notes.meeting_uid == "weekly-1-1@example.com" and notes.meeting_date == "2026-04-02"
    assert "not a new memory" not in notes.text
    cands = pm.call_first("rapport_after_meeting", meeting=m, notes=notes, config=config)  # ours, read once
    lines = (vault_dir / NOTE).read_text(encoding="utf-8").split("\n")
    got = {(c.text, c.person, c.explicit) for c in cands}
    assert got == {
        ("Max the dog has surgery on Friday", None, True),
        ("Training for the Berlin marathon", "Bob Builder", True),
        ("Flying to Lisbon in May", None, True),
        ("Daughter started school this week", "Carol Singer", True),
    }
    for c in cands:
        rel, line = c.source_ref.rsplit(":", 1)
        assert rel == NOTE and c.text.lower() in lines[int(line) - 1].lower()


def test_other_sources_are_not_ours(tmp_path, vault_dir):
    from rapport_plugins.models import MeetingNotes

    notes = MeetingNotes(text="remember: x", source="joplin")
    assert rapport_markdown.rapport_after_meeting(meeting=meeting(), notes=notes, config=make_config(tmp_path, vault_dir)) is None


def test_parse_notes(tmp_path, vault_dir):
    config = make_config(tmp_path, vault_dir)
    notes = rapport_markdown.rapport_parse_notes(path=vault_dir / NOTE, config=config)
    assert notes.extra["rel"] == NOTE and notes.extra["attendees"] == ["[[Anna Example]]"]
    assert notes.title == "2026-04-02 Weekly 1-1"
    loose = tmp_path / "loose.md"
    loose.write_text("remember: x\n", encoding="utf-8")
    assert rapport_markdown.rapport_parse_notes(path=loose, config=Config(tmp_path, {})).extra["rel"] == str(loose)
    assert rapport_markdown.rapport_parse_notes(path=tmp_path / "notes.txt", config=config) is None
    graph = tmp_path / "graph"
    (graph / "logseq").mkdir(parents=True)
    (graph / "logseq" / "config.edn").write_text("{}", encoding="utf-8")
    (graph / "pages").mkdir()
    (graph / "pages" / "p.md").write_text("- remember:: x\n", encoding="utf-8")
    assert rapport_markdown.rapport_parse_notes(path=graph / "pages" / "p.md", config=config) is None
    binary = tmp_path / "bin.md"
    binary.write_bytes(b"\x00\x01\x02")
    with pytest.raises(RapportError, match=r"bin\.md: binary file"):
        rapport_markdown.rapport_parse_notes(path=binary, config=config)


def test_contacts_from_people_notes(tmp_path, vault_dir):
    contacts = {c.name: c for c in rapport_markdown.rapport_contacts(config=make_config(tmp_path, vault_dir))}
    assert set(contacts) == {"Anna Example", "Bob Builder", "Carol Singer"}
    anna = contacts["Anna Example"]
    assert anna.emails == ["anna@example.com", "Anna.Example@Work.example"]
    assert anna.aliases == ["Annie", "Anna E."] and anna.org == "Example Corp" and anna.title == "Head of Research"
    assert anna.dates == [{"kind": "birthday", "month": 5, "day": 17, "year": 1990}]
    assert anna.source == "markdown:People/Anna Example.md"
    assert contacts["Bob Builder"].emails == []  # broken front matter: the note is still a person
    assert contacts["Carol Singer"].aliases == ["Caz"] and contacts["Carol Singer"].emails == ["carol@example.com"]
    assert contacts["Carol Singer"].dates == [{"kind": "anniversary", "month": 6, "day": 1, "year": None}]


def test_append_captured_to_person_note(tmp_path, vault_dir):
    config = make_config(tmp_path, vault_dir, append_captured_to_person=True)
    m = meeting()
    notes = rapport_markdown.rapport_meeting_notes(meeting=m, config=config)[0]
    for _ in range(2):  # idempotent
        rapport_markdown.rapport_after_meeting(meeting=m, notes=notes, config=config)
    carol = (vault_dir / "People" / "Carol Singer.md").read_text(encoding="utf-8")
    assert carol.startswith("---\nemail: 'carol@example.com'\n") and "Loves choir." in carol
    assert carol.count("- 2026-04-02: Daughter started school this week (from [[2026-04-02 Weekly 1-1]])") == 1
    bob = (vault_dir / "People" / "Bob Builder.md").read_text(encoding="utf-8")
    assert "Training for the Berlin marathon" in bob and "aliases: [Bobby" in bob
    anna = (vault_dir / "People" / "Anna Example.md").read_text(encoding="utf-8")
    assert "rapport:captured" not in anna  # nothing was attributed to Anna explicitly


def test_front_matter_of_a_new_note_is_readable_and_round_trips(tmp_path, vault_dir):
    from rapport_markdown.frontmatter import read_front_matter

    config = Config(tmp_path / "home", {"markdown": {"vault": str(vault_dir)}})
    m = meeting(uid='odd "uid": é', title="Kickoff", day=11)
    m.attendees.append(Attendee(email="chloe@partner.example", name="Chloé Martin"))
    where = rapport_markdown.rapport_deliver_briefing(meeting=m, briefing=StandInBriefing(["- x"]), config=config)
    text = (vault_dir / where.removeprefix("markdown:")).read_text(encoding="utf-8")
    assert '"Chloé Martin"' in text
    fm = read_front_matter(text)
    assert fm.data["uid"] == 'odd "uid": é' and fm.data["attendees"] == ["[[Anna Example]]", "Chloé Martin"]
