"""Built-in plugin ``text-notes``: any readable text file is a meeting note (answers last).

More specific readers (transcripts, Obsidian notes) answer first; this one makes sure
``rapport capture notes.txt`` works with nothing else installed, and refuses binary or huge
files with a one-line error instead of storing garbage.
"""

from __future__ import annotations

import re
from pathlib import Path

from rapport_plugins import hookimpl
from rapport_plugins.errors import ParseError
from rapport_plugins.models import MeetingNotes

MAX_BYTES = 5 * 1024 * 1024  # a meeting note is never this big; a misplaced file often is


def read_text_file(path: str | Path, max_bytes: int = MAX_BYTES) -> str:
    """The text of ``path`` (UTF-8, BOM and CRLF tolerated) or a one-line ParseError."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise ParseError(f"file too large for a meeting note ({size} bytes, limit {max_bytes})", source=str(p))
        data = p.read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read file: {exc.strerror or exc}", source=str(p)) from None
    if b"\x00" in data[:8192]:
        raise ParseError("binary file, not a text note", source=str(p))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ParseError("not valid UTF-8 text", source=str(p), line=line) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


ATTENDEES_LINE = re.compile(r"^\s*(?:attendees|participants|with|present)\s*:\s*(?P<names>\S.*)$", re.IGNORECASE)


def attendees_from(text: str, head_lines: int = 15) -> list[str]:
    """Names from an "Attendees: Anna Berg, Ben Ortiz" line near the top of a note."""
    for line in text.split("\n")[:head_lines]:
        m = ATTENDEES_LINE.match(line)
        if m:
            return [n.strip() for n in re.split(r",|;|\band\b", m["names"]) if n.strip()]
    return []


@hookimpl(trylast=True)
def rapport_parse_notes(path, config):
    p = Path(path)
    text = read_text_file(p)
    return MeetingNotes(text=text, source="notes", ref=str(p), kind="notes", title=p.stem,
                        extra={"attendees": attendees_from(text)})
