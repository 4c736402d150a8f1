"""The embedded SQLite store: people, memories, meetings seen and automation state.

One file, mode 0600, WAL journal so a briefing can read while a capture writes, a busy timeout
so two processes queue instead of failing, every write in one ``BEGIN IMMEDIATE`` transaction,
forward-only schema migrations (``PRAGMA user_version``), FTS5 over memories and people.
``forget`` deletes a person everywhere, full-text index included (``secure_delete`` zeroes the
freed pages and the FTS index is optimised so no token of them survives).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .errors import RapportError, StoreError
from .models import Memory
from .store_common import (  # noqa: F401 - names other modules import from here
    CHUNK,
    MEMORY_FIELDS,
    StoreBehaviour,
    _aware,
    _chunks,
    _instant,
    _iso,
    _norm_key,
    name_norm,
    normalise,
    remap_state_key,
    utcnow,
)
from .store_meetings import SQLiteMeetings
from .store_memories import SQLiteMemories
from .store_people import SQLitePeople
from .store_state import SQLiteState

BUSY_TIMEOUT_MS = 30_000

# Forward migrations; index i brings a database from user_version i to i + 1. Never edit a
# released step: add a new one.
MIGRATIONS: list[str] = [
    # 1: people, their keys, memories.
    """
    CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE person_keys (
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('email', 'alias')),
        value TEXT NOT NULL,
        norm TEXT NOT NULL,
        UNIQUE (kind, norm)
    );
    CREATE INDEX person_keys_person ON person_keys(person_id);
    CREATE TABLE memories (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        norm TEXT NOT NULL,
        category TEXT NOT NULL DEFAULT 'other',
        sensitivity TEXT NOT NULL DEFAULT 'light',
        source TEXT NOT NULL DEFAULT 'manual',
        source_ref TEXT,
        captured_at TEXT NOT NULL,
        event_date TEXT,
        recurrence TEXT,
        follow_up TEXT,
        review TEXT NOT NULL DEFAULT 'kept',
        UNIQUE (person_id, norm)
    );
    """,
    # 2: contact links, pins, confirmations, several sources per memory, meetings seen, state.
    """
    ALTER TABLE people ADD COLUMN card_uid TEXT;
    ALTER TABLE people ADD COLUMN note_ref TEXT;
    ALTER TABLE people ADD COLUMN org TEXT;
    ALTER TABLE people ADD COLUMN title TEXT;
    ALTER TABLE people ADD COLUMN is_me INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE memories ADD COLUMN event_text TEXT;
    ALTER TABLE memories ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE memories ADD COLUMN confirmed_at TEXT;
    ALTER TABLE memories ADD COLUMN meeting_key TEXT;
    CREATE INDEX memories_person ON memories(person_id, review);
    CREATE INDEX memories_review ON memories(review);
    CREATE INDEX memories_meeting ON memories(meeting_key);
    CREATE TABLE memory_sources (
        id INTEGER PRIMARY KEY,
        memory_id INTEGER NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        source_ref TEXT,
        meeting_key TEXT,
        added_at TEXT NOT NULL,
        UNIQUE (memory_id, source, source_ref)
    );
    INSERT INTO memory_sources (memory_id, source, source_ref, added_at)
        SELECT id, source, source_ref, captured_at FROM memories;
    CREATE TABLE meetings (
        key TEXT PRIMARY KEY,
        uid TEXT NOT NULL,
        title TEXT NOT NULL,
        start TEXT NOT NULL,
        end TEXT,
        source TEXT,
        seen_at TEXT NOT NULL
    );
    CREATE INDEX meetings_start ON meetings(start);
    CREATE TABLE meeting_people (
        meeting_key TEXT NOT NULL REFERENCES meetings(key) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        PRIMARY KEY (meeting_key, person_id)
    );
    CREATE INDEX meeting_people_person ON meeting_people(person_id);
    CREATE TABLE state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    """,
    # 3: full-text search. Own-content FTS tables (not external content) so that deleting a row
    # really removes its text; triggers keep the memory index in step.
    """
    CREATE VIRTUAL TABLE memories_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE people_fts USING fts5(name, keys, tokenize = 'unicode61 remove_diacritics 2');
    INSERT INTO memories_fts (rowid, text) SELECT id, text FROM memories;
    INSERT INTO people_fts (rowid, name, keys)
        SELECT p.id, p.name, coalesce((SELECT group_concat(value, ' ') FROM person_keys k WHERE k.person_id = p.id), '')
        FROM people p;
    CREATE TRIGGER memories_fts_ai AFTER INSERT ON memories BEGIN
        INSERT INTO memories_fts (rowid, text) VALUES (new.id, new.text);
    END;
    CREATE TRIGGER memories_fts_ad AFTER DELETE ON memories BEGIN
        DELETE FROM memories_fts WHERE rowid = old.id;
    END;
    CREATE TRIGGER memories_fts_au AFTER UPDATE OF text ON memories BEGIN
        DELETE FROM memories_fts WHERE rowid = old.id;
        INSERT INTO memories_fts (rowid, text) VALUES (new.id, new.text);
    END;
    CREATE TRIGGER people_fts_ad AFTER DELETE ON people BEGIN
        DELETE FROM people_fts WHERE rowid = old.id;
    END;
    """,
    # 4: the user's answer to each meeting's invitation (declined meetings are not "met").
    """
    ALTER TABLE meetings ADD COLUMN response TEXT;
    """,
    # 5: what a delivered briefing brought up (memory, meeting, prompt kind), for rotation with rest.
    """
    CREATE TABLE brought_up (
        memory_id INTEGER NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        meeting_key TEXT NOT NULL,
        meeting_start TEXT NOT NULL,
        kind TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (memory_id, meeting_key)
    );
    CREATE INDEX brought_up_person ON brought_up(person_id, meeting_start);
    """,
    # 6: people looked up by key through indexes: a normalised name (lower-cased by Python, so
    # non-ASCII names match too), the contact card's UID, and the listing order for paging.
    """
    ALTER TABLE people ADD COLUMN name_norm TEXT;
    UPDATE people SET name_norm = rapport_name_norm(name);
    CREATE INDEX people_name_norm ON people(name_norm);
    CREATE INDEX people_card_uid ON people(card_uid) WHERE card_uid IS NOT NULL;
    CREATE INDEX people_listing ON people(name COLLATE NOCASE, id);
    """,
    # 7: a meeting's own time zone as its calendar names it (ICS TZID, Google/Graph timeZone), so a
    # meeting recorded from New York is shown as "09:00 New York time", not by its offset alone.
    """
    ALTER TABLE meetings ADD COLUMN timezone TEXT;
    """,
    # 8: a person's time zone, as their contact card names it (vCard TZ).
    """
    ALTER TABLE people ADD COLUMN timezone TEXT;
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


