"""CalDAV as a rapport calendar source: discover, sync (or query), then expand events locally."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from rapport_plugins import Meeting, RapportError, Window, describe

from .dav import CALDAV, DavClient, client_from_section, safe_url, xml_body
from .discovery import Collection, discover, select
from .syncing import SyncStats, synced_objects

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


def fetch_calendar_objects(config: Any, section: dict[str, Any], window: Window | None = None,
                           warn: Callable[[str], Any] | None = None,
                           ) -> tuple[list[tuple[Collection, str, str]], dict[str, SyncStats]]:
    """Every calendar object of the configured calendars: (collection, href, ICS text).

    With ``sync = true`` (default) the local cache is brought up to date with sync-collection;
    with ``sync = false`` the server is asked only for objects in ``window`` (calendar-query).
    """
    say = warn or _stderr
    client = client_from_section(section, LABEL)
    try:
        if section.get("sync", True) or window is None:
            return synced_objects(config, section, client, "calendar", DEFAULT_CACHE, section.get("calendars"), say)
        calendars = select(discover(client, "calendar"), section.get("calendars"), LABEL)
        return [(c, href, text) for c in calendars for href, text in calendar_query(client, c, window)], {}
    finally:
        client.close()


def _stderr(message: str) -> None:
    from rapport_plugins import say

    say(message)


def caldav_meetings(config: Any, section: dict[str, Any], window: Window,
                    warn: Callable[[str], Any] | None = None) -> list[Meeting]:
    """Meetings in ``window`` from every configured calendar, recurring events expanded locally."""
    from rapport_ics import meetings_from_ics

    say = warn or _stderr
    objects, _ = fetch_calendar_objects(config, section, window, say)
    meetings: list[Meeting] = []
    for coll, href, text in objects:
        url = safe_url(_join(coll.url, href))
        try:
            found = meetings_from_ics(text, window, url, warn=lambda msg: say(f"{LABEL}: {msg}"))
        except Exception as exc:  # noqa: BLE001 - one broken event does not hide the rest of the calendar
            say(f"{LABEL}: {exc}" if isinstance(exc, RapportError) else f"{LABEL}: {url}: skipped: {describe(exc)}")
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
