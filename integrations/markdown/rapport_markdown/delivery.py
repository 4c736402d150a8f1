"""Writing a briefing into the meeting note (and optionally the daily note), in the owned section,
and a correction on top of it when the meeting moves or is cancelled afterwards."""

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
from .sections import body_hash, find_sections, start_marker, upsert_section
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


def correct(settings: Settings, meeting: Meeting, correction: Any) -> str | None:
    """Put ``correction`` on top of the briefing rapport wrote for ``meeting`` (as it was briefed)
    in its meeting note and daily note; return where, or None when no note holds that briefing."""
    day = meeting_day(meeting.start, settings.zone)
    targets = []
    if settings.write_briefing:
        vault = settings.open_vault()
        rel = vault.find_meeting_note(meeting.uid, day, meeting.title)
        if rel is not None:
            targets.append((rel, vault.path(rel), "meeting"))
    if settings.daily_note:
        rel = daily_note_rel(settings.vault, day)
        targets.append((rel, settings.vault / rel, hashlib.sha256(meeting.key.encode("utf-8")).hexdigest()[:10]))
    where = [f"markdown:{rel}" for rel, path, section_id in targets
             if path.is_file() and correct_section(path, section_id, correction)]
    return ", ".join(where) or None


def correct_section(path: Path, section_id: str, correction: Any) -> bool:
    """The owned briefing section ``section_id`` of ``path`` with the correction as its first line;
    False when the note has no such section (the user took it out: left alone). A section the user
    edited gets the line too and stays theirs (its hash still differs, so a later briefing releases
    it as always)."""
    found = False

    def change(text: str) -> tuple[str, bool]:
        nonlocal found
        newline = "\r\n" if "\r\n" in text else "\n"
        lines = text.replace("\r\n", "\n").split("\n")
        section = next((s for s in find_sections(lines, "briefing") if s.id == section_id), None)
        if section is None:
            return text, False
        found = True
        current = lines[section.start + 1:section.end]
        body = correction.in_note(current)
        if body_hash(current) == section.sha:
            lines[section.start] = start_marker("briefing", section_id, body_hash(body))
        lines[section.start + 1:section.end] = body
        return newline.join(lines), False

    edit_note(path, lambda: "", change)
    return found
