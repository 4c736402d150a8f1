"""rapport-notion: meeting pages in a Notion database, through the Notion API.

- ``rapport_meeting_notes``: the pages whose date is the meeting's day and title holds its title.
- ``rapport_after_meeting``: ``remember:`` lines in those pages become explicit Candidates.
- ``rapport_deliver_briefing``: the briefing goes into the page inside a toggle block the tool
  owns; re-runs replace only that toggle.
- ``rapport_review_write`` / ``rapport_review_read``: capture's proposals as to-do blocks in a
  toggle of the meeting's page, read back after the user ticked, edited or deleted them.
"""

from __future__ import annotations

from typing import Any

from rapport_plugins import MeetingNotes, NotesPlugin

from .settings import NotionSettings


def _cite(notes: MeetingNotes) -> Any:
    """A marker is cited by the block it is in (``notion:PAGE:BLOCK``), which outlives line numbers."""
    block_ids = notes.extra.get("block_ids") or []

    def ref_for(line: int) -> str:
        block = block_ids[line - 1] if line - 1 < len(block_ids) else f"line {line}"
        return f"{notes.ref}:{block}"

    return ref_for


_PLUGIN = NotesPlugin("notion", NotionSettings.from_config, "rapport_notion.pages:NotionMeetings", _cite)
rapport_meeting_notes, rapport_after_meeting, rapport_deliver_briefing = _PLUGIN.hooks()
rapport_review_write, rapport_review_read = _PLUGIN.review_hooks("rapport_notion.review")
rapport_deliver_correction = _PLUGIN.correction_hook()
rapport_config_sections = _PLUGIN.config_section(
    about="Notion pages",
    keys={"token": "secret", "meetings_data_source_id": str, "data_source_id": str, "database_id": str,
          "date_property": str, "base_url": str, "notion_version": str, "create_pages": bool, "max_retries": int,
          "max_retry_wait": float, "timeout": float, "requests_per_second": float},
    example="""\
token_env = "NOTION_TOKEN"
meetings_data_source_id = "a1b2c3d4-..."   # or database_id = "..."
# date_property = "Date"
""",
)
