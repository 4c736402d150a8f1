"""Export and import stream: one record per line, constant queries, old files still read."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from rapport_plugins.errors import RapportError
from rapport_plugins.export_file import read_export, write_export
from rapport_plugins.models import Attendee, Meeting, Memory
from rapport_plugins.store import SQLiteStore

LIMIT = 10 * 1024 * 1024


def _dt(s: str):
    from datetime import datetime

    return datetime.fromisoformat(s)


def _fill(store: SQLiteStore, n: int) -> None:
    anna = store.add_person("Anna Berg", ["anna@example.org"], ["Annie"], org="Example Co", card_uid="c-1")
    ben = store.add_person("Ben Okafor", ["ben@example.org"])
    store.add_person("Émile Zola")  # nobody remembers anything about him yet
    for i in range(n):
        m, _ = store.add_memory(Memory(person_id=(anna if i % 2 else ben).id, text=f"Plays jazz piano, gig {i}",
                                       category="hobby", event_date="2026-03-14", follow_up="open", pinned=i == 0,
                                       source="notes", source_ref=f"n/{i}.md:3", captured_at="2026-03-01T10:00:00"))
        store.add_source(m.id, "transcript", f"t/{i}.vtt:9", added_at="2026-03-02T10:00:00")
    meeting = Meeting(uid="u1", title="1-1 «café»", start=_dt("2026-03-10T10:00:00+01:00"),
                      end=_dt("2026-03-10T10:30:00+01:00"), attendees=[Attendee(email="anna@example.org")])
    store.record_meeting(meeting, [anna.id, ben.id])
    store.record_brought_up(meeting.key, "2026-03-10T10:00:00+01:00", [(anna.id, 2, "opener")])
    store.set_state(f"person:{anna.id}:last_question", "q7")


def _export_bytes(store: SQLiteStore) -> bytes:
    out = io.BytesIO()
    write_export(store.export_records(raw=True), out)
    return out.getvalue()


@pytest.fixture
def store(sqlite_store):
    return sqlite_store


def test_export_is_one_json_document_with_one_record_per_line(store: SQLiteStore):
    _fill(store, 6)
    raw = _export_bytes(store)
    data = json.loads(raw)  # any JSON tool reads it
    assert data["format"] == "rapport-export" and data["version"] == 2
    assert [len(data[k]) for k in ("people", "memories", "meetings", "state")] == [3, 6, 1, 1]
    lines = raw.decode().splitlines()
    assert lines[1] == '"people": [' and lines[-1] == "}"
    assert sum('"text":"Plays jazz' in line for line in lines) == 6  # each memory on a line of its own
    assert "«café»" in raw.decode()  # UTF-8, not \\u escapes


def test_round_trip_is_lossless(tmp_path: Path, store: SQLiteStore):
    _fill(store, 6)
    raw = _export_bytes(store)
    other = SQLiteStore(tmp_path / "copy.db")
    counts = other.import_records(read_export(io.BytesIO(raw), "x.json", LIMIT))
    assert counts == {"people": 3, "memories": 6, "duplicates": 0, "meetings": 1}
    assert _export_bytes(other) == raw  # ids, sources, brought-up, meetings and state all kept
    again = other.import_records(read_export(io.BytesIO(raw), "x.json", LIMIT))
    assert again == {"people": 3, "memories": 0, "duplicates": 6, "meetings": 1}
    other.close()


def _found(store: SQLiteStore, query: str) -> tuple[list[str], list[str]]:
    hits = store.search(query, limit=100)
    return sorted(p.name for p in hits["people"]), sorted(m.text for m, _ in hits["memories"])


def test_imported_people_and_memories_are_searchable_and_so_is_what_comes_after(tmp_path: Path, store: SQLiteStore):
    """The import writes the search index a batch at a time (its insert trigger set aside meanwhile):
    everything imported is found, and the trigger is back for what is added afterwards."""
    _fill(store, 6)
    other = SQLiteStore(tmp_path / "copy.db")
    other.import_records(read_export(io.BytesIO(_export_bytes(store)), "x.json", LIMIT))
    assert _found(other, "jazz gig") == _found(store, "jazz gig") and len(_found(other, "jazz")[1]) == 6
    assert _found(other, "annie") == (["Anna Berg"], []) and _found(other, "Émile")[0] == ["Émile Zola"]
    later, _ = other.add_memory(Memory(person_id=other.find_person("annie").id, text="Learning the oud"))
    assert _found(other, "oud")[1] == ["Learning the oud"]
    other.close()


def test_a_failed_import_leaves_the_search_index_as_it_was(tmp_path: Path, store: SQLiteStore):
    _fill(store, 2)
    data = json.loads(_export_bytes(store))
    data["memories"][1]["person_id"] = 999
    other = SQLiteStore(tmp_path / "copy.db")
    with pytest.raises(RapportError, match="person_id 999"):
        other.import_data(data)
    assert other.count_people() == 0 and _found(other, "jazz") == ([], [])
    kim = other.add_person("Kim Lee")
    other.add_memory(Memory(person_id=kim.id, text="Plays jazz trumpet"))
    assert _found(other, "jazz") == ([], ["Plays jazz trumpet"]) and _found(other, "kim") == (["Kim Lee"], [])
    other.close()


def test_import_into_a_home_whose_ids_are_taken_keeps_every_memory(tmp_path: Path, store: SQLiteStore):
    """Ids already used here (another person's memories) or texts already remembered: each memory
    is stored once, under a new id where its own is taken, and counted right."""
    _fill(store, 6)
    other = SQLiteStore(tmp_path / "copy.db")
    kim = other.add_person("Kim Lee", ["kim@example.org"])
    for i in range(3):
        other.add_memory(Memory(person_id=kim.id, text=f"Kim's memory {i}"))  # ids 1-3: taken
    ben = other.add_person("Ben Okafor", ["ben@example.org"])  # the same Ben (by email)
    other.add_memory(Memory(person_id=ben.id, text="Plays jazz piano, gig 0"))  # already remembered
    counts = other.import_records(read_export(io.BytesIO(_export_bytes(store)), "x.json", LIMIT))
    assert counts == {"people": 3, "memories": 5, "duplicates": 1, "meetings": 1}
    assert len(_found(other, "jazz")[1]) == 6 and len(_found(other, "kim")[1]) == 3
    anna = other.find_person("annie")
    assert sorted(m.text for m in other.memories_for(anna.id)) == sorted(
        m.text for m in store.memories_for(store.find_person("annie").id))
    other.close()


def test_export_makes_the_same_few_queries_whatever_the_size(tmp_path: Path):
    statements = {}
    for n in (4, 60):
        s = SQLiteStore(tmp_path / f"{n}.db")
        _fill(s, n)
        seen: list[str] = []
        s.db.set_trace_callback(seen.append)
        _export_bytes(s)
        s.db.set_trace_callback(None)
        statements[n] = seen
        s.close()
    assert len(statements[4]) == len(statements[60]) <= 8
    assert max(map(len, statements[60])) == max(map(len, statements[4]))  # no statement grows with the data


def test_a_version_1_export_is_still_imported(tmp_path: Path, store: SQLiteStore):
    _fill(store, 4)
    old = tmp_path / "v1.json"
    old.write_text(json.dumps(store.export(), indent=2, sort_keys=True), encoding="utf-8")
    assert store.export()["version"] == 1 and "memories" in store.export()["people"][0]
    other = SQLiteStore(tmp_path / "copy.db")
    with old.open("rb") as fh:
        counts = other.import_records(read_export(fh, str(old), LIMIT))
    assert counts == {"people": 3, "memories": 4, "duplicates": 0, "meetings": 1}
    assert _export_bytes(other) == _export_bytes(store)
    other.close()


def test_a_bad_line_names_its_place_and_stores_nothing(tmp_path: Path, store: SQLiteStore):
    _fill(store, 4)
    lines = _export_bytes(store).decode().splitlines(keepends=True)
    target = next(i for i, line in enumerate(lines) if '"text":"Plays jazz piano, gig 2"' in line)
    bad = lines[:target] + [lines[target].replace('"text":"Plays jazz piano, gig 2"', '"text":7')] + lines[target + 1:]
    other = SQLiteStore(tmp_path / "copy.db")
    with pytest.raises(RapportError, match=rf"^x.json:{target + 1}: not a valid rapport export: memories\[2\]\.text"):
        other.import_records(read_export(io.BytesIO("".join(bad).encode()), "x.json", LIMIT))
    assert other.count_people() == 0  # the people before the bad line were rolled back too
    cut = "".join(lines[: target + 1]).encode()
    with pytest.raises(RapportError, match="ends inside memories"):
        other.import_records(read_export(io.BytesIO(cut), "x.json", LIMIT))
    assert other.count_people() == 0
    other.close()


def test_a_memory_of_someone_not_exported_is_refused(tmp_path: Path, store: SQLiteStore):
    _fill(store, 2)
    data = json.loads(_export_bytes(store))
    data["memories"][0]["person_id"] = 999
    with pytest.raises(RapportError, match="person_id 999 is not among the exported people"):
        store.import_data(data)


def test_a_row_with_id_0_round_trips(tmp_path: Path, store: SQLiteStore):
    store.db.execute("INSERT INTO people (id, name, name_norm, created_at, is_me) VALUES (0, 'Me', 'me', 'x', 1)")
    store.add_memory(Memory(person_id=0, text="Likes tea"))
    raw = _export_bytes(store)
    other = SQLiteStore(tmp_path / "copy.db")
    assert other.import_records(read_export(io.BytesIO(raw), "x.json", LIMIT))["memories"] == 1
    assert _export_bytes(other) == raw
    other.close()


class _DictOnlyStore:
    """A backend that only speaks whole values (export / import_data), like a third-party one may."""

    def __init__(self, inner: SQLiteStore):
        self.inner = inner

    def export(self):
        return self.inner.export()

    def import_data(self, data):
        return self.inner.import_data(data)


def test_a_backend_without_streaming_still_exports_and_imports(tmp_path: Path, store: SQLiteStore):
    from rapport_plugins.export_file import import_into, records_of_store

    _fill(store, 4)
    out = io.BytesIO()
    write_export(records_of_store(_DictOnlyStore(store)), out)
    other = SQLiteStore(tmp_path / "copy.db")
    counts = import_into(_DictOnlyStore(other), read_export(io.BytesIO(out.getvalue()), "x.json", LIMIT))
    assert counts == {"people": 3, "memories": 4, "duplicates": 0, "meetings": 1, "forgotten": 0}
    assert _export_bytes(other) == _export_bytes(store)
    other.close()
