"""RFC 5545 value types: TEXT escapes, DATE, DATE-TIME, DURATION, PERIOD, UTC-OFFSET and RECUR."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
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
    m = _DURATION_RE.match(value.strip().upper())
    if not m or value.strip().upper() in ("P", "PT", "-P", "+P"):
        raise ValueError(f"bad DURATION {value!r}")
    sign, w, d, h, mi, s = m.groups()
    delta = timedelta(weeks=int(w or 0), days=int(d or 0), hours=int(h or 0),
                      minutes=int(mi or 0), seconds=int(s or 0))
    return -delta if sign == "-" else delta


def parse_utc_offset(value: str) -> timedelta:
    v = value.strip()
    if len(v) not in (5, 7) or v[0] not in "+-" or not v[1:].isdigit():
        raise ValueError(f"bad UTC-OFFSET {value!r}")
    delta = timedelta(hours=int(v[1:3]), minutes=int(v[3:5]), seconds=int(v[5:7] or 0))
    return -delta if v[0] == "-" else delta


# RECUR ------------------------------------------------------------------------------------

_FREQS = {"YEARLY": 0, "MONTHLY": 1, "WEEKLY": 2, "DAILY": 3, "HOURLY": 4, "MINUTELY": 5, "SECONDLY": 6}
_DAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
_INT_PARTS = {
    "BYSECOND": "bysecond", "BYMINUTE": "byminute", "BYHOUR": "byhour", "BYMONTHDAY": "bymonthday",
    "BYYEARDAY": "byyearday", "BYWEEKNO": "byweekno", "BYMONTH": "bymonth", "BYSETPOS": "bysetpos",
}
_BYDAY_RE = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")


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
            kwargs["interval"] = max(1, int(val))
        elif key == "COUNT":
            kwargs["count"] = int(val)
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
            kwargs[_INT_PARTS[key]] = [int(x) for x in val.split(",") if x.strip()]
        elif key.startswith("X-") or key in ("RSCALE", "SKIP"):
            continue
        else:
            raise ValueError(f"unknown RRULE part {key!r}")
    if "freq" not in kwargs:
        raise ValueError("RRULE without FREQ")
    return kwargs


def as_utc(dt: datetime) -> datetime:
    return dt.replace(tzinfo=UTC)
