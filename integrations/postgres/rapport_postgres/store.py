"""The PostgreSQL team store: one memory of the people a team meets, behaving like ``SQLiteStore``.

What differs is who sees what, and it is enforced by PostgreSQL itself (row-level security):
every memory records its author (the database role that wrote it, ``current_user``); light
memories are shared with the team by default, personal and sensitive ones are readable only by
their author unless shared. Automation state (claims, rotation) and what briefings brought up
belong to each member. People, their keys and meetings are one record for the team.

Schema migrations are forward-only and versioned (table ``schema_version``), applied under an
advisory lock by a role allowed to create tables (the team's admin); members get the grants.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

import psycopg
from psycopg.rows import dict_row, tuple_row

from rapport_plugins import Meeting, Memory, Person, RapportError, StoreError, storekit

from .pool import Pool, usable

_chunks, _iso, normalise, utcnow = storekit.chunks, storekit.iso, storekit.normalise, storekit.utcnow
_norm_key, name_norm, remap_state_key = storekit.norm_key, storekit.name_norm, storekit.remap_state_key

MIGRATION_LOCK = 0x7261_7070  # pg_advisory_xact_lock key: one migrator at a time

MIGRATIONS: list[str] = [
    # 1: everything SQLite's six steps built, plus authors, visibility and per-member state.
    """
    CREATE TABLE people (
        id BIGSERIAL PRIMARY KEY,
        name TEXT NOT NULL,
        name_norm TEXT COLLATE "C" NOT NULL,
        created_at TEXT NOT NULL,
        card_uid TEXT, note_ref TEXT, org TEXT, title TEXT,
        me_role TEXT,
        tsv tsvector
    );
    CREATE INDEX people_name_norm ON people(name_norm);
    CREATE INDEX people_card_uid ON people(card_uid) WHERE card_uid IS NOT NULL;
    CREATE INDEX people_listing ON people(lower(name), id);
    CREATE INDEX people_tsv ON people USING GIN (tsv);
    CREATE TABLE person_keys (
        id BIGSERIAL PRIMARY KEY,
        person_id BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('email', 'alias')),
        value TEXT NOT NULL,
        norm TEXT NOT NULL,
        UNIQUE (kind, norm)
    );
    CREATE INDEX person_keys_person ON person_keys(person_id);
    CREATE TABLE memories (
        id BIGSERIAL PRIMARY KEY,
        person_id BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        author TEXT NOT NULL DEFAULT current_user,
        shared BOOLEAN NOT NULL,
        text TEXT NOT NULL,
        norm TEXT NOT NULL,
        category TEXT NOT NULL DEFAULT 'other',
        sensitivity TEXT NOT NULL DEFAULT 'light',
        source TEXT NOT NULL DEFAULT 'manual',
        source_ref TEXT,
        captured_at TEXT NOT NULL,
        event_date TEXT, event_text TEXT, recurrence TEXT, follow_up TEXT,
        review TEXT NOT NULL DEFAULT 'kept',
        pinned BOOLEAN NOT NULL DEFAULT false,
        confirmed_at TEXT,
        meeting_key TEXT,
        tsv tsvector,
        UNIQUE (person_id, author, norm)
    );
    CREATE INDEX memories_person ON memories(person_id, review);
    CREATE INDEX memories_review ON memories(review);
    CREATE INDEX memories_meeting ON memories(meeting_key);
    CREATE INDEX memories_tsv ON memories USING GIN (tsv);
    CREATE TABLE memory_sources (
        id BIGSERIAL PRIMARY KEY,
        memory_id BIGINT NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        source_ref TEXT,
        meeting_key TEXT,
        added_at TEXT NOT NULL,
        UNIQUE (memory_id, source, source_ref)
    );
    CREATE TABLE meetings (
        key TEXT PRIMARY KEY,
        uid TEXT NOT NULL,
        title TEXT NOT NULL,
        start TEXT NOT NULL,
        "end" TEXT,
        source TEXT,
        seen_at TEXT NOT NULL,
        response TEXT
    );
    CREATE INDEX meetings_start ON meetings(start);
    CREATE TABLE meeting_people (
        meeting_key TEXT NOT NULL REFERENCES meetings(key) ON DELETE CASCADE,
        person_id BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        PRIMARY KEY (meeting_key, person_id)
    );
    CREATE INDEX meeting_people_person ON meeting_people(person_id);
    CREATE TABLE state (
        owner TEXT NOT NULL DEFAULT current_user,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (owner, key)
    );
    CREATE TABLE brought_up (
        memory_id BIGINT NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
        person_id BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        owner TEXT NOT NULL DEFAULT current_user,
        meeting_key TEXT NOT NULL,
        meeting_start TEXT NOT NULL,
        kind TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (memory_id, meeting_key, owner)
    );
    CREATE INDEX brought_up_person ON brought_up(person_id, meeting_start);
    CREATE TABLE members (
        role TEXT PRIMARY KEY DEFAULT current_user,
        user_name TEXT
    );
    ALTER TABLE memories ENABLE ROW LEVEL SECURITY;
    ALTER TABLE memories FORCE ROW LEVEL SECURITY;
    CREATE POLICY memories_read ON memories FOR SELECT USING (shared OR author = current_user);
    CREATE POLICY memories_write ON memories FOR INSERT WITH CHECK (author = current_user);
    CREATE POLICY memories_change ON memories FOR UPDATE USING (shared OR author = current_user)
        WITH CHECK (shared OR author = current_user);
    CREATE POLICY memories_remove ON memories FOR DELETE USING (shared OR author = current_user);
    ALTER TABLE memory_sources ENABLE ROW LEVEL SECURITY;
    ALTER TABLE memory_sources FORCE ROW LEVEL SECURITY;
    CREATE POLICY memory_sources_visible ON memory_sources
        USING (EXISTS (SELECT 1 FROM memories m WHERE m.id = memory_id));
    ALTER TABLE state ENABLE ROW LEVEL SECURITY;
    ALTER TABLE state FORCE ROW LEVEL SECURITY;
    CREATE POLICY state_own ON state USING (owner = current_user) WITH CHECK (owner = current_user);
    ALTER TABLE brought_up ENABLE ROW LEVEL SECURITY;
    ALTER TABLE brought_up FORCE ROW LEVEL SECURITY;
    CREATE POLICY brought_up_own ON brought_up USING (owner = current_user) WITH CHECK (owner = current_user);
    ALTER TABLE members ENABLE ROW LEVEL SECURITY;
    ALTER TABLE members FORCE ROW LEVEL SECURITY;
    CREATE POLICY members_read ON members FOR SELECT USING (true);
    CREATE POLICY members_join ON members FOR INSERT WITH CHECK (role = current_user);
    CREATE POLICY members_rename ON members FOR UPDATE USING (role = current_user) WITH CHECK (role = current_user);
    CREATE FUNCTION rapport_memory_authors(pid BIGINT) RETURNS TABLE (author TEXT, n BIGINT)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
        $$ SELECT author, count(*) FROM memories WHERE person_id = pid GROUP BY author $$;
    CREATE FUNCTION rapport_merge_memories(keep BIGINT, other BIGINT) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
    BEGIN
        INSERT INTO memory_sources (memory_id, source, source_ref, meeting_key, added_at)
            SELECT t.id, s.source, s.source_ref, s.meeting_key, s.added_at FROM memories o
            JOIN memories t ON t.person_id = keep AND t.author = o.author AND t.norm = o.norm
            JOIN memory_sources s ON s.memory_id = o.id WHERE o.person_id = other
            ON CONFLICT DO NOTHING;
        INSERT INTO brought_up (memory_id, person_id, owner, meeting_key, meeting_start, kind, recorded_at)
            SELECT t.id, keep, b.owner, b.meeting_key, b.meeting_start, b.kind, b.recorded_at FROM memories o
            JOIN memories t ON t.person_id = keep AND t.author = o.author AND t.norm = o.norm
            JOIN brought_up b ON b.memory_id = o.id WHERE o.person_id = other
            ON CONFLICT DO NOTHING;
        DELETE FROM memories o USING memories t
            WHERE o.person_id = other AND t.person_id = keep AND t.author = o.author AND t.norm = o.norm;
        UPDATE memories SET person_id = keep WHERE person_id = other;
        UPDATE brought_up SET person_id = keep WHERE person_id = other;
    END $$;
    CREATE FUNCTION rapport_forget_state(pid BIGINT) RETURNS BIGINT
        LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
        WITH gone AS (DELETE FROM state WHERE key LIKE 'person:' || pid || ':%' RETURNING 1)
        SELECT count(*) FROM gone $$;
    GRANT SELECT, INSERT, UPDATE, DELETE ON people, person_keys, memories, memory_sources, meetings,
        meeting_people, state, brought_up, members TO PUBLIC;
    GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO PUBLIC;
    """,
    # 2: an import by a member keeps people's ids: it moves the people sequence past them.
    """
    GRANT SELECT, UPDATE ON SEQUENCE people_id_seq TO PUBLIC;
    """,
    # 3: a meeting's own time zone as its calendar names it (shown as "09:00 New York time").
    """
    ALTER TABLE meetings ADD COLUMN timezone TEXT;
    """,
    # 4: a person's time zone, as their contact card names it (vCard TZ).
    """
    ALTER TABLE people ADD COLUMN timezone TEXT;
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)

