"""rapport-caldav: meetings from any CalDAV server (Radicale, Nextcloud, Fastmail, iCloud, ...).

Configure ``[caldav] url, username, password | password_env | password_command``. Calendars are
discovered from the URL, kept in a private local cache updated with sync tokens, and recurring
events are expanded on this machine (by rapport-ics).
"""

from __future__ import annotations

from typing import Any

from rapport_plugins import Meeting, SinkPlugin, Window, event_notes, hookimpl

from .dav import CARDDAV, DavClient, client_from_section, dav_config_section, dav_section, safe_url, xml_body
from .discovery import Collection, discover, select
from .source import caldav_meetings, fetch_calendar_objects
from .syncing import SyncStats, synced_objects

# The WebDAV client, discovery and sync-token syncing are shared with rapport-carddav.
__all__ = [
    "CARDDAV", "Collection", "DavClient", "SyncStats", "caldav_meetings", "client_from_section",
    "dav_config_section", "dav_section", "discover", "fetch_calendar_objects", "rapport_calendar_events", "safe_url", "select", "synced_objects", "xml_body",
]


@hookimpl
def rapport_calendar_events(window: Window, config: Any) -> list[Meeting] | None:
    section = dav_section(config, "caldav", "calendars")
    return None if section is None else caldav_meetings(config, section, window)


# With ``[caldav] describe_briefings = true``: the briefing as a private note in the event's
# DESCRIPTION (PUT with If-Match); a moved or cancelled meeting gets a line at its top.
rapport_deliver_briefing, rapport_deliver_correction = SinkPlugin("rapport_caldav.describe").hooks()


@hookimpl
def rapport_config_sections() -> dict[str, Any]:
    """The [caldav] section this plugin reads (checked by rapport; the example goes into `rapport init`)."""
    sections = dav_config_section("caldav", "CalDAV calendars (Radicale, Nextcloud, Fastmail, iCloud)", "calendars", """\
url = "https://dav.example.com/"
username = "alice"
password_env = "RAPPORT_CALDAV_PASSWORD"   # or password_command = "pass show dav"
# calendars = ["Work"]                     # default: all
""" + event_notes.EXAMPLE)
    sections["caldav"]["keys"].update(event_notes.CONFIG_KEYS)
    return sections
