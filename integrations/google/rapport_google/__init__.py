"""Google Calendar for rapport: meetings from Calendar API v3, signed in with OAuth (PKCE, loopback),
and Google Meet transcripts after meetings (``[google] transcripts = true``).

Hook implementations only; everything heavy (requests, the sync cache) is imported when a hook
actually runs, so `rapport --help` stays fast.
"""

from __future__ import annotations

from typing import Any

from rapport_plugins import SinkPlugin, event_notes, hookimpl, meetingtools

# `rapport auth google` (click loads with any command anyway)
from .cli import rapport_register_commands as rapport_register_commands

__version__ = "0.1.0"


@hookimpl
def rapport_calendar_events(window: Any, config: Any) -> list[Any] | None:
    """Meetings from every configured Google calendar in ``window``; None when [google] is absent."""
    from .sync import meetings_in

    return meetings_in(window, config)


@hookimpl
def rapport_contacts(config: Any) -> list[Any] | None:
    """Birthdays from the primary calendar's birthday events, for people no vCard gives a date."""
    from .settings import load_settings

    settings = load_settings(config)
    if settings is None or not settings.birthdays or "primary" not in settings.calendars:
        return None
    from .api import GoogleCalendarApi
    from .birthdays import birthday_contacts

    return birthday_contacts(GoogleCalendarApi(settings))


# After a Google Meet meeting, its transcript (``[google] transcripts = true``)
rapport_meeting_notes = meetingtools.MeetingTool("google", "rapport_google.meet").rapport_meeting_notes


# With ``[google] describe_briefings = true``: the briefing as a private note in the event's
# description (events.patch, sendUpdates=none); a moved or cancelled meeting gets a line at its top.
rapport_deliver_briefing, rapport_deliver_correction = SinkPlugin("rapport_google.describe").hooks()


@hookimpl
def rapport_config_sections() -> dict[str, Any]:
    """The [google] section this plugin reads (checked by rapport; the example goes into `rapport init`)."""
    return {"google": {
        "about": "Google Calendar (then `rapport auth google`)",
        "keys": {"client_id": str, "client_secret": "secret", "calendars": (str, list), "base_url": str, "token_url": str,
                  "auth_url": str, "scope": str, "timeout": float, "max_retries": int, "max_wait": float,
                  "page_size": int, "sync": bool, "sync_ahead_days": int, "redirect_port": int,
                  "auth_timeout": float, "state_dir": str, "birthdays": bool, "transcripts": bool, "meet_url": str,
                  "give_up_after_hours": float, **event_notes.CONFIG_KEYS},
        "example": """\
client_id = "1234567890-abc.apps.googleusercontent.com"
client_secret_env = "RAPPORT_GOOGLE_SECRET"
calendars = ["primary"]
""" + event_notes.EXAMPLE,
    }}
