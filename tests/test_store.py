"""The stores: behaviour shared by both backends (the ``store`` fixture runs every such test on SQLite
and on a real PostgreSQL), and SQLite's own modes, migrations, concurrency and corruption."""

from __future__ import annotations

import itertools
import multiprocessing
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from rapport_plugins.errors import RapportError, StoreError
from rapport_plugins.models import Attendee, Meeting, Memory
from rapport_plugins.store import MIGRATIONS, SCHEMA_VERSION, SQLiteStore, _split_sql
from rapport_plugins.store_common import _norm_key


def make_store(kind: str, tmp_path: Path, request: pytest.FixtureRequest, name: str = "rapport.db"):
    """A fresh, empty store of this backend (PostgreSQL: a new database in the session's cluster)."""
    if kind == "sqlite":
        return SQLiteStore(tmp_path / name)
    from rapport_postgres.store import PostgresStore

    return PostgresStore(request.getfixturevalue("pg_database") if name == "rapport.db"
                         else _another_database(request))


def _another_database(request: pytest.FixtureRequest) -> str:
    cluster = request.getfixturevalue("postgres_cluster")
    name = f"copy{next(_copies)}"
    cluster.sql(f"CREATE DATABASE {name}")
    return cluster.dsn(dbname=name)


_copies = itertools.count(1)


def count_rows(store, table: str) -> int:
    """Rows in a table, whatever the backend (tests only)."""
    if isinstance(store, SQLiteStore):
        return store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return store._one(f"SELECT count(*) FROM {table}")


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path):
    s = make_store(request.param, tmp_path, request)
    yield s
    s.close()


def test_database_is_private_and_in_wal_mode(sqlite_store: SQLiteStore):
    store = sqlite_store
    assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.schema_version() == SCHEMA_VERSION


def test_people_are_found_by_email_alias_first_name_and_id(store: SQLiteStore):
    anna = store.add_person("Anna Berg", ["Anna.Berg@Example.org"], ["Annie"])
    store.add_person("Ben Okafor", ["ben@example.org"])
    assert store.find_person("anna.berg@example.ORG").id == anna.id
    assert store.find_person("mailto:anna.berg@example.org").id == anna.id
    assert store.find_person("annie").id == anna.id
    assert store.find_person("anna").id == anna.id
    assert store.find_person(f"#{anna.id}").id == anna.id
    assert store.find_person("nobody") is None
    with pytest.raises(RapportError, match="unknown person 'nobody'"):
        store.resolve_person("nobody")


def fill_keys(store) -> None:
    """People whose keys test every lookup: accents, case, aliases, cards, the user (also test_store_lookup)."""
    store.add_person("Anna Berg", ["Anna.Berg@Example.org", "anna@home.example"], ["Annie"], card_uid="card-anna")
    store.add_person("Anna Lind", ["lind@example.org"], card_uid="card-lind")
    store.add_person("Ömer Yılmaz", ["omer@example.org"], ["Ömi"], card_uid="card-omer")
    store.add_person("Ben Okafor", ["ben@example.org"], ["Benny", "B. Okafor"])
    store.add_person("Me Myself", ["me@example.org"], is_me=True)
    store.add_person("Zoë", [], ["Zo"], card_uid="card-zoe")


def _scan(store, kind: str, value: str):
    """What a full scan of everyone finds: the reference the indexed lookups must agree with."""
    for p in store.list_people(limit=None):
        if kind == "email" and _norm_key("email", value) in {_norm_key("email", e) for e in p.emails}:
            return p
        if kind == "alias" and _norm_key("alias", value) in {_norm_key("alias", a) for a in p.aliases}:
            return p
        if kind == "card" and p.card_uid == value:
            return p
    return None


