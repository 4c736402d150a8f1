"""rapport-notion: meeting pages in a Notion database, through the Notion API.

- ``rapport_meeting_notes``: the pages whose date is the meeting's day and title holds its title.
- ``rapport_after_meeting``: ``remember:`` lines in those pages become explicit Candidates.
- ``rapport_deliver_briefing``: the briefing goes into the page inside a toggle block the tool
  owns; re-runs replace only that toggle.

Every hook returns None when the config has no ``[notion]`` section.
"""

from __future__ import annotations

from typing import Any

from rapport_plugins import Candidate, Meeting, MeetingNotes, hookimpl

from .settings import NotionSettings

__all__ = ["rapport_meeting_notes", "rapport_after_meeting", "rapport_deliver_briefing"]

SOURCE = "notion"


def _service(config: Any) -> Any:
    settings = NotionSettings.from_config(config)
    if settings is None:
        return None
    from .pages import NotionMeetings

    return NotionMeetings(settings)


@hookimpl
def rapport_meeting_notes(meeting: Meeting, config: Any) -> list[MeetingNotes] | None:
    service = _service(config)
    if service is None:
        return None
    from .pages import meeting_date, page_title

    found = []
    for page in service.find_pages(meeting):
        lines, block_ids = service.read_lines(page["id"])
        found.append(MeetingNotes(
            text="\n".join(lines), source=SOURCE, ref=f"{SOURCE}:{page['id']}", meeting_uid=meeting.uid,
            meeting_date=meeting_date(meeting).isoformat(), title=page_title(page),
            extra={"block_ids": block_ids, "url": page.get("url")},
        ))
    return found


@hookimpl
def rapport_after_meeting(meeting: Meeting, notes: MeetingNotes, config: Any) -> list[Candidate] | None:
    if notes is None or notes.source != SOURCE or NotionSettings.from_config(config) is None:
        return None
    block_ids = notes.extra.get("block_ids") or []

    def ref_for(line: int) -> str:
        block = block_ids[line - 1] if line - 1 < len(block_ids) else f"line {line}"
        return f"{notes.ref}:{block}"

    from rapport_plugins import find_markers  # the extractor loads on use

    return find_markers(notes.text, ref_for=ref_for)  # the core grammar, cited by block


@hookimpl
def rapport_deliver_briefing(meeting: Meeting, briefing: Any, config: Any) -> str | None:
    service = _service(config)
    if service is None:
        return None
    from rapport_plugins import markdown_for_sink

    return service.deliver(meeting, markdown_for_sink(briefing, config, service.settings.shared))


@hookimpl
def rapport_config_sections() -> dict[str, Any]:
    """The [notion] section this plugin reads (checked by rapport; the example goes into `rapport init`)."""
    return {"notion": {
        "about": "Notion pages",
        "keys": {"token": "secret", "meetings_data_source_id": str, "data_source_id": str, "database_id": str,
                  "date_property": str, "base_url": str, "notion_version": str, "shared": bool,
                  "create_pages": bool, "max_retries": int, "max_retry_wait": float, "timeout": float},
        "example": """\
token_env = "NOTION_TOKEN"
meetings_data_source_id = "a1b2c3d4-..."   # or database_id = "..."
# date_property = "Date"
""",
    }}
