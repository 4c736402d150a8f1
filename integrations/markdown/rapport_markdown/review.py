"""Review inside the note: capture's proposals as a checklist in the meeting's note.

The checklist is an owned section (``<!-- rapport:review:start id=meeting ... -->``) at the
bottom of the note: the note the proposals came from when it is in the vault, else the meeting's
note (found, or created as for a briefing). Its lines are the core's checklist format
(``rapport_plugins.merge_checklist``): the user ticks, edits or deletes them; rapport reads them
back and rewrites only its own lines, never their other text, inside the section or out.
"""

from __future__ import annotations

from rapport_plugins import ChecklistLine, Meeting, RapportError, ReviewItem

from .delivery import edit_note
from .noteio import existing_note_text, inside, source_note
from .notes import meeting_note_rel, new_meeting_note
from .sections import section_body, upsert_section
from .settings import Settings
from .vault import Vault, meeting_day

KIND, SECTION = "review", "meeting"


def _note_rel(settings: Settings, vault: Vault, meeting: Meeting, sources: list[str], place: str | None) -> str:
    if place:
        return place
    source = source_note(vault.root, sources)  # the note the proposals came from, when it is the vault's
    if source:
        return source
    day = meeting_day(meeting.start, settings.zone)
    return vault.find_meeting_note(meeting.uid, day, meeting.title) or meeting_note_rel(vault, meeting, settings.zone)


def write_review(settings: Settings, meeting: Meeting, items: list[ReviewItem], sources: list[str],
                 place: str | None) -> tuple[str, list[str]]:
    """The checklist written (``ReviewHooks`` chose the items): (the note, ids shown)."""
    from rapport_plugins import merge_checklist

    vault = settings.open_vault()
    rel = _note_rel(settings, vault, meeting, sources, place)
    path = inside(vault.root, rel)
    if path is None:
        raise RapportError(f"markdown: {rel}: not inside the vault; review checklist not written")
    shown: list[str] = []

    def change(text: str) -> tuple[str, bool]:
        current = section_body(text, KIND, SECTION)
        body, ids = merge_checklist(current or [], items)
        shown[:] = ids
        if current is None and not ids:
            return text, False
        res = upsert_section(text, KIND, SECTION, "\n".join(body), where="bottom", adopt_edits=True)
        return res.text, False

    edit_note(path, lambda: new_meeting_note(settings, vault, meeting), change)
    return rel, shown


def read_review(settings: Settings, meeting: Meeting, place: str) -> list[ChecklistLine] | None:
    from rapport_plugins import checklist_lines

    text = existing_note_text(settings.open_vault().root, place)
    if text is None:
        return None
    body = section_body(text, KIND, SECTION)
    return None if body is None else checklist_lines(body)