def _json_flag(column: str) -> str:
    return f"json(CASE WHEN {column} THEN 'true' ELSE 'false' END)"


# Export records as JSON built by SQLite (one row per record, the C code of its JSON1 functions
# instead of Python dicts): lists keep the order the store shows them in.
_EXPORT_PEOPLE = (
    "SELECT json_object('name', p.name, "
    "'emails', (SELECT json_group_array(k.value) FROM (SELECT value FROM person_keys WHERE person_id = p.id "
    "AND kind = 'email' ORDER BY rowid) k), "
    "'aliases', (SELECT json_group_array(k.value) FROM (SELECT value FROM person_keys WHERE person_id = p.id "
    "AND kind = 'alias' ORDER BY rowid) k), "
    "'id', p.id, 'card_uid', p.card_uid, 'note_ref', p.note_ref, 'org', p.org, 'title', p.title, "
    "'timezone', p.timezone, "
    f"'is_me', {_json_flag('p.is_me')}, 'created_at', p.created_at) FROM people p ORDER BY p.id"
)
_EXPORT_MEMORIES = (
    "SELECT json_object('id', m.id, 'person_id', m.person_id, 'text', m.text, 'category', m.category, "
    "'sensitivity', m.sensitivity, 'source', m.source, 'source_ref', m.source_ref, 'captured_at', m.captured_at, "
    "'event_date', m.event_date, 'event_text', m.event_text, 'recurrence', m.recurrence, 'follow_up', m.follow_up, "
    f"'review', m.review, 'pinned', {_json_flag('m.pinned')}, 'confirmed_at', m.confirmed_at, "
    "'meeting_key', m.meeting_key, "
    "'sources', (SELECT json_group_array(json_object('source', s.source, 'source_ref', s.source_ref, "
    "'meeting_key', s.meeting_key, 'added_at', s.added_at)) "
    "FROM (SELECT * FROM memory_sources WHERE memory_id = m.id ORDER BY id) s), "
    "'brought_up', (SELECT json_group_array(json_object('meeting_key', b.meeting_key, "
    "'meeting_start', b.meeting_start, 'kind', b.kind)) "
    "FROM (SELECT * FROM brought_up WHERE memory_id = m.id ORDER BY meeting_start, meeting_key) b)"
    ") FROM memories m ORDER BY m.id"
)
_EXPORT_MEETINGS = (
    "SELECT json_object('key', m.key, 'uid', m.uid, 'title', m.title, 'start', m.start, 'end', m.end, "
    "'source', m.source, 'seen_at', m.seen_at, 'response', m.response, 'timezone', m.timezone, "
    "'people', (SELECT json_group_array(mp.person_id) FROM (SELECT person_id FROM meeting_people "
    "WHERE meeting_key = m.key ORDER BY person_id) mp)) FROM meetings m ORDER BY m.key"
)


