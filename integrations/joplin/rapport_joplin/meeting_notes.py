"""Which Joplin note belongs to a meeting, and writing the briefing into it.

A note belongs to a meeting when its title contains the meeting's title and its date
(``2026-04-02``), in any notebook; notes in the configured notebook win, then the most recently
edited. When a briefing has no note to go to, one is created in the notebook.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from rapport_plugins import Meeting, MeetingNotes

from .briefing_section import blank_section, replace_section
from .client import NOTE_FIELDS, JoplinClient, in_trash
from .note_index import NoteIndex
from .settings import JoplinSettings

SOURCE = "joplin"


def meeting_date(meeting: Meeting) -> date:
    start = meeting.start
    return start.date() if isinstance(start, datetime) else start


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


# Unambiguous ways people date a note title; day/month order with slashes is not guessed.
DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%d.%m.%Y")


def title_matches(note_title: str, meeting: Meeting) -> bool:
    title, wanted = _norm(note_title), _norm(meeting.title)
    day = meeting_date(meeting)
    return bool(wanted) and wanted in title and any(day.strftime(f) in title for f in DATE_FORMATS)


def new_note_title(meeting: Meeting) -> str:
    return f"{meeting_date(meeting).isoformat()} {' '.join(meeting.title.split())}"


class JoplinNotes:
    """The integration's work, over one client and one title index."""

    def __init__(self, settings: JoplinSettings, client: JoplinClient | None = None):
        self.settings = settings
        self.client = client or JoplinClient(settings.url, settings.token, settings.timeout)
        self.index = NoteIndex(self.client, settings.state_path)
        self._folders: list[dict[str, Any]] | None = None

    # --- notebooks -------------------------------------------------------------------------
    def folders(self) -> list[dict[str, Any]]:
        if self._folders is None:
            self._folders = self.client.folders()
        return self._folders

    def notebook_id(self, create: bool = False) -> str | None:
        """The configured notebook's id; ``"Work/Meetings"`` walks sub-notebooks."""
        parent = ""
        for part in [p for p in re.split(r"\s*/\s*", self.settings.notebook.strip()) if p]:
            match = next((f for f in self.folders()
                          if f.get("parent_id", "") == parent and _norm(f["title"]) == _norm(part)), None)
            if match is None:
                if not create:
                    return None
                match = self.client.request("POST", "/folders", json={"title": part, "parent_id": parent})
                self.folders().append(match)
            parent = match["id"]
        return parent or None

    # --- finding ---------------------------------------------------------------------------
    def _rank(self, note_ids: list[str]) -> list[str]:
        notebook = self.notebook_id()

        def key(note_id: str) -> tuple[int, int]:
            entry = self.index.notes[note_id]
            return (0 if notebook and entry["parent_id"] == notebook else 1, -int(entry["updated_time"] or 0))

        return sorted(note_ids, key=key)

    def find_note_ids(self, meeting: Meeting) -> list[str]:
        """Ids of the meeting's notes, best first, from the index brought up to date."""
        self.index.refresh()
        ids = [i for i, entry in self.index.notes.items() if title_matches(entry["title"], meeting)]
        return self._rank(ids)

    def meeting_notes(self, meeting: Meeting) -> list[dict[str, Any]]:
        """The meeting's notes with their bodies, best first."""
        return [self.client.get_note(note_id, NOTE_FIELDS) for note_id in self.find_note_ids(meeting)]

    def notes_for(self, meeting: Meeting) -> list[MeetingNotes]:
        """The meeting's notes as rapport reads them: our briefing section blanked, lines kept."""
        found = []
        for note in self.meeting_notes(meeting):
            where = f"joplin note {note['id']} ({note['title']})"
            found.append(MeetingNotes(
                text=blank_section(note.get("body", ""), where), source=SOURCE,
                ref=f"{SOURCE}:{note['id']}",  # the core's marker reader then cites lines the same way
                meeting_uid=meeting.uid, meeting_date=meeting_date(meeting).isoformat(), title=note.get("title"),
                extra={"parent_id": note.get("parent_id"), "updated_time": note.get("updated_time")},
            ))
        return found

    # --- writing ---------------------------------------------------------------------------
    def deliver(self, meeting: Meeting, markdown: str) -> str:
        """Write the briefing into the meeting's note (created if missing); return where."""
        ids = self.find_note_ids(meeting)
        notebook = self.notebook_id(create=not ids)
        if not ids and notebook:
            # The change feed can trail a write by a moment; the list endpoint does not, so look
            # again there before creating a second note for the same meeting.
            for note in self.client.folder_notes(notebook):
                self.index.remember(note)
            ids = [i for i, e in self.index.notes.items() if title_matches(e["title"], meeting)]
            ids = self._rank(ids)
        if ids:
            note = self.client.get_note(ids[0], NOTE_FIELDS)
            body = replace_section(note.get("body", ""), markdown, f"joplin note {note['id']} ({note['title']})")
            if body != note.get("body", ""):
                note = {**note, **(self.client.update_note(note["id"], body=body) or {})}
        else:
            note = self.client.create_note(new_note_title(meeting), replace_section("", markdown, ""), notebook)
        self.index.remember(note)
        self.index.save()
        self._tag(note["id"])
        return f"joplin:{self._folder_title(note.get('parent_id', ''))}/{note['title']}"

    def correct(self, meeting: Meeting, correction: Any) -> str | None:
        """Put ``correction`` on top of the briefing section of the meeting's note (the meeting as
        it was briefed); None when no note holds that section any more."""
        from .briefing_section import correct_section

        for note_id in self.find_note_ids(meeting):
            note = self.client.get_note(note_id, NOTE_FIELDS)
            if in_trash(note):
                continue
            body = note.get("body", "")
            corrected = correct_section(body, correction, f"joplin note {note['id']} ({note['title']})")
            if corrected is None:
                continue
            if corrected != body:
                self.client.update_note(note["id"], body=corrected)
            return f"joplin:{self._folder_title(note.get('parent_id', ''))}/{note['title']}"
        return None

    def _tag(self, note_id: str) -> None:
        if not self.settings.tag:
            return
        tag = next((t for t in self.client.tags() if _norm(t["title"]) == self.settings.tag), None)
        if tag is None:
            tag = self.client.create_tag(self.settings.tag)
        if not any(t["id"] == tag["id"] for t in self.client.note_tags(note_id)):
            self.client.tag_note(tag["id"], note_id)

    def _folder_title(self, folder_id: str) -> str:
        return next((f["title"] for f in self.folders() if f["id"] == folder_id), folder_id)
