"""After a meeting: explicit markers in a note become Candidates; optionally a running list per person."""

from __future__ import annotations

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
        for i in range(fm.body_line - 1):
            lines[i] = ""
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
