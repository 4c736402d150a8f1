"""Differential test: random windows over the corpus, rapport-ics vs recurring-ical-events live.

The corpus oracle checks one three-year window per calendar; briefings ask for short windows,
often time-zone aware, that start and end anywhere. Here each calendar gets seeded random day,
week and month windows (floating and aware) and both libraries must list the same instances.
The oracle versions are pinned in rapport-ics's [test] extra (the corpus's own versions).
"""

from __future__ import annotations

import random
import zlib
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar  # pinned in rapport-ics[test]
import pytest
import recurring_ical_events

from rapport_ics import expand, parse_calendar

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "ics-corpus"
NAMES = sorted(
    p.name for p in (CORPUS / "calendars").glob("*.ics")
    if p.stat().st_size < 200_000 and p.name != "bad_rrule_missing_until_event.ics"
) if CORPUS.is_dir() else []
ZONES = ["UTC", "Europe/Berlin", "America/Los_Angeles", "Asia/Tokyo"]


def _first_start(data: bytes) -> datetime | None:
    cal = parse_calendar(data, "x")
    starts = [e.start for e in cal.events]
    if not starts:
        return None
    return min(datetime(s.year, s.month, s.day) for s in starts)


def _theirs(ical, ws, we) -> set[tuple[str, str, str]]:
    out = set()
    for ev in recurring_ical_events.of(ical).between(ws, we):
        s = ev["DTSTART"].dt
        e = ev["DTEND"].dt if "DTEND" in ev else s
        out.add((str(ev.get("UID", "")), s.isoformat(), e.isoformat()))
    return out


@pytest.mark.parametrize("name", NAMES)
def test_random_windows_agree_with_recurring_ical_events(name):
    data = (CORPUS / "calendars" / name).read_bytes()
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
        assert mine == _theirs(ical, ws, we), f"{name}: window {ws} .. {we}"
