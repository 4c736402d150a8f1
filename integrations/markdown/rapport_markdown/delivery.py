"""Writing a briefing into the meeting note (and optionally the daily note), in the owned section."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rapport_plugins import Meeting, RapportError

from .noteio import NoteChanged, check_writable, read_for_edit, warn, write_atomic
from .notes import (
    briefing_insert_line,
    daily_note_rel,
    meeting_note_rel,
    new_daily_note,
    new_meeting_note,
)
from .sections import upsert_section
from .settings import Settings
from .vault import meeting_day

ATTEMPTS = 3


def edit_note(path: Path, new_text: Callable[[], str], change: Callable[[str], tuple[str, bool]]) -> bool:
    """Read-modify-write ``path`` atomically; if the user saved it meanwhile, start again.

    ``change(text) -> (text, released)``; returns whether the user's edits had to be released.
    """
    for _ in range(ATTEMPTS):
        if path.exists():
            check_writable(path)
            text, sig = read_for_edit(path)
        else:
            text, sig = new_text(), None
        updated, released = change(text)
        if updated == text and sig is not None:
            return released
        try:
            write_atomic(path, updated, expect=sig)
            return released
        except NoteChanged:
            continue
        except FileExistsError:
            continue
    raise RapportError(f"{path}: the note kept changing while the briefing was written; try again")


def write_briefing(settings: Settings, meeting: Meeting, body: str) -> str:
    """Put ``body`` in the meeting note's briefing section; return the note's vault-relative path."""
    vault = settings.open_vault()
    day = meeting_day(meeting.start, settings.zone)
    rel = vault.find_meeting_note(meeting.uid, day, meeting.title) or meeting_note_rel(vault, meeting, settings.zone)
    path = vault.path(rel)

    def change(text: str) -> tuple[str, bool]:
        res = upsert_section(text, "briefing", "meeting", body, insert_at=briefing_insert_line(text))
        return res.text, res.released

    if edit_note(path, lambda: new_meeting_note(settings, vault, meeting), change):
        warn(f"markdown: {path}: you had edited the briefing section; your text was kept above the new briefing")
    return rel


def write_daily(settings: Settings, meeting: Meeting, body: str) -> str:
    """Append (or refresh) this meeting's briefing in the day's daily note; one section per meeting."""
    day = meeting_day(meeting.start, settings.zone)
    rel = daily_note_rel(settings.vault, day)
    path = settings.vault / rel
    section_id = hashlib.sha256(meeting.key.encode("utf-8")).hexdigest()[:10]

    def change(text: str) -> tuple[str, bool]:
        res = upsert_section(text, "briefing", section_id, body, where="bottom")
        return res.text, res.released

    if edit_note(path, lambda: new_daily_note(settings.vault, day, meeting), change):
        warn(f"markdown: {path}: you had edited the briefing section; your text was kept above the new briefing")
    return rel


def render(briefing: Any, config: Any, shared: bool) -> str:
    """The briefing as Markdown; a shared place gets the shared-sink version (light details only)."""
    if shared:
        briefing = briefing.for_shared_sink(config)
    return briefing.render("markdown")


def deliver(settings: Settings, meeting: Meeting, briefing: Any, config: Any) -> str | None:
    where = []
    if settings.write_briefing:
        rel = write_briefing(settings, meeting, render(briefing, config, settings.shared))
        where.append(f"markdown:{rel}")
    if settings.daily_note:
        shared = settings.shared or settings.daily_note_shared
        rel = write_daily(settings, meeting, render(briefing, config, shared))
        where.append(f"markdown:{rel}")
    return ", ".join(where) or None