IMPORT_BATCH = 1_000  # memories per executemany while importing (a bounded batch)
_IMPORTED = MEMORY_FIELDS  # the columns an imported memory sets besides id, person_id and norm
_INSERT_SOURCE = ("INSERT OR IGNORE INTO memory_sources (memory_id, source, source_ref, meeting_key, added_at) "
                  "VALUES (?,?,?,?,?)")
_INSERT_BROUGHT_UP = ("INSERT OR IGNORE INTO brought_up (memory_id, person_id, meeting_key, meeting_start, kind, "
                      "recorded_at) VALUES (?, (SELECT person_id FROM memories WHERE id = ?), ?, ?, ?, ?)")


def _create_private(path: Path) -> None:
    """Create the database file with mode 0600 before SQLite opens it (its -wal/-shm copy the mode)."""
    from .config import make_private_dirs

    make_private_dirs(path.parent)
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.fchmod(fd, 0o600)  # whatever the umask
        os.close(fd)
    else:
        try:
            os.chmod(path, 0o600)
        except OSError:
            pass


class SQLiteStore(SQLitePeople, SQLiteMemories, SQLiteMeetings, SQLiteState, StoreBehaviour):
    """The built-in storage backend. Other backends implement the same methods."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        # A home the user made read-only (or a read-only mount) still answers read-only commands:
        # the database is opened immutable (no -wal/-shm files to create), writes are refused.
        self.read_only = self.path.exists() and not all(
            os.access(p, os.W_OK) and os.stat(p).st_mode & stat.S_IWUSR for p in (self.path, self.path.parent))
        try:
            if self.read_only:
                uri = f"{self.path.resolve().as_uri()}?mode=ro&immutable=1"
                self.db = sqlite3.connect(uri, uri=True, isolation_level=None)
                self.db.row_factory = sqlite3.Row
                self.db.create_function("rapport_name_norm", 1, name_norm, deterministic=True)
                self._check_read_only_schema()
            else:
                _create_private(self.path)
                self.db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
                self.db.row_factory = sqlite3.Row
                self.db.create_function("rapport_name_norm", 1, name_norm, deterministic=True)
                self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                self.db.execute("PRAGMA foreign_keys = ON")
                self.db.execute("PRAGMA secure_delete = ON")
                mode = self.db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if mode.lower() != "wal":
                    raise sqlite3.DatabaseError(f"cannot switch to WAL (journal mode {mode})")
                self.db.execute("PRAGMA synchronous = NORMAL")
                self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the rapport database: {exc}") from None
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot open the rapport database: {exc.strerror or exc}") from None
        self._depth = 0

    # -- plumbing ---------------------------------------------------------------------------
    def _check_read_only_schema(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version != SCHEMA_VERSION:
            raise StoreError(f"{self.path}: the database is read-only and needs an upgrade "
                             f"(schema {version}, this rapport {SCHEMA_VERSION}); make it writable once")

    def _refuse_write(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: the database is read-only (or its folder is); "
                             "this command needs to write, read-only commands still work")

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: database schema {version} is newer than this rapport ({SCHEMA_VERSION}); upgrade rapport"
            )
        if version == 0:
            tables = self.db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if tables:
                raise StoreError(f"{self.path}: not a rapport database (it has tables but no rapport schema)")
        for step in range(version, SCHEMA_VERSION):
            self.db.execute("BEGIN IMMEDIATE")
            try:
                # Re-check inside the lock: another process may have migrated meanwhile.
                current = self.db.execute("PRAGMA user_version").fetchone()[0]
                if current > step:
                    self.db.execute("COMMIT")
                    continue
                for statement in _split_sql(MIGRATIONS[step]):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {step + 1}")
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (nested calls join the outer one)."""
        self._refuse_write()
        if self._depth:
            self._depth += 1
            try:
                yield self.db
            finally:
                self._depth -= 1
            return
        self.db.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self.db
        except BaseException:
            self._depth = 0
            self.db.execute("ROLLBACK")
            raise
        self._depth = 0
        self.db.execute("COMMIT")

    def close(self) -> None:
        try:
            self.db.close()
        except sqlite3.Error:
            pass

    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    # -- export / import ---------------------------------------------------------------------
    def export_records(self, raw: bool = False) -> Iterator[tuple[str, Any]]:
        """Everything in the store as a stream of records: ``("header", {...})``, then every
        ``("person", ...)``, ``("memory", ...)`` (with its ``person_id``, sources and
        brought_up), ``("meeting", ...)`` (with its people's ids) and ``("state", (key, value))``.

        People, memories and meetings are built as JSON by SQLite itself (``raw=True`` yields
        that text, else the parsed value): one query per table, read as a cursor, so memory
        stays constant whatever the store's size and no statement grows with the data.
        """
        yield "header", {"format": "rapport-export", "version": 2, "schema": self.schema_version()}
        for kind, sql in (("person", _EXPORT_PEOPLE), ("memory", _EXPORT_MEMORIES), ("meeting", _EXPORT_MEETINGS)):
            for (text,) in self.db.execute(sql):
                yield kind, text if raw else json.loads(text)
        for key, value in self.db.execute("SELECT key, value FROM state ORDER BY key"):
            yield "state", (key, json.loads(value))

    def import_data(self, data: dict[str, Any]) -> dict[str, int]:
        """Import an export held in memory (either version); see ``import_records``."""
        if not isinstance(data, dict) or data.get("format") != "rapport-export":
            raise RapportError("not a rapport export (expected \"format\": \"rapport-export\")")
        return self.import_records(records_of(data))

    def import_records(self, records: Iterable[tuple[str, Any]]) -> dict[str, int]:
        """Import a stream of export records in one transaction (a bad record stores nothing).

        Ids are kept where free; people matching by email are merged into; a memory already
        remembered for its person counts as a duplicate. Old-to-new person ids are kept in a
        temporary table, not in memory, so importing costs the same memory at any size.
        """
        counts = {"people": 0, "memories": 0, "duplicates": 0, "meetings": 0}
        # A larger page cache while importing (64 MB, a fixed bound): index pages written in
        # random order stay in memory instead of being re-read from the WAL.
        cache = self.db.execute("PRAGMA cache_size").fetchone()[0]
        self.db.execute("PRAGMA cache_size = -65536")
        try:
            return self._import_records(records, counts)
        finally:
            self.db.execute(f"PRAGMA cache_size = {int(cache)}")

    def _import_records(self, records: Iterable[tuple[str, Any]], counts: dict[str, int]) -> dict[str, int]:
        last_person: int | None = None
        batch: list[tuple[int | None, dict[str, Any]]] = []  # memories waiting: (their person's new id, record)
        with self.transaction(), self.search_index_in_batches():
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS import_ids (old INTEGER PRIMARY KEY, new INTEGER NOT NULL)")
            self.db.execute("DELETE FROM temp.import_ids")
            try:
                for kind, value in records:
                    if kind == "person":
                        try:
                            last_person = self._import_person(value)
                        except (KeyError, TypeError) as exc:
                            raise RapportError(f"bad person in import: missing {exc}") from None
                        if value.get("id") is not None:
                            self.db.execute("INSERT OR REPLACE INTO temp.import_ids VALUES (?,?)",
                                            (int(value["id"]), last_person))
                        counts["people"] += 1
                    elif kind in ("memory", "person_memory"):
                        batch.append((last_person if kind == "person_memory" else None, value))
                        if len(batch) >= IMPORT_BATCH:
                            self._import_memories(batch, counts)
                            self._index_batch()
                            batch.clear()
                    elif kind == "meeting":
                        self._import_meeting(value)
                        counts["meetings"] += 1
                    elif kind == "state":
                        self._import_state(*value)
                self._import_memories(batch, counts)
            finally:
                self.db.execute("DELETE FROM temp.import_ids")
        return counts

    @contextmanager
    def search_index_in_batches(self) -> Iterator[None]:
        """Inside a transaction that writes many people and memories (an import, a first sync of
        contacts): the search index written a batch at a time, not a row at a time. FTS5 flushes
        its pending terms at the end of every statement that writes it, so a row per statement
        makes a segment per row (and merges of them: most of the time of such a transaction).

        The memories' insert trigger is set aside meanwhile (and put back before the transaction
        commits; a failed one rolls both back); a temporary trigger notes the new memories instead,
        and ``_index_person`` notes the people (``_unindexed``); ``_index_batch`` indexes them,
        every ``IMPORT_BATCH`` people and at the end."""
        if self._unindexed is not None:  # already batching: join it
            yield
            return
        trigger = self.db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'memories_fts_ai'"
                                  ).fetchone()
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS import_new (id INTEGER PRIMARY KEY)")
        self.db.execute("DROP TRIGGER IF EXISTS temp.import_new_memory")
        self.db.execute("CREATE TEMP TRIGGER import_new_memory AFTER INSERT ON main.memories BEGIN "
                        "INSERT OR IGNORE INTO import_new VALUES (new.id); END")
        if trigger:
            self.db.execute("DROP TRIGGER main.memories_fts_ai")
        self._unindexed = []
        try:
            yield
            self._index_batch()
            if trigger:
                self.db.execute(trigger[0])
        finally:
            self._unindexed = None
            self.db.execute("DROP TRIGGER IF EXISTS temp.import_new_memory")
            self.db.execute("DELETE FROM temp.import_new")

    def _index_batch(self) -> None:
        """Index what was written since the last batch (see ``search_index_in_batches``)."""
        self.db.execute("INSERT INTO memories_fts (rowid, text) "
                        "SELECT m.id, m.text FROM temp.import_new n JOIN memories m ON m.id = n.id")
        self.db.execute("DELETE FROM temp.import_new")
        if self._unindexed:
            self._index_people(self._unindexed)
            self._unindexed.clear()

    def _import_memories(self, batch: list[tuple[int | None, dict[str, Any]]], counts: dict[str, int]) -> None:
        """A batch of memories in a few statements (``executemany``) when every one of them is new
        and keeps its exported id, the usual case (an export into an empty or other home); else,
        or for a memory without an id, one at a time (``_import_memory``: duplicates, ids taken)."""
        rows, sources, brought, one_by_one = [], [], [], []
        for pid, m in batch:
            if m.get("id") is None:
                one_by_one.append((pid, m))
                continue
            norm, values = self._memory_values(m)
            rows.append((m["id"], pid, m.get("person_id"), norm, *values.values()))
            sources += [(m["id"], *source) for source in _sources_of(m, values)]
            brought += [(m["id"], m["id"], b["meeting_key"], b["meeting_start"], b.get("kind") or "opener", utcnow())
                        for b in m.get("brought_up") or []]
        if rows:
            self.db.execute("SAVEPOINT import_batch")
            cur = self.db.executemany(
                f"INSERT OR IGNORE INTO memories (id, person_id, norm, {', '.join(_IMPORTED)}) VALUES "
                f"(?, coalesce(?, (SELECT new FROM temp.import_ids WHERE old = ?)), {', '.join('?' * (len(_IMPORTED) + 1))})",
                rows)
            if cur.rowcount == len(rows):  # all new, all with their own ids
                self.db.executemany(_INSERT_SOURCE, sources)
                self.db.executemany(_INSERT_BROUGHT_UP, brought)
                self.db.execute("RELEASE import_batch")
                counts["memories"] += len(rows)
            else:
                self.db.execute("ROLLBACK TO import_batch")
                self.db.execute("RELEASE import_batch")
                one_by_one = list(batch)
        for pid, m in one_by_one:
            pid = pid if pid is not None else self._imported_id(m.get("person_id"))
            if pid is None:
                raise RapportError(f"memory {m.get('id', '?')} in import: its person_id "
                                   f"{m.get('person_id')!r} is not among the exported people")
            counts["memories" if self._import_memory(pid, m) else "duplicates"] += 1

    def _imported_id(self, old: Any) -> int | None:
        if old is None:
            return None
        row = self.db.execute("SELECT new FROM temp.import_ids WHERE old=?", (int(old),)).fetchone()
        return row[0] if row else None

    def _import_meeting(self, m: dict[str, Any]) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO meetings (key, uid, title, start, end, source, seen_at, response, timezone) "
            "VALUES (?,?,?,?,?,?,?,?,?)",
            (m["key"], m["uid"], m["title"], m["start"], m.get("end"), m.get("source"), m.get("seen_at") or utcnow(),
             m.get("response"), m.get("timezone")),
        )
        for old in m.get("people") or []:
            new = self._imported_id(old)
            if new is not None:
                self.db.execute("INSERT OR IGNORE INTO meeting_people (meeting_key, person_id) VALUES (?,?)",
                                (m["key"], new))

    def _import_state(self, key: str, value: Any) -> None:
        found = re.match(r"person:(\d+):", key)
        if found:
            new = self._imported_id(found.group(1))
            if new is not None:
                key = f"person:{new}:" + key[found.end():]
        self.db.execute("INSERT OR IGNORE INTO state (key, value, updated_at) VALUES (?,?,?)",
                        (key, json.dumps(value), utcnow()))

    def _memory_values(self, m: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        """An exported memory's normalised text and column values (``_IMPORTED``), checked."""
        memory = Memory(person_id=0, **{k: m[k] for k in MEMORY_FIELDS if m.get(k) is not None})
        self._check_memory(memory)
        values = {f: getattr(memory, f) for f in MEMORY_FIELDS}
        values["pinned"] = int(memory.pinned)
        values["captured_at"] = memory.captured_at or utcnow()
        return normalise(memory.text), values

    def _import_memory(self, person_id: int, m: dict[str, Any]) -> bool:
        norm, values = self._memory_values(m)
        sql = (f"INSERT OR IGNORE INTO memories (id, person_id, norm, {', '.join(values)}) "
               f"VALUES ({', '.join('?' * (len(values) + 3))})")
        # One statement in the usual case (a new memory, its id free); only when it was ignored
        # do we ask why: the same text already remembered (a duplicate), or the id taken.
        cur = self.db.execute(sql, (m.get("id"), person_id, norm, *values.values()))
        if cur.rowcount:
            mid, created = cur.lastrowid, True
        else:
            row = self.db.execute("SELECT id FROM memories WHERE person_id=? AND norm=?", (person_id, norm)).fetchone()
            if row:
                mid, created = row[0], False
            else:
                cur = self.db.execute(sql, (None, person_id, norm, *values.values()))
                if not cur.rowcount:
                    raise RapportError(f"memory {m.get('id', '?')} in import could not be stored")
                mid, created = cur.lastrowid, True
        self.db.executemany(_INSERT_SOURCE, [(mid, *source) for source in _sources_of(m, values)])
        self.db.executemany(_INSERT_BROUGHT_UP, [
            (mid, mid, b["meeting_key"], b["meeting_start"], b.get("kind") or "opener", utcnow())
            for b in m.get("brought_up") or []])
        return created


def _sources_of(m: dict[str, Any], values: dict[str, Any]) -> list[tuple[Any, ...]]:
    """An exported memory's sources as memory_sources values (after its id); one made from its
    own source when the export lists none."""
    found = m.get("sources") or [{"source": values["source"], "source_ref": values["source_ref"]}]
    return [(s.get("source") or "import", s.get("source_ref"), s.get("meeting_key"), s.get("added_at") or utcnow())
            for s in found]


def records_of(data: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """The records of an export held in memory: version 1 nests memories in their person
    (``person_memory``: they belong to the person just imported); version 2 lists them apart."""
    for p in data.get("people") or []:
        yield "person", {k: v for k, v in p.items() if k != "memories"}
        for m in p.get("memories") or []:
            yield "person_memory", m
    for m in data.get("memories") or []:
        yield "memory", m
    for m in data.get("meetings") or []:
        yield "meeting", m
    for item in (data.get("state") or {}).items():
        yield "state", item


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies (BEGIN ... END;) whole."""
    statements, buf = [], []
    for line in script.strip().splitlines():
        buf.append(line)
        joined = "\n".join(buf).strip()
        if joined.endswith(";") and (not re.search(r"\bBEGIN\s*$|\bBEGIN\b", joined, re.I) or joined.upper().endswith("END;")):
            statements.append(joined)
            buf = []
    if "".join(buf).strip():
        statements.append("\n".join(buf))
    return statements