_MEMORY_FIELDS = (
    "text", "category", "sensitivity", "source", "source_ref", "captured_at", "event_date",
    "event_text", "recurrence", "follow_up", "review", "pinned", "confirmed_at", "meeting_key",
)

_PERSON_SELECT = (
    "SELECT p.id, p.name, p.created_at, p.card_uid, p.note_ref, p.org, p.title, p.timezone, "
    "coalesce(p.me_role = current_user, false) AS is_me, "
    "(SELECT json_agg(json_build_array(k.kind, k.value) ORDER BY k.id) FROM person_keys k "
    "WHERE k.person_id = p.id) AS keys FROM people p"
)
# A memory with who wrote it: the member's configured user, shown by their name when the team
# knows that address as a person's email.
_AUTHOR_NAME = "coalesce(ap.name, mb.user_name, {0}) AS author_name"
_AUTHOR_JOIN = (
    "LEFT JOIN members mb ON mb.role = {0} "
    "LEFT JOIN person_keys ak ON ak.kind = 'email' AND ak.norm = lower(mb.user_name) "
    "LEFT JOIN people ap ON ap.id = ak.person_id"
)
_MEMORY_SELECT = (f"SELECT m.*, m.author = current_user AS mine, {_AUTHOR_NAME.format('m.author')} FROM memories m "
                  + _AUTHOR_JOIN.format("m.author"))


