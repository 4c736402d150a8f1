"""Turn a TZID into a tzinfo: IANA names, Windows names, vendor-prefixed names, custom VTIMEZONEs.

Order: a real IANA zone wins (its rules are more complete than most exported VTIMEZONE blocks),
then the Windows-name table, then a trailing ``Area/City`` of prefixed IDs such as
``/mozilla.org/20050126_1/Europe/Berlin``, then a tzinfo built from the calendar's own VTIMEZONE.
"""

from __future__ import annotations

import bisect
from datetime import datetime, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rapport_plugins import WINDOWS_TO_IANA

from .content import Component
from .values import parse_date, parse_datetime, parse_recur, parse_utc_offset

_LAST_YEAR = 2200  # transitions of custom VTIMEZONEs are computed up to this year
_MAX_ONSETS = 2000  # a real zone changes twice a year; more is a hostile rule


@lru_cache(maxsize=512)
def iana_zone(name: str) -> ZoneInfo | None:
    """The IANA zone for ``name`` (also Windows names and prefixed IDs), or None."""
    name = name.strip().strip('"')
    if not name:
        return None
    for candidate in _candidates(name):
        try:
            return ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
    return None


def _candidates(name: str) -> list[str]:
    out = []
    if not name.startswith("/") and ".." not in name:
        out.append(name)
    windows = WINDOWS_TO_IANA.get(name)
    if windows:
        out.append(windows)
    parts = [p for p in name.split("/") if p and p != ".."]
    if len(parts) >= 2:
        out.extend(["/".join(parts[-3:]), "/".join(parts[-2:])] if len(parts) >= 3 else ["/".join(parts[-2:])])
    if name.upper() in ("Z", "GMT", "UTC"):
        out.append("UTC")
    return out


class VTimezone(tzinfo):
    """A tzinfo built from a VTIMEZONE's STANDARD/DAYLIGHT observances (RRULE and RDATE onsets)."""

    def __init__(self, tzid: str, component: Component):
        self.tzid = tzid
        onsets: list[tuple[datetime, datetime, timedelta, timedelta, str, bool]] = []
        for obs in component.children:
            if obs.name not in ("STANDARD", "DAYLIGHT"):
                continue
            offset_from = parse_utc_offset(obs.value("TZOFFSETFROM", "+0000") or "+0000")
            offset_to = parse_utc_offset(obs.value("TZOFFSETTO", "+0000") or "+0000")
            name = obs.value("TZNAME", "") or ""
            start_value = obs.value("DTSTART")
            if not start_value:
                continue
            start, _ = parse_datetime(start_value) if "T" in start_value.upper() else (
                datetime.combine(parse_date(start_value), datetime.min.time()), False)
            locals_ = [start]
            for prop in obs.props.get("RRULE", []):
                locals_.extend(_rule_onsets(prop.value, start))
            for prop in obs.props.get("RDATE", []):
                for item in prop.value.split(","):
                    item = item.split("/")[0]
                    locals_.append(parse_datetime(item)[0] if "T" in item.upper() else
                                   datetime.combine(parse_date(item), datetime.min.time()))
            is_dst = obs.name == "DAYLIGHT"
            for local in set(locals_):
                onsets.append((local - offset_from, local, offset_from, offset_to, name, is_dst))
        onsets.sort()
        self._utc = [o[0] for o in onsets]
        self._local = [o[1] for o in onsets]
        self._onsets = onsets
        self._std = next((o[3] for o in onsets if not o[5]), onsets[0][3] if onsets else timedelta(0))

    def _find_local(self, dt: datetime) -> int:
        """The observance in force at wall time ``dt``, PEP 495 style: a wall time a change skips
        (spring forward) or repeats (fall back) belongs to the observance before the change with
        ``fold=0`` and to the one after it with ``fold=1`` - what zoneinfo does for IANA zones, and
        what RFC 5545 asks (a time in a gap is read with the offset before it; a repeated time is
        its first occurrence)."""
        wall = dt.replace(tzinfo=None)
        index = bisect.bisect_right(self._local, wall) - 1  # changes whose old wall time has passed
        if index + 1 < len(self._onsets):
            # A fall-back change ahead may already be under way in its new wall time (the repeat).
            nxt = self._onsets[index + 1]
            if nxt[3] < nxt[2] and nxt[1] + (nxt[3] - nxt[2]) <= wall and getattr(dt, "fold", 0):
                return index + 1
        if index >= 0:
            o = self._onsets[index]
            if o[3] > o[2] and wall < o[1] + (o[3] - o[2]) and not getattr(dt, "fold", 0):
                return index - 1  # in the gap, fold=0: the offset before the change
        return index

    def _info(self, index: int) -> tuple[timedelta, str, bool]:
        if not self._onsets:
            return timedelta(0), self.tzid, False
        if index < 0:
            first = self._onsets[0]
            return first[2], first[4], False
        o = self._onsets[index]
        return o[3], o[4], o[5]

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return self._std
        return self._info(self._find_local(dt))[0]

    def dst(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return timedelta(0)
        offset, _, is_dst = self._info(self._find_local(dt))
        return offset - self._std if is_dst else timedelta(0)

    def tzname(self, dt: datetime | None) -> str:
        if dt is None:
            return self.tzid
        return self._info(self._find_local(dt))[1] or self.tzid

    def fromutc(self, dt: datetime) -> datetime:
        index = bisect.bisect_right(self._utc, dt.replace(tzinfo=None)) - 1
        local = dt + self._info(index)[0]
        if index >= 0:
            o = self._onsets[index]
            if o[3] < o[2] and local.replace(tzinfo=None) < o[1]:
                return local.replace(fold=1)  # the second time this wall time comes round
        return local

    def __repr__(self) -> str:
        return f"VTimezone({self.tzid!r})"


def _rule_onsets(value: str, start: datetime) -> list[datetime]:
    from dateutil.rrule import rrule

    kwargs = parse_recur(value)
    until = kwargs.pop("until", None)
    limit = datetime(_LAST_YEAR, 1, 1)
    if until is not None:
        limit = min(limit, until[1] if until[0] == "datetime" else datetime.combine(until[1], datetime.max.time()))
    onsets = []
    for onset in rrule(dtstart=start, until=limit, cache=False, **kwargs):
        onsets.append(onset)
        if len(onsets) > _MAX_ONSETS:
            raise ValueError(f"more than {_MAX_ONSETS} onsets")
    return onsets


def build_timezones(components: list[Component], warnings: list[str] | None = None,
                    source: str = "") -> dict[str, tzinfo]:
    """Map each TZID to a tzinfo: IANA (by name) first, else one built from the VTIMEZONE block.

    A VTIMEZONE that cannot be built (an offset of 25 hours, a bad onset) is reported and left
    out: times in it are then read as floating, with their own warning.
    """
    out: dict[str, tzinfo] = {}
    for comp in components:
        tzid = (comp.value("TZID") or "").strip().strip('"')
        if not tzid:
            continue
        zone = iana_zone(tzid)
        if zone is None:
            try:
                zone = VTimezone(tzid, comp)
            except Exception as exc:  # noqa: BLE001 - whatever a hostile VTIMEZONE raises
                if warnings is not None:
                    warnings.append(f"{source}:{comp.line}: VTIMEZONE {tzid[:60]!r} ignored: {exc}")
                continue
        out[tzid] = zone
    return out
