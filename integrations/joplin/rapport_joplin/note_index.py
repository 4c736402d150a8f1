"""A local index of note titles, kept current from Joplin's ``/events`` change feed.

Finding a meeting's note means matching titles. Listing every note on every run is slow for a
large Joplin library, so the first scan lists them once and later scans only apply the changes
since the stored cursor. The state file holds note titles, so it is written with mode 0600.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapport_plugins import write_private

from .client import LIST_FIELDS, JoplinClient, JoplinNotFound, in_trash

STATE_VERSION = 1
EVENT_DELETED = 3
REBUILD_AFTER = 200  # changed notes above which a full listing beats reading each note


@dataclass
class ScanResult:
    full: bool  # True when the whole library was listed (first run, other server, lost cursor)
    changed: list[str]  # ids of notes created or updated since the last scan
    deleted: list[str]


class NoteIndex:
    """Note id -> {title, parent_id, updated_time}, plus the events cursor it is current to."""

    def __init__(self, client: JoplinClient, path: Path):
        self.client = client
        self.path = path
        self.cursor: str | None = None
        self.notes: dict[str, dict[str, Any]] = {}
        self._load()

    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            # The index is only a cache of Joplin's titles: a damaged file is kept aside for
            # inspection and the index is rebuilt from Joplin on the next refresh.
            self.path.replace(self.path.with_suffix(".damaged"))
            return
        if isinstance(data, dict) and data.get("version") == STATE_VERSION and data.get("url") == self.client.url:
            self.cursor = data.get("cursor")
            self.notes = data.get("notes", {})

    def save(self) -> None:
        data = {"version": STATE_VERSION, "url": self.client.url, "cursor": self.cursor, "notes": self.notes}
        write_private(self.path, json.dumps(data, ensure_ascii=False, sort_keys=True))

    def refresh(self) -> ScanResult:
        """Bring the index up to date: a full listing the first time, the change feed afterwards."""
        if self.cursor is None:
            return self._rebuild()
        events, cursor = self.client.events_since(self.cursor)
        if events and int(events[0].get("id", 0)) > int(self.cursor) + 1:
            return self._rebuild()  # Joplin pruned changes we never saw (it keeps ~90 days)
        latest: dict[str, int] = {}
        for event in events:
            latest[str(event["item_id"])] = int(event.get("type", 2))
        if len(latest) > REBUILD_AFTER:
            return self._rebuild()  # one listing is cheaper than hundreds of single-note reads
        changed, deleted = [], []
        for note_id, kind in latest.items():
            note = None if kind == EVENT_DELETED else self._fetch(note_id)
            if note is None:
                if self.notes.pop(note_id, None) is not None:
                    deleted.append(note_id)
            else:
                self.remember(note)
                changed.append(note_id)
        if events or cursor != self.cursor:
            self.cursor = cursor
            self.save()  # the file is only rewritten when something moved
        return ScanResult(full=False, changed=changed, deleted=deleted)

    def _rebuild(self) -> ScanResult:
        cursor = self.client.latest_cursor()  # taken first, so no change falls between the two
        self.notes = {}
        for note in self.client.notes(LIST_FIELDS):
            self.remember(note)
        self.cursor = cursor
        self.save()
        return ScanResult(full=True, changed=list(self.notes), deleted=[])

    def _fetch(self, note_id: str) -> dict[str, Any] | None:
        try:
            note = self.client.get_note(note_id, LIST_FIELDS + ",deleted_time")
        except JoplinNotFound:
            return None
        return None if in_trash(note) else note  # in the trash counts as gone

    def remember(self, note: dict[str, Any]) -> None:
        """Record a note the tool has just written, without waiting for the feed."""
        self.notes[str(note["id"])] = {
            "title": note.get("title", ""),
            "parent_id": note.get("parent_id", ""),
            "updated_time": note.get("updated_time", 0),
        }
