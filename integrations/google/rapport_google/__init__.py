"""Google Calendar for rapport: meetings from Calendar API v3, signed in with OAuth (PKCE, loopback),
and Google Meet transcripts after meetings (``[google] transcripts = true``).

Hook implementations only; everything heavy (requests, the sync cache) is imported when a hook
actually runs, so `rapport --help` stays fast.
"""

from __future__ import annotations

from typing import Any

from rapport_plugins import CloudCalendarPlugin, hookimpl

# `rapport auth google` (click loads with any command anyway)
from .cli import rapport_register_commands as rapport_register_commands

__version__ = "0.1.0"


# Meetings from every configured Google calendar; after a Google Meet meeting, its transcript
# (``transcripts = true``); with ``describe_briefings = true``, the briefing as a private note in the
# event's description (events.patch, sendUpdates=none), a moved or cancelled meeting a line at its top.
(rapport_calendar_events, rapport_meeting_notes, rapport_deliver_briefing, rapport_deliver_correction,
 rapport_config_sections) = CloudCalendarPlugin(
    "google", "rapport_google", transcripts="rapport_google.meet",
    about="Google Calendar (then `rapport auth google`)",
    keys={"client_secret": "secret", "calendars": (str, list), "token_url": str, "auth_url": str,
          "redirect_port": int, "auth_timeout": float, "birthdays": bool, "meet_url": str},
    example="""\
client_id = "1234567890-abc.apps.googleusercontent.com"
client_secret_env = "RAPPORT_GOOGLE_SECRET"
calendars = ["primary"]
""").hooks()


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
