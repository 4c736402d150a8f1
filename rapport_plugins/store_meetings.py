"""The meetings half of the built-in SQLite store: who was met when, and what each briefing
brought up (so the next one can rest it). Mixed into ``SQLiteStore``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from .models import Meeting
from .store_common import _iso, utcnow


class SQLiteMeetings:
    """Meeting rows; ``self.db`` and ``self.transaction()`` come from ``SQLiteStore``."""

    db: sqlite3.Connection

    def record_meeting(self, meeting: Meeting, person_ids: Iterable[int]) -> None:
        """Remember that a meeting happened (or is planned) with these people. Idempotent."""
        with self.transaction():
            self.db.execute(
                "INSERT INTO meetings (key, uid, title, start, end, source, seen_at, response, timezone) "
                "VALUES (?,?,?,?,?,?,?,?,?) "
                "ON CONFLICT(key) DO UPDATE SET title=excluded.title, end=excluded.end, source=excluded.source, "
                "response=excluded.response, timezone=coalesce(excluded.timezone, meetings.timezone)",
                (meeting.key, meeting.uid, meeting.title, _iso(meeting.start), _iso(meeting.end), meeting.source, utcnow(),
                 meeting.my_response, meeting.timezone),
            )
            for pid in set(person_ids):
                self.db.execute(
                    "INSERT OR IGNORE INTO meeting_people (meeting_key, person_id) VALUES (?,?)", (meeting.key, pid)
                )

    def _meeting_rows(self, person_id: int) -> list[sqlite3.Row]:
        return self.db.execute(
            "SELECT m.key, m.uid, m.title, m.start, m.end, m.source, m.response, m.timezone FROM meetings m "
            "JOIN meeting_people mp ON mp.meeting_key = m.key WHERE mp.person_id=?",
            (person_id,),
        ).fetchall()

    # -- what briefings brought up -----------------------------------------------------------
    def record_brought_up(self, meeting_key: str, meeting_start: str, offers: Iterable[tuple[int, int, str]]) -> int:
        """Record that a delivered briefing for ``meeting_key`` offered these (person, memory, kind).

        Idempotent per memory and meeting (the first kind recorded wins); returns rows added.
        Memories that no longer exist are skipped.
        """
        added = 0
        with self.transaction():
            for person_id, memory_id, kind in offers:
                cur = self.db.execute(
                    "INSERT OR IGNORE INTO brought_up (memory_id, person_id, meeting_key, meeting_start, kind, recorded_at) "
                    "SELECT ?,?,?,?,?,? WHERE EXISTS (SELECT 1 FROM memories WHERE id=? AND person_id=?)",
                    (memory_id, person_id, meeting_key, meeting_start, kind, utcnow(), memory_id, person_id),
                )
                added += cur.rowcount
        return added

    def brought_up_for(self, person_id: int) -> list[dict[str, Any]]:
        """Every time a memory of this person was brought up: memory_id, meeting_key, meeting_start, kind (oldest first)."""
        rows = self.db.execute(
            "SELECT memory_id, meeting_key, meeting_start, kind FROM brought_up WHERE person_id=? "
            "ORDER BY meeting_start, memory_id", (person_id,),
        ).fetchall()
        return [dict(r) for r in rows]
