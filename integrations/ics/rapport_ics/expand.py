"""Expand parsed events into the meetings that happen in a window.

The series rules follow RFC 5545 and, where RFC 5545 is silent, recurring-ical-events (the
oracle of the conformance corpus): per UID the master with the highest SEQUENCE wins, overrides
(RECURRENCE-ID) replace instances, RANGE=THISANDFUTURE moves later instances, DTSTART is always
an instance, date EXDATEs remove every instance on that day. Cancelled instances are omitted.
Iteration is lazy from the window start and stops at ``max_instances``, so an endless or
secondly rule cannot hang.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from rapport_plugins import Attendee, Meeting, describe

from .parser import Calendar, Event, Time
from .values import unescape_text

DEFAULT_STEPS = 200_000
CALENDAR_CAP_FACTOR = 10  # a calendar yields at most this many times max_instances


class ExpansionLimit(Exception):
    """One event needs more instances or steps than allowed: it is reported and cut."""


def _make_rule(rrule: Any, **kwargs: Any) -> Any:
    """dateutil's rrule without its warning about COUNT together with UNTIL (we add the UNTIL)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return rrule(**kwargs)


_FAST_FORWARD = {3: timedelta(days=1), 2: timedelta(weeks=1), 4: timedelta(hours=1),
                 5: timedelta(minutes=1), 6: timedelta(seconds=1)}  # dateutil freq -> period


def _is_dt(t: Any) -> bool:
    return isinstance(t, datetime)


def _to_dt(t: Time, tz: tzinfo | None) -> datetime:
    """Date -> midnight; naive -> given zone; aware stays (recurring-ical-events' convert_to_datetime)."""
    if not isinstance(t, datetime):
        t = datetime(t.year, t.month, t.day)
    if t.tzinfo is None:
        return t.replace(tzinfo=tz) if tz is not None else t
    if tz is None:
        return t.replace(tzinfo=None)
    return t


def _comparable(*times: Time) -> list[Time]:
    tz = next((t.tzinfo for t in times if _is_dt(t) and t.tzinfo is not None), None)
    if all(not _is_dt(t) for t in times):
        return list(times)
    return [_to_dt(t, tz) if tz is not None or not _is_dt(t) or t.tzinfo is None else t.replace(tzinfo=None)
            for t in times]


def rid_keys(t: Time) -> tuple[datetime, ...]:
    """Keys an instance start or RECURRENCE-ID is known by: UTC wall time and local wall time."""
    if not isinstance(t, datetime):
        return (datetime(t.year, t.month, t.day),)
    if t.tzinfo is None:
        return (t,)
    return (t.astimezone(UTC).replace(tzinfo=None), t.replace(tzinfo=None))


def _instants(*times: Time) -> list[Time]:
    """``times`` made comparable as instants: aware ones in UTC. (Python compares two datetimes
    that share a tzinfo by wall time alone, so 01:15 before a fall-back would sort after 01:00
    of the repeated hour.)"""
    return [t.astimezone(UTC) if _is_dt(t) and t.tzinfo is not None else t for t in _comparable(*times)]


def _in_span(span_start: Time, span_stop: Time, start: Time, end: Time) -> bool:
    span_start, span_stop, start, end = _instants(span_start, span_stop, start, end)
    if start == end:
        return span_start <= start < span_stop
    return start < span_stop and span_start < end


@dataclass(frozen=True)
class Length:
    """How long an event lasts, RFC 5545 style: nominal days (the same wall time n days later)
    plus exact time (elapsed, whatever a DST change does to the wall clock). A DTEND-defined
    length is exact (3.8.5.3); DURATION's weeks and days are nominal, its hours exact (3.3.6)."""

    days: timedelta = timedelta(0)
    exact: timedelta = timedelta(0)

    @property
    def approx(self) -> timedelta:
        return self.days + self.exact

    def after(self, start: Time) -> Time:
        end = start + self.days if self.days else start
        return _exact_add(end, self.exact) if self.exact else end

    @classmethod
    def of(cls, delta: timedelta) -> Length:
        """A PERIOD's duration (whole days nominal, the rest exact)."""
        sign = -1 if delta < timedelta(0) else 1
        delta = abs(delta)
        return cls(sign * timedelta(days=delta.days), sign * (delta - timedelta(days=delta.days)))


