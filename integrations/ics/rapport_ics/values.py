"""RFC 5545 value types: TEXT escapes, DATE, DATE-TIME, DURATION, PERIOD, UTC-OFFSET and RECUR."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":"}
_ESCAPE_RE = re.compile(r"\\(.)")


def unescape_text(value: str) -> str:
    """Undo TEXT escaping: ``\\n`` newline, ``\\,`` ``\\;`` ``\\\\``."""
    if "\\" not in value:
        return value
    return _ESCAPE_RE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(0)), value)


def parse_date(value: str) -> date:
    v = value.strip()
    if len(v) != 8 or not v.isdigit():
        raise ValueError(f"bad DATE {value!r}")
    return date(int(v[:4]), int(v[4:6]), int(v[6:8]))


def parse_datetime(value: str) -> tuple[datetime, bool]:
    """Parse ``YYYYMMDDTHHMMSS[Z]``; returns a naive datetime and whether it was UTC."""
    v = value.strip()
    utc = v.endswith(("Z", "z"))
    if utc:
        v = v[:-1]
    if len(v) < 15 or v[8] not in "Tt" or not (v[:8].isdigit() and v[9:15].isdigit()):
        raise ValueError(f"bad DATE-TIME {value!r}")
    return datetime(int(v[:4]), int(v[4:6]), int(v[6:8]), int(v[9:11]), int(v[11:13]),
                    min(int(v[13:15]), 59)), utc


_DURATION_RE = re.compile(
    r"^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$"
)


def parse_duration(value: str) -> timedelta:
    days, exact = parse_duration_parts(value)
    return days + exact


def parse_duration_parts(value: str) -> tuple[timedelta, timedelta]:
    """A DURATION as (nominal days, exact time). RFC 5545 3.3.6: weeks and days are nominal (the
    same wall time n days later, whatever a DST change does to the day's length); hours, minutes
    and seconds are exact elapsed time."""
    m = _DURATION_RE.match(value.strip().upper())
    if not m or value.strip().upper() in ("P", "PT", "-P", "+P"):
        raise ValueError(f"bad DURATION {value!r}")
    sign, w, d, h, mi, s = m.groups()
    days = timedelta(weeks=int(w or 0), days=int(d or 0))
    exact = timedelta(hours=int(h or 0), minutes=int(mi or 0), seconds=int(s or 0))
    return (-days, -exact) if sign == "-" else (days, exact)


def parse_utc_offset(value: str) -> timedelta:
    v = value.strip()
    if len(v) not in (5, 7) or v[0] not in "+-" or not v[1:].isdigit():
        raise ValueError(f"bad UTC-OFFSET {value!r}")
    hours, minutes, seconds = int(v[1:3]), int(v[3:5]), int(v[5:7] or 0)
    if hours > 23 or minutes > 59 or seconds > 59:
        raise ValueError(f"UTC-OFFSET out of range {value!r}")
    delta = timedelta(hours=hours, minutes=minutes, seconds=seconds)
    return -delta if v[0] == "-" else delta


# RECUR ------------------------------------------------------------------------------------

_FREQS = {"YEARLY": 0, "MONTHLY": 1, "WEEKLY": 2, "DAILY": 3, "HOURLY": 4, "MINUTELY": 5, "SECONDLY": 6}
_DAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
_INT_PARTS = {
    "BYSECOND": "bysecond", "BYMINUTE": "byminute", "BYHOUR": "byhour", "BYMONTHDAY": "bymonthday",
    "BYYEARDAY": "byyearday", "BYWEEKNO": "byweekno", "BYMONTH": "bymonth", "BYSETPOS": "bysetpos",
}
_BYDAY_RE = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")
# RFC 5545 3.3.10 ranges; (low, high, zero allowed, negative allowed). BYSECOND=60 is a leap second.
_RANGES = {
    "bysecond": (0, 60, True, False), "byminute": (0, 59, True, False), "byhour": (0, 23, True, False),
    "bymonthday": (1, 31, False, True), "byyearday": (1, 366, False, True), "byweekno": (1, 53, False, True),
    "bymonth": (1, 12, False, False), "bysetpos": (1, 366, False, True),
}
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MAX_NUMBER = 10**9


def parse_recur(value: str) -> dict[str, Any]:
    """Parse an RRULE value into dateutil ``rrule`` keyword arguments.

    ``until`` stays raw (``("date", d)`` or ``("datetime", dt, is_utc)``) because it can only be
    made comparable with DTSTART once the event's time zone is known.
    """
    from dateutil import rrule as du

    kwargs: dict[str, Any] = {}
    for part in value.strip().rstrip(";").split(";"):
        if "=" not in part:
            raise ValueError(f"bad RRULE part {part!r}")
        key, _, val = part.partition("=")
        key = key.strip().upper()
        val = val.strip()
        if key == "FREQ":
            if val.upper() not in _FREQS:
                raise ValueError(f"unknown FREQ {val!r}")
            kwargs["freq"] = _FREQS[val.upper()]
        elif key == "INTERVAL":
            kwargs["interval"] = min(max(1, _number(val, key)), _MAX_NUMBER)
        elif key == "COUNT":
            kwargs["count"] = min(_number(val, key), _MAX_NUMBER)
        elif key == "UNTIL":
            if "T" in val.upper():
                dt, utc = parse_datetime(val)
                kwargs["until"] = ("datetime", dt, utc)
            else:
                kwargs["until"] = ("date", parse_date(val))
        elif key == "WKST":
            kwargs["wkst"] = _DAYS[val.upper()]
        elif key == "BYDAY":
            days = []
            for item in val.upper().split(","):
                m = _BYDAY_RE.match(item.strip())
                if not m:
                    raise ValueError(f"bad BYDAY {item!r}")
                weekday = getattr(du, m.group(2))
                days.append(weekday(int(m.group(1))) if m.group(1) else weekday)
            kwargs["byweekday"] = days
        elif key in _INT_PARTS:
            name = _INT_PARTS[key]
            low, high, zero, negative = _RANGES[name]
            numbers = [_number(x, key) for x in val.split(",") if x.strip()]
            for n in numbers:
                if not (low <= abs(n) <= high or (zero and n == 0)) or (n < 0 and not negative):
                    raise ValueError(f"{key}={n} out of range")
            kwargs[name] = numbers
        elif key.startswith("X-") or key in ("RSCALE", "SKIP"):
            continue
        else:
            raise ValueError(f"unknown RRULE part {key!r}")
    if "freq" not in kwargs:
        raise ValueError("RRULE without FREQ")
    if _impossible(kwargs):
        raise ValueError("the rule can never happen (no such day in the months it names)")
    return kwargs


def _number(text: str, key: str) -> int:
    text = text.strip()
    if not text.lstrip("+-").isdigit() or len(text) > 12:
        raise ValueError(f"bad {key} {text[:20]!r}")
    return int(text)


def _impossible(kwargs: dict[str, Any]) -> bool:
    """A rule no date satisfies, found at once (BYMONTH=2;BYMONTHDAY=30), not by iterating to 9999."""
    months = kwargs.get("bymonth") or range(1, 13)
    days = kwargs.get("bymonthday")
    if days and not any(abs(d) <= _DAYS_IN_MONTH[m - 1] for m in months for d in days):
        return True
    return False

