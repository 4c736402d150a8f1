"""A per-calendar cache of expanded events, kept current with events.list sync tokens.

Why a cache: the API forbids timeMin/timeMax/orderBy together with syncToken, so incremental
sync cannot be asked "what is in this window". Instead a full sync lists a *covered* range
(the asked window plus ``sync_ahead_days``) with singleEvents=true, keeps every event by id
and the final page's nextSyncToken; later calls send only the syncToken, apply the changes
(cancelled -> removed) and answer windows from the cache. A window outside the covered range,
or 410 GONE, clears the cache and runs a full sync. If the server gives no nextSyncToken, the
calendar is listed per window (timeMin/timeMax/orderBy) and nothing is cached.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, time
from typing import Any

from rapport_plugins import Meeting, Window, cloudsync, each_or_report, say

from .api import GoogleCalendarApi, SyncTokenGone
from .settings import GoogleSettings, load_settings


def _instant(value: dict[str, Any] | None, fallback_tz: Any) -> datetime | None:
    if not isinstance(value, dict):
        return None
    try:
        if value.get("dateTime"):
            dt = datetime.fromisoformat(value["dateTime"].replace("Z", "+00:00"))
            return dt if dt.tzinfo else dt.replace(tzinfo=UTC)
        if value.get("date"):
            return datetime.combine(date.fromisoformat(value["date"]), time(0), fallback_tz)
    except ValueError:
        return None
    return None


def overlaps(event: dict[str, Any], window: Window) -> bool:
    """events.list semantics: end after timeMin and start before timeMax (all-day: window's zone)."""
    tz = window.start.tzinfo or UTC
    start = _instant(event.get("start"), tz)
    end = _instant(event.get("end"), tz) or start
    if start is None or end is None:
        return True  # keep it: mapping reports the bad date with the event's id
    if end == start:
        return window.start <= start < window.end
    return end > window.start and start < window.end


class CalendarCache(cloudsync.WindowCache):
    """The cached state of one calendar (its events and default time zone), in a 0600 JSON file."""

    version = 2  # 2: the shared cache format (token instead of sync_token)
    kept = ("time_zone",)

    def reset(self) -> None:
        super().reset()
        self.time_zone: str | None = None

    def apply(self, item: dict[str, Any]) -> None:
        """One changed event: cancelled ones (and a cancelled series' instances) leave the cache."""
        event_id = item.get("id")
        if not event_id:
            return
        if item.get("status") == "cancelled":
            self.events.pop(event_id, None)
            for other_id in [k for k, e in self.events.items() if e.get("recurringEventId") == event_id]:
                del self.events[other_id]
        else:
            self.events[event_id] = item


class CalendarSync:
    """Answers "events in this window" for one calendar, syncing incrementally when it can."""

    def __init__(self, api: GoogleCalendarApi, settings: GoogleSettings, calendar_id: str):
        self.api = api
        self.settings = settings
        self.calendar_id = calendar_id
        digest = hashlib.sha256(calendar_id.encode()).hexdigest()[:16]
        self.cache = CalendarCache(settings.state_dir / f"events-{digest}.json")

    def events(self, window: Window) -> tuple[list[dict[str, Any]], str | None]:
        """Events overlapping ``window`` and the calendar's default time zone."""
        if not self.settings.sync:
            return self.list_window(window)
        cache = self.cache.load()
        if cache.covers(window):
            try:
                self.incremental()
            except SyncTokenGone:
                cache.clear()
        if not cache.covers(window):
            covered = cloudsync.coverage(window, cache.covered, self.settings.sync_ahead_days)
            cache.clear()
            if not self.full_sync(covered):
                return self.list_window(window)
        cache.save()
        found = [e for e in cache.events.values() if overlaps(e, window)]
        return sorted(found, key=_sort_key), cache.time_zone

    def base_params(self) -> dict[str, Any]:
        return {"singleEvents": "true", "maxResults": self.settings.page_size}

    def full_sync(self, covered: tuple[datetime, datetime]) -> bool:
        """List the covered range into the cache; False when the server offers no sync token."""
        params = self.base_params() | {"timeMin": cloudsync.utc_stamp(covered[0]), "timeMax": cloudsync.utc_stamp(covered[1])}
        token = None
        for page in self.api.list_pages(self.calendar_id, params):
            self.cache.time_zone = page.get("timeZone") or self.cache.time_zone
            for item in page.get("items", []):
                if item.get("status") != "cancelled" and item.get("id"):
                    self.cache.events[item["id"]] = item
            token = page.get("nextSyncToken")
        if not token:
            self.cache.clear()
            return False
        self.cache.token, self.cache.covered = token, covered
        return True

    def incremental(self) -> None:
        """Apply what changed since the stored sync token (no timeMin/timeMax/orderBy allowed)."""
        params = self.base_params() | {"syncToken": self.cache.token}
        for page in self.api.list_pages(self.calendar_id, params):
            self.cache.time_zone = page.get("timeZone") or self.cache.time_zone
            for item in page.get("items", []):
                self.cache.apply(item)
            if page.get("nextSyncToken"):
                self.cache.token = page["nextSyncToken"]

    def list_window(self, window: Window) -> tuple[list[dict[str, Any]], str | None]:
        """No cache: one listing of the window, ordered by the server."""
        params = self.base_params() | {
            "timeMin": cloudsync.utc_stamp(window.start), "timeMax": cloudsync.utc_stamp(window.end), "orderBy": "startTime",
        }
        items: list[dict[str, Any]] = []
        tz = None
        for page in self.api.list_pages(self.calendar_id, params):
            tz = page.get("timeZone") or tz
            items.extend(e for e in page.get("items", []) if e.get("status") != "cancelled")
        return items, tz


def _sort_key(event: dict[str, Any]) -> tuple[str, str]:
    start = event.get("start") or {}
    instant = _instant(start, UTC)
    return (instant.astimezone(UTC).isoformat() if instant else "", event.get("id", ""))


def meetings_in(window: Window, config: Any) -> list[Meeting] | None:
    """Meetings from every configured calendar in ``window``; one event that does not map is
    said and skipped. None when ``[google]`` is absent."""
    settings = load_settings(config)
    if settings is None:
        return None
    from .mapping import is_meeting, to_meeting

    api = GoogleCalendarApi(settings)
    meetings = []
    for calendar_id in settings.calendars:
        events, calendar_tz = CalendarSync(api, settings, calendar_id).events(window)
        meetings.extend(each_or_report(
            [e for e in events if is_meeting(e)], lambda e, c=calendar_id, tz=calendar_tz: to_meeting(e, c, tz), say,
            lambda e, c=calendar_id: f"google: calendar {c!r} event {str(e.get('id', '?'))[:80]!r}"))
    return meetings