EXPORT_PAGE = 2_000  # rows per round trip while exporting
# Export records as JSON built by PostgreSQL, the fields and order of SQLiteStore's; ``{cast}`` is
# ``::text`` for the JSON text. Row-level security chooses the memories, sources and brought-up rows.
_EXPORT_PEOPLE = (
    "SELECT json_build_object('name', p.name, "
    "'emails', coalesce((SELECT json_agg(k.value ORDER BY k.id) FROM person_keys k WHERE k.person_id = p.id "
    "AND k.kind = 'email'), '[]'), "
    "'aliases', coalesce((SELECT json_agg(k.value ORDER BY k.id) FROM person_keys k WHERE k.person_id = p.id "
    "AND k.kind = 'alias'), '[]'), "
    "'id', p.id, 'card_uid', p.card_uid, 'note_ref', p.note_ref, 'org', p.org, 'title', p.title, "
    "'timezone', p.timezone, 'is_me', coalesce(p.me_role = current_user, false), 'created_at', p.created_at){cast} FROM people p ORDER BY p.id"
)
_EXPORT_MEMORIES = (
    "SELECT json_build_object('id', m.id, 'person_id', m.person_id, 'text', m.text, 'category', m.category, "
    "'sensitivity', m.sensitivity, 'source', m.source, 'source_ref', m.source_ref, 'captured_at', m.captured_at, "
    "'event_date', m.event_date, 'event_text', m.event_text, 'recurrence', m.recurrence, 'follow_up', m.follow_up, "
    "'review', m.review, 'pinned', m.pinned, 'confirmed_at', m.confirmed_at, 'meeting_key', m.meeting_key, "
    "'shared', m.shared, 'author', CASE WHEN m.author = current_user THEN NULL ELSE author_name END, "
    "'sources', coalesce((SELECT json_agg(json_build_object('source', s.source, 'source_ref', s.source_ref, "
    "'meeting_key', s.meeting_key, 'added_at', s.added_at) ORDER BY s.id) FROM memory_sources s "
    "WHERE s.memory_id = m.id), '[]'), "
    "'brought_up', coalesce((SELECT json_agg(json_build_object('meeting_key', b.meeting_key, "
    "'meeting_start', b.meeting_start, 'kind', b.kind) ORDER BY b.meeting_start, b.meeting_key) FROM brought_up b "
    "WHERE b.memory_id = m.id), '[]')){cast} "
    f"FROM (SELECT m.*, {_AUTHOR_NAME.format('m.author')} FROM memories m {_AUTHOR_JOIN.format('m.author')}) m "
    "ORDER BY m.id"
)
_EXPORT_MEETINGS = (
    "SELECT json_build_object('key', m.key, 'uid', m.uid, 'title', m.title, 'start', m.start, 'end', m.\"end\", "
    "'source', m.source, 'seen_at', m.seen_at, 'response', m.response, 'timezone', m.timezone, "
    "'people', coalesce((SELECT json_agg(mp.person_id ORDER BY mp.person_id) FROM meeting_people mp "
    "WHERE mp.meeting_key = m.key), '[]')){cast} FROM meetings m ORDER BY m.key"
)
_EXPORT_STATE = "SELECT json_build_object('key', key, 'value', value) FROM state WHERE owner = current_user ORDER BY key"


def describe_dsn(dsn: str) -> str:
    """Where a DSN points, for messages: ``user@host:port/db``; never its password."""
    try:
        parts = psycopg.conninfo.conninfo_to_dict(dsn)
    except psycopg.Error:
        return "the configured database"
    host = parts.get("host") or "localhost"
    port = f":{parts['port']}" if parts.get("port") else ""
    user = f"{parts['user']}@" if parts.get("user") else ""
    return f"{user}{host}{port}/{parts.get('dbname') or ''}"


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return re.sub(r"password=\S+", "password=***", text)