@pytest.mark.parametrize("kind, value", [
    ("email", "anna.berg@example.org"), ("email", "MAILTO:ANNA@HOME.EXAMPLE"), ("email", "lind@example.org"),
    ("email", "omer@example.org"), ("email", "nobody@example.org"),
    ("alias", "annie"), ("alias", "ÖMI"), ("alias", "b.  okafor"), ("alias", "Zo"), ("alias", "ghost"),
    ("card", "card-anna"), ("card", "card-omer"), ("card", "card-zoe"), ("card", "card-nobody"),
])
def test_lookup_by_email_alias_or_card_finds_the_same_person_as_a_scan(store, kind: str, value: str):
    fill_keys(store)
    found = {"email": store.find_by_email, "alias": store.find_by_alias, "card": store.find_by_card_uid}[kind](value)
    assert found == _scan(store, kind, value)
    assert (found is None) == (value.endswith(("nobody", "nobody@example.org", "ghost")))
    if kind in ("email", "alias"):
        assert store.find_person(value) == found or found is None
    if found is not None:  # every way in leads to the one person
        ways = [store.find_by_email(e) for e in found.emails] + [store.find_by_alias(a) for a in found.aliases]
        ways += [store.find_by_card_uid(found.card_uid)] if found.card_uid else []
        assert ways and all(w == found for w in ways)


def test_an_email_belongs_to_one_person(store: SQLiteStore):
    store.add_person("Anna Berg", ["anna@example.org"])
    with pytest.raises(RapportError, match="already belongs to 'Anna Berg'"):
        store.add_person("Other Anna", ["ANNA@example.org"])
    assert [p.name for p in store.list_people()] == ["Anna Berg"]  # the failed add left nothing


def test_same_memory_from_two_sources_is_one_memory(store: SQLiteStore):
    p = store.add_person("Anna Berg")
    first, created = store.add_memory(Memory(person_id=p.id, text="Dog Max has surgery on Friday", category="pet"))
    again, created_again = store.add_memory(Memory(person_id=p.id, text="dog  max has surgery on friday!",
                                                   category="pet", source="notes", source_ref="1-1.md:4"))
    same, created_third = store.add_memory(Memory(person_id=p.id, text="Dog Max has surgery on Friday",
                                                  category="pet", source="notes", source_ref="1-1.md:4"))
    assert created and not created_again and not created_third
    assert first.id == again.id == same.id
    assert [s["source_ref"] for s in same.sources] == [None, "1-1.md:4"]
    assert len(store.memories_for(p.id)) == 1


def test_bad_memory_fields_are_refused(store: SQLiteStore):
    p = store.add_person("Anna Berg")
    with pytest.raises(RapportError, match="unknown category"):
        store.add_memory(Memory(person_id=p.id, text="x", category="gossip"))
    with pytest.raises(RapportError, match="unknown person #999"):
        store.add_memory(Memory(person_id=999, text="x"))
    assert store.memories_for(p.id) == []


def test_merge_moves_keys_memories_and_meetings(store: SQLiteStore):
    a = store.add_person("Anna Berg", ["anna@work.example"])
    b = store.add_person("Annie B", ["anna@home.example"])
    store.add_memory(Memory(person_id=a.id, text="Loves climbing", category="hobby"))
    store.add_memory(Memory(person_id=b.id, text="loves climbing", category="hobby", source="notes", source_ref="n.md:1"))
    store.add_memory(Memory(person_id=b.id, text="Has a cat called Miso", category="pet"))
    meeting = Meeting(uid="m1", title="Coffee", start=_dt("2026-03-01T10:00:00+00:00"), end=_dt("2026-03-01T11:00:00+00:00"))
    store.record_meeting(meeting, [b.id])
    merged = store.merge_people(a.id, b.id)
    assert sorted(merged.emails) == ["anna@home.example", "anna@work.example"]
    assert "Annie B" in merged.aliases
    texts = sorted(m.text for m in store.memories_for(a.id))
    assert texts == ["Has a cat called Miso", "Loves climbing"]
    climbing = next(m for m in store.memories_for(a.id) if m.text == "Loves climbing")
    assert len(climbing.sources) == 2
    assert store.get_person(b.id) is None
    assert store.last_meeting_with(a.id, _dt("2026-04-01T00:00:00+00:00"))["uid"] == "m1"


