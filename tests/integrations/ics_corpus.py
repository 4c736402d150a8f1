"""The ICS conformance corpus and its oracle, both from the installed recurring-ical-events.

Its wheel ships the library's own test calendars (``recurring_ical_events/test/calendars/``, 95
real-world and edge-case files: time zones, DST, RECURRENCE-ID overrides, EXDATE/RDATE, all-day,
Google and Outlook exports). The versions are pinned in rapport-ics's ``[test]`` extra, so the
corpus and the oracle's answers are the same on every machine; nothing is read from outside the
repository and its installed test dependencies.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import icalendar
import recurring_ical_events

CALENDARS = Path(recurring_ical_events.__file__).resolve().parent / "test" / "calendars"
NAMES = sorted(p.name for p in CALENDARS.glob("*.ics"))
WINDOW_DAYS = 1096  # three years from the first DTSTART's date


def read(name: str) -> bytes:
    return (CALENDARS / name).read_bytes()


def first_day(ical: Any) -> date | None:
    """The date of the earliest DTSTART of any VEVENT (None: no events)."""
    starts = [ev["DTSTART"].dt for ev in ical.walk("VEVENT") if "DTSTART" in ev]
    return min((date(s.year, s.month, s.day) for s in starts), default=None)


def instances(ical: Any, start: datetime, end: datetime) -> list[tuple[str, str, str]]:
    """recurring-ical-events' (UID, start ISO, end ISO) for every VEVENT instance in the window."""
    out = []
    for ev in recurring_ical_events.of(ical).between(start, end):
        s = ev["DTSTART"].dt
        e = ev["DTEND"].dt if "DTEND" in ev else s
        out.append((str(ev.get("UID", "")), s.isoformat(), e.isoformat()))
    return out


def oracle(name: str) -> dict[str, Any]:
    """What recurring-ical-events says of one calendar: ``{"error": ...}`` if it rejects the file,
    ``{"window": None}`` if it has no events, else the floating three-year window from the first
    event's date and every instance in it."""
    try:
        ical = icalendar.Calendar.from_ical(read(name))
        first = first_day(ical)
        if first is None:
            return {"window": None}
        start = datetime(first.year, first.month, first.day)
        end = start + timedelta(days=WINDOW_DAYS)
        return {"window": (start, end), "instances": instances(ical, start, end)}
    except Exception as exc:  # noqa: BLE001 - any rejection by the oracle is its answer
        return {"error": f"{type(exc).__name__}: {exc}"}
