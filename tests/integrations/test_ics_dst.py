"""No meeting ends before it starts: DST gaps and folds, in every zone style.

RFC 5545 3.8.5.3: a DTEND-defined duration is exact for every instance; 3.3.6: DURATION's hours
and minutes are exact, its days nominal. A wall time a spring-forward change skips is read with
the offset before the gap; a repeated one is its first occurrence. Each rule is checked for an
IANA TZID, a Windows zone name and a custom VTIMEZONE (a TZID no zone database knows), and a
property test expands generated years of events and asserts end > start for every instance.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from rapport_ics import expand, parse_calendar
from rapport_ics.tz import VTimezone

CUSTOM = """BEGIN:VTIMEZONE
TZID:Eastern (custom)
BEGIN:STANDARD
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
END:DAYLIGHT
END:VTIMEZONE
"""
STYLES = {"iana": "America/New_York", "windows": "Eastern Standard Time", "custom": "Eastern (custom)"}


def calendar(*events: str) -> bytes:
    body = "".join(events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n{CUSTOM}{body}END:VCALENDAR\r\n".replace(
        "\r\n", "\n").replace("\n", "\r\n").encode()


def event(uid: str, tzid: str, start: str, *, end: str | None = None, duration: str | None = None,
          rule: str = "FREQ=WEEKLY") -> str:
    tail = f"DTEND;TZID={tzid}:{end}\n" if end else f"DURATION:{duration}\n"
    rrule = f"RRULE:{rule}\n" if rule else ""
    return (f"BEGIN:VEVENT\nUID:{uid}\nDTSTAMP:20260101T000000Z\nDTSTART;TZID={tzid}:{start}\n{tail}{rrule}"
            f"SUMMARY:{uid}\nEND:VEVENT\n")


def instances(data: bytes, lo: str, hi: str) -> list:
    cal = parse_calendar(data, "dst.ics")
    return expand(cal, datetime.fromisoformat(lo), datetime.fromisoformat(hi), max_instances=10**6)


def on_spring_forward_day(weekly: str):
    """The one instance of a weekly event on Sunday 8 March 2026 (New York springs forward at 02:00)."""
    (m,) = instances(calendar(weekly), "2026-03-07T00:00:00+00:00", "2026-03-10T00:00:00+00:00")
    return m


def utc(t: datetime) -> datetime:
    return t.astimezone(UTC)


@pytest.mark.parametrize("style", STYLES)
def test_weekly_02_30_to_03_00_on_the_spring_forward_day(style):
    m = on_spring_forward_day(event("w", STYLES[style], "20260301T023000", end="20260301T030000"))
    assert (utc(m.start), utc(m.end)) == (datetime(2026, 3, 8, 7, 30, tzinfo=UTC), datetime(2026, 3, 8, 8, tzinfo=UTC))
    assert m.start.strftime("%H:%M") == "03:30" and m.end.strftime("%H:%M") == "04:00"  # shown as it really is


@pytest.mark.parametrize("style", STYLES)
def test_duration_pt60m_is_sixty_minutes_in_the_gap(style):
    m = on_spring_forward_day(event("d", STYLES[style], "20260301T023000", duration="PT60M"))
    assert utc(m.end) - utc(m.start) == timedelta(minutes=60)
    assert utc(m.start) == datetime(2026, 3, 8, 7, 30, tzinfo=UTC)


@pytest.mark.parametrize("style", STYLES)
def test_the_repeated_hour_on_the_fall_back_day(style):
    tzid = STYLES[style]
    data = calendar(event("f", tzid, "20261025T010000", end="20261025T020000"),
                    event("g", tzid, "20261025T013000", duration="PT45M"))
    found = {m.uid: m for m in instances(data, "2026-11-01T00:00:00+00:00", "2026-11-02T00:00:00+00:00")}
    f, g = found["f"], found["g"]
    # 01:00 is its first occurrence (EDT, 05:00Z); the hour-long meeting lasts an hour, not two.
    assert (utc(f.start), utc(f.end)) == (datetime(2026, 11, 1, 5, tzinfo=UTC), datetime(2026, 11, 1, 6, tzinfo=UTC))
    assert (utc(g.start), utc(g.end)) == (datetime(2026, 11, 1, 5, 30, tzinfo=UTC),
                                          datetime(2026, 11, 1, 6, 15, tzinfo=UTC))


@pytest.mark.parametrize("style", STYLES)
def test_a_nominal_day_keeps_the_wall_time_across_the_change(style):
    tzid = STYLES[style]
    (m,) = instances(calendar(event("n", tzid, "20260307T090000", duration="P1D", rule="")),
                     "2026-03-07T00:00:00+00:00", "2026-03-09T00:00:00+00:00")
    assert m.end.strftime("%H:%M") == "09:00" and utc(m.end) - utc(m.start) == timedelta(hours=23)


def test_a_single_event_starting_in_the_gap_keeps_its_written_length():
    (m,) = instances(calendar(event("s", "America/New_York", "20260308T023000", end="20260308T030000", rule="")),
                     "2026-03-08T00:00:00+00:00", "2026-03-09T00:00:00+00:00")
    assert utc(m.end) - utc(m.start) == timedelta(minutes=30)


def test_a_custom_vtimezone_agrees_with_the_zone_database_every_half_hour():
    custom, iana = parse_calendar(calendar(), "tz.ics").timezones["Eastern (custom)"], ZoneInfo("America/New_York")
    assert isinstance(custom, VTimezone)
    t = datetime(2026, 1, 1, tzinfo=UTC)
    while t.year == 2026:
        mine, theirs = t.astimezone(custom), t.astimezone(iana)
        assert (mine.replace(tzinfo=None), mine.fold, mine.utcoffset()) == \
            (theirs.replace(tzinfo=None), theirs.fold, theirs.utcoffset()), t
        assert mine.astimezone(UTC) == t  # a round trip through a repeated wall time comes back
        wall = theirs.replace(tzinfo=None)
        for fold in (0, 1):  # gap and repeated wall times read the same way by both
            assert wall.replace(tzinfo=custom, fold=fold).utcoffset() == wall.replace(tzinfo=iana, fold=fold).utcoffset()
        t += timedelta(minutes=30)
    gap = datetime(2026, 3, 8, 2, 30)
    assert gap.replace(tzinfo=custom).utcoffset() == timedelta(hours=-5)
    assert gap.replace(tzinfo=custom, fold=1).utcoffset() == timedelta(hours=-4)


TIMES = st.tuples(st.integers(1, 12), st.integers(1, 28), st.integers(0, 23), st.sampled_from([0, 15, 30, 45]))


@settings(max_examples=30, deadline=None)
@given(style=st.sampled_from(sorted(STYLES)),
       events=st.lists(st.tuples(TIMES, st.sampled_from(["end", "duration"]), st.integers(1, 36 * 4),
                                 st.sampled_from(["FREQ=DAILY", "FREQ=WEEKLY", "FREQ=WEEKLY;INTERVAL=2", ""])),
                       min_size=1, max_size=6))
@example(style="custom", events=[((11, 1, 1, 15), "duration", 3, "")])  # found by this test: a
@example(style="iana", events=[((11, 1, 1, 15), "end", 3, "")])        # fall-back end sorted before its start
def test_every_instance_of_a_generated_year_ends_after_it_starts(style, events):
    tzid = STYLES[style]
    written = []
    lengths = {}
    for i, ((month, day, hour, minute), kind, quarters, rule) in enumerate(events):
        start = datetime(2026, month, day, hour, minute)
        minutes = quarters * 15
        if kind == "end":
            end = (start + timedelta(minutes=minutes)).strftime("%Y%m%dT%H%M%S")
            written.append(event(f"e{i}", tzid, start.strftime("%Y%m%dT%H%M%S"), end=end, rule=rule))
        else:
            written.append(event(f"e{i}", tzid, start.strftime("%Y%m%dT%H%M%S"), duration=f"PT{minutes}M", rule=rule))
            lengths[f"e{i}"] = timedelta(minutes=minutes)
    found = instances(calendar(*written), "2026-01-01T00:00:00+00:00", "2027-01-01T00:00:00+00:00")
    assert found
    for m in found:
        assert utc(m.end) > utc(m.start), (m.uid, m.start, m.end)
        if m.uid in lengths:
            assert utc(m.end) - utc(m.start) == lengths[m.uid], (m.uid, m.start, m.end)