def _exact_add(t: Time, delta: timedelta) -> Time:
    """``t`` plus elapsed time: through UTC for an aware time (a wall-clock sum is wrong across a
    DST change), as wall time for a floating one."""
    if isinstance(t, datetime) and t.tzinfo is not None:
        return (t.astimezone(UTC) + delta).astimezone(t.tzinfo)
    return t + delta


def _between(start: Time, end: Time) -> Length:
    """The length from ``start`` to a written ``end`` (DTEND): exact elapsed time."""
    if not _is_dt(start) and not _is_dt(end):
        return Length(days=end - start)
    a, b = _comparable(start, end)
    if a.tzinfo is not None and b.tzinfo is not None:
        exact = b.astimezone(UTC) - a.astimezone(UTC)
        wall = b.replace(tzinfo=None) - a.replace(tzinfo=None)
        if exact <= timedelta(0) < wall:
            exact = wall  # DTSTART in a DST gap (read with the offset before it): keep the written length
        return Length(exact=exact)
    return Length(exact=b - a)


def _length(event: Event) -> Length:
    if event.end is not None:
        return _between(event.start, event.end)
    if event.duration is not None:
        return Length(event.duration - event.duration_exact, event.duration_exact)
    return Length(days=timedelta(days=1)) if not _is_dt(event.start) else Length()


def _span(event: Event) -> tuple[Time, Time]:
    start = event.start
    length = _length(event)
    if event.end is None and length.exact and not _is_dt(start):
        start = datetime(start.year, start.month, start.day)
    if _is_dt(start) and start.tzinfo is not None and (event.end is None or _is_dt(event.end)):
        end = length.after(start)  # exact: an end in or across a DST change is still after the start
    elif event.end is not None:
        end = event.end
    else:
        end = length.after(start)
    a, b = _instants(start, end)
    return (end, start) if a > b else (start, end)


