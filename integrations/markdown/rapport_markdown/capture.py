"""After a meeting: explicit markers in a note become Candidates; optionally a running list per person."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from rapport_plugins import Candidate, Meeting, MeetingNotes

from .delivery import edit_note
from .frontmatter import as_list, read_front_matter
from .links import link_target
from .noteio import notes_text, warn
from .sections import blank_owned, section_body, upsert_section
from .settings import Settings
from .vault import Vault, note_day

SOURCE = "markdown"


def notes_from_file(path: Path, rel: str | None = None) -> MeetingNotes:
    """A note as MeetingNotes: front matter and our own sections blanked (line numbers kept)."""
    text = notes_text(path, SOURCE)
    fm = read_front_matter(text)
    if fm.error is not None:
        warn(f"markdown: {path}:{fm.error.line}: {fm.error}; front matter ignored")
    lines = text.split("\n")
    if fm.present:
        kept = front_matter_markers(lines[: fm.body_line - 1])
        for i in range(fm.body_line - 1):
            lines[i] = kept.get(i, "")
    body = blank_owned("\n".join(lines))
    front = fm.data
    stem = path.name[:-3] if path.name.lower().endswith(".md") else path.name
    day = note_day_from(front, stem)
    return MeetingNotes(
        text=body, source=SOURCE, ref=str(path), kind="notes",
        meeting_uid=str(front["uid"]) if front.get("uid") else None,
        meeting_date=day,
        title=str(front.get("title") or stem),
        extra={"rel": rel or str(path), "attendees": as_list(front.get("attendees")),
               "front_matter": front},
    )


# Front-matter properties that hold things to remember: "remember: her son starts school", "merken:" with a list
_MARKER_KEY = re.compile(r"(?:to[-_ ]?)?remember(?:[-_ ]this)?|don'?t[-_ ]forget|(?:zu[-_ ])?merken|nicht[-_ ]vergessen|"
                         r"(?:para[-_ ])?recordar|no[-_ ]olvidar", re.IGNORECASE)


def front_matter_markers(lines: list[str]) -> dict[int, str]:
    """The front matter's marker properties as marker lines at their own line numbers (0-based index ->
    ``remember: value``), one per value: ``remember: her son starts school in April``, or ``merken:`` with
    a block list (``- ...`` items) or a flow list. Everything else in the front matter stays blank."""
    from .frontmatter import parse_scalar, split_flow

    out: dict[int, str] = {}
    key_line: int | None = None
    for i, line in enumerate(lines):
        key = re.match(r"^([A-Za-z][\w '\-]*?)\s*:(?:\s+(.*)|\s*)$", line) if line[:1] not in " \t-" else None
        if key is not None:
            key_line = i if _MARKER_KEY.fullmatch(key.group(1).strip()) else None
            value = (key.group(2) or "").strip()
            if key_line is None or not value or value.startswith("#"):
                continue
            try:
                values = ([parse_scalar(v, i + 1) for v in split_flow(value[1:-1], i + 1)]
                          if value.startswith("[") and not value.startswith("[[") else [parse_scalar(value, i + 1)])
            except ValueError:
                values = [value]
            values = [str(v).strip() for v in values if str(v).strip()]
            if len(values) == 1:
                out[i] = f"remember: {values[0]}"
            elif values:  # a flow list: several markers on one line, as Dataview inline fields
                out[i] = " ".join(f"[remember:: {v}]" for v in values)
            continue
        item = re.match(r"^\s*-\s+(.*)$", line)
        if key_line is not None and item is not None:
            try:
                value = str(parse_scalar(item.group(1).strip(), i + 1)).strip()
            except ValueError:
                value = item.group(1).strip()
            if value:
                out[i] = f"remember: {value}"
    return out


def note_day_from(front: dict[str, Any], stem: str) -> str | None:
    from .vault import NoteInfo

    return note_day(NoteInfo(stem + ".md", 0, 0, front))


def attendee_names(meeting: Meeting | None, notes: MeetingNotes) -> list[str]:
    """The meeting's people, else the note's front-matter attendees (``[[links]]`` resolved)."""
    names = [a.name for a in meeting.people() if a.name] if meeting is not None else []
    return names or [link_target(str(e)) or str(e) for e in notes.extra.get("attendees") or [] if e]


def is_known(people: dict[str, str]):
    """Whether a heading is the name of a people note (or page) of the vault."""
    return lambda title: title.strip().casefold() in people


def candidates(meeting: Meeting | None, notes: MeetingNotes, vault: Vault | None) -> list[Candidate]:
    """The note's markers, read with the core's one grammar; headings naming a person (an attendee
    or a people note) attribute the markers under them."""
    from rapport_plugins import find_markers

    rel = notes.extra.get("rel") or notes.ref or ""
    return find_markers(notes.text, rel, attendee_names(meeting, notes),
                        is_person=is_known(vault.person_names() if vault is not None else {}))


def append_captured(settings: Settings, person: str, items: list[str], *, day: date | None = None,
                    source_note: str | None = None) -> str | None:
    """Append captured details to the person's note under the section the tool owns.

    One running list per person ("Remembered"); an item already listed is not added twice, and
    the user's own edits inside the list are kept. Returns the note's vault path, or None when
    no people note matches ``person`` (name, alias, email or ``[[link]]``).
    """
    from rapport_plugins import md_inline

    vault = settings.open_vault()
    target = link_target(person) or person
    stem = vault.person_names().get(target.strip().casefold())
    rel = vault.resolve_link(stem) if stem else None
    if rel is None:
        return None
    path = vault.path(rel)
    prefix = f"{day.isoformat()}: " if day else ""
    suffix = f" (from [[{Path(source_note).stem}]])" if source_note else ""

    def change(text: str) -> tuple[str, bool]:
        current = section_body(text, "captured", "remembered") or ["## Remembered"]
        known = "\n".join(current)
        new = [f"- {prefix}{md_inline(item)}{suffix}" for item in items if md_inline(item) not in known]
        if not new:
            return text, False
        res = upsert_section(text, "captured", "remembered", "\n".join([*current, *new]),
                             where="bottom", adopt_edits=True)
        return res.text, False

    edit_note(path, lambda: "", change)
    return rel
