"""rapport-joplin: meeting notes in Joplin, through its Data API (the Web Clipper service).

- ``rapport_meeting_notes``: the notes whose title holds the meeting's title and date.
- ``rapport_after_meeting``: ``remember:`` lines in those notes become explicit Candidates.
- ``rapport_deliver_briefing``: the briefing goes into the meeting's note, in a section the tool
  owns (re-runs replace only that section), creating the note in the notebook if needed.

Every hook returns None when the config has no ``[joplin]`` section.
"""

from __future__ import annotations

from typing import Any

from rapport_plugins import Candidate, Meeting, MeetingNotes, hookimpl

from .briefing_section import blank_section
from .settings import JoplinSettings

__all__ = ["rapport_meeting_notes", "rapport_after_meeting", "rapport_deliver_briefing"]

SOURCE = "joplin"


def _service(config: Any) -> Any:
    settings = JoplinSettings.from_config(config)
    if settings is None:
        return None
    from .meeting_notes import JoplinNotes

    return JoplinNotes(settings)


@hookimpl
def rapport_meeting_notes(meeting: Meeting, config: Any) -> list[MeetingNotes] | None:
    service = _service(config)
    if service is None:
        return None
    from .meeting_notes import meeting_date

    found = []
    for note in service.meeting_notes(meeting):
        where = f"joplin note {note['id']} ({note['title']})"
        found.append(MeetingNotes(
            text=blank_section(note.get("body", ""), where),
            source=SOURCE,
            ref=f"{SOURCE}:{note['id']}",  # the core's marker reader then cites lines the same way
            meeting_uid=meeting.uid,
            meeting_date=meeting_date(meeting).isoformat(),
            title=note.get("title"),
            extra={"parent_id": note.get("parent_id"), "updated_time": note.get("updated_time")},
        ))
    return found


@hookimpl
def rapport_after_meeting(meeting: Meeting, notes: MeetingNotes, config: Any) -> list[Candidate] | None:
    if notes is None or notes.source != SOURCE or JoplinSettings.from_config(config) is None:
        return None
    from rapport_plugins import find_markers  # the extractor loads on use

    return find_markers(notes.text, notes.ref or SOURCE)  # the core grammar, cited ref:line


@hookimpl
def rapport_deliver_briefing(meeting: Meeting, briefing: Any, config: Any) -> str | None:
    service = _service(config)
    if service is None:
        return None
    from rapport_plugins import markdown_for_sink

    return service.deliver(meeting, markdown_for_sink(briefing, config, service.settings.shared))


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
