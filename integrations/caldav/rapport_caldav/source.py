"""CalDAV as a rapport calendar source: discover, sync (or query), then expand events locally."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from rapport_plugins.errors import RapportError
from rapport_plugins.models import Meeting, Window

from .dav import CALDAV, DavClient, client_from_section, safe_url, xml_body
from .discovery import Collection, discover, select
from .syncing import CacheFile, SyncStats, objects_text, sync_collection

LABEL = "caldav"
DEFAULT_CACHE = "cache/caldav.json"


def _utc(dt: datetime) -> str:
    if dt.tzinfo is None:
        dt = dt.astimezone()
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar_query(client: DavClient, coll: Collection, window: Window) -> list[tuple[str, str]]:
    """Objects with an event in ``window`` (the server filters; we still expand ourselves)."""
    body = xml_body(
        "c:calendar-query",
        "<d:prop><d:getetag/><c:calendar-data/></d:prop>"
        '<c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">'
        f'<c:time-range start="{_utc(window.start)}" end="{_utc(window.end)}"/>'
        "</c:comp-filter></c:comp-filter></c:filter>",
    )
    result = client.report(coll.url, body, depth="1")
    out = []
    for resp in result.responses:
        data = resp.text(CALDAV, "calendar-data")
        if data:
            out.append((resp.href, data))
    return sorted(out)


def fetch_calendar_objects(config: Any, section: dict[str, Any],
                           window: Window | None = None) -> tuple[list[tuple[Collection, str, str]], dict[str, SyncStats]]:
    """Every calendar object of the configured calendars: (collection, href, ICS text).

    With ``sync = true`` (default) the local cache is brought up to date with sync-collection;
    with ``sync = false`` the server is asked only for objects in ``window`` (calendar-query).
    """
    client = client_from_section(section, LABEL)
    try:
        calendars = select(discover(client, "calendar"), section.get("calendars"), LABEL)
        out: list[tuple[Collection, str, str]] = []
        stats: dict[str, SyncStats] = {}
        if section.get("sync", True) or window is None:
            account = f"{safe_url(client.url)}|{section.get('username') or ''}"
            cache = CacheFile(config.path_of(section.get("cache", DEFAULT_CACHE)), account)
            try:
                for coll in calendars:
                    entry = cache.entry(coll.url)
                    stats[coll.url] = sync_collection(client, coll, entry, "calendar")
                    out.extend((coll, href, text) for href, text in objects_text(entry))
            finally:
                cache.save()  # whatever was fetched before a failure is kept
        else:
            for coll in calendars:
                out.extend((coll, href, text) for href, text in calendar_query(client, coll, window))
        return out, stats
    finally:
        client.close()


def caldav_meetings(config: Any, section: dict[str, Any], window: Window,
                    warn: Callable[[str], Any] | None = None) -> list[Meeting]:
    """Meetings in ``window`` from every configured calendar, recurring events expanded locally."""
    from rapport_ics import meetings_from_ics

    say = warn or (lambda msg: print(f"rapport: {msg}", file=sys.stderr))
    objects, _ = fetch_calendar_objects(config, section, window)
    meetings: list[Meeting] = []
    for coll, href, text in objects:
        url = safe_url(_join(coll.url, href))
        try:
            found = meetings_from_ics(text, window, url, warn=lambda msg: say(f"{LABEL}: {msg}"))
        except RapportError as exc:
            say(f"{LABEL}: {exc}")  # one broken event does not hide the rest of the calendar
            continue
        for meeting in found:
            meeting.source = f"{LABEL}:{safe_url(coll.url)}"
            meeting.extra.setdefault("calendar", coll.name)
            meeting.extra.setdefault("href", url)
            meetings.append(meeting)
    return meetings


def _join(base: str, href: str) -> str:
    from urllib.parse import urljoin

    return urljoin(base, href)
