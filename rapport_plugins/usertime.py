"""The user's time zone, and times as the user reads them.

Every time rapport shows (briefings in every format, `people show`, notes written into a notes
tool, `rapport run`) is in the user's zone: ``[me] timezone`` (an IANA name), else the machine's
own zone (``TZ``, ``/etc/localtime``). A meeting whose own zone differs at that moment also
names its own wall time - "Thu 3 Dec 2026 15:00 (09:00 New York time)" - because that is the
time the organiser wrote in the invitation and the one other attendees will quote.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import ConfigError


def named_zone(name: str) -> ZoneInfo | None:
    """The IANA zone called ``name``, or None."""
    name = str(name or "").strip()
    if not name or name.startswith("/") or ".." in name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def local_zone() -> tzinfo:
    """The machine's zone: ``TZ``, else ``/etc/localtime``, else the C library's rules (dateutil)."""
    env = os.environ.get("TZ", "").lstrip(":")
    if env:
        zone = named_zone(env)
        if zone is not None:
            return zone
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            zone = named_zone(target.split("zoneinfo/", 1)[1])
            if zone is not None:
                return zone
    except OSError:
        pass
    from dateutil import tz

    return tz.tzlocal()


def check_zone_name(value: Any, where: str) -> str | None:
    """Validate a configured zone name; one clear line naming the setting when it is wrong."""
    if value is None or value == "":
        return None
    if not isinstance(value, str) or named_zone(value) is None:
        raise ConfigError(f"{where}: unknown time zone {value!r} (use an IANA name such as \"Europe/Berlin\")")
    return value.strip()


def user_zone_name(config: Any) -> str | None:
    """``[me] timezone`` when set (validated), else the machine's zone name when it has one."""
    where = f"{getattr(config, 'path', None) or 'config.toml'}: [me] timezone"
    section = config.section("me") if config is not None else {}
    name = check_zone_name(section.get("timezone"), where)
    if name:
        return name
    return getattr(local_zone(), "key", None)


def user_zone(config: Any) -> tzinfo:
    """The zone every time is shown in (see the module docstring)."""
    name = user_zone_name(config)
    zone = named_zone(name) if name else None
    return zone if zone is not None else local_zone()


def zone_for(name: str | None) -> tzinfo:
    """A zone from a briefing's stored name: that zone, else the machine's."""
    zone = named_zone(name) if name else None
    return zone if zone is not None else local_zone()


def to_datetime(value: Any) -> datetime | date | None:
    """An ISO string, date or datetime as a date or datetime (None when unreadable)."""
    if isinstance(value, datetime | date):
        return value
    if not value:
        return None
    text = str(value)
    if len(text) == 10:
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def in_zone(value: datetime, zone: tzinfo) -> datetime:
    """``value`` as a wall time in ``zone`` (a naive value is taken as already in it)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=zone)
    return value.astimezone(zone)


def local_day(value: Any, zone: tzinfo) -> date | None:
    """The user's calendar day of a meeting start (an all-day date is its own day)."""
    value = to_datetime(value)
    if value is None:
        return None
    if not isinstance(value, datetime):
        return value
    return in_zone(value, zone).date()


def zone_label(name: str | None, moment: datetime | None = None) -> str:
    """'New York' for America/New_York, 'UTC' for UTC, else the offset ('UTC-05:00')."""
    if name and named_zone(name) is not None:
        if name.upper() in ("UTC", "ETC/UTC", "GMT", "ETC/GMT", "Z"):
            return "UTC"
        if "/" in name:
            return name.rsplit("/", 1)[1].replace("_", " ")
        return name
    if moment is not None and moment.utcoffset() is not None:
        return offset_label(moment)
    return name or "UTC"


def their_zone(name: str, now: datetime, mine: tzinfo) -> str:
    """A person's zone as the user reads it: "New York time (America/New_York), 03:50 there now"
    (the local time only where it differs from the user's own)."""
    zone = named_zone(name)
    if zone is None:
        return name
    label = zone_label(name)
    there = now.astimezone(zone)
    same = there.utcoffset() == now.astimezone(mine).utcoffset()
    return f"{label} time ({name})" + ("" if same else f", {there:%H:%M} there now")


def offset_label(moment: datetime) -> str:
    offset = moment.utcoffset()
    assert offset is not None
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def day_text(day: date) -> str:
    """'Thu 3 Dec 2026': a date as people read it back."""
    return f"{day.strftime('%a')} {day.day} {day.strftime('%b %Y')}"


def every_year(day: date) -> str:
    """'every year on 12 June': a yearly date as people say it (no year, no ISO)."""
    return f"every year on {day.day} {day.strftime('%B')}"


def memory_when(memory: dict[str, Any]) -> str:
    """A memory's date as a person reads it: " [Sat 12 Dec 2026]", " [every year on 12 June]"
    (" [every year on 12 June, since 1985]" when the year is a known first year, never a
    placeholder year nor the next occurrence a phrase like "her birthday is on Friday" gave)."""
    if not memory.get("event_date"):
        if not memory.get("event_text"):
            return ""
        # An undated phrase ("next week") is only true relative to the day it was said: say that day.
        said = str(memory.get("captured_at") or "")[:10]
        try:
            return f" [{memory['event_text']!r}, said {day_text(date.fromisoformat(said))}]"
        except ValueError:
            return f" [{memory['event_text']!r}]"
    try:
        day = date.fromisoformat(memory["event_date"][:10])
    except ValueError:
        return f" [{memory['event_date']}]"
    if memory.get("recurrence") != "yearly":
        from .spans import span_label

        label = span_label(memory)
        return f" [{label}]" if label else f" [{day_text(day)}]"
    from .spans import span_of

    span = span_of(memory)
    if span is not None and span.words:  # "turns five in March": every year in March, not on the 1st
        return f" [every year {span.words}]"
    noted = str(memory.get("captured_at") or "")[:4]
    known = memory.get("event_text") != "year unknown" and noted.isdigit() and day.year < int(noted)
    return f" [{every_year(day)}" + (f", since {day.year}]" if known else "]")


def show_time(value: Any, zone: tzinfo, event_zone: str | None = None, *, with_date: bool = True) -> str:
    """A meeting start as the user reads it: in ``zone``, plus the event's own wall time when its
    zone (``event_zone``, else the offset the value carries) differs at that moment."""
    value = to_datetime(value)
    if value is None:
        return ""
    if not isinstance(value, datetime):
        return day_text(value)
    mine = in_zone(value, zone)
    text = (f"{day_text(mine.date())} " if with_date else "") + mine.strftime("%H:%M")
    if value.tzinfo is None:
        return text  # floating: the same wall time everywhere
    own_zone = named_zone(event_zone) if event_zone else None
    own = value.astimezone(own_zone) if own_zone is not None else value
    if own.utcoffset() == mine.utcoffset():
        return text
    if zone_label(event_zone if own_zone is not None else None, own) == "UTC":
        return text  # UTC is how calendars export times, not a zone anyone is in
    other_day = "" if own.date() == mine.date() else f"{own.strftime('%a')} "
    label = zone_label(event_zone if own_zone is not None else None, own)
    suffix = "" if label.startswith("UTC") else " time"
    return f"{text} ({other_day}{own.strftime('%H:%M')} {label}{suffix})"


def now_in(zone: tzinfo) -> datetime:
    return datetime.now(UTC).astimezone(zone)


def midnight(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone)
