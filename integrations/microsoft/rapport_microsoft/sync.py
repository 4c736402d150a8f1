"""A cache of calendarView events kept current with Graph delta links.

Why a cache: a calendarView delta is bound to the start/end range of its first request, and
its @odata.deltaLink returns only what changed since. So the first request lists a *covered*
range (the asked window plus ``sync_ahead_days``, widened to include the previous range when
they overlap); later calls follow the stored deltaLink, apply changes (``@removed`` items leave)
and answer windows from the cache. A window outside the range, or an expired delta token (410
Gone, or syncStateNotFound / resyncRequired), starts a new delta by itself.

Delta lists the occurrences of a recurring series bare (``id``, ``seriesMasterId``, ``type``,
``start``, ``end``: no subject, no attendees) and the ``seriesMaster`` itself at its first
occurrence's time. Masters are kept apart (never answered as meetings); a bare occurrence is
answered filled in from its master, fetched once per series (``GET /me/events/{id}``) when delta
did not list it. With ``sync = false`` each window is listed with plain calendarView (full
occurrences, no masters) and nothing is cached.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from rapport_plugins import Meeting, Window, cloudsync, each_or_report, say

from .api import DeltaGone, GraphApi, NotFound
from .mapping import graph_zone
from .settings import MicrosoftSettings, load_settings

# What an occurrence keeps of its own when filled in from its series master.
OCCURRENCE_ONLY = {"id", "type", "start", "end", "seriesMasterId", "recurrence", "originalStart",
                   "originalStartTimeZone", "originalEndTimeZone", "occurrenceId", "@odata.etag", "@odata.type"}
_FRACTION = re.compile(r"(\.\d{6})\d+")


def _instant(value: Any, tz_default: Any) -> datetime | None:
    """Graph's dateTimeTimeZone as an aware datetime (all-day: midnight in the window's zone)."""
    if not isinstance(value, dict) or not value.get("dateTime"):
        return None
    try:
        naive = datetime.fromisoformat(_FRACTION.sub(r"\1", value["dateTime"].rstrip("Z")))
    except ValueError:
        return None
    return naive.replace(tzinfo=graph_zone(value.get("timeZone")) or tz_default)


def overlaps(event: dict[str, Any], window: Window) -> bool:
    """calendarView semantics: the event ends after the window starts and starts before it ends."""
    tz = window.start.tzinfo or UTC
    if event.get("isAllDay"):
        start = _all_day(event.get("start"), tz)
        end = _all_day(event.get("end"), tz) or start
    else:
        start = _instant(event.get("start"), tz)
        end = _instant(event.get("end"), tz) or start
    if start is None or end is None:
        return True  # mapping reports the bad date with the event's id
    if end == start:
        return window.start <= start < window.end
    return end > window.start and start < window.end


def _all_day(value: Any, tz: Any) -> datetime | None:
    instant = _instant(value, tz)
    return instant.replace(tzinfo=tz) if instant else None


class ViewCache(cloudsync.WindowCache):
    """The cached events of the calendar view and their series masters, in a 0600 JSON file."""

    version = 3  # 3: the shared cache format; 2: series masters kept apart (1 held bare occurrences)
    kept = ("masters",)

    def reset(self) -> None:
        super().reset()
        self.masters: dict[str, dict[str, Any]] = {}  # series masters by id (filled occurrences come from them)

    def apply(self, item: dict[str, Any]) -> None:
        event_id = item.get("id")
        if not event_id:
            return
        if "@removed" in item:
            self.events.pop(event_id, None)
            if self.masters.pop(event_id, None) is not None:  # the series is gone: so are its occurrences
                self.events = {k: e for k, e in self.events.items() if e.get("seriesMasterId") != event_id}
        elif item.get("type") == "seriesMaster" or event_id in self.masters:
            known = {k: v for k, v in self.masters.get(event_id, {}).items() if k != "@missing"}
            self.masters[event_id] = {**known, **item}
        else:  # delta items may be partial: merge over what we had
            self.events[event_id] = {**self.events.get(event_id, {}), **item}

    def filled(self, event: dict[str, Any]) -> dict[str, Any] | None:
        """``event``, a bare occurrence filled in from its series master; None if the master is gone."""
        master_id = event.get("seriesMasterId")
        if not master_id or "subject" in event:
            return event
        master = self.masters.get(master_id)
        if master is None or master.get("@missing"):
            return None
        return {**{k: v for k, v in master.items() if k not in OCCURRENCE_ONLY}, **event}


class CalendarViewSync:
    """Answers "events in this window" for the signed-in user's calendar."""

    def __init__(self, api: GraphApi, settings: MicrosoftSettings):
        self.api = api
        self.settings = settings
        self.cache = ViewCache(settings.state_dir / "calendar-view.json")

    @property
    def view_url(self) -> str:
        return f"{self.settings.base_url}/me/calendarView"

    def events(self, window: Window) -> list[dict[str, Any]]:
        if not self.settings.sync:
            return self.list_window(window)
        cache = self.cache.load()
        if cache.covers(window):
            try:
                self.follow_delta(cache.token)
            except DeltaGone:  # the token expired: start over with a full delta
                cache.clear()
        if not cache.covers(window):
            covered = cloudsync.coverage(window, cache.covered, self.settings.sync_ahead_days)
            cache.clear()
            self.initial_delta(covered)
        found = [e for e in cache.events.values() if overlaps(e, window)]
        self.fetch_masters(found)
        cache.save()
        answer = [filled for e in found if (filled := cache.filled(e)) is not None]
        return sorted(answer, key=lambda e: ((e.get("start") or {}).get("dateTime", ""), e.get("id", "")))

    def fetch_masters(self, events: list[dict[str, Any]]) -> None:
        """One GET per series whose bare occurrences are in ``events`` and whose master delta did not list."""
        wanted = {e["seriesMasterId"] for e in events if e.get("seriesMasterId") and "subject" not in e}
        for master_id in sorted(wanted - set(self.cache.masters)):
            try:
                self.cache.masters[master_id] = self.api.event(master_id)
            except NotFound:  # deleted since: its occurrences are not answered
                self.cache.masters[master_id] = {"id": master_id, "@missing": True}

    def initial_delta(self, covered: tuple[datetime, datetime]) -> None:
        params = {"startDateTime": cloudsync.utc_stamp(covered[0]), "endDateTime": cloudsync.utc_stamp(covered[1])}
        self._consume(self.api.pages(f"{self.view_url}/delta", params))
        self.cache.covered = covered

    def follow_delta(self, link: str) -> None:
        self._consume(self.api.pages(link))

    def _consume(self, pages: Any) -> None:
        delta_link = None
        for page in pages:
            for item in page.get("value", []):
                self.cache.apply(item)
            delta_link = page.get("@odata.deltaLink") or delta_link
        if not delta_link:
            from rapport_plugins import RapportError

            raise RapportError(f"microsoft: {self.view_url}/delta ended without an @odata.deltaLink")
        self.cache.token = delta_link

    def list_window(self, window: Window) -> list[dict[str, Any]]:
        params = {
            "startDateTime": cloudsync.utc_stamp(window.start), "endDateTime": cloudsync.utc_stamp(window.end),
            "$orderby": "start/dateTime", "$top": self.settings.page_size,
        }
        return [e for page in self.api.pages(self.view_url, params) for e in page.get("value", [])]


def meetings_in(window: Window, config: Any) -> list[Meeting] | None:
    """Meetings of the signed-in user's calendar in ``window`` (one event that does not map is
    said and skipped); None when ``[microsoft]`` is absent."""
    settings = load_settings(config)
    if settings is None:
        return None
    from .mapping import is_meeting, to_meeting
    from .me import my_addresses

    api = GraphApi(settings)
    events = CalendarViewSync(api, settings).events(window)
    me = my_addresses(api, settings)
    return each_or_report([e for e in events if is_meeting(e)], lambda e: to_meeting(e, "microsoft:me", me), say,
                          lambda e: f"microsoft: event {str(e.get('id', '?'))[:80]!r}")
