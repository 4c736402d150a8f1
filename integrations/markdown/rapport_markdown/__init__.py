"""rapport-markdown: people notes, meeting notes and daily notes in a Markdown vault (Obsidian).

Hooks only; the work is in the sibling modules. Configured by the ``[markdown]`` section; every
hook answers ``None`` when it is missing, except ``rapport_parse_notes``: a ``.md`` file named on
the command line is read whether or not a vault is configured.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from rapport_plugins import Contact, Meeting, MeetingNotes, ReviewHooks, hookimpl

from .capture import SOURCE, append_captured, attendee_names, candidates, is_known, notes_from_file
from .delivery import deliver, edit_note
from .filenames import normalise_name, sanitize_title
from .forget import forget_in_notes, names_person, person_keys
from .frontmatter import as_list, yearly_dates
from .links import link_target
from .momentfmt import DAYS, MONTHS, ordinal, substitute
from .noteio import SkipFile, existing_note_text, inside, notes_text, read_note, source_note, warn
from .sections import SectionResult, body_hash
from .settings import Settings, settings_from
from .vault import logseq_graph_root, meeting_day

# Shared with rapport-logseq, whose pages are Markdown files too.
__all__ = [
    "DAYS", "MONTHS", "SectionResult", "Settings", "SkipFile", "append_captured", "attendee_names", "body_hash",
    "edit_note", "existing_note_text", "forget_in_notes", "inside", "is_known", "logseq_graph_root", "names_person", "normalise_name", "notes_text",
    "ordinal", "person_keys", "read_note", "sanitize_title", "settings_from", "source_note", "substitute", "warn", "yearly_dates",
]


@hookimpl
def rapport_meeting_notes(meeting: Meeting, config: Any) -> list[MeetingNotes] | None:
    settings = settings_from(config)
    if settings is None:
        return None
    vault = settings.open_vault()
    rel = vault.find_meeting_note(meeting.uid, meeting_day(meeting.start, settings.zone), meeting.title)
    if rel is None:
        return []
    notes = notes_from_file(vault.path(rel), rel)
    notes.meeting_uid = notes.meeting_uid or meeting.uid
    return [notes]


@hookimpl
def rapport_parse_notes(path: Any, config: Any) -> MeetingNotes | None:
    path = Path(path)
    if path.suffix.lower() != ".md" or logseq_graph_root(path) is not None:
        return None
    rel = None
    settings = settings_from(config)
    if settings is not None:
        try:
            rel = path.resolve().relative_to(settings.vault).as_posix()
        except ValueError:
            rel = None
    return notes_from_file(path, rel)


@hookimpl
def rapport_forget_person(person: Any, config: Any) -> dict[str, list[str]] | None:
    settings = settings_from(config)
    if settings is None:
        return None
    from .forget import forget_in_vault

    return forget_in_vault(settings, person)


@hookimpl
def rapport_after_meeting(meeting: Meeting | None, notes: MeetingNotes, config: Any) -> list | None:
    if notes is None or notes.source != SOURCE:
        return None
    settings = settings_from(config)
    vault = settings.open_vault() if settings is not None else None
    found = candidates(meeting, notes, vault)
    if settings is not None and settings.append_captured_to_person:
        day = meeting_day(meeting.start, settings.zone) if meeting is not None else _iso_day(notes.meeting_date)
        by_person: dict[str, list[str]] = {}
        for cand in found:
            if cand.person:
                by_person.setdefault(cand.person, []).append(cand.text)
        for person, texts in by_person.items():
            append_captured(settings, person, texts, day=day, source_note=notes.ref)
    return found


def _iso_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


@hookimpl
def rapport_deliver_briefing(meeting: Meeting, briefing: Any, config: Any) -> str | None:
    settings = settings_from(config)
    if settings is None:
        return None
    return deliver(settings, meeting, briefing, config)


@hookimpl
def rapport_deliver_correction(meeting: Meeting, correction: Any, config: Any) -> str | None:
    """A meeting briefed into its note moved or was cancelled: say so on top of that briefing."""
    settings = settings_from(config)
    if settings is None:
        return None
    from .delivery import correct

    return correct(settings, meeting, correction)


rapport_review_write, rapport_review_read = ReviewHooks("markdown", settings_from, "rapport_markdown.review").hooks()


@hookimpl
def rapport_contacts(config: Any) -> list[Contact] | None:
    settings = settings_from(config)
    if settings is None:
        return None
    vault = settings.open_vault()
    contacts = []
    for note in vault.people_notes():
        front = note.front
        emails = [e for e in as_list(front.get("emails")) + as_list(front.get("email")) if "@" in e]
        aliases = [link_target(a) or a for a in as_list(front.get("aliases")) + as_list(front.get("alias"))]
        name = str(front.get("name") or note.stem).strip()
        contacts.append(Contact(
            name=name,
            emails=_unique(emails),
            aliases=_unique(a for a in aliases if a != name),
            org=_text(front.get("org") or front.get("company")),
            title=_text(front.get("role") or front.get("job") or front.get("title")),
            dates=yearly_dates(front.get),
            source=f"markdown:{note.rel}",
            note_ref=f"markdown:{note.rel}",
        ))
    return contacts


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, list):
        return None
    return str(link_target(str(value)) or value).strip() or None


def _unique(values) -> list[str]:
    seen: dict[str, str] = {}
    for v in values:
        seen.setdefault(v.casefold(), v)
    return list(seen.values())


@hookimpl
def rapport_config_sections() -> dict[str, Any]:
    """The [markdown] section this plugin reads (checked by rapport; the example goes into `rapport init`)."""
    return {"markdown": {
        "about": "Obsidian / Markdown vaults",
        "keys": {"vault": str, "meetings_folder": str, "people_folder": str, "template": str, "write_briefing": bool,
                  "daily_note": bool, "daily_note_shared": bool, "shared": bool, "append_captured_to_person": bool,
                  "review_checklist": bool},
        "example": """\
vault = "~/Notes"
# meetings_folder = "Meetings"
# people_folder = "People"
# write_briefing = true
""",
    }}
