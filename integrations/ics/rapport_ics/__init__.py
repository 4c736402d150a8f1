"""rapport-ics: iCalendar (.ics) files and http(s)/webcal feeds as a rapport calendar source.

Public API, reused by other calendar integrations (CalDAV):

- :func:`parse_calendar` (text or bytes -> :class:`Calendar`; ``ParseError`` names source and line)
- :func:`expand` (calendar + window -> sorted list of :class:`rapport_plugins.models.Meeting`)
- :func:`meetings_from_ics` (both in one call)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rapport_plugins import Meeting, Window

from .expand import attendee_from, expand
from .parser import Calendar, Event, parse_calendar
from .plugin import rapport_calendar_events, rapport_config_sections

__all__ = [
    "Calendar", "Event", "attendee_from", "expand", "meetings_from_ics", "parse_calendar",
    "rapport_calendar_events", "rapport_config_sections",
]


def meetings_from_ics(
    text: str | bytes,
    window: Window,
    source: str,
    *,
    warn: Callable[[str], None] | None = None,
    strict: bool = True,
    **kw: Any,
) -> list[Meeting]:
    """Parse ``text`` and return its meetings in ``window`` (other keywords as :func:`expand` takes them).

    With ``strict=False`` malformed events are skipped and reported through ``warn``.
    """
    calendar = parse_calendar(text, source, strict=strict)
    if warn is not None:
        for message in calendar.warnings:
            warn(message)
    return expand(calendar, window.start, window.end, warn=warn, **kw)
