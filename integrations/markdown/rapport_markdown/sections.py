"""The one part of a user's note the tool owns: a section between two HTML-comment markers.

    <!-- rapport:briefing:start id=meeting sha=1a2b3c4d5e6f -->
    ## Rapport briefing ...
    <!-- rapport:briefing:end id=meeting -->

Obsidian hides the comments in reading view, so the section reads as ordinary Markdown. A re-run
replaces only the lines between the markers. ``sha`` is a hash of what we wrote: if the lines
between the markers no longer match it, the user edited them, and their version is *released* -
the markers around it are removed so it becomes ordinary text of theirs, and a fresh section is
written just below it. Nothing outside the markers is ever changed; nothing the user wrote is lost.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

_START = re.compile(r"^<!-- rapport:(?P<kind>[a-z]+):start id=(?P<id>\S+) sha=(?P<sha>[0-9a-f]+) -->\s*$")
_END = re.compile(r"^<!-- rapport:(?P<kind>[a-z]+):end id=(?P<id>\S+) -->\s*$")


@dataclass
class Section:
    """Where an owned section sits: ``start`` and ``end`` are the marker line indexes."""

    kind: str
    id: str
    sha: str
    start: int
    end: int


@dataclass
class SectionResult:
    text: str
    released: bool  # the user had edited our section; their text was kept above the new one
    changed: bool


def body_hash(lines: list[str]) -> str:
    """Hash of a section body, insensitive to trailing spaces and blank lines at either end."""
    norm = [ln.rstrip() for ln in lines]
    while norm and not norm[0]:
        norm.pop(0)
    while norm and not norm[-1]:
        norm.pop()
    return hashlib.sha256("\n".join(norm).encode("utf-8")).hexdigest()[:12]


def find_sections(lines: list[str], kind: str | None = None) -> list[Section]:
    """Every well-formed start/end pair (same kind and id); orphan markers are left as text."""
    found: list[Section] = []
    open_: dict[tuple[str, str], tuple[int, str]] = {}
    for i, line in enumerate(lines):
        s = _START.match(line)
        if s:
            if kind is None or s["kind"] == kind:
                open_[(s["kind"], s["id"])] = (i, s["sha"])  # a later start supersedes an orphan
            continue
        e = _END.match(line)
        if e and (e["kind"], e["id"]) in open_:
            start, sha = open_.pop((e["kind"], e["id"]))
            found.append(Section(e["kind"], e["id"], sha, start, i))
    return sorted(found, key=lambda s: s.start)


def blank_owned(text: str) -> str:
    """The note with every owned section's lines blanked (line numbers kept): our text is not the user's."""
    lines = text.split("\n")
    for sec in find_sections(lines):
        for i in range(sec.start, sec.end + 1):
            lines[i] = ""
    return "\n".join(lines)


def start_marker(kind: str, section_id: str, sha: str) -> str:
    return f"<!-- rapport:{kind}:start id={section_id} sha={sha} -->"


def end_marker(kind: str, section_id: str) -> str:
    return f"<!-- rapport:{kind}:end id={section_id} -->"


def upsert_section(
    text: str, kind: str, section_id: str, body: str, *, where: str = "top", insert_at: int | None = None,
    adopt_edits: bool = False,
) -> SectionResult:
    """Put ``body`` into the owned section ``kind``/``section_id`` of ``text``.

    ``where`` is "top" (at line index ``insert_at``, default 0) or "bottom" for a new section.
    ``adopt_edits`` replaces an edited section anyway: only for callers whose ``body`` already
    contains the section's current lines (the running per-person list). Line endings and the
    note's final newline are kept.
    """
    newline = "\r\n" if "\r\n" in text else "\n"
    had_final_newline = text.endswith(("\n", "\r\n")) or not text
    lines = text.replace("\r\n", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    body_lines = body.replace("\r\n", "\n").strip("\n").split("\n")
    sha = body_hash(body_lines)
    block = [start_marker(kind, section_id, sha), *body_lines, end_marker(kind, section_id)]
    released = False
    existing = [s for s in find_sections(lines, kind) if s.id == section_id]
    if existing:
        sec = existing[0]
        current = lines[sec.start + 1:sec.end]
        if adopt_edits or body_hash(current) == sec.sha:
            if current == body_lines:
                return SectionResult(text, False, False)
            lines[sec.start:sec.end + 1] = block
        else:
            # The user wrote inside our section: their lines stay, as their own text, above ours.
            released = True
            lines[sec.start:sec.end + 1] = [*current, "", *block]
    else:
        if where == "bottom":
            if lines and lines[-1].strip():
                lines.append("")
            lines.extend(block)
        else:
            at = min(insert_at if insert_at is not None else 0, len(lines))
            pad_after = [""] if at < len(lines) and lines[at].strip() else []
            pad_before = [""] if at > 0 and lines[at - 1].strip() else []
            lines[at:at] = [*pad_before, *block, *pad_after]
    out = newline.join(lines)
    if had_final_newline:
        out += newline
    return SectionResult(out, released, True)


def section_body(text: str, kind: str, section_id: str) -> list[str] | None:
    """The lines of an owned section, or None if the note has none."""
    lines = text.replace("\r\n", "\n").split("\n")
    for sec in find_sections(lines, kind):
        if sec.id == section_id:
            return lines[sec.start + 1:sec.end]
    return None
