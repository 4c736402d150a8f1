"""People are looked up by key through indexes (SQLite's query plans; that a lookup finds the same
person as a scan is shown on both backends in test_store.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_store import fill_keys

from rapport_plugins.models import Memory
from rapport_plugins.store import MIGRATIONS, SCHEMA_VERSION, SQLiteStore, _split_sql


@pytest.fixture
def store(sqlite_store):
    return sqlite_store


def test_lookups_use_indexes(store: SQLiteStore):
    fill_keys(store)
    plans = {
        "card": "SELECT id FROM people WHERE card_uid=?",
        "name": "SELECT id FROM people WHERE name_norm=?",
        "first name": "SELECT id FROM people WHERE name_norm >= ? AND name_norm < ?",
        "key": "SELECT person_id FROM person_keys WHERE kind=? AND norm=?",
        "listing": "SELECT id FROM people ORDER BY name COLLATE NOCASE, id LIMIT 10",
    }
    for what, sql in plans.items():
        plan = " ".join(r[3] for r in store.db.execute("EXPLAIN QUERY PLAN " + sql, ("x",) * sql.count("?")))
        assert "USING" in plan and "SCAN people\n" not in plan and "TEMP B-TREE" not in plan, (what, plan)


def test_names_and_first_names_match_case_insensitively_beyond_ascii(store: SQLiteStore):
    fill_keys(store)
    assert store.find_person("ömer yılmaz").name == "Ömer Yılmaz"
    assert store.find_person("ömer").name == "Ömer Yılmaz"  # the only Ömer
    assert store.find_person("anna") is None  # two Annas: ambiguous
    assert [p.name for p in store.people_with_first_name("ANNA")] == ["Anna Berg", "Anna Lind"]
    assert [p.name for p in store.people_with_first_name("zoë")] == ["Zoë"]
    assert store.people_with_first_name("An") == []  # a word, not a prefix of one
    renamed = store.update_person(store.find_person("ben@example.org").id, name="  Benedict   Okafor ")
    assert renamed.name == "Benedict Okafor" and store.find_person("benedict okafor") == renamed


def test_people_page_counts_memories_in_one_query(store: SQLiteStore):
    fill_keys(store)
    anna = store.find_person("annie")
    for text in ("Dog Max", "Plays cello", "Moved to Lisbon"):
        store.add_memory(Memory(person_id=anna.id, text=text))
    store.add_memory(Memory(person_id=anna.id, text="Maybe a new job", review="proposed"))
    statements: list[str] = []
    store.db.set_trace_callback(statements.append)
    page = list(store.people_page(limit=3, offset=0))
    store.db.set_trace_callback(None)
    assert len(statements) == 1
    assert [(p.name, n) for p, n in page] == [("Anna Berg", 3), ("Anna Lind", 0), ("Ben Okafor", 0)]
    assert page[0][0] == store.get_person(anna.id)  # keys and fields as a single lookup gives them
    rest = [p.name for p in store.list_people(limit=10, offset=3)]
    assert rest == ["Me Myself", "Zoë", "Ömer Yılmaz"] and store.count_people() == 6


def test_version_5_database_gains_name_index_with_names_filled(tmp_path: Path):
    path = tmp_path / "v5.db"
    db = sqlite3.connect(path)
    for step in MIGRATIONS[:5]:
        for statement in _split_sql(step):
            db.execute(statement)
    db.execute("INSERT INTO people (id, name, created_at, card_uid) VALUES (7, 'Ömer  Yılmaz', '2025-01-01', 'c7')")
    db.execute("PRAGMA user_version = 5")
    db.commit()
    db.close()
    store = SQLiteStore(path)
    try:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.find_person("ömer yılmaz").id == 7 and store.find_by_card_uid("c7").id == 7
    finally:
        store.close()


def test_search_pages_are_ranked_and_fetch_owners_together(store: SQLiteStore):
    fill_keys(store)
    anna, ben = store.find_person("annie"), store.find_person("benny")
    for i in range(6):
        store.add_memory(Memory(person_id=(anna if i % 2 else ben).id, text=f"jazz concert number {i}"))
    first = store.search("jazz", limit=4)
    second = store.search("jazz", limit=4, offset=4)
    ids = [m.id for m, _ in first["memories"]] + [m.id for m, _ in second["memories"]]
    assert len(ids) == 6 == len(set(ids))
    assert all(owner.id == m.person_id for m, owner in first["memories"] + second["memories"])
    assert all(m.sources for m, _ in first["memories"])


def test_a_word_in_very_many_memories_ranks_the_newest(store: SQLiteStore, monkeypatch):
    import rapport_plugins.store_memories as store_module

    fill_keys(store)
    anna = store.find_person("annie")
    ids = [store.add_memory(Memory(person_id=anna.id, text=f"jazz night {i}"))[0].id for i in range(6)]
    monkeypatch.setattr(store_module, "RANKED", 3)
    found = [m.id for m, _ in store.search("jazz", limit=10)["memories"]]
    assert sorted(found) == ids[-3:]


def test_dismissed_memories_take_no_place_among_the_newest_ranked(store: SQLiteStore, monkeypatch):
    import rapport_plugins.store_memories as store_module

    fill_keys(store)
    anna = store.find_person("annie")
    ids = [store.add_memory(Memory(person_id=anna.id, text=f"jazz night {i}"))[0].id for i in range(6)]
    for newest in ids[-2:]:
        store.update_memory(newest, review="dismissed")
    monkeypatch.setattr(store_module, "RANKED", 3)
    found = [m.id for m, _ in store.search("jazz", limit=10)["memories"]]
    assert sorted(found) == ids[1:4]  # the newest three the user still has