class Series:
    """All components of one UID: the master (if any) and its overrides."""

    def __init__(self, events: list[Event]):
        self.core: Event | None = None
        self.mods: dict[datetime, Event] = {}
        self.future: list[tuple[datetime, Event]] = []
        for ev in events:
            if ev.recurrence_id is not None:
                keys = rid_keys(ev.recurrence_id)
                for k in keys:
                    old = self.mods.get(k)
                    if old is None or ev.sequence > old.sequence:
                        self.mods[k] = ev
                if ev.this_and_future:
                    self.future.append((keys[0], ev))
            elif self.core is None or ev.sequence > self.core.sequence:
                self.core = ev
        self.future.sort(key=lambda p: p[0])
        self.modifications = list({id(e): e for e in self.mods.values()}.values())
        if self.core is not None:
            self._prepare_core(self.core)

    def _prepare_core(self, core: Event) -> None:
        from dateutil.rrule import rrule

        self.orig_start, self.orig_end = _span(core)
        rdate_starts = [r[0] for r in core.rdates]
        everything = [self.orig_start, self.orig_end, *core.exdates, *rdate_starts]
        self.tz = next((t.tzinfo for t in everything if _is_dt(t) and t.tzinfo is not None), None)
        self.all_dates = not any(_is_dt(t) for t in everything)
        self.start = _to_dt(self.orig_start, self.tz)
        self.end = _to_dt(self.orig_end, self.tz)
        self.length = _length(core) if _is_dt(self.orig_start) == _is_dt(self.orig_end) else \
            _between(self.start, self.end)
        if self.length.approx < timedelta(0):
            self.length = _between(self.start, self.end)
        self.duration = self.length.approx  # for window margins only; instances use self.length
        self.ex_dates = {e for e in core.exdates if not _is_dt(e)}
        self.ex_keys: set[Any] = set()
        for e in core.exdates:
            self.ex_keys.update(rid_keys(e))
            self.ex_keys.add(_to_dt(e, self.tz))
        self.rdates: list[datetime] = []
        self.replace_ends: dict[datetime, Length] = {}
        for start, tail in core.rdates:
            s = _to_dt(start, self.tz)
            self.rdates.append(s)
            if tail is not None:
                length = Length.of(tail) if isinstance(tail, timedelta) else _between(s, _to_dt(tail, self.tz))
                for k in rid_keys(start):
                    self.replace_ends[k] = length
        self.rules: list[tuple[dict[str, Any], datetime | None, datetime | None, timedelta | None]] = []
        last_until: datetime | None = None
        for kwargs in core.rrules:
            kwargs = dict(kwargs)
            raw_until = kwargs.pop("until", None)
            if kwargs.get("count", 1) <= 0:
                kwargs.pop("count")
            until, check = self._until(raw_until)
            kwargs["_dtstart"] = self.start
            self.rules.append((kwargs, until, check, _FAST_FORWARD.get(kwargs["freq"])))
            if check is not None and (last_until is None or check > last_until):
                last_until = check
        self.include_start = last_until is None or not self.start > last_until
        self.recurring = bool(core.rrules or core.rdates)
        self._rrule = rrule

    def _until(self, raw: Any) -> tuple[datetime | None, datetime | None]:
        """UNTIL made comparable with DTSTART: (limit for dateutil, limit for filtering)."""
        if raw is None:
            return None, None
        tz = self.tz
        if raw[0] == "date":
            d = raw[1]
            naive = datetime(d.year, d.month, d.day)
            if tz is None:
                return naive, naive
            return naive.replace(tzinfo=UTC), naive.replace(tzinfo=tz)
        dt, utc = raw[1], raw[2]
        if self.all_dates:
            naive = datetime(dt.year, dt.month, dt.day)
            return (naive, naive) if utc else (dt, dt)
        if tz is None:
            return dt, dt
        if utc:
            aware = dt.replace(tzinfo=UTC)
            return aware, aware
        return dt.replace(tzinfo=UTC), dt.replace(tzinfo=tz)

    def core_starts(self, lo: datetime, hi: datetime, limit: int,
                    max_steps: int = DEFAULT_STEPS) -> Iterator[datetime]:
        """Instance starts of the master in [lo, hi], lazily; more than ``limit - 1`` instances
        of one rule, or a rule too costly to reach the window, raise :class:`ExpansionLimit`."""
        if self.include_start and lo <= self.start <= hi:
            yield self.start
        for r in self.rdates:
            if lo <= r <= hi:
                yield r
        for kwargs, until, check, period in self.rules:
            kwargs, dtstart = self._from_window(kwargs, period, lo)
            if kwargs is None:
                continue  # a counted rule that ended before the window
            if until is not None and until.tzinfo is not None and dtstart.tzinfo is None:
                until = until.replace(tzinfo=None)
            # Never iterate past the window: an impossible or endless rule ends at ``hi``
            # instead of at year 9999 (dateutil walks day by day until then).
            if until is None or until > hi:
                until = hi.replace(tzinfo=None) if dtstart.tzinfo is None else hi
            if "count" in kwargs and self._steps_before(kwargs, dtstart, lo, period) > max_steps:
                raise ExpansionLimit(
                    f"COUNT rule needs more than {max_steps} steps to reach the window "
                    f"(raise [limits] expand_steps to expand it)")
            rule = _make_rule(self._rrule, dtstart=dtstart, until=until, cache=False, **kwargs)
            n = 0
            for s in rule.xafter(lo, inc=True):
                if s > hi:
                    break
                if check is not None and s > check:
                    break
                n += 1
                if n >= limit:
                    raise ExpansionLimit(f"more than {limit - 1} instances in the window; "
                                         f"this event is cut there (raise [ics] max_instances)")
                yield s

    @staticmethod
    def _from_window(kwargs: dict[str, Any], period: timedelta | None,
                     lo: datetime) -> tuple[dict[str, Any] | None, datetime]:
        """Start the rule near the window, not at DTSTART (a secondly rule from 2020 is 10^8 steps).

        Whole periods before the window are skipped (wall-clock steps, as dateutil takes them, so
        alignment is kept); a COUNT is reduced by the instances skipped, which is exact for rules
        with one instance per period (no BY parts).
        """
        dtstart = kwargs["_dtstart"]
        kwargs = {k: v for k, v in kwargs.items() if k != "_dtstart"}
        if period is None or lo <= dtstart:
            return kwargs, dtstart
        simple = not any(k.startswith("by") for k in kwargs)
        if "count" in kwargs and not simple:
            return kwargs, dtstart
        step = period * kwargs.get("interval", 1)
        skip = (lo.replace(tzinfo=None) - dtstart.replace(tzinfo=None)) // step - 1
        if skip <= 0:
            return kwargs, dtstart
        if "count" in kwargs:
            if skip >= kwargs["count"]:
                return None, dtstart
            kwargs["count"] -= skip
        return kwargs, dtstart + step * skip

    @staticmethod
    def _steps_before(kwargs: dict[str, Any], dtstart: datetime, lo: datetime, period: timedelta | None) -> float:
        """How many periods dateutil must walk from DTSTART to the window (about)."""
        if lo <= dtstart:
            return 0
        gap = lo.replace(tzinfo=None) - dtstart.replace(tzinfo=None)
        unit = period or timedelta(days=28 if kwargs["freq"] == 1 else 365)
        if any(k.startswith("by") for k in kwargs) and unit < timedelta(days=1):
            unit = timedelta(days=1)  # filtered sub-daily rules are skipped a day at a time
        return gap / (unit * kwargs.get("interval", 1))

    def component_for(self, key: datetime) -> Event:
        comp = self.core
        for k, ev in self.future:
            if k < key:
                comp = ev
            else:
                break
        assert comp is not None
        return comp