class PostgresStore(storekit.StoreBehaviour):
    """The team store. Same methods and behaviour as ``SQLiteStore``; see the module docstring."""

    PARAM = "%s"  # psycopg's placeholder, for the SQL the shared behaviour writes
    ME_WHERE = "p.me_role = current_user"  # "me" is per member

    def __init__(self, dsn: str, *, password: str | None = None, user: str | None = None,
                 language: str = "simple", retries: int = 2, connect_timeout: int = 10, pool_size: int = 4):
        self.where = describe_dsn(dsn)
        self.language = language
        self.user = user
        kwargs: dict[str, Any] = {"autocommit": True, "row_factory": dict_row, "connect_timeout": connect_timeout}
        if password:
            kwargs["password"] = password
        self._dsn, self._kwargs, self._retries = dsn, kwargs, retries
        self._local = threading.local()  # the connection of this thread's open transaction
        self.pool = Pool(self._open, size=pool_size, where=f"postgres {self.where}")
        self.pool.put(self.pool.get())  # connect now: a wrong DSN is said before any work starts
        self._migrate()
        if user:
            self._x("INSERT INTO members (role, user_name) VALUES (current_user, %s) "
                    "ON CONFLICT (role) DO UPDATE SET user_name = excluded.user_name "
                    "WHERE members.user_name IS DISTINCT FROM excluded.user_name", (user,))

    # -- plumbing ---------------------------------------------------------------------------
    def _open(self) -> psycopg.Connection[Any]:
        """A new connection, tried ``retries`` more times (0.5 s, 1 s, ...) before a one-line error."""
        for attempt in range(self._retries + 1):
            try:
                return psycopg.connect(self._dsn, **self._kwargs)
            except psycopg.OperationalError as exc:
                if attempt == self._retries:
                    tries = f" (tried {attempt + 1} times)" if attempt else ""
                    raise StoreError(f"postgres {self.where}: cannot connect{tries}: {_one_line(exc)}") from None
                time.sleep(0.5 * (attempt + 1))
            except psycopg.ProgrammingError as exc:  # a malformed DSN
                raise StoreError(f"[postgres] dsn: {_one_line(exc)}") from None
        raise AssertionError("unreachable")

    def _x(self, sql: str, args: Iterable[Any] = ()) -> psycopg.Cursor[Any]:
        """Run one statement; a lost connection or a refused privilege is a one-line StoreError.

        Inside a transaction it runs on that transaction's connection, and a lost connection ends
        the whole change (rolled back by the server). Outside one it borrows a pooled connection,
        and a connection found dead (the server restarted since) is replaced once."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            return self._run(conn, sql, args, " (nothing of this change was saved)")
        for attempt in range(2):
            conn = self.pool.get()
            try:
                cur = self._run(conn, sql, args)
            except StoreError:
                lost = not usable(conn)
                self.pool.put(conn)
                if lost and attempt == 0:
                    continue
                raise
            except BaseException:
                self.pool.put(conn)
                raise
            self.pool.put(conn)
            return cur
        raise AssertionError("unreachable")

    def _run(self, conn: psycopg.Connection[Any], sql: str, args: Iterable[Any], after: str = "") -> psycopg.Cursor[Any]:
        try:
            return conn.execute(sql, tuple(args) or None)  # type: ignore[arg-type]
        except psycopg.OperationalError as exc:
            raise StoreError(f"postgres {self.where}: {_one_line(exc)}{after}") from None
        except psycopg.errors.InsufficientPrivilege as exc:
            raise StoreError(f"postgres {self.where}: not allowed: {_one_line(exc)}") from None

    def _one(self, sql: str, args: Iterable[Any] = ()) -> Any:
        row = self._x(sql, args).fetchone()
        return None if row is None else next(iter(row.values()))

    def _migrate(self) -> None:
        self._x("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)") if self._may_create() else None
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise StoreError(f"postgres {self.where}: database schema {version} is newer than this rapport-postgres "
                             f"({SCHEMA_VERSION}); upgrade it")
        if version == SCHEMA_VERSION:
            return
        if not self._may_create():
            raise StoreError(f"postgres {self.where}: the team schema is at version {version}, this rapport needs "
                             f"{SCHEMA_VERSION}: run rapport once with the admin's DSN (see docs/team.md)")
        for step in range(version, SCHEMA_VERSION):
            with self.transaction():
                self._x("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
                if self.schema_version() > step:  # another process migrated meanwhile
                    continue
                self._x(MIGRATIONS[step])
                self._x("DELETE FROM schema_version")
                self._x("INSERT INTO schema_version (version) VALUES (%s)", (step + 1,))
                self._x("GRANT SELECT ON schema_version TO PUBLIC")

    def _may_create(self) -> bool:
        return bool(self._one("SELECT has_schema_privilege(current_user, 'public', 'CREATE')"))

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """One transaction on one pooled connection (nested calls join the outer one); an
        exception, or the connection lost half-way, rolls all of it back."""
        local = self._local
        if getattr(local, "conn", None) is not None:
            local.depth += 1
            try:
                yield local.conn
            finally:
                local.depth -= 1
            return
        for attempt in range(2):
            conn = self.pool.get()
            tx = ExitStack()
            try:
                tx.enter_context(conn.transaction())  # BEGIN: on a connection found dead, once more
                break
            except psycopg.OperationalError as exc:
                self.pool.put(conn)
                if attempt:
                    raise StoreError(f"postgres {self.where}: {_one_line(exc)}") from None
        local.conn, local.depth = conn, 1
        try:
            with tx:
                yield conn
        except psycopg.OperationalError as exc:  # COMMIT or ROLLBACK on a lost connection
            raise StoreError(f"postgres {self.where}: {_one_line(exc)} (nothing of this change was saved)") from None
        finally:
            local.conn, local.depth = None, 0
            self.pool.put(conn)

    def close(self) -> None:
        self.pool.close()

    def schema_version(self) -> int:
        if not self._one("SELECT to_regclass('schema_version') IS NOT NULL"):
            return 0
        return self._one("SELECT coalesce(max(version), 0) FROM schema_version")

    def is_team_store(self) -> bool:
        return True

    # -- people -----------------------------------------------------------------------------
    def _insert_person(self, name: str, norm: str, fields: dict[str, Any]) -> int:
        """A people row (``fields``: card_uid, note_ref, org, title, is_me; optional id, created_at)."""
        return self._one(
            "INSERT INTO people (id, name, name_norm, created_at, card_uid, note_ref, org, title, me_role, timezone) "
            "VALUES (coalesce(%s, nextval(pg_get_serial_sequence('people', 'id'))),%s,%s,%s,%s,%s,%s,%s,"
            " CASE WHEN %s THEN current_user END, %s) RETURNING id",
            (fields.get("id"), name, norm, fields.get("created_at") or utcnow(), fields["card_uid"],
             fields["note_ref"], fields["org"], fields["title"], bool(fields["is_me"]), fields.get("timezone")),
        )

    def _key_owner(self, kind: str, norm: str) -> int | None:
        return self._one("SELECT person_id FROM person_keys WHERE kind=%s AND norm=%s", (kind, norm))

    def _insert_key(self, person_id: int, kind: str, value: str, norm: str) -> None:
        self._x("INSERT INTO person_keys (person_id, kind, value, norm) VALUES (%s,%s,%s,%s)",
                (person_id, kind, value, norm))

    def _index_person(self, person_id: int) -> None:
        keys = " ".join(r["value"] for r in self._x("SELECT value FROM person_keys WHERE person_id=%s", (person_id,)))
        name = self._one("SELECT name FROM people WHERE id=%s", (person_id,)) or ""
        self._x("UPDATE people SET tsv = to_tsvector(%s::regconfig, %s) WHERE id=%s",
                (self.language, normalise(f"{name} {keys}"), person_id))

    def _update_person_row(self, person_id: int, fields: dict[str, Any]) -> None:
        if "is_me" in fields:  # "me" is per member: the row says whose "me" it is
            mine = bool(fields.pop("is_me"))
            self._x("UPDATE people SET me_role = CASE WHEN %s THEN current_user "
                    "WHEN me_role = current_user THEN NULL ELSE me_role END WHERE id=%s", (mine, person_id))
        if fields:
            cols = ", ".join(f"{k}=%s" for k in fields)
            self._x(f"UPDATE people SET {cols} WHERE id=%s", (*fields.values(), person_id))

    def _people_where(self, where: str, args: Iterable[Any] = ()) -> list[Person]:
        return [self._person_from_row(r) for r in self._x(f"{_PERSON_SELECT} WHERE {where}", args)]

    def _people_with_ids(self, ids: list[int]) -> list[Person]:
        return self._people_where("p.id = ANY(%s)", (ids,))

    def count_people(self) -> int:
        return self._one("SELECT count(*) FROM people")

    def people_page(self, limit: int | None = None, offset: int = 0, *,
                    counts: bool = True) -> Iterator[tuple[Person, int | None]]:
        """A page of people in name order with how many kept memories (visible to this member) each has."""
        count = ("(SELECT count(*) FROM memories m WHERE m.person_id = p.id AND m.review = 'kept')"
                 if counts else "NULL::bigint")
        sql = _PERSON_SELECT.replace(" FROM people p", f", {count} AS n_memories FROM people p")
        sql += " ORDER BY lower(p.name), p.id LIMIT %s OFFSET %s"
        rows = self._x(sql, (None if limit is None else max(0, limit), max(0, offset))).fetchall()
        for row in rows:
            yield self._person_from_row(row), row["n_memories"]

    def _count_named(self, norm: str) -> int:
        return self._one("SELECT count(*) FROM people WHERE name_norm=%s", (norm,))

    def _merge_rows(self, keep: Person, other: Person) -> None:
        """``other``'s keys, every author's memories and the meetings to ``keep``; ``other`` goes."""
        self._x("UPDATE person_keys SET person_id=%s WHERE person_id=%s", (keep.id, other.id))
        self._x("SELECT rapport_merge_memories(%s, %s)", (keep.id, other.id))
        self._x("INSERT INTO meeting_people (meeting_key, person_id) SELECT meeting_key, %s FROM meeting_people "
                "WHERE person_id=%s ON CONFLICT DO NOTHING", (keep.id, other.id))
        self._x("UPDATE people SET me_role = coalesce(k.me_role, o.me_role) FROM people o, people k "
                "WHERE people.id=%s AND k.id=%s AND o.id=%s", (keep.id, keep.id, other.id))
        self._x("DELETE FROM people WHERE id=%s", (other.id,))

    def memory_authors(self, person_id: int) -> dict[str, int]:
        """How many memories of this person each author has written, private ones included
        (counts only: what ``forget`` tells before it removes them for the whole team)."""
        return {r["author"]: r["n"] for r in self._x("SELECT * FROM rapport_memory_authors(%s)", (person_id,))}

    def memories_by_others(self, person_id: int) -> dict[str, int]:
        """How many memories of this person each other team member wrote, by the name the team
        knows them by, private ones included (what ``forget`` says before it removes them too)."""
        rows = self._x(f"SELECT {_AUTHOR_NAME.format('a.author')}, a.n FROM rapport_memory_authors(%s) a "
                       f"{_AUTHOR_JOIN.format('a.author')} WHERE a.author <> current_user "
                       "ORDER BY a.n DESC, author_name", (person_id,))
        return {r["author_name"]: r["n"] for r in rows}

    def forget_person(self, person_id: int) -> dict[str, Any]:
        """Delete the person for the whole team: every author's memories go with them."""
        with self.transaction():
            person = self._require_person(person_id)
            authors = self.memory_authors(person_id)
            me = self._one("SELECT current_user")
            counts: dict[str, Any] = {
                "person": person.name,
                "memories": sum(authors.values()),
                "others_memories": sum(n for a, n in authors.items() if a != me),
                "sources": self._one("SELECT count(*) FROM memory_sources s JOIN memories m ON m.id = s.memory_id "
                                     "WHERE m.person_id=%s", (person_id,)),
                "emails": len(person.emails),
                "aliases": len(person.aliases),
                "meetings": self._one("SELECT count(*) FROM meeting_people WHERE person_id=%s", (person_id,)),
            }
            self._x("DELETE FROM people WHERE id=%s", (person_id,))  # memories of every author cascade
            counts["state"] = self._one("SELECT rapport_forget_state(%s)", (person_id,))
        return counts

    # -- memories ---------------------------------------------------------------------------
    def _memory_from_row(self, row: dict[str, Any], sources: list[dict[str, Any]] | None = None) -> Memory:
        memory = super()._memory_from_row(row, sources)
        memory.author, memory.shared = None if row["mine"] else row["author_name"], bool(row["shared"])
        return memory

    def _sources(self, memory_id: int) -> list[dict[str, Any]]:
        return list(self._x("SELECT source, source_ref, meeting_key, added_at FROM memory_sources "
                            "WHERE memory_id=%s ORDER BY id", (memory_id,)))

    def _with_sources(self, rows: list[dict[str, Any]]) -> list[Memory]:
        sources: dict[int, list[dict[str, Any]]] = {r["id"]: [] for r in rows}
        for chunk in _chunks(list(sources)):
            for s in self._x("SELECT memory_id, source, source_ref, meeting_key, added_at FROM memory_sources "
                             "WHERE memory_id = ANY(%s) ORDER BY id", (chunk,)):
                sources[s.pop("memory_id")].append(s)
        return [self._memory_from_row(r, sources[r["id"]]) for r in rows]

    def add_memory(self, memory: Memory) -> tuple[Memory, bool]:
        """Store a memory (written by this member). A twin this member can see gets the new source."""
        self._check_memory(memory)
        norm = normalise(memory.text)
        with self.transaction():
            self._require_person(memory.person_id)
            twin = self._one("SELECT id FROM memories WHERE person_id=%s AND norm=%s "
                             "ORDER BY author = current_user DESC, id LIMIT 1", (memory.person_id, norm))
            if twin is not None:
                self.add_source(twin, memory.source, memory.source_ref, memory.meeting_key, memory.captured_at)
                if memory.review == "kept":
                    self._x("UPDATE memories SET review='kept' WHERE id=%s AND review='proposed'", (twin,))
                if memory.shared:
                    self.share_memory(twin)
                return self.get_memory(twin), False  # type: ignore[return-value]
            mid = self._insert_memory(memory.person_id, norm, memory)
        return self.get_memory(mid), True  # type: ignore[return-value]

    def _insert_memory(self, person_id: int, norm: str, memory: Memory, with_source: bool = True) -> int:
        captured = memory.captured_at or utcnow()
        values = {f: getattr(memory, f) for f in _MEMORY_FIELDS}
        values.update(captured_at=captured, pinned=bool(memory.pinned), text=" ".join(memory.text.split()))
        shared = memory.shared if memory.shared is not None else memory.sensitivity == "light"
        cols = ", ".join(["person_id", "norm", "shared", *values, "tsv"])
        marks = ", ".join(["%s"] * (len(values) + 3) + ["to_tsvector(%s::regconfig, %s)"])
        mid = self._one(f"INSERT INTO memories ({cols}) VALUES ({marks}) RETURNING id",
                        (person_id, norm, shared, *values.values(), self.language, norm))
        if with_source:
                self._x("INSERT INTO memory_sources (memory_id, source, source_ref, meeting_key, added_at) "
                    "VALUES (%s,%s,%s,%s,%s) ON CONFLICT DO NOTHING",
                    (mid, memory.source, memory.source_ref, memory.meeting_key, captured))
        return mid

    def share_memory(self, memory_id: int, shared: bool = True) -> Memory:
        """Share one of this member's memories with the team (or take it back); only its author may."""
        with self.transaction():
            memory = self.require_memory(memory_id)
            if memory.author is not None:
                raise RapportError(f"memory #{memory_id} was written by {memory.author}: only its author can share it")
            self._x("UPDATE memories SET shared=%s WHERE id=%s", (shared, memory_id))
        return self.require_memory(memory_id)

    def add_source(self, memory_id: int, source: str, source_ref: str | None = None, meeting_key: str | None = None,
                   added_at: str | None = None) -> None:
        self._x("INSERT INTO memory_sources (memory_id, source, source_ref, meeting_key, added_at) "
                "VALUES (%s,%s,%s,%s,%s) ON CONFLICT DO NOTHING",
                (memory_id, source, source_ref, meeting_key, added_at or utcnow()))

    def get_memory(self, memory_id: int) -> Memory | None:
        if not 0 < memory_id <= 2**63 - 1:
            return None
        row = self._x(f"{_MEMORY_SELECT} WHERE m.id=%s", (memory_id,)).fetchone()
        return self._memory_from_row(row) if row else None

    def _update_memory_row(self, memory: Memory, fields: dict[str, Any]) -> None:
        if "text" in fields:
            fields["tsv"] = None  # the search vector follows the text (set below)
        if fields.get("sensitivity", "light") != "light" and memory.author is None:
            fields["shared"] = False  # made personal or sensitive: back to its author alone
        cols = ", ".join("tsv = to_tsvector(%s::regconfig, norm)" if k == "tsv" else f"{k}=%s" for k in fields)
        args = [self.language if k == "tsv" else v for k, v in fields.items()]
        try:
            with self._local.conn.transaction():  # a savepoint: the error below leaves the outer one usable
                self._x(f"UPDATE memories SET {cols} WHERE id=%s", (*args, memory.id))
        except psycopg.errors.UniqueViolation:
            raise RapportError(f"memory #{memory.id}: the same text is already remembered for this person") from None

    def memories_for_many(self, person_ids: Iterable[int], review: Iterable[str] = ("kept",)) -> dict[int, list[Memory]]:
        ids = list(dict.fromkeys(person_ids))
        review = list(review)
        out: dict[int, list[Memory]] = {pid: [] for pid in ids}
        for chunk in _chunks(ids):
            rows = self._x(f"{_MEMORY_SELECT} WHERE m.person_id = ANY(%s) AND m.review = ANY(%s) ORDER BY m.id",
                           (chunk, review)).fetchall()
            for memory in self._with_sources(rows):
                out[memory.person_id].append(memory)
        return out

    def proposed(self, limit: int | None = None) -> list[Memory]:
        rows = self._x(f"{_MEMORY_SELECT} WHERE m.review='proposed' ORDER BY m.id LIMIT %s", (limit,)).fetchall()
        return self._with_sources(rows)

    def search(self, query: str, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        """Full-text search (tsvector + GIN, every word required, the last also as a prefix) over people and
        visible memories."""
        words = re.findall(r"\w+", normalise(query or ""))
        if not words:
            return {"people": [], "memories": []}
        tsquery = " & ".join([*words[:-1], f"{words[-1]}:*"])  # as SQLite: the last word also a prefix
        page = (max(0, limit), max(0, offset))
        ranked = [r["id"] for r in self._x(
            "SELECT id FROM people, to_tsquery(%s::regconfig, %s) q WHERE tsv @@ q "
            "ORDER BY ts_rank(tsv, q) DESC, id LIMIT %s OFFSET %s", (self.language, tsquery, *page))]
        found = self.get_people(ranked)
        people = [found[i] for i in ranked if i in found]
        # As in SQLite, only the newest RANKED matches this member may see are ranked: a common word
        # then costs the same at any size of the team's memory (the newest are found walking ids back).
        rows = self._x(
            f"{_MEMORY_SELECT} JOIN (SELECT h.id, ts_rank(h.tsv, q) AS rank FROM (SELECT id, tsv FROM memories "
            "WHERE tsv @@ to_tsquery(%s::regconfig, %s) AND review != 'dismissed' ORDER BY id DESC LIMIT %s) h, "
            "to_tsquery(%s::regconfig, %s) q) r ON r.id = m.id ORDER BY r.rank DESC, m.id LIMIT %s OFFSET %s",
            (self.language, tsquery, storekit.RANKED, self.language, tsquery, *page)).fetchall()
        owners = self.get_people(r["person_id"] for r in rows)
        return {"people": people, "memories": [(m, owners[m.person_id]) for m in self._with_sources(rows)]}

    # -- meetings ---------------------------------------------------------------------------
    def record_meeting(self, meeting: Meeting, person_ids: Iterable[int]) -> None:
        with self.transaction():
            self._x('INSERT INTO meetings (key, uid, title, start, "end", source, seen_at, response, timezone) '
                    "VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s) ON CONFLICT (key) DO UPDATE SET title=excluded.title, "
                    '"end"=excluded."end", source=excluded.source, response=excluded.response, '
                    "timezone=coalesce(excluded.timezone, meetings.timezone)",
                    (meeting.key, meeting.uid, meeting.title, _iso(meeting.start), _iso(meeting.end), meeting.source,
                     utcnow(), meeting.my_response, meeting.timezone))
            self._x("INSERT INTO meeting_people (meeting_key, person_id) SELECT %s, unnest(%s::bigint[]) "
                    "ON CONFLICT DO NOTHING", (meeting.key, sorted(set(person_ids))))

    def _meeting_rows(self, person_id: int) -> list[dict[str, Any]]:
        return self._x('SELECT m.key, m.uid, m.title, m.start, m."end", m.source, m.response, m.timezone FROM meetings m '
                       "JOIN meeting_people mp ON mp.meeting_key = m.key WHERE mp.person_id=%s", (person_id,)).fetchall()

    # -- what briefings brought up (this member's) -------------------------------------------
    def record_brought_up(self, meeting_key: str, meeting_start: str, offers: Iterable[tuple[int, int, str]]) -> int:
        offers = list(offers)
        if not offers:
            return 0
        people, memories, kinds = (list(column) for column in zip(*offers, strict=True))
        # One statement for all of a briefing's offers (one round trip to the server, not one each).
        return self._x(
            "INSERT INTO brought_up (memory_id, person_id, meeting_key, meeting_start, kind, recorded_at) "
            "SELECT o.memory_id, o.person_id, %s, %s, o.kind, %s "
            "FROM unnest(%s::bigint[], %s::bigint[], %s::text[]) AS o(person_id, memory_id, kind) "
            "WHERE EXISTS (SELECT 1 FROM memories m WHERE m.id = o.memory_id AND m.person_id = o.person_id) "
            "ON CONFLICT DO NOTHING", (meeting_key, meeting_start, utcnow(), people, memories, kinds)).rowcount

    def brought_up_for(self, person_id: int) -> list[dict[str, Any]]:
        return list(self._x("SELECT memory_id, meeting_key, meeting_start, kind FROM brought_up WHERE person_id=%s "
                            "ORDER BY meeting_start, memory_id", (person_id,)))

    # -- automation state (this member's) ----------------------------------------------------
    def get_state(self, key: str, default: Any = None) -> Any:
        value = self._one("SELECT value FROM state WHERE owner = current_user AND key=%s", (key,))
        return json.loads(value) if value is not None else default

    # One statement each, so no BEGIN/COMMIT around them (inside a transaction they join it).
    def set_state(self, key: str, value: Any) -> None:
        self._x("INSERT INTO state (key, value, updated_at) VALUES (%s,%s,%s) ON CONFLICT (owner, key) "
                "DO UPDATE SET value=excluded.value, updated_at=excluded.updated_at", (key, json.dumps(value), utcnow()))

    def claim(self, key: str) -> bool:
        """True exactly once per key for this member, across processes and machines (a unique row)."""
        cur = self._x("INSERT INTO state (key, value, updated_at) VALUES (%s, 'true', %s) ON CONFLICT DO NOTHING",
                      (key, utcnow()))
        return cur.rowcount == 1

    def release(self, key: str) -> None:
        self._x("DELETE FROM state WHERE owner = current_user AND key=%s", (key,))

    # -- export / import ---------------------------------------------------------------------
    def export_records(self, raw: bool = False) -> Iterator[tuple[str, Any]]:
        """What this member can see as a stream of export records, the same as ``SQLiteStore``'s:
        one query per table, its rows built as JSON by PostgreSQL and read through a server-side
        cursor a page at a time (``EXPORT_PAGE`` rows a round trip), all in one read-only snapshot;
        memory stays constant whatever the team's size. ``raw=True`` yields the JSON text."""
        yield "header", {"format": "rapport-export", "version": 2, "schema": storekit.SCHEMA_VERSION}
        conn = self.pool.get()
        try:
            with conn.transaction():
                conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                cast = "::text" if raw else ""
                for kind, sql in (("person", _EXPORT_PEOPLE), ("memory", _EXPORT_MEMORIES),
                                  ("meeting", _EXPORT_MEETINGS), ("state", _EXPORT_STATE)):
                    with conn.cursor(name=f"rapport_export_{kind}", row_factory=tuple_row) as cur:
                        cur.itersize = EXPORT_PAGE
                        try:
                            cur.execute(sql.format(cast=cast))
                            for (value,) in cur:
                                yield kind, (value if kind != "state" else (value["key"], json.loads(value["value"])))
                        except psycopg.OperationalError as exc:
                            raise StoreError(f"postgres {self.where}: {_one_line(exc)} (the export is incomplete)") from None
        finally:
            self.pool.put(conn)

    def import_data(self, data: dict[str, Any]) -> dict[str, int]:
        """Import an export; every memory's author is the importing member. People matching by email merge."""
        if not isinstance(data, dict) or data.get("format") != "rapport-export":
            raise RapportError("not a rapport export (expected \"format\": \"rapport-export\")")
        counts = {"people": 0, "memories": 0, "duplicates": 0, "meetings": 0}
        id_map: dict[int, int] = {}
        with self.transaction():
            for p in data.get("people", []):
                try:
                    pid = self._import_person(p)
                except (KeyError, TypeError) as exc:
                    raise RapportError(f"bad person in import: missing {exc}") from None
                if p.get("id") is not None:
                    id_map[int(p["id"])] = pid
                counts["people"] += 1
                for m in p.get("memories", []):
                    counts["memories" if self._import_memory(pid, m) else "duplicates"] += 1
            for m in data.get("meetings", []):
                self._x('INSERT INTO meetings (key, uid, title, start, "end", source, seen_at, response, timezone) '
                        "VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s) ON CONFLICT DO NOTHING",
                        (m["key"], m["uid"], m["title"], m["start"], m.get("end"), m.get("source"),
                         m.get("seen_at") or utcnow(), m.get("response"), m.get("timezone")))
                for old in m.get("people", []):
                    if old in id_map:
                        self._x("INSERT INTO meeting_people (meeting_key, person_id) VALUES (%s,%s) ON CONFLICT DO NOTHING",
                                (m["key"], id_map[old]))
                counts["meetings"] += 1
            for key, value in (data.get("state") or {}).items():
                self._x("INSERT INTO state (key, value, updated_at) VALUES (%s,%s,%s) ON CONFLICT DO NOTHING",
                        (remap_state_key(key, id_map), json.dumps(value), utcnow()))
            # People's ids are kept where free (every member sees every person): move the sequence past them.
            self._x("SELECT setval('people_id_seq', greatest((SELECT max(id) FROM people), "
                    "(SELECT last_value FROM people_id_seq)))")
        return counts

    def _import_memory(self, person_id: int, m: dict[str, Any]) -> bool:
        memory = Memory(person_id=person_id, **{k: m.get(k) for k in _MEMORY_FIELDS if m.get(k) is not None})
        if isinstance(m.get("shared"), bool):
            memory.shared = m["shared"]
        self._check_memory(memory)
        norm = normalise(memory.text)
        mid = self._one("SELECT id FROM memories WHERE person_id=%s AND author = current_user AND norm=%s",
                        (person_id, norm))
        created = mid is None
        if created:
            # A fresh id from the sequence: a member cannot see every memory, so cannot know which ids are free.
            mid = self._insert_memory(person_id, norm, memory, with_source=False)
        for s in m.get("sources") or [{"source": memory.source, "source_ref": memory.source_ref}]:
            self._x("INSERT INTO memory_sources (memory_id, source, source_ref, meeting_key, added_at) "
                    "VALUES (%s,%s,%s,%s,%s) ON CONFLICT DO NOTHING",
                    (mid, s.get("source") or "import", s.get("source_ref"), s.get("meeting_key"), s.get("added_at") or utcnow()))
        for b in m.get("brought_up") or []:
            self._x("INSERT INTO brought_up (memory_id, person_id, meeting_key, meeting_start, kind, recorded_at) "
                    "VALUES (%s,%s,%s,%s,%s,%s) ON CONFLICT DO NOTHING",
                    (mid, person_id, b["meeting_key"], b["meeting_start"], b.get("kind") or "opener", utcnow()))
        return created
