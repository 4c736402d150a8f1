"""rapport-joplin: meeting notes in Joplin, through its Data API (the Web Clipper service).

- ``rapport_meeting_notes``: the notes whose title holds the meeting's title and date.
- ``rapport_after_meeting``: ``remember:`` lines in those notes become explicit Candidates.
- ``rapport_deliver_briefing``: the briefing goes into the meeting's note, in a section the tool
  owns (re-runs replace only that section), creating the note in the notebook if needed.

Every hook returns None when the config has no ``[joplin]`` section.
"""

from __future__ import annotations

from typing import Any

from rapport_plugins import NotesPlugin, hookimpl

from .settings import JoplinSettings

__all__ = ["rapport_meeting_notes", "rapport_after_meeting", "rapport_deliver_briefing"]


def _open(settings: JoplinSettings) -> Any:
    from .meeting_notes import JoplinNotes  # the client loads on use

    return JoplinNotes(settings)


rapport_meeting_notes, rapport_after_meeting, rapport_deliver_briefing = NotesPlugin(
    "joplin", JoplinSettings.from_config, _open).hooks()


@hookimpl
def rapport_config_sections() -> dict[str, Any]:
    """The [joplin] section this plugin reads (checked by rapport; the example goes into `rapport init`)."""
    return {"joplin": {
        "about": "Joplin notes via its Data API",
        "keys": {"url": str, "token": "secret", "notebook": str, "tag": str, "shared": bool, "timeout": float,
                  "state_file": str},
        "example": """\
token_env = "JOPLIN_TOKEN"   # Joplin > Options > Web Clipper
# notebook = "Meetings"
""",
    }}
