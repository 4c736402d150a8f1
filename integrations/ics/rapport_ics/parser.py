"""From iCalendar bytes to a :class:`Calendar` of :class:`Event` values with resolved times.

Times come out as aware datetimes (TZID, UTC), naive datetimes (floating) or dates (all-day).
A calendar with ``X-WR-TIMEZONE`` (Google exports) is read the way Google means it: UTC and
floating times are shown in that zone (the ``x-wr-timezone`` convention).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from rapport_plugins import ParseError, describe

from .content import Component, Prop, parse_components
from .tz import build_timezones, iana_zone
from .values import (
    parse_date,
    parse_datetime,
    parse_duration,
    parse_duration_parts,
    parse_recur,
    unescape_text,
)

Time = date | datetime


@dataclass(slots=True)
class Event:
    """One VEVENT as written: the master of a series, a single event, or an override."""

    uid: str | None
    line: int
    start: Time
    end: Time | None = None
    duration: timedelta | None = None
    duration_exact: timedelta = timedelta(0)  # the hours/minutes/seconds of ``duration`` (the rest is nominal days)
    summary: str = ""
    description: str = ""
    location: str = ""
    status: str = ""
    sequence: int = -1
    rrules: list[dict[str, Any]] = field(default_factory=list)
    rdates: list[tuple[Time, Time | timedelta | None]] = field(default_factory=list)
    exdates: list[Time] = field(default_factory=list)
    recurrence_id: Time | None = None
    this_and_future: bool = False
    tzid: str | None = None
    attendees: list[Prop] = field(default_factory=list)
    organizer: Prop | None = None
    people: Any = field(default=None, repr=False, compare=False)  # parsed attendees, filled once by expand

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)


@dataclass
class Calendar:
    """A parsed calendar: its events, time zones and the problems met on the way."""

    source: str
    events: list[Event] = field(default_factory=list)
    timezones: dict[str, tzinfo] = field(default_factory=dict)
    x_wr_timezone: tzinfo | None = None
    name: str | None = None
    warnings: list[str] = field(default_factory=list)


def parse_calendar(text: str | bytes, source: str, *, strict: bool = True) -> Calendar:
    """Parse iCalendar text or bytes (pass bytes when you can: folds may split UTF-8 characters).

    ``strict`` raises :class:`ParseError` (naming ``source`` and the line) for any malformed
    value; otherwise the bad property or event is skipped and described in ``calendar.warnings``.
    Structural problems of the file (binary data, empty file, a calendar cut short before
    END:VCALENDAR) always raise; an event that lost its END is closed at the next BEGIN:VEVENT or
    at END:VCALENDAR, and a malformed line inside an event costs that event (both reported).
    """
    data = text.encode("utf-8", errors="surrogateescape") if isinstance(text, str) else text
    warnings: list[str] = []
    root = parse_components(data, source, warnings)
    cal = Calendar(source=source, name=root.value("X-WR-CALNAME"), warnings=warnings)
    vtimezones = [c for c in root.children if c.name == "VTIMEZONE"]
    cal.timezones = build_timezones(vtimezones, warnings, source)
    xwr = root.first("X-WR-TIMEZONE")
    if xwr is not None and xwr.value.strip():
        cal.x_wr_timezone = iana_zone(xwr.value.strip())
        if cal.x_wr_timezone is None:
            cal.warnings.append(f"{source}:{xwr.line}: unknown X-WR-TIMEZONE {xwr.value.strip()!r} ignored")
    reader = _EventReader(cal, strict)
    for comp in root.children:
        if comp.name == "VEVENT":
            if comp.broken:
                problem, line = comp.broken
                reader.problem(problem if strict else f"event skipped: {problem}", line)
                continue
            try:
                event = reader.read(comp)
            except ParseError:
                raise
            except Exception as exc:  # any value an invitation can carry: skip this event, keep the rest
                reader.problem(f"event skipped: {describe(exc)}", comp.line)
                continue
            if event is not None:
                cal.events.append(event)
    return cal


class _EventReader:
    """Reads VEVENT components, resolving TZIDs against the calendar's time zones."""

    def __init__(self, cal: Calendar, strict: bool):
        self.cal = cal
        self.strict = strict
        self.unknown_tzids: set[str] = set()

    def problem(self, message: str, line: int) -> None:
        if self.strict:
            raise ParseError(message, source=self.cal.source, line=line)
        self.cal.warnings.append(f"{self.cal.source}:{line}: {message}")

    def read(self, comp: Component) -> Event | None:
        start_prop = comp.first("DTSTART")
        if start_prop is None:
            self.cal.warnings.append(f"{self.cal.source}:{comp.line}: VEVENT without DTSTART skipped")
            return None
        try:
            start = self.time(start_prop)
        except ValueError as exc:
            self.problem(f"DTSTART: {exc}", start_prop.line)
            return None
        uid_prop = comp.first("UID")
        event = Event(uid=uid_prop.value.strip() if uid_prop else None, line=comp.line, start=start)
        event.tzid = self.tz_name(start_prop)
        props = comp.props
        for name, attr in (("SUMMARY", "summary"), ("DESCRIPTION", "description"), ("LOCATION", "location")):
            found = props.get(name)
            if found:
                setattr(event, attr, unescape_text(found[0].value))
        status = props.get("STATUS")
        if status:
            event.status = status[0].value.strip().lower()
        seq = props.get("SEQUENCE")
        if seq:
            try:
                event.sequence = int(seq[0].value.strip())
            except ValueError:
                self.problem(f"bad SEQUENCE {seq[0].value!r}", seq[0].line)
        end = props.get("DTEND")
        if end:
            try:
                event.end = self.time(end[0])
            except ValueError as exc:
                self.problem(f"DTEND: {exc}", end[0].line)
        elif props.get("DURATION"):
            prop = props["DURATION"][0]
            try:
                days, event.duration_exact = parse_duration_parts(prop.value)
                event.duration = days + event.duration_exact
            except ValueError as exc:
                self.problem(str(exc), prop.line)
        for prop in props.get("RRULE", ()):
            if not prop.value.strip():
                continue  # an empty RRULE (seen in exports) means no rule
            try:
                rule = parse_recur(prop.value)
            except (ValueError, KeyError) as exc:
                self.problem(f"bad RRULE {prop.value!r}: {exc}", prop.line)
                continue
            if rule not in event.rrules:
                event.rrules.append(rule)
        for prop in props.get("EXDATE", ()):
            try:
                event.exdates.extend(self.times(prop))
            except ValueError as exc:
                self.problem(f"EXDATE: {exc}", prop.line)
        for prop in props.get("RDATE", ()):
            try:
                event.rdates.extend(self.periods(prop))
            except ValueError as exc:
                self.problem(f"RDATE: {exc}", prop.line)
        rid = props.get("RECURRENCE-ID")
        if rid:
            try:
                event.recurrence_id = self.time(rid[0])
                event.this_and_future = rid[0].params.get("RANGE", "").upper() == "THISANDFUTURE"
            except ValueError as exc:
                self.problem(f"RECURRENCE-ID: {exc}", rid[0].line)
                return None
        event.attendees = props.get("ATTENDEE", [])
        event.organizer = comp.first("ORGANIZER")
        return event

    # Times ---------------------------------------------------------------------------------

    def zone(self, prop: Prop) -> tzinfo | None:
        tzid = prop.params.get("TZID")
        if not tzid:
            return None
        tzid = tzid.strip().strip('"')
        zone = self.cal.timezones.get(tzid) or iana_zone(tzid)
        if zone is None and tzid not in self.unknown_tzids:
            self.unknown_tzids.add(tzid)
            self.cal.warnings.append(
                f"{self.cal.source}:{prop.line}: unknown TZID {tzid!r}: times read as floating")
        return zone

    def tz_name(self, prop: Prop) -> str | None:
        tzid = prop.params.get("TZID")
        if tzid:
            zone = self.zone(prop)
            key = getattr(zone, "key", None)
            return key or tzid.strip().strip('"')
        if prop.value.strip().upper().endswith("Z"):
            return getattr(self.cal.x_wr_timezone, "key", None) or "UTC"
        return getattr(self.cal.x_wr_timezone, "key", None)

    def one_time(self, value: str, is_date: bool, zone: tzinfo | None) -> Time:
        if is_date or "T" not in value.upper():
            return parse_date(value)
        dt, utc = parse_datetime(value)
        xwr = self.cal.x_wr_timezone
        if utc:
            aware = dt.replace(tzinfo=UTC)
            return aware.astimezone(xwr) if xwr is not None else aware
        if zone is not None:
            return dt.replace(tzinfo=zone)
        return dt.replace(tzinfo=xwr) if xwr is not None else dt

    def time(self, prop: Prop) -> Time:
        is_date = prop.params.get("VALUE", "").upper() == "DATE"
        return self.one_time(prop.value.strip(), is_date, self.zone(prop))

    def times(self, prop: Prop) -> list[Time]:
        is_date = prop.params.get("VALUE", "").upper() == "DATE"
        zone = self.zone(prop)
        return [self.one_time(v.strip(), is_date, zone) for v in prop.value.split(",") if v.strip()]

    def periods(self, prop: Prop) -> list[tuple[Time, Time | timedelta | None]]:
        is_date = prop.params.get("VALUE", "").upper() == "DATE"
        zone = self.zone(prop)
        out: list[tuple[Time, Time | timedelta | None]] = []
        for v in prop.value.split(","):
            v = v.strip()
            if not v:
                continue
            if "/" in v:
                a, _, b = v.partition("/")
                start = self.one_time(a, False, zone)
                b = b.strip()
                tail = parse_duration(b) if b[:1] in "P+-" else self.one_time(b, False, zone)
                out.append((start, tail))
            else:
                out.append((self.one_time(v, is_date, zone), None))
        return out
