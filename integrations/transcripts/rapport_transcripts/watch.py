"""Watched folders: transcripts that tools save by themselves (Zoom local recordings, Otter or
Granola exports) are captured by ``rapport run`` without ``rapport capture FILE``.

This module only finds and reads the files (``rapport_incoming_notes``); the core finds each
one's meeting (a Zoom folder's date and time, a date in the name, the meeting that ended nearest
the file's time) and claims it, so a file is captured once however many runs see it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from rapport_plugins import MeetingNotes, RapportError, SectionReader, read_text_file, source_failed

from . import MAX_BYTES
from .parse import parse_transcript, sniff_format

SUFFIXES = {".vtt", ".srt", ".txt", ".transcript"}
MAX_DEPTH = 3  # Zoom keeps one folder per meeting: ~/Documents/Zoom/<date time title>/<files>
SETTLE_SECONDS = 120  # a file changed more recently than this may still be being written


def watched_folders(read: SectionReader) -> list[Path]:
    """The ``[transcripts] watch`` folders (a list, or one path), resolved like every configured path."""
    return [read.config.path_of(v) for v in read.strings("watch")]


def _files(folder: Path, depth: int = 0) -> Iterator[Path]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            if depth < MAX_DEPTH:
                yield from _files(Path(entry.path), depth + 1)
        elif entry.is_file() and Path(entry.name).suffix.lower() in SUFFIXES and "chat" not in entry.name.lower():
            yield Path(entry.path)  # Zoom's meeting_saved_chat.txt is a chat log, not what was said


def incoming_transcripts(since: datetime, now: datetime, config: Any) -> list[MeetingNotes] | None:
    """Transcripts in the watched folders changed in [since, now - settle_seconds], read and parsed.

    A file that cannot be read or parsed (too big, not text, a malformed cue) is said once in one
    line naming it and skipped; one whose size or time changes while it is read is left for the
    next run.
    """
    read = SectionReader.of(config, "transcripts", needs="watch")
    if read is None or not read.flag("enabled", True):
        return None
    folders = watched_folders(read)
    settle = read.number("settle_seconds", SETTLE_SECONDS)
    max_bytes = read.number("max_bytes", MAX_BYTES, int)
    earliest, latest = since.timestamp(), now.timestamp() - settle
    found: list[MeetingNotes] = []
    for folder in folders:
        if not folder.is_dir():
            source_failed(f"transcripts: watched folder {folder} does not exist (set [transcripts] watch)")
            continue
        for path in _files(folder):
            try:
                before = path.stat()
            except OSError:
                continue
            if not earliest <= before.st_mtime <= latest:
                continue  # older than the run's window, or so new it may still be being written
            notes = _read(path, max_bytes, before)
            if notes is not None:
                found.append(notes)
    return found


def _read(path: Path, max_bytes: int, before: os.stat_result) -> MeetingNotes | None:
    try:
        text = read_text_file(path, max_bytes)
        fmt = sniff_format(text, path.suffix.lower())
        if fmt is None:
            return None  # a text file that is not a transcript
        notes = parse_transcript(text, source=str(path), fmt=fmt)
    except RapportError as exc:
        source_failed(f"transcripts: {exc}")
        return None
    try:
        after = path.stat()
    except OSError:
        return None
    if (after.st_size, after.st_mtime) != (before.st_size, before.st_mtime):
        return None  # still being written: the next run reads the finished file
    notes.ref = str(path)
    return notes
