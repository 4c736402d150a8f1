"""The parts of a note the tool owns: the briefing, and the review checklist, each between two HTML comments.

Everything outside the markers is the user's and is kept byte for byte. Joplin's Markdown viewer
hides HTML comments, so the markers are invisible when reading the note.
"""

from __future__ import annotations

from typing import Any

from rapport_plugins import ParseError

START = "<!-- rapport:briefing:start -->"
END = "<!-- rapport:briefing:end -->"
REVIEW_START = "<!-- rapport:review:start -->"  # capture's proposals as a checklist (review.py)
REVIEW_END = "<!-- rapport:review:end -->"


def marker_lines(body: str, source: str, start: str = START, end: str = END) -> tuple[int, int] | None:
    """Indexes of the start and end marker lines, None if absent; damaged markers raise ParseError."""
    lines = body.split("\n")
    starts = [i for i, line in enumerate(lines) if line.strip() == start]
    ends = [i for i, line in enumerate(lines) if line.strip() == end]
    if not starts and not ends:
        return None
    what = "briefing" if start == START else "review checklist"
    if len(starts) != 1 or len(ends) != 1:
        bad = (starts[1:] or ends[1:] or starts or ends)[0]
        raise ParseError(
            f"the rapport {what} markers are damaged ({len(starts)} start, {len(ends)} end); "
            "fix or remove them, nothing was written", source=source, line=bad + 1)
    if ends[0] < starts[0]:
        raise ParseError(f"the rapport {what} end marker comes before its start; nothing was written",
                         source=source, line=ends[0] + 1)
    return starts[0], ends[0]


def render_section(markdown: str) -> str:
    return f"{START}\n{markdown.strip()}\n{END}"


def replace_section(body: str, markdown: str, source: str) -> str:
    """``body`` with the briefing section set to ``markdown``: replaced in place, or put on top."""
    section = render_section(markdown)
    found = marker_lines(body, source)
    if found is None:
        return f"{section}\n\n{body}" if body.strip() else section + "\n"
    lines = body.split("\n")
    start, end = found
    return "\n".join(lines[:start] + section.split("\n") + lines[end + 1:])


def correct_section(body: str, correction: Any, source: str) -> str | None:
    """``body`` with ``correction`` as the briefing section's first line; None without a section."""
    found = marker_lines(body, source)
    if found is None:
        return None
    lines = body.split("\n")
    start, end = found
    return "\n".join([*lines[:start + 1], *correction.in_note(lines[start + 1:end]), *lines[end:]])


def blank_section(body: str, source: str) -> str:
    """``body`` with the briefing's and the review checklist's lines emptied, so captures never
    read the tool's own output while line numbers still match the note."""
    lines = body.split("\n")
    for start_marker, end_marker in ((START, END), (REVIEW_START, REVIEW_END)):
        found = marker_lines(body, source, start_marker, end_marker)
        if found is not None:
            start, end = found
            lines[start:end + 1] = [""] * (end - start + 1)
    return "\n".join(lines)
