"""Meetings from every calendar plugin, merged: the core's only view of calendars."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from .context import Context
from .errors import RapportError
from .models import Meeting, Window

LOOKAHEAD = timedelta(days=14)
LOOKBACK = timedelta(days=1)
# Looking a meeting up by uid expands calendars over these half-widths in turn (days), so capturing
# one note expands a day or two of every calendar, not two years; only a miss widens the search.
UID_WINDOWS = (1, 7, 45, 366)


def as_datetime(value: date | datetime, tz: Any = None) -> datetime:
    """Compare dates and datetimes on one axis: a date is its local midnight."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.astimezone(tz) if tz else value.astimezone()
    return datetime.combine(value, time(0)).astimezone(tz) if tz else datetime.combine(value, time(0)).astimezone()


def meetings_in(app: Context, start: datetime, end: datetime, cancelled: bool = False) -> list[Meeting]:
    """All meetings every calendar plugin lists in [start, end), de-duplicated by key, by start
    (cancelled instances too with ``cancelled``: corrections need to tell them from gone ones).

    Each meeting's ``my_response`` is filled in from the user's attendee line (``is_self`` or a
    ``[me]`` address), so declined meetings are known as such everywhere downstream; that line
    (and the organiser, when it is the user) is marked ``is_self``, so ``meeting.people()`` is the
    others everywhere (an ICS file does not say which attendee is you: a 1:1 is not a group).
    """
    from .matching import mark_me, me_keys, user_response

    emails, names = me_keys(getattr(app, "store", None), app.config)
    seen: dict[str, Meeting] = {}
    for batch in app.pm.call("rapport_calendar_events", window=Window(start, end), config=app.config):
        for meeting in batch:
            if getattr(meeting, "status", "confirmed") == "cancelled" and not cancelled:
                continue
            seen.setdefault(meeting.key, meeting)
    for meeting in seen.values():
        meeting.my_response = user_response(meeting, emails, names)
        mark_me(meeting, emails, names)
    return sorted(seen.values(), key=lambda m: as_datetime(m.start))


def find_meeting(app: Context, uid: str | None = None, at: datetime | None = None,
                 within_days: int | None = None) -> Meeting:
    """The meeting with ``uid`` nearest to ``at`` (default now), looked for no further than
    ``within_days`` either side when given; or the next one starting at or after ``at`` that the
    user has not declined."""
    now = at or app.now()
    if uid:
        widths = [d for d in UID_WINDOWS if within_days is None or d < within_days] + (
            [within_days] if within_days is not None else [])
        for days in widths:  # a note is almost always about a meeting of its own day
            found = [m for m in meetings_in(app, now - timedelta(days=days), now + timedelta(days=days)) if m.uid == uid]
            if found:
                return min(found, key=lambda m: abs((as_datetime(m.start) - now).total_seconds()))
        near = f" within {within_days} days of {now:%a} {now.day} {now:%b %Y}" if within_days is not None else ""
        raise RapportError(f"no meeting with uid {uid!r} in the configured calendars{near}")
    upcoming = [
        m for m in meetings_in(app, now - LOOKBACK, now + LOOKAHEAD)
        if not m.all_day and not m.declined and as_datetime(m.start) >= now - timedelta(minutes=5)
    ]
    with_people = [m for m in upcoming if m.people()]
    chosen = (with_people or upcoming)
    if not chosen:
        raise RapportError(f"no meeting in the next {LOOKAHEAD.days} days (is a calendar configured? see `rapport config`)")
    return chosen[0]
