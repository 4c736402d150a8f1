"""The memories half of the built-in SQLite store: memory rows, where each came from, the
review queue and full-text search. Mixed into ``SQLiteStore``.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from typing import Any

from .errors import RapportError
from .models import Memory
from .store_common import MEMORY_FIELDS, _chunks, normalise, utcnow

RANKED = 5_000  # search ranks at most this many of the newest matching memories


class SQLiteMemories:
    """Memory rows; ``self.db`` and ``self.transaction()`` come from ``SQLiteStore``."""

    db: sqlite3.Connection

    def _sources(self, memory_id: int) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT source, source_ref, meeting_key, added_at FROM memory_sources WHERE memory_id=? ORDER BY id",
            (memory_id,),
        )
        return [dict(r) for r in rows]

    def add_memory(self, memory: Memory) -> tuple[Memory, bool]:
        """Store a memory. The same text for the same person (from any source) is one memory:
        the new source is added to it and ``(existing, False)`` is returned."""
        self._check_memory(memory)
        norm = normalise(memory.text)
        with self.transaction():
            if not self.db.execute("SELECT 1 FROM people WHERE id=?", (memory.person_id,)).fetchone():
                raise RapportError(f"unknown person #{memory.person_id}")
            row = self.db.execute(
                "SELECT id FROM memories WHERE person_id=? AND norm=?", (memory.person_id, norm)
            ).fetchone()
            if row:
                self.add_source(row[0], memory.source, memory.source_ref, memory.meeting_key, memory.captured_at)
                if memory.review == "kept":
                    self.db.execute("UPDATE memories SET review='kept' WHERE id=? AND review='proposed'", (row[0],))
                return self.get_memory(row[0]), False  # type: ignore[return-value]
            captured = memory.captured_at or utcnow()
            values = {f: getattr(memory, f) for f in MEMORY_FIELDS}
            values.update(captured_at=captured, pinned=int(memory.pinned), text=" ".join(memory.text.split()))
            cols = ", ".join(["person_id", "norm", *values])
            marks = ", ".join("?" * (len(values) + 2))
            cur = self.db.execute(
                f"INSERT INTO memories ({cols}) VALUES ({marks})", (memory.person_id, norm, *values.values())
            )
            mid = cur.lastrowid
            self.db.execute(
                "INSERT INTO memory_sources (memory_id, source, source_ref, meeting_key, added_at) VALUES (?,?,?,?,?)",
                (mid, memory.source, memory.source_ref, memory.meeting_key, captured),
            )
        return self.get_memory(mid), True  # type: ignore[return-value]

    def add_source(self, memory_id: int, source: str, source_ref: str | None = None, meeting_key: str | None = None,
                   added_at: str | None = None) -> None:
        """Add where a memory was (also) found; ``added_at`` is the caller's clock (a pinned one in tests)."""
        with self.transaction():
            self.db.execute(
                "INSERT OR IGNORE INTO memory_sources (memory_id, source, source_ref, meeting_key, added_at) VALUES (?,?,?,?,?)",
                (memory_id, source, source_ref, meeting_key, added_at or utcnow()),
            )

    def get_memory(self, memory_id: int) -> Memory | None:
        row = self.db.execute("SELECT * FROM memories WHERE id=?", (memory_id,)).fetchone()
        return self._memory_from_row(row) if row else None

    def _update_memory_row(self, memory: Memory, fields: dict[str, Any]) -> None:
        cols = ", ".join(f"{k}=?" for k in fields)
        try:
            self.db.execute(f"UPDATE memories SET {cols} WHERE id=?", (*fields.values(), memory.id))
        except sqlite3.IntegrityError:
            raise RapportError(f"memory #{memory.id}: the same text is already remembered for this person") from None

    def share_memory(self, memory_id: int, shared: bool = True) -> Memory:
        """Sharing is for team stores; this one keeps one person's memory."""
        raise RapportError("this is a one-person store (SQLite): sharing needs the team store, "
                           "rapport-postgres (see docs/team.md)")

    def memories_for_many(self, person_ids: Iterable[int], review: Iterable[str] = ("kept",)) -> dict[int, list[Memory]]:
        """The memories of several people (with their sources), a bounded number of ids per query."""
        ids = list(dict.fromkeys(person_ids))
        review = list(review)
        out: dict[int, list[Memory]] = {pid: [] for pid in ids}
        q_rev = ",".join("?" * len(review))
        for chunk in _chunks(ids):
            q_ids = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT * FROM memories WHERE person_id IN ({q_ids}) AND review IN ({q_rev}) ORDER BY id",
                (*chunk, *review),
            ).fetchall()
            for memory in self._with_sources(rows):
                out[memory.person_id].append(memory)
        return out

    def _with_sources(self, rows: list[sqlite3.Row]) -> list[Memory]:
        """Memories from rows, their sources fetched together (``CHUNK`` memory ids per query)."""
        sources: dict[int, list[dict[str, Any]]] = {r["id"]: [] for r in rows}
        for chunk in _chunks(list(sources)):
            for s in self.db.execute(
                "SELECT memory_id, source, source_ref, meeting_key, added_at FROM memory_sources "
                f"WHERE memory_id IN ({','.join('?' * len(chunk))}) ORDER BY id",
                tuple(chunk),
            ):
                d = dict(s)
                sources[d.pop("memory_id")].append(d)
        return [self._memory_from_row(r, sources[r["id"]]) for r in rows]

    def proposed(self, limit: int | None = None) -> list[Memory]:
        rows = self.db.execute(
            "SELECT * FROM memories WHERE review='proposed' ORDER BY id LIMIT ?", (-1 if limit is None else limit,)
        ).fetchall()
        return self._with_sources(rows)

    def search(self, query: str, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        """Full-text search over memories (kept and proposed) and people (names, emails, aliases).

        Ranked (bm25) with ``limit``/``offset`` applied in SQL; when a query matches more than
        ``RANKED`` memories, the newest ``RANKED`` of them are ranked (a common word then costs
        the same at any store size). The people of the memory hits are fetched together, so a
        page costs a handful of queries whatever the store's size.
        """
        match = _fts_query(query)
        if not match:
            return {"people": [], "memories": []}
        page = (max(0, limit), max(0, offset))
        ranked = [r[0] for r in self.db.execute(
            "SELECT rowid FROM people_fts WHERE people_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?", (match, *page)
        )]
        found = self.get_people(ranked)
        people = [found[i] for i in ranked if i in found]
        # bm25 is computed only for the newest RANKED matches that are not dismissed (FTS5 walks
        # its index newest first for nothing), so a word in every tenth memory costs the same at
        # any store size; the PostgreSQL store ranks the same ones.
        rows = self.db.execute(
            "SELECT * FROM (SELECT m.*, memories_fts.rank AS fts_rank FROM memories_fts "
            "JOIN memories m ON m.id = memories_fts.rowid WHERE memories_fts MATCH ? AND m.review != 'dismissed' "
            "ORDER BY memories_fts.rowid DESC LIMIT ?) ORDER BY fts_rank LIMIT ? OFFSET ?",
            (match, RANKED, *page),
        ).fetchall()
        owners = self.get_people(r["person_id"] for r in rows)
        hits = [(m, owners[m.person_id]) for m in self._with_sources(rows)]
        return {"people": people, "memories": hits}


def _fts_query(query: str) -> str:
    """Turn user text into a safe FTS5 query: every word required, quoted; the last one also as
    a prefix (what is being typed: "Anna Be" finds Anna Berg). Earlier words are whole words:
    a prefix term costs a walk over every token it starts, a whole word one index lookup."""
    words = re.findall(r"\w+", query or "")
    terms = [f'"{w}"' for w in words]
    if terms:
        terms[-1] += "*"
    return " ".join(terms)