def _span_for(series: Series, ws: datetime, we: datetime, floating_tz: tzinfo | None) -> tuple[datetime, datetime]:
    """The window in the series' own terms (its zone, or floating wall time)."""
    if series.tz is not None:
        return _in_zone(ws, series.tz), _in_zone(we, series.tz)
    return _floating(ws, floating_tz), _floating(we, floating_tz)


def _in_zone(t: datetime, tz: tzinfo) -> datetime:
    return t.replace(tzinfo=tz) if t.tzinfo is None else t.astimezone(tz)


def _floating(t: datetime, floating_tz: tzinfo | None) -> datetime:
    if t.tzinfo is None:
        return t
    return (t.astimezone(floating_tz) if floating_tz is not None else t).replace(tzinfo=None)


def _window_for(t: Time, ws: datetime, we: datetime, floating_tz: tzinfo | None) -> tuple[datetime, datetime]:
    if _is_dt(t) and t.tzinfo is not None:
        return ws, we
    return _floating(ws, floating_tz), _floating(we, floating_tz)


def expand(
    calendar: Calendar,
    window_start: datetime,
    window_end: datetime,
    *,
    max_instances: int = 10000,
    warn: Callable[[str], None] | None = None,
    floating_tz: tzinfo | None = None,
    include_cancelled: bool = False,
    max_steps: int = DEFAULT_STEPS,
) -> list[Meeting]:
    """Meetings of ``calendar`` overlapping [window_start, window_end), sorted by start.

    A naive window is floating: it is read in each event's own zone. Floating event times stay
    naive unless ``floating_tz`` is given (then they are read in that zone). At most
    ``max_instances`` instances are taken from one event (a secondly rule cannot crowd out the
    rest of the calendar), and at most ten times that from the calendar; ``warn`` hears about
    each cut. An event that raises anything while expanding is skipped and reported with its
    line; ``max_steps`` bounds the work to reach the window for a COUNT rule.
    """
    groups: dict[Any, list[Event]] = {}
    for ev in calendar.events:
        groups.setdefault(ev.uid if ev.uid is not None else id(ev), []).append(ev)
    found: list[tuple[Event, Time, Time, str | None]] = []
    limit = max_instances + 1
    say = warn or (lambda _message: None)
    for events in groups.values():
        if len(events) == 1 and not (events[0].rrules or events[0].rdates or events[0].recurrence_id):
            ev = events[0]  # a single event: no series machinery needed, unless start and end mix kinds
            try:
                s, e = _span(ev)
                if _is_dt(s) == _is_dt(e) and (not _is_dt(s) or (s.tzinfo is None) == (e.tzinfo is None)):
                    if _in_span(*_window_for(s, window_start, window_end, floating_tz), s, e):
                        found.append((ev, s, e, None))
                    continue
            except (ValueError, OverflowError, TypeError):
                pass  # the series path below reports it with its line
        found.extend(_instances_of(events, calendar.source, window_start, window_end, floating_tz,
                                   limit, max_steps, say))
    meetings = []
    for ev, s, e, rid in found:
        if include_cancelled or ev.status != "cancelled":
            try:
                meeting = _meeting(ev, s, e, rid, calendar, floating_tz)
                _sort_key(meeting.start, floating_tz)
            except Exception as exc:  # noqa: BLE001 - e.g. a time that cannot be placed on the UTC axis
                say(f"{calendar.source}:{ev.line}: event skipped: {describe(exc)}")
                continue
            meetings.append(meeting)
    meetings.sort(key=lambda m: (_sort_key(m.start, floating_tz), m.uid))
    total_cap = max_instances * CALENDAR_CAP_FACTOR
    if len(meetings) > total_cap:
        say(f"{calendar.source}: more than {total_cap} meetings between "
            f"{window_start.isoformat()} and {window_end.isoformat()}; only the first {total_cap} kept")
        meetings = meetings[:total_cap]
    return meetings