@pytest.mark.parametrize("query, person, memory", [
    ("Anna Berg", "Anna Berg", None), ("berg anna", "Anna Berg", None), ("Anna Be", "Anna Berg", None),
    ("anna.berg@example", "Anna Berg", None), ("annie", "Anna Berg", None), ("Okaf", "Ben Okafor", None),
    ("jazz concert", None, "Saw a jazz concert in Lisbon"), ("concert jaz", None, "Saw a jazz concert in Lisbon"),
    ("lisbon", None, "Saw a jazz concert in Lisbon"), ("LISB", None, "Saw a jazz concert in Lisbon"),
    ("jazz lisbon flamenco", None, None), ("Ann Berg", None, None),
])
def test_search_takes_every_word_whole_and_the_last_as_a_prefix(store, query: str, person: str | None,
                                                                 memory: str | None):
    """Every word must match; the last may be unfinished (it is being typed); earlier ones are whole
    words (a prefix there would walk every token it starts: slow at scale)."""
    anna = store.add_person("Anna Berg", ["anna.berg@example.org"], ["Annie"])
    ben = store.add_person("Ben Okafor")
    store.add_memory(Memory(person_id=anna.id, text="Saw a jazz concert in Lisbon"))
    store.add_memory(Memory(person_id=ben.id, text="Plays jazz bass"))
    found = store.search(query)
    assert [p.name for p in found["people"]] == ([person] if person else [])
    assert [m.text for m, _ in found["memories"]] == ([memory] if memory else [])


def test_forget_leaves_no_trace(tmp_path: Path):
    path = tmp_path / "rapport.db"
    store = SQLiteStore(path)
    anna = store.add_person("Anna Berg", ["anna@example.org"])
    keep = store.add_person("Ben Okafor")
    secret = "Zanzibarquokka diagnosis after the accident"
    store.add_memory(Memory(person_id=anna.id, text=secret, category="health", sensitivity="sensitive"))
    store.add_memory(Memory(person_id=keep.id, text="Plays bass", category="hobby"))
    store.set_state(f"person:{anna.id}:last_question", "q3")
    counts = store.forget_person(anna.id)
    assert counts["memories"] == 1 and counts["emails"] == 1 and counts["state"] == 1
    assert store.search("Zanzibarquokka") == {"people": [], "memories": []}
    assert store.search("anna")["people"] == []
    assert store.db.execute("SELECT count(*) FROM memories_fts").fetchone()[0] == 1  # Ben's only
    assert store.db.execute("SELECT count(*) FROM people_fts").fetchone()[0] == 1
    store.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("rapport.db"))
    assert b"Zanzibarquokka" not in raw and b"anna@example.org" not in raw
    assert b"Plays bass" in raw  # the check can see text that is still there


def test_migrates_a_version_1_database(tmp_path: Path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    for statement in _split_sql(MIGRATIONS[0]):
        db.execute(statement)
    db.execute("INSERT INTO people (id, name, created_at) VALUES (1, 'Anna Berg', '2025-01-01T00:00:00+00:00')")
    db.execute(
        "INSERT INTO memories (person_id, text, norm, category, captured_at, source, source_ref) "
        "VALUES (1, 'Loves jazz', 'loves jazz', 'hobby', '2025-01-01T00:00:00+00:00', 'notes', 'a.md:3')"
    )
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    store = SQLiteStore(path)
    assert store.schema_version() == SCHEMA_VERSION
    [memory] = store.memories_for(1)
    assert memory.text == "Loves jazz" and memory.pinned is False
    assert memory.sources[0]["source_ref"] == "a.md:3"  # the old single source became a source row
    assert store.search("jazz")["memories"][0][0].id == memory.id  # FTS built from old rows
    assert store.search("Anna")["people"][0].name == "Anna Berg"


def test_newer_schema_is_refused(tmp_path: Path):
    path = tmp_path / "future.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="newer than this rapport"):
        SQLiteStore(path)


def test_corrupt_database_is_reported_and_left_alone(tmp_path: Path):
    path = tmp_path / "rapport.db"
    garbage = b"this is not sqlite at all\x00" * 200
    path.write_bytes(garbage)
    with pytest.raises(StoreError) as info:
        SQLiteStore(path)
    assert str(path) in str(info.value) and "\n" not in str(info.value)
    assert path.read_bytes() == garbage


def test_foreign_database_is_not_touched(tmp_path: Path):
    path = tmp_path / "other.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE invoices (id INTEGER)")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="not a rapport database"):
        SQLiteStore(path)


