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
import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from rapport_plugins import Window, write_private

from .api import GoogleCalendarApi, SyncTokenGone
from .settings import GoogleSettings

CACHE_VERSION = 1


def rfc3339(dt: datetime) -> str:
    if dt.tzinfo is None:
        dt = dt.astimezone()
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


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


class CalendarCache:
    """The cached state of one calendar, in a 0600 JSON file under the rapport home."""

    def __init__(self, path: Path):
        self.path = path
        self.sync_token: str | None = None
        self.covered: tuple[datetime, datetime] | None = None
        self.time_zone: str | None = None
        self.events: dict[str, dict[str, Any]] = {}

    def load(self) -> CalendarCache:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("version") != CACHE_VERSION:
                return self
            self.sync_token = data["sync_token"]
            self.covered = (datetime.fromisoformat(data["covered"][0]), datetime.fromisoformat(data["covered"][1]))
            self.time_zone = data.get("time_zone")
            self.events = dict(data["events"])
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            self.clear()  # a missing or damaged cache only costs a full sync
        return self

    def save(self) -> None:
        assert self.covered is not None
        write_private(self.path, json.dumps({
            "version": CACHE_VERSION,
            "sync_token": self.sync_token,
            "covered": [self.covered[0].isoformat(), self.covered[1].isoformat()],
            "time_zone": self.time_zone,
            "events": self.events,
        }, sort_keys=True))

    def clear(self) -> None:
        self.sync_token, self.covered, self.time_zone, self.events = None, None, None, {}
        self.path.unlink(missing_ok=True)

    def covers(self, window: Window) -> bool:
        return bool(self.sync_token and self.covered) and self.covered[0] <= window.start and window.end <= self.covered[1]

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
            covered = self.coverage(window, cache.covered)
            cache.clear()
            if not self.full_sync(covered):
                return self.list_window(window)
        cache.save()
        found = [e for e in cache.events.values() if overlaps(e, window)]
        return sorted(found, key=_sort_key), cache.time_zone

    def coverage(self, window: Window, old: tuple[datetime, datetime] | None) -> tuple[datetime, datetime]:
        start, end = window.start, window.end + timedelta(days=self.settings.sync_ahead_days)
        if old and old[0] <= end and start <= old[1]:  # overlapping: keep what was covered
            start, end = min(start, old[0]), max(end, old[1])
        return start, end

    def base_params(self) -> dict[str, Any]:
        return {"singleEvents": "true", "maxResults": self.settings.page_size}

    def full_sync(self, covered: tuple[datetime, datetime]) -> bool:
        """List the covered range into the cache; False when the server offers no sync token."""
        params = self.base_params() | {"timeMin": rfc3339(covered[0]), "timeMax": rfc3339(covered[1])}
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
        self.cache.sync_token, self.cache.covered = token, covered
        return True

    def incremental(self) -> None:
        """Apply what changed since the stored sync token (no timeMin/timeMax/orderBy allowed)."""
        params = self.base_params() | {"syncToken": self.cache.sync_token}
        for page in self.api.list_pages(self.calendar_id, params):
            self.cache.time_zone = page.get("timeZone") or self.cache.time_zone
            for item in page.get("items", []):
                self.cache.apply(item)
            if page.get("nextSyncToken"):
                self.cache.sync_token = page["nextSyncToken"]

    def list_window(self, window: Window) -> tuple[list[dict[str, Any]], str | None]:
        """No cache: one listing of the window, ordered by the server."""
        params = self.base_params() | {
            "timeMin": rfc3339(window.start), "timeMax": rfc3339(window.end), "orderBy": "startTime",
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