def _instances_of(events: list[Event], source: str, ws: datetime, we: datetime, floating_tz: tzinfo | None,
                  limit: int, max_steps: int, say: Callable[[str], None]) -> list[tuple[Event, Time, Time, str | None]]:
    """The instances of one UID's series; whatever one series raises costs that series only.

    Too many instances keep the first ``limit - 1`` (reported); any other error drops the series
    (reported with its line) and every other event of the calendar still arrives.
    """
    got: list[tuple[Event, Time, Time, str | None]] = []
    where = f"{source}:{min(e.line for e in events)}"
    try:
        series = Series(events)
        for item in _series_instances(series, ws, we, floating_tz, limit, max_steps):
            got.append(item)
    except ExpansionLimit as exc:
        say(f"{where}: {exc}")
    except Exception as exc:  # noqa: BLE001 - a hostile rule must not turn the calendar off
        say(f"{where}: event skipped: {describe(exc)}")
        return []
    return got


def _series_instances(series: Series, ws: datetime, we: datetime, floating_tz: tzinfo | None,
                      limit: int, max_steps: int = DEFAULT_STEPS) -> Iterator[tuple[Event, Time, Time, str | None]]:
    returned_mods: set[int] = set()
    if series.core is not None:
        core = series.core
        span_start, span_stop = _span_for(series, ws, we, floating_tz)
        before = series.duration
        after = timedelta(0)
        for _k, ev in series.future:
            s, e = _span(ev)
            s, e = _to_dt(s, series.tz), _to_dt(e, series.tz)
            shift = s - _to_dt(ev.recurrence_id, series.tz)  # later instances move by this much
            before = max(before, max(shift, timedelta(0)) + _between(s, e).approx)
            after = max(after, -shift)
        if series.replace_ends:
            before = max(before, *(length.approx for length in series.replace_ends.values()))
        lo = span_start - before
        hi = span_stop + after
        seen: set[datetime] = set()
        for start in series.core_starts(lo, hi, limit, max_steps):
            if start in seen:
                continue
            keys = rid_keys(start)
            if (series.ex_dates and start.date() in series.ex_dates) or series.ex_keys.intersection(keys):
                continue
            mod = None
            for k in keys:
                mod = series.mods.get(k, mod)
            if mod is None:
                seen.add(start)
                comp = series.component_for(keys[0])
                if comp is core:
                    s, length = start, series.length
                else:
                    cs, ce = _span(comp)
                    cs, ce = _to_dt(cs, series.tz), _to_dt(ce, series.tz)
                    s = start + (cs - _to_dt(comp.recurrence_id, series.tz))
                    length = _between(cs, ce)
                for k in keys:
                    length = series.replace_ends.get(k, length)
                e = length.after(s)
                if series.all_dates or (not _is_dt(series.orig_start) and not _is_dt(series.orig_end)):
                    s_out: Time = s.date()
                    e_out: Time = e.date()
                else:
                    s_out, e_out = s, e
                if _in_span(span_start, span_stop, s_out, e_out):
                    rid = _iso(start, series.all_dates) if series.recurring else None
                    yield comp, s_out, e_out, rid
            else:
                if id(mod) in returned_mods:
                    continue
                returned_mods.add(id(mod))
                s, e = _span(mod)
                if _in_span(*_window_for(s, ws, we, floating_tz), s, e):
                    yield mod, s, e, _iso(mod.recurrence_id, False)
    for mod in series.modifications:
        if id(mod) in returned_mods:
            continue
        if series.core is not None:
            if series.ex_keys.intersection(rid_keys(mod.recurrence_id)):
                continue
            if _skip_core_modification(series, mod, floating_tz):
                continue
        s, e = _span(mod)
        if _in_span(*_window_for(s, ws, we, floating_tz), s, e):
            returned_mods.add(id(mod))
            yield mod, s, e, _iso(mod.recurrence_id, False)


