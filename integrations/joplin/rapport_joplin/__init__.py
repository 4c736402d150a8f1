"""rapport-joplin: meeting notes in Joplin, through its Data API (the Web Clipper service).

- ``rapport_meeting_notes``: the notes whose title holds the meeting's title and date.
- ``rapport_after_meeting``: ``remember:`` lines in those notes become explicit Candidates.
- ``rapport_deliver_briefing``: the briefing goes into the meeting's note, in a section the tool
  owns (re-runs replace only that section), creating the note in the notebook if needed.
- ``rapport_review_write`` / ``rapport_review_read``: capture's proposals as a checklist at the
  bottom of the meeting's note, read back after the user ticked, edited or deleted lines.

Every hook returns None when the config has no ``[joplin]`` section.
"""

from __future__ import annotations

from typing import Any

from rapport_plugins import NotesPlugin, hookimpl

from .settings import JoplinSettings

__all__ = ["rapport_meeting_notes", "rapport_after_meeting", "rapport_deliver_briefing", "rapport_review_write",
           "rapport_review_read", "rapport_deliver_correction"]


def _open(settings: JoplinSettings) -> Any:
    from .meeting_notes import JoplinNotes  # the client loads on use

    return JoplinNotes(settings)


_PLUGIN = NotesPlugin("joplin", JoplinSettings.from_config, _open)
rapport_meeting_notes, rapport_after_meeting, rapport_deliver_briefing = _PLUGIN.hooks()
rapport_review_write, rapport_review_read = _PLUGIN.review_hooks("rapport_joplin.review")
rapport_deliver_correction = _PLUGIN.correction_hook()


@hookimpl
def rapport_config_sections() -> dict[str, Any]:
    """The [joplin] section this plugin reads (checked by rapport; the example goes into `rapport init`)."""
    return {"joplin": {
        "about": "Joplin notes via its Data API",
        "keys": {"url": str, "token": "secret", "notebook": str, "tag": str, "shared": bool, "timeout": float,
                  "state_file": str, "review_checklist": bool},
        "example": """\
token_env = "JOPLIN_TOKEN"   # Joplin > Options > Web Clipper
# notebook = "Meetings"
""",
    }}
