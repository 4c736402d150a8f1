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
    """The text of ``path`` or a one-line ParseError.

    UTF-8, or UTF-8/UTF-16/UTF-32 declared by a byte-order mark; anything else (Latin-1, binary)
    is refused rather than stored as mojibake. CRLF and CR-only line endings become LF.
    """
    from rapport_plugins.errors import RapportError
    from rapport_plugins.limits import decode_text, read_bounded

    p = Path(path)
    try:
        data = read_bounded(p, max_bytes, what="meeting note", setting="the note size limit")
    except RapportError as exc:
        raise ParseError(str(exc).removeprefix(f"{p}: "), source=str(p)) from None
    text = decode_text(data, str(p), what="text")
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


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