def _skip_core_modification(series: Series, mod: Event, floating_tz: tzinfo | None) -> bool:
    """An outdated override that carries its own RRULE and no longer matches the master's rule."""
    if not mod.rrules or series.core is None or mod.sequence >= series.core.sequence:
        return False
    keys = set(rid_keys(mod.recurrence_id))
    rid = mod.recurrence_id
    day = datetime(rid.year, rid.month, rid.day) if _is_dt(rid) else datetime(rid.year, rid.month, rid.day)
    lo, hi = _to_dt(day, series.tz), _to_dt(day + timedelta(days=1), series.tz)
    for start in series.core_starts(lo - series.duration, hi, 10000):
        skeys = rid_keys(start)
        if (series.ex_dates and start.date() in series.ex_dates) or series.ex_keys.intersection(skeys):
            continue
        if keys.intersection(skeys):
            return False
    return True


def _iso(t: Time, all_dates: bool) -> str:
    if all_dates and _is_dt(t):
        return t.date().isoformat()
    return t.isoformat()


def _sort_key(t: Time, floating_tz: tzinfo | None) -> float:
    if not _is_dt(t):
        t = datetime(t.year, t.month, t.day)
    if t.tzinfo is None:
        t = t.replace(tzinfo=floating_tz or UTC)
    return t.timestamp()


# Meetings ---------------------------------------------------------------------------------

def _address(value: str) -> str | None:
    v = value.strip()
    if v.lower().startswith("mailto:"):
        v = v[7:]
    return v or None


def attendee_from(prop: Any, organizer: bool = False) -> Attendee:
    """An Attendee from an ATTENDEE/ORGANIZER property (mailto: address, CN, PARTSTAT, CUTYPE)."""
    params = prop.params
    cn = params.get("CN")
    return Attendee(
        email=_address(prop.value),
        name=unescape_text(cn).strip() or None if cn else None,
        response=params.get("PARTSTAT", "").lower() or None,
        is_resource=params.get("CUTYPE", "").upper() in ("ROOM", "RESOURCE"),
        organizer=organizer,
    )


def _people_of(ev: Event) -> tuple[list[Attendee], Attendee | None]:
    """The event's attendees and organiser, parsed once per event and shared by all its instances
    (a daily series over a year would otherwise parse the same guest list 365 times)."""
    if ev.people is None:
        ev.people = ([attendee_from(p) for p in ev.attendees],
                     attendee_from(ev.organizer, organizer=True) if ev.organizer is not None else None)
    return ev.people


def _meeting(ev: Event, start: Time, end: Time, rid: str | None, cal: Calendar,
             floating_tz: tzinfo | None) -> Meeting:
    if floating_tz is not None:
        if _is_dt(start) and start.tzinfo is None:
            start = start.replace(tzinfo=floating_tz)
        if _is_dt(end) and end.tzinfo is None:
            end = end.replace(tzinfo=floating_tz)
    all_day = not _is_dt(start)
    attendees, organizer = _people_of(ev)
    if _is_dt(start) and start.tzinfo is not None:
        start = start.astimezone(UTC).astimezone(start.tzinfo)  # 02:30 in a spring-forward gap is 03:30
    return Meeting(
        uid=ev.uid or "",
        title=ev.summary,
        start=start,
        end=end,
        attendees=list(attendees),
        organizer=organizer,
        location=ev.location,
        description=ev.description,
        source=f"ics:{cal.source}",
        all_day=all_day,
        status=ev.status or "confirmed",
        recurrence_id=rid,
        timezone=ev.tzid,
        extra=_extra(ev, cal),
    )


def _extra(ev: Event, cal: Calendar) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    if ev.sequence >= 0:
        extra["sequence"] = ev.sequence
    if cal.name:
        extra["calendar"] = cal.name
    return extra
