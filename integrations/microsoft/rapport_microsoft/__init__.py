"""Microsoft 365 / Outlook calendars for rapport, through Microsoft Graph (device-code sign-in), and
Teams meeting transcripts after meetings (``[microsoft] transcripts = true``).

Hook implementations only; requests and the sync cache are imported when a hook runs.
"""

from __future__ import annotations

from typing import Any

from rapport_plugins import SinkPlugin, event_notes, hookimpl, meetingtools

# `rapport auth microsoft` (click loads with any command anyway)
from .cli import rapport_register_commands as rapport_register_commands

__version__ = "0.1.0"


@hookimpl
def rapport_calendar_events(window: Any, config: Any) -> list[Any] | None:
    """Meetings from the signed-in user's calendar in ``window``; None when [microsoft] is absent."""
    from .sync import meetings_in

    return meetings_in(window, config)


# After a Teams meeting, its transcript (``[microsoft] transcripts = true``)
rapport_meeting_notes = meetingtools.MeetingTool("microsoft", "rapport_microsoft.transcripts").rapport_meeting_notes


# With ``[microsoft] describe_briefings = true``: the briefing as a private note in the event's
# body (PATCH /me/events/{id} with If-Match); a moved or cancelled meeting gets a line at its top.
rapport_deliver_briefing, rapport_deliver_correction = SinkPlugin("rapport_microsoft.describe").hooks()


@hookimpl
def rapport_config_sections() -> dict[str, Any]:
    """The [microsoft] section this plugin reads (checked by rapport; the example goes into `rapport init`)."""
    return {"microsoft": {
        "about": "Microsoft 365 calendars (then `rapport auth microsoft`)",
        "keys": {"client_id": str, "tenant": str, "base_url": str, "authority": str, "scope": str, "timezone": str,
                  "timeout": float, "max_retries": int, "max_wait": float, "page_size": int, "sync": bool,
                  "sync_ahead_days": int, "state_dir": str, "transcripts": bool, "give_up_after_hours": float,
                  "max_transcript_bytes": int, **event_notes.CONFIG_KEYS},
        "example": """\
client_id = "00000000-1111-2222-3333-444444444444"
tenant = "common"
timezone = "Europe/Berlin"
# transcripts = true     # fetch Teams transcripts after meetings (then `rapport auth microsoft` again)
""" + event_notes.EXAMPLE,
    }}