def _writer(path: str, who: str, n: int) -> None:
    store = SQLiteStore(path)
    person = store.find_person(who)
    for i in range(n):
        store.add_memory(Memory(person_id=person.id, text=f"{who} fact number {i}", category="other"))
    store.close()


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path):
    path = tmp_path / "rapport.db"
    store = SQLiteStore(path)
    store.add_person("Anna Berg")
    store.add_person("Ben Okafor")
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(path), who, 150)) for who in ("Anna Berg", "Ben Okafor")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    counts = {p.name: len(store.memories_for(p.id)) for p in store.list_people()}
    assert counts == {"Anna Berg": 150, "Ben Okafor": 150}
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_claim_is_true_once(store: SQLiteStore):
    assert store.claim("delivered:m1") is True
    assert store.claim("delivered:m1") is False
    store.release("delivered:m1")
    assert store.claim("delivered:m1") is True


@pytest.mark.parametrize("target", ["sqlite", "postgres"])
def test_export_import_round_trip_is_lossless(tmp_path: Path, store: SQLiteStore, target: str,
                                              request: pytest.FixtureRequest):
    a = store.add_person("Anna Berg", ["anna@example.org"], ["Annie"], org="Example Co")
    store.add_memory(Memory(person_id=a.id, text="Birthday: 17 May", category="birthday", event_date="1990-05-17",
                            recurrence="yearly", source="contacts", source_ref="c.vcf#1"))
    m, _ = store.add_memory(Memory(person_id=a.id, text="Moving flat", category="home", sensitivity="personal",
                                   event_date="2026-03-14", follow_up="open", pinned=True))
    store.add_source(m.id, "notes", "1-1.md:7")
    meeting = Meeting(uid="u1", title="1-1", start=_dt("2026-03-10T10:00:00+01:00"), end=_dt("2026-03-10T10:30:00+01:00"),
                      attendees=[Attendee(email="anna@example.org")])
    store.record_meeting(meeting, [a.id])
    store.set_state("person:1:last_question", "q7")
    exported = store.export()
    other = make_store(target, tmp_path, request, "copy.db")
    counts = other.import_data(exported)
    assert counts == {"people": 1, "memories": 2, "duplicates": 0, "meetings": 1}
    again = other.export()
    for data in (again, exported):
        for person in data["people"]:
            person.pop("created_at")
            for memory in person["memories"]:
                # Visibility is a team store's: SQLite has none; PostgreSQL's default follows sensitivity.
                assert memory.pop("shared") in (None, memory["sensitivity"] == "light")
                assert memory.pop("author") is None  # imported: written by the importing user
    assert again == exported
    assert other.import_data(exported)["duplicates"] == 2  # importing twice adds nothing
    other.close()


def test_import_refuses_foreign_json(store: SQLiteStore):
    with pytest.raises(RapportError, match="not a rapport export"):
        store.import_data({"people": []})


def _dt(s: str):
    from datetime import datetime

    return datetime.fromisoformat(s)


def test_brought_up_is_recorded_once_and_follows_merge_and_forget(store: SQLiteStore):
    anna = store.add_person("Anna Berg", ["anna@example.org"])
    twin = store.add_person("A. Berg", ["a.berg@example.org"])
    cat, _ = store.add_memory(Memory(person_id=anna.id, text="has a cat", category="pet"))
    cello, _ = store.add_memory(Memory(person_id=twin.id, text="plays the cello", category="hobby"))
    same, _ = store.add_memory(Memory(person_id=twin.id, text="Has a cat!", category="pet"))
    start = "2026-03-02T10:00:00+00:00"
    offers = [(anna.id, cat.id, "opener"), (twin.id, cello.id, "opener"), (twin.id, same.id, "opener")]
    assert store.record_brought_up("weekly@" + start, start, offers) == 3
    assert store.record_brought_up("weekly@" + start, start, offers) == 0  # idempotent per meeting
    assert store.record_brought_up("weekly@x", start, [(anna.id, cello.id, "opener")]) == 0  # not hers
    store.merge_people(anna.id, twin.id)
    rows = store.brought_up_for(anna.id)
    assert sorted(r["memory_id"] for r in rows) == [cat.id, cello.id]  # the twin's row joined "has a cat"
    assert store.brought_up_for(twin.id) == []
    store.forget_person(anna.id)
    assert count_rows(store, "brought_up") == 0
