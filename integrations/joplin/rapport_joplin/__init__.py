"""rapport-joplin: meeting notes in Joplin, through its Data API (the Web Clipper service).

- ``rapport_meeting_notes``: the notes whose title holds the meeting's title and date.
- ``rapport_after_meeting``: ``remember:`` lines in those notes become explicit Candidates.
- ``rapport_deliver_briefing``: the briefing goes into the meeting's note, in a section the tool
  owns (re-runs replace only that section), creating the note in the notebook if needed.
- ``rapport_review_write`` / ``rapport_review_read``: capture's proposals as a checklist at the
  bottom of the meeting's note, read back after the user ticked, edited or deleted lines.
"""

from __future__ import annotations

from rapport_plugins import NotesPlugin

from .settings import JoplinSettings

_PLUGIN = NotesPlugin("joplin", JoplinSettings.from_config, "rapport_joplin.meeting_notes:JoplinNotes")
rapport_meeting_notes, rapport_after_meeting, rapport_deliver_briefing = _PLUGIN.hooks()
rapport_review_write, rapport_review_read = _PLUGIN.review_hooks("rapport_joplin.review")
rapport_deliver_correction = _PLUGIN.correction_hook()
rapport_config_sections = _PLUGIN.config_section(
    about="Joplin notes via its Data API",
    keys={"url": str, "token": "secret", "notebook": str, "tag": str, "timeout": float, "state_file": str},
    example="""\
token_env = "JOPLIN_TOKEN"   # Joplin > Options > Web Clipper
# notebook = "Meetings"
""",
)
