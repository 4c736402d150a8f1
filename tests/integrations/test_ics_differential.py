"""Differential test: random windows over the corpus, rapport-ics vs recurring-ical-events live.

The corpus oracle checks one three-year window per calendar; briefings ask for short windows,
often time-zone aware, that start and end anywhere. Here each calendar gets seeded random day,
week and month windows (floating and aware) and both libraries must list the same instances.
The corpus and the oracle are the installed recurring-ical-events (pinned in rapport-ics's [test]
extra, see ics_corpus.py).
"""

from __future__ import annotations

import random
import zlib
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar  # pinned in rapport-ics[test]
import pytest
from ics_corpus import CALENDARS, instances, read

from rapport_ics import expand, parse_calendar

NAMES = sorted(
    p.name for p in CALENDARS.glob("*.ics")
    if p.stat().st_size < 200_000 and p.name != "bad_rrule_missing_until_event.ics"
)
ZONES = ["UTC", "Europe/Berlin", "America/Los_Angeles", "Asia/Tokyo"]


def _first_start(data: bytes) -> datetime | None:
    cal = parse_calendar(data, "x")
    starts = [e.start for e in cal.events]
    if not starts:
        return None
    return min(datetime(s.year, s.month, s.day) for s in starts)


@pytest.mark.parametrize("name", NAMES)
def test_random_windows_agree_with_recurring_ical_events(name):
    data = read(name)
    first = _first_start(data)
    if first is None:
        assert parse_calendar(data, name).events == []
        return
    cal = parse_calendar(data, name)
    ical = icalendar.Calendar.from_ical(data)
    rnd = random.Random(zlib.crc32(name.encode()))
    for k in range(6):
        ws = first + timedelta(days=rnd.randrange(0, 1000), hours=rnd.randrange(24))
        we = ws + timedelta(days=rnd.choice([1, 7, 31]))
        if k % 2:
            zone = ZoneInfo(rnd.choice(ZONES))
            ws, we = ws.replace(tzinfo=zone), we.replace(tzinfo=zone)
        mine = {(m.uid, m.start.isoformat(), m.end.isoformat())
                for m in expand(cal, ws, we, include_cancelled=True, max_instances=10**6)}
        assert mine == set(instances(ical, ws, we)), f"{name}: window {ws} .. {we}"
