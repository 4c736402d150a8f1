"""The people half of the built-in SQLite store: person rows, their keys (emails, aliases) and
the search index of names, merging and forgetting. Mixed into ``SQLiteStore``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from .models import Person
from .store_common import utcnow

INDEX_BATCH = 1_000  # people indexed together while writing in batches (search_index_in_batches)

# A person and their keys in one row: the keys as a JSON array of [kind, value] (in the order
# they were added), so listing a page of people is one query, not one per person.
_PERSON_SELECT = (
    "SELECT p.id, p.name, p.created_at, p.card_uid, p.note_ref, p.org, p.title, p.is_me, p.timezone, "
    "(SELECT json_group_array(json_array(k.kind, k.value)) FROM person_keys k WHERE k.person_id = p.id) AS keys "
    "FROM people p"
)


class SQLitePeople:
    """People rows; ``self.db`` and ``self.transaction()`` come from ``SQLiteStore``."""

    db: sqlite3.Connection
    _unindexed: list[int] | None = None  # people yet to index (see SQLiteStore.search_index_in_batches)

    def _insert_person(self, name: str, norm: str, fields: dict[str, Any]) -> int:
        """A people row (``fields``: card_uid, note_ref, org, title, is_me; optional id, created_at)."""
        cur = self.db.execute(
            "INSERT INTO people (id, name, name_norm, created_at, card_uid, note_ref, org, title, is_me, timezone) "
            "VALUES (?,?,?,?,?,?,?,?,?,?)",
            (fields.get("id"), name, norm, fields.get("created_at") or utcnow(), fields["card_uid"],
             fields["note_ref"], fields["org"], fields["title"], int(bool(fields["is_me"])), fields.get("timezone")),
        )
        return int(cur.lastrowid)  # type: ignore[arg-type]

    def _key_owner(self, kind: str, norm: str) -> int | None:
        row = self.db.execute("SELECT person_id FROM person_keys WHERE kind=? AND norm=?", (kind, norm)).fetchone()
        return row[0] if row else None

    def _insert_key(self, person_id: int, kind: str, value: str, norm: str) -> None:
        self.db.execute("INSERT INTO person_keys (person_id, kind, value, norm) VALUES (?,?,?,?)",
                        (person_id, kind, value, norm))

    def _index_person(self, person_id: int) -> None:
        if self._unindexed is not None:  # writing in batches: indexed with the rest of its batch
            self._unindexed.append(person_id)
            if len(self._unindexed) >= INDEX_BATCH:
                self._index_batch()  # type: ignore[attr-defined]
        else:
            self._index_people([person_id])

    def _index_people(self, ids: list[int]) -> None:
        """The search index of these people (name, emails, aliases) as they are now; two statements."""
        wanted = json.dumps(ids)
        self.db.execute("DELETE FROM people_fts WHERE rowid IN (SELECT value FROM json_each(?))", (wanted,))
        self.db.execute(
            "INSERT INTO people_fts (rowid, name, keys) SELECT p.id, p.name, "
            "coalesce((SELECT group_concat(k.value, ' ') FROM person_keys k WHERE k.person_id = p.id), '') "
            "FROM people p WHERE p.id IN (SELECT value FROM json_each(?))", (wanted,))

    def _update_person_row(self, person_id: int, fields: dict[str, Any]) -> None:
        cols = ", ".join(f"{k}=?" for k in fields)
        self.db.execute(f"UPDATE people SET {cols} WHERE id=?", (*fields.values(), person_id))

    def _people_where(self, where: str, args: tuple[Any, ...] = ()) -> list[Person]:
        return [self._person_from_row(r) for r in self.db.execute(f"{_PERSON_SELECT} WHERE {where}", args)]

    def _people_with_ids(self, ids: list[int]) -> list[Person]:
        return self._people_where(f"p.id IN ({','.join('?' * len(ids))})", tuple(ids))

    def count_people(self) -> int:
        return self.db.execute("SELECT count(*) FROM people").fetchone()[0]

    def people_page(self, limit: int | None = None, offset: int = 0, *,
                    counts: bool = True) -> Iterator[tuple[Person, int | None]]:
        """A page of people in name order with how many kept memories each has, counted in SQL.

        One query for the whole page (the ``people_listing`` index gives the order);
        ``limit=None`` streams everyone.
        """
        count = ("(SELECT count(*) FROM memories m WHERE m.person_id = p.id AND m.review = 'kept')"
                 if counts else "NULL")
        sql = _PERSON_SELECT.replace(" FROM people p", f", {count} AS n_memories FROM people p")
        sql += " ORDER BY p.name COLLATE NOCASE, p.id LIMIT ? OFFSET ?"
        for row in self.db.execute(sql, (-1 if limit is None else max(0, limit), max(0, offset))):
            yield self._person_from_row(row), row["n_memories"]

    def _count_named(self, norm: str) -> int:
        return self.db.execute("SELECT count(*) FROM people WHERE name_norm=?", (norm,)).fetchone()[0]

    def _merge_rows(self, keep: Person, other: Person) -> None:
        """``other``'s keys, memories, meetings and brought-up history to ``keep``; ``other`` goes."""
        keep_id, other_id = keep.id, other.id
        self.db.execute("UPDATE person_keys SET person_id=? WHERE person_id=?", (keep_id, other_id))
        # Memories ``keep`` already has (same normalised text) hand their sources and
        # brought-up history to that twin and go; the rest move over. Set-based: a few
        # statements whatever the number of memories.
        twin_of = ("(SELECT k.id FROM memories o JOIN memories k ON k.person_id = :keep AND k.norm = o.norm "
                   "WHERE o.id = {table}.memory_id)")
        twins = ("SELECT o.id FROM memories o JOIN memories k ON k.person_id = :keep AND k.norm = o.norm "
                 "WHERE o.person_id = :other")
        ids = {"keep": keep_id, "other": other_id}
        for table in ("memory_sources", "brought_up"):
            self.db.execute(f"UPDATE OR IGNORE {table} SET memory_id = {twin_of.format(table=table)} "
                            f"WHERE memory_id IN ({twins})", ids)
        self.db.execute(f"DELETE FROM memories WHERE id IN ({twins})", ids)
        self.db.execute("UPDATE memories SET person_id = :keep WHERE person_id = :other", ids)
        self.db.execute(
            "INSERT OR IGNORE INTO meeting_people (meeting_key, person_id) SELECT meeting_key, ? FROM meeting_people WHERE person_id=?",
            (keep_id, other_id),
        )
        self.db.execute("UPDATE OR IGNORE brought_up SET person_id=? WHERE person_id=?", (keep_id, other_id))
        if other.is_me:
            self.db.execute("UPDATE people SET is_me=1 WHERE id=?", (keep_id,))
        self.db.execute("DELETE FROM people WHERE id=?", (other_id,))

    def forget_person(self, person_id: int) -> dict[str, Any]:
        """Delete a person and everything about them; return what was deleted."""
        with self.transaction():
            person = self._require_person(person_id)
            counts = {
                "person": person.name,
                "memories": self.db.execute("SELECT count(*) FROM memories WHERE person_id=?", (person_id,)).fetchone()[0],
                "sources": self.db.execute(
                    "SELECT count(*) FROM memory_sources WHERE memory_id IN (SELECT id FROM memories WHERE person_id=?)",
                    (person_id,),
                ).fetchone()[0],
                "emails": len(person.emails),
                "aliases": len(person.aliases),
                "meetings": self.db.execute(
                    "SELECT count(*) FROM meeting_people WHERE person_id=?", (person_id,)
                ).fetchone()[0],
            }
            self.db.execute("DELETE FROM memories WHERE person_id=?", (person_id,))
            self.db.execute("DELETE FROM people WHERE id=?", (person_id,))
            state_keys = [r[0] for r in self.db.execute("SELECT key FROM state WHERE key LIKE ?", (f"person:{person_id}:%",))]
            self.db.execute("DELETE FROM state WHERE key LIKE ?", (f"person:{person_id}:%",))
            counts["state"] = len(state_keys)
            # Merge FTS segments so no token of the deleted rows is left in the index.
            self.db.execute("INSERT INTO memories_fts (memories_fts) VALUES ('optimize')")
            self.db.execute("INSERT INTO people_fts (people_fts) VALUES ('optimize')")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return counts
