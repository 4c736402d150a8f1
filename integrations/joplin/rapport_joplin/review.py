"""Review inside the note for Joplin: capture's proposals as a checklist in the meeting's note.

The checklist sits at the bottom of the note between ``<!-- rapport:review:start -->`` and
``<!-- rapport:review:end -->`` (Joplin's viewer hides the comments and renders the boxes as
checkboxes you can tick). Its lines are the core's checklist format (``merge_checklist``); the note
is the one the proposals came from when it is a Joplin note, else the meeting's note (found by
title and date, or created in the notebook as for a briefing). A note in Joplin's trash counts
as deleted: its checklist decides nothing and is never written again.
"""

from __future__ import annotations

from typing import Any

from rapport_plugins import ChecklistLine, Meeting, ReviewItem

from .briefing_section import REVIEW_END, REVIEW_START, marker_lines
from .client import NOTE_FIELDS, JoplinNotFound, in_trash

PREFIX = "joplin:"


def _note(service: Any, meeting: Meeting, sources: list[str], place: str | None) -> dict[str, Any] | None:
    """The note the checklist goes into, or None when the meeting has none yet."""
    wanted = [place] if place else [s[len(PREFIX):] for s in sources if s.startswith(PREFIX)]
    for note_id in wanted:
        try:
            note = service.client.get_note(note_id, NOTE_FIELDS)
        except JoplinNotFound:
            continue
        if not in_trash(note):
            return note
    ids = service.find_note_ids(meeting)
    return service.client.get_note(ids[0], NOTE_FIELDS) if ids else None


def _with_checklist(body: str, items: list[ReviewItem], where: str) -> tuple[str, list[str]]:
    from rapport_plugins import merge_checklist

    lines = body.split("\n")
    found = marker_lines(body, where, REVIEW_START, REVIEW_END)
    if found is not None:
        start, end = found
        current = lines[start + 1:end]
        merged, shown = merge_checklist(current, items)
        return "\n".join([*lines[:start + 1], *merged, *lines[end:]]), shown
    merged, shown = merge_checklist([], items)
    if not shown:
        return body, shown
    section = "\n".join([REVIEW_START, *merged, REVIEW_END])
    return (f"{body.rstrip()}\n\n{section}\n" if body.strip() else section + "\n"), shown


def write_review(service: Any, meeting: Meeting, items: list[ReviewItem], sources: list[str],
                 place: str | None) -> tuple[str, list[str]]:
    """The checklist written (``ReviewHooks`` chose the items): (the note's id, ids shown)."""
    from .meeting_notes import new_note_title

    note = _note(service, meeting, sources, place)
    if note is None:
        body, shown = _with_checklist("", items, "")
        note = service.client.create_note(new_note_title(meeting), body, service.notebook_id(create=True))
        service.index.remember(note)
        service.index.save()
        return note["id"], shown
    old = note.get("body", "")
    body, shown = _with_checklist(old, items, f"joplin note {note['id']} ({note['title']})")
    if body != old:
        service.client.update_note(note["id"], body=body)
    return note["id"], shown


def read_review(service: Any, meeting: Meeting, place: str) -> list[ChecklistLine] | None:
    from rapport_plugins import checklist_lines

    try:
        note = service.client.get_note(place, NOTE_FIELDS)
    except JoplinNotFound:
        return None  # the note was deleted
    if in_trash(note):
        return None  # moved to Joplin's trash: deleted, as far as the user is concerned
    body = note.get("body", "")
    found = marker_lines(body, f"joplin note {note['id']} ({note['title']})", REVIEW_START, REVIEW_END)
    if found is None:
        return None
    start, end = found
    return checklist_lines(body.split("\n")[start + 1:end])
