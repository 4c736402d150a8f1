"""Microsoft 365 / Outlook calendars for rapport, through Microsoft Graph (device-code sign-in), and
Teams meeting transcripts after meetings (``[microsoft] transcripts = true``).

Hook implementations only; requests and the sync cache are imported when a hook runs.
"""

from __future__ import annotations

from rapport_plugins import CloudCalendarPlugin

# `rapport auth microsoft` (click loads with any command anyway)
from .cli import rapport_register_commands as rapport_register_commands

__version__ = "0.1.0"


# Meetings from the signed-in user's calendar; after a Teams meeting, its transcript
# (``transcripts = true``); with ``describe_briefings = true``, the briefing as a private note in the
# event's body (PATCH /me/events/{id} with If-Match), a moved or cancelled meeting a line at its top.
(rapport_calendar_events, rapport_meeting_notes, rapport_deliver_briefing, rapport_deliver_correction,
 rapport_config_sections) = CloudCalendarPlugin(
    "microsoft", "rapport_microsoft", transcripts="rapport_microsoft.transcripts",
    about="Microsoft 365 calendars (then `rapport auth microsoft`)",
    keys={"tenant": str, "authority": str, "timezone": str, "max_transcript_bytes": int},
    example="""\
client_id = "00000000-1111-2222-3333-444444444444"
tenant = "common"
timezone = "Europe/Berlin"
# transcripts = true     # fetch Teams transcripts after meetings (then `rapport auth microsoft` again)
""").hooks()
