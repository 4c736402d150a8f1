"""Google Calendar for rapport: meetings from Calendar API v3, signed in with OAuth (PKCE, loopback).

Hook implementations only; everything heavy (requests, the sync cache) is imported when a hook
actually runs, so `rapport --help` stays fast.
"""

from __future__ import annotations

from typing import Any

from rapport_plugins import hookimpl

__version__ = "0.1.0"


@hookimpl
def rapport_calendar_events(window: Any, config: Any) -> list[Any] | None:
    """Meetings from every configured Google calendar in ``window``; None when [google] is absent."""
    from .settings import load_settings

    settings = load_settings(config)
    if settings is None:
        return None
    from .api import GoogleCalendarApi
    from .mapping import to_meeting
    from .sync import CalendarSync

    api = GoogleCalendarApi(settings)
    meetings = []
    for calendar_id in settings.calendars:
        events, calendar_tz = CalendarSync(api, settings, calendar_id).events(window)
        meetings.extend(to_meeting(e, calendar_id, calendar_tz) for e in events)
    return meetings


@hookimpl
def rapport_register_commands(cli: Any) -> None:
    """Add `rapport auth google`."""
    from .cli import register

    register(cli)
