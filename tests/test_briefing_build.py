"""build_briefing against a real SQLite store in tmp_path, with a fixed "now"."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from rapport_plugins import hookimpl
from rapport_plugins.briefing import Briefing, build_briefing
from rapport_plugins.cli_common import App
from rapport_plugins.config import Config
from rapport_plugins.models import Attendee, Meeting, Memory, Prompt
from rapport_plugins.questions import QUESTIONS

NOW = datetime(2026, 4, 2, 9, 55, tzinfo=UTC)
CONFIG = """
[me]
name = "Sam Lee"
emails = ["sam@example.com"]
interests = ["climbing", "jazz"]

[briefing]
upcoming_days = 14
stale_after_days = 365
"""
QUESTION_TEXTS = {q.text for q in QUESTIONS}


def make_app(tmp_path: Path, config: str = CONFIG) -> App:
    home = tmp_path / "home"
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(config, encoding="utf-8")
    return App(home=str(home))


@pytest.fixture
def app(tmp_path):
    a = make_app(tmp_path)
    yield a
    a.close()


def meeting(uid: str, *emails: str, day: int = 2, title: str = "Weekly 1-1") -> Meeting:
    start = datetime(2026, 4, day, 10, tzinfo=UTC)
    attendees = [Attendee("sam@example.com", "Sam Lee")]
    attendees += [Attendee(e, e.split("@")[0].title()) for e in emails]
    return Meeting(uid=uid, title=title, start=start, end=start + timedelta(minutes=30), attendees=attendees,
                   location="Video call", source="test")


def remember(store, person, text, **kw) -> Memory:
    kw.setdefault("captured_at", "2026-03-25T10:00:00+00:00")
    kw.setdefault("source", "notes")
    return store.add_memory(Memory(person_id=person.id, text=text, **kw))[0]


@pytest.fixture
def people(app):
    s = app.store
    s.add_person("Sam Lee", ["sam@example.com"], is_me=True)
    anna = s.add_person("Anna Berg", ["anna@example.org"])
    ben = s.add_person("Ben Okafor", ["ben@example.org"])
    mems = {
        "move": remember(s, anna, "dreading the move in March", category="home", sensitivity="personal",
                         event_date="2026-03-20", follow_up="open", captured_at="2026-02-12T10:00:00+00:00"),
        "dog": remember(s, anna, "Max the dog loves the beach", category="pet"),
        "birthday": remember(s, anna, "birthday", category="birthday", event_date="1990-04-03",
                             recurrence="yearly", source="contacts"),
        "grief": remember(s, anna, "her father died last autumn", category="loss", sensitivity="sensitive",
                          source="transcript", meeting_key="weekly@2026-03-25T10:00:00+00:00"),
        "climb": remember(s, anna, "goes climbing at the old gasworks", category="hobby"),
        "jazz": remember(s, ben, "plays jazz piano", category="hobby"),
        "records": remember(s, ben, "collects jazz records", category="hobby"),
    }
    past = Meeting(uid="weekly", title="Weekly 1-1", start=datetime(2026, 3, 25, 10, tzinfo=UTC),
                   end=datetime(2026, 3, 25, 10, 30, tzinfo=UTC))
    s.record_meeting(past, [anna.id])
    return {"anna": anna, "ben": ben, **mems}


def all_memory_texts(b: Briefing) -> dict[int, str]:
    return {m["id"]: m["text"] for e in b.people for m in e["memories"]}


def test_json_shape_has_stable_names(app, people):
    b = build_briefing(app, meeting("one", "anna@example.org"), now=NOW)
    data = json.loads(b.render("json"))
    assert set(data) == {"meeting", "generated_at", "today", "timezone", "group", "shared", "people", "new_faces",
                         "group_shared_ground", "sections", "pacing", "quiet"}
    assert data["meeting"] == {"uid": "one", "key": "one@2026-04-02T10:00:00+00:00", "title": "Weekly 1-1",
                               "start": "2026-04-02T10:00:00+00:00", "end": "2026-04-02T10:30:00+00:00",
                               "timezone": None, "location": "Video call", "source": "test", "response": None}
    assert data["today"] == "2026-04-02" and data["generated_at"] == NOW.isoformat()
    (entry,) = data["people"]
    assert set(entry) == {"person", "last_met", "memories", "prompts", "new_face", "pacing"}
    assert entry["person"] == {"id": people["anna"].id, "name": "Anna Berg", "emails": ["anna@example.org"]}
    assert entry["last_met"] == {"key": "weekly@2026-03-25T10:00:00+00:00", "date": "2026-03-25",
                                 "days_ago": 8, "title": "Weekly 1-1"}
    assert set(entry["memories"][0]) == {"id", "text", "category", "sensitivity", "event_date", "follow_up",
                                         "pinned", "sources"}
    assert set(entry["prompts"][0]) == {"kind", "text", "memory_ids", "sources", "sensitivity"}
    assert entry["new_face"] is False


def test_one_to_one_briefing_has_each_kind_light_first_and_cites_everything(app, people):
    b = build_briefing(app, meeting("one", "anna@example.org"), now=NOW)
    (entry,) = b.people
    kinds = [p["kind"] for p in entry["prompts"]]
    assert {"opener", "follow_up", "date", "shared_ground", "deep"} <= set(kinds)
    assert kinds[0] == "opener" and kinds[-1] == "deep"
    assert kinds.index("opener") < kinds.index("deep")
    texts = {p["kind"]: p["text"] for p in entry["prompts"]}
    assert texts["follow_up"].startswith("They mentioned: 'dreading the move in March' (12 Feb)")
    assert texts["date"] == "Birthday tomorrow (3 Apr) - a chance to wish them well."
    assert texts["shared_ground"] == ("Shared ground with you ('climbing'): they mentioned "
                                      "'goes climbing at the old gasworks'.")
    mine = {m.id for m in app.store.memories_for(people["anna"].id)}
    for p in entry["prompts"]:
        assert p["sources"], p
        if p["kind"] == "question":
            assert p["memory_ids"] == [] and p["sources"] == ["question bank"] and p["text"] in QUESTION_TEXTS
        else:
            assert p["memory_ids"] and set(p["memory_ids"]) <= mine
            assert all(f"'{app.store.get_memory(i).text}'" in p["text"] or p["kind"] == "date"
                       for i in p["memory_ids"][:1])
    deep = [p for p in entry["prompts"] if p["kind"] == "deep"]
    assert deep[0]["memory_ids"] == [people["grief"].id] and deep[0]["sensitivity"] == "sensitive"
    openers = [p for p in entry["prompts"] if p["kind"] == "opener"]
    assert all(p["sensitivity"] == "light" for p in openers)


def test_pacing_after_a_deep_last_meeting(app, people):
    b = build_briefing(app, meeting("one", "anna@example.org"), now=NOW)
    assert b.people[0]["pacing"] == "last time went deep - start with something light"
    assert b.pacing == [{"person_id": people["anna"].id, "name": "Anna Berg",
                         "note": "last time went deep - start with something light", "memory_ids": [people["grief"].id]}]
    assert "> [!warning] Pacing" in b.render("markdown")
    # A later meeting in between that stayed light: no pacing note any more.
    app.store.record_meeting(meeting("light", "anna@example.org", day=1), [people["anna"].id])
    later = build_briefing(app, meeting("one", "anna@example.org", day=3), now=NOW)
    assert later.people[0]["pacing"] is None and later.pacing == []


def test_question_rotation_across_meetings(app):
    s = app.store
    s.add_person("Dana Fox", ["dana@example.org"])
    asked = []
    for day in (2, 9, 16):
        m = meeting(f"m{day}", "dana@example.org", day=day)
        first = build_briefing(app, m, now=NOW)
        again = build_briefing(app, m, now=NOW)  # a preview and the delivered briefing agree
        (q,) = [p["text"] for p in first.people[0]["prompts"] if p["kind"] == "question"]
        assert [p["text"] for p in again.people[0]["prompts"] if p["kind"] == "question"] == [q]
        asked.append(q)
    assert asked[0] != asked[1] != asked[2]
    assert all(q in QUESTION_TEXTS for q in asked)
    assert first.people[0]["new_face"] is True
    # The same store and meetings give the same questions in a fresh home (deterministic rotation).
    state = s.get_state(f"person:{s.find_person('dana@example.org').id}:last_question")
    assert state["meeting_key"] == meeting("m16", "dana@example.org", day=16).key


def test_question_skips_topics_already_known(app):
    s = app.store
    p = s.add_person("Eve Stone", ["eve@example.org"])
    remember(s, p, "has two rabbits", category="pet")
    pet_question = next(q.text for q in QUESTIONS if q.topic == "pet")
    for day in range(2, 30):
        b = build_briefing(app, meeting(f"e{day}", "eve@example.org", day=day), now=NOW)
        assert pet_question not in [x["text"] for x in b.people[0]["prompts"]]


def test_group_meeting_is_short_finds_shared_ground_and_new_faces(app, people):
    m = meeting("kickoff", "anna@example.org", "ben@example.org", title="Project kickoff")
    m.attendees.append(Attendee("chloe@partner.example", "Chloé Martin"))
    m.attendees.append(Attendee("room-401@example.com", "Room 4.01", is_resource=True))
    b = build_briefing(app, m, now=NOW)
    assert b.group is True
    assert [e["person"]["name"] for e in b.people] == ["Anna Berg", "Ben Okafor"]
    # Short: three prompts and three memories a person, plus at most one deep topic to steer clear of.
    assert all(len([p for p in e["prompts"] if p["kind"] != "deep"]) <= 3 for e in b.people)
    assert all(len([p for p in e["prompts"] if p["kind"] == "deep"]) <= 1 for e in b.people)
    assert all(len(e["memories"]) <= 3 for e in b.people)
    (face,) = b.new_faces
    assert face["name"] == "Chloé Martin" and face["email"] == "chloe@partner.example"
    assert face["question"] in QUESTION_TEXTS
    again = build_briefing(app, m, now=NOW)
    assert again.new_faces[0]["question"] == face["question"]
    assert b.group_shared_ground == [] or all(g["sensitivity"] == "light" for g in b.group_shared_ground)
    md = b.render("markdown")
    assert "### New faces" in md and f"**Chloé Martin** (chloe@partner.example): {face['question']}" in md
    # Emails never appear in the state keys (rotation for new faces is keyed by a hash).
    keys = [r[0] for r in app.store.db.execute("SELECT key FROM state")]
    assert keys and not any("chloe" in k for k in keys)


def test_group_shared_ground_between_two_attendees(app):
    s = app.store
    a = s.add_person("Ana Diaz", ["ana@example.org"])
    b = s.add_person("Bo Chen", ["bo@example.org"])
    ma = remember(s, a, "sings in a choir on Tuesdays", category="hobby")
    mb = remember(s, b, "joined the office choir", category="hobby")
    br = build_briefing(app, meeting("g", "ana@example.org", "bo@example.org"), now=NOW)
    (g,) = br.group_shared_ground
    assert g["text"] == "Ana Diaz and Bo Chen both mentioned 'choir'." and g["memory_ids"] == [ma.id, mb.id]
    assert "Shared ground in the room" in br.render("markdown")


def test_shared_sink_copy_drops_personal_and_sensitive_details(app, people):
    m = meeting("kickoff", "anna@example.org", "ben@example.org")
    b = build_briefing(app, m, now=NOW)
    private = json.dumps(b.to_dict())
    assert "dreading the move" in private
    shared = b.for_shared_sink(app.config)
    assert shared.shared is True and b.shared is False
    for fmt in ("json", "markdown", "text"):
        out = shared.render(fmt)
        assert "dreading the move" not in out and "father" not in out and "went deep" not in out
        assert "Max the dog" in out  # light details stay
    # Opting in, per level.
    relaxed = b.for_shared_sink(Config(Path("."), {"briefing": {"allow_personal_in_shared": True}})).render("json")
    assert "dreading the move" in relaxed and "father" not in relaxed and "went deep" not in relaxed
    both = Config(Path("."), {"briefing": {"allow_personal_in_shared": True, "allow_sensitive_in_shared": True}})
    assert "went deep" in b.for_shared_sink(both).render("json")


def test_upcoming_days_from_config_reaches_the_prompt_plugin(app, people):
    m = meeting("one", "anna@example.org")
    assert "date" in [p["kind"] for p in build_briefing(app, m, now=NOW).people[0]["prompts"]]
    app.config.data["briefing"]["upcoming_days"] = 0  # the birthday is tomorrow: now out of range
    assert "date" not in [p["kind"] for p in build_briefing(app, m, now=NOW).people[0]["prompts"]]


class AgendaPlugin:
    """A third-party plugin: one prompt that cites a memory, one that cites none, and a section."""

    def __init__(self, memory_id: int):
        self.memory_id = memory_id

    @hookimpl
    def rapport_prompts(self, person, memories, meeting, today):
        if person.name != "Anna Berg":
            return None
        return [Prompt(kind="opener", text="Ask about the beach walks with Max", memory_ids=[self.memory_id]),
                Prompt(kind="opener", text="Ask about her new car", memory_ids=[])]

    @hookimpl
    def rapport_before_meeting(self, meeting, briefing, config):
        briefing.add_section("Agenda", ["Budget", "Hiring"], source="agenda-plugin")
        briefing.add_section("CRM note", "Contract renewal is a sore point", source="crm", sensitivity="personal")


def test_plugins_add_prompts_and_sections_and_uncited_prompts_are_dropped(app, people, capsys):
    app.pm.register(AgendaPlugin(people["dog"].id), name="agenda")
    b = build_briefing(app, meeting("one", "anna@example.org"), now=NOW)
    texts = [p["text"] for p in b.people[0]["prompts"]]
    assert "Ask about the beach walks with Max" in texts
    assert "Ask about her new car" not in texts
    plugin_prompt = next(p for p in b.people[0]["prompts"] if p["text"].startswith("Ask about the beach"))
    assert plugin_prompt["sources"] == ["notes 2026-03-25"]  # filled in from the cited memory
    assert "prompt dropped (opener)" in capsys.readouterr().err
    assert b.sections == [
        {"title": "Agenda", "lines": ["Budget", "Hiring"], "source": "agenda-plugin", "sensitivity": "light"},
        {"title": "CRM note", "lines": ["Contract renewal is a sore point"], "source": "crm", "sensitivity": "personal"},
    ]
    md = b.render("markdown")
    assert "### Agenda\n\n- Budget\n- Hiring\n_(agenda-plugin)_" in md and "sore point" in md
    shared = b.for_shared_sink(app.config)
    assert [sec["title"] for sec in shared.sections] == ["Agenda"]


def test_markdown_reads_in_obsidian_with_a_footnote_per_prompt(app, people):
    b = build_briefing(app, meeting("one", "anna@example.org"), now=NOW)
    md = b.render("markdown")
    assert md.startswith("## Briefing: Weekly 1-1\n")
    assert "### Anna Berg\nLast met Wed 25 Mar 2026 (8 days ago): Weekly 1-1" in md
    bullets = [line for line in md.splitlines() if line.startswith("- **")]
    assert len(bullets) == len(b.people[0]["prompts"])
    for line in bullets:
        assert re.search(r" _\(from (#\d+, )*[a-z ]+( \d{4}-\d\d-\d\d)?(, [^)]+)*\)_$", line), line
    assert f"_(from #{people['move'].id}, notes 2026-02-12)_" in md


def test_text_rendering_is_plain_unless_coloured(app, people):
    b = build_briefing(app, meeting("one", "anna@example.org"), now=NOW)
    plain = b.render("text")
    assert "\x1b[" not in plain and plain.startswith("Briefing: Weekly 1-1")
    assert "follow up" in plain and "Anna Berg" in plain
    assert "\x1b[" in b.render("text", color=True)
    with pytest.raises(Exception, match="unknown briefing format 'html'"):
        b.render("html")


def test_briefing_round_trips_through_json_and_its_repr_hides_details(app, people):
    b = build_briefing(app, meeting("one", "anna@example.org"), now=NOW)
    assert Briefing.from_dict(json.loads(b.render("json"))).to_dict() == b.to_dict()
    assert "Anna" not in repr(b) and "dreading" not in repr(b)


def test_unknown_attendees_only_gives_new_faces(app):
    app.store.add_person("Sam Lee", ["sam@example.com"], is_me=True)
    b = build_briefing(app, meeting("x", "stranger@example.net"), now=NOW)
    assert b.people == [] and len(b.new_faces) == 1 and b.group is False


def test_shared_ground_replaces_a_plain_opener_about_the_same_memory(app, people):
    b = build_briefing(app, meeting("b1", "ben@example.org"), now=NOW)
    prompts = b.people[0]["prompts"]
    shared = [p for p in prompts if p["kind"] == "shared_ground"]
    assert shared and all(p["memory_ids"][0] in (people["jazz"].id, people["records"].id) for p in shared)
    cited_by_shared = {p["memory_ids"][0] for p in shared}
    assert not [p for p in prompts if p["kind"] == "opener" and p["memory_ids"][0] in cited_by_shared]
