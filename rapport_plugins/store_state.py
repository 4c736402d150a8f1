"""The automation state of the built-in SQLite store: small JSON values by key (rotation,
last run) and claims, so a briefing is delivered once however many runs overlap. Mixed into
``SQLiteStore``.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from .store_common import utcnow


class SQLiteState:
    """State rows; ``self.db`` and ``self.transaction()`` come from ``SQLiteStore``."""

    db: sqlite3.Connection

    def get_state(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM state WHERE key=?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_state(self, key: str, value: Any) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO state (key, value, updated_at) VALUES (?,?,?) "
                "ON CONFLICT(key) DO UPDATE SET value=excluded.value, updated_at=excluded.updated_at",
                (key, json.dumps(value), utcnow()),
            )

    def claim(self, key: str) -> bool:
        """True the first time ``key`` is claimed, False ever after (also across processes)."""
        with self.transaction():
            cur = self.db.execute(
                "INSERT OR IGNORE INTO state (key, value, updated_at) VALUES (?, 'true', ?)", (key, utcnow())
            )
            return cur.rowcount == 1

    def release(self, key: str) -> None:
        """Undo a claim (the work it guarded failed and should be retried)."""
        with self.transaction():
            self.db.execute("DELETE FROM state WHERE key=?", (key,))
