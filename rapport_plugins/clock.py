"""Time as rapport reads it: aware datetimes, user-given dates, and the one clock engines ask.

``RAPPORT_NOW`` (ISO) pins the clock for tests and the demo; a :class:`~rapport_plugins.context.Context`
can also be given a clock of its own.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from typing import Any

from .errors import RapportError

YEARS = (1000, 8999)  # dates rapport accepts: far from datetime's edges, whatever is added to them


def parse_when(value: str, what: str = "date", zone: Any = None) -> datetime:
    """Parse a user-given date or datetime into an aware datetime (in ``zone``, else the machine's
    zone, when it names none)."""
    from dateutil import parser

    try:
        dt = parser.isoparse(value)
    except (ValueError, OverflowError):
        try:
            dt = parser.parse(value)
        except (ValueError, OverflowError):
            raise RapportError(f"bad {what} {value!r}: use ISO 8601, e.g. 2026-04-02 or 2026-04-02T10:00") from None
    if not YEARS[0] <= dt.year <= YEARS[1]:
        raise RapportError(f"bad {what} {value!r}: rapport works with years {YEARS[0]} to {YEARS[1]}")
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=zone) if zone is not None else dt.astimezone()
    return dt


def parse_date(value: str, what: str = "date") -> date:
    return parse_when(value, what).date()


def system_now(zone: Any = None) -> datetime:
    """The current time in ``zone`` (else the machine's); ``RAPPORT_NOW`` (ISO) pins it for tests and the demo."""
    pinned = os.environ.get("RAPPORT_NOW")
    if pinned:
        return parse_when(pinned, "RAPPORT_NOW", zone).astimezone(zone)
    return datetime.now(UTC).astimezone(zone)
