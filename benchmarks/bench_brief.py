"""How long `rapport brief --json` takes over a large store, next to a bare `rapport --help`.

Builds a store of 10,000 people and 200,000 memories (inserted through the store's own connection
in one transaction, FTS triggers included), a history of meetings, and a 5-attendee meeting served
by a tiny local calendar plugin in a hooks folder. Then runs both commands as whole processes,
several times each, and prints the medians and their ratio (target: brief <= 2x bare start-up).
Also prints SQLite's query plans for the queries a briefing makes, to show they use indexes.

Run: .venv/bin/python benchmarks/bench_brief.py [--people 10000] [--memories 200000] [--runs 7]
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

NOW = "2026-04-02T09:55:00+00:00"
CATEGORIES = ["pet", "family", "hobby", "work", "travel", "health", "milestone", "preference", "home", "other"]
WORDS = ("dog cat marathon cello jazz garden sourdough climbing Lisbon daughter school promotion move flat "
         "bakery chess novel pottery piano choir bike trail surgery wedding exam puppy balcony").split()

CALENDAR_PLUGIN = '''
from datetime import datetime, timedelta
from rapport_plugins import hookimpl
from rapport_plugins.models import Attendee, Meeting

START = datetime.fromisoformat("2026-04-02T10:00:00+00:00")


@hookimpl
def rapport_calendar_events(window, config):
    if not (window.start <= START < window.end):
        return []
    people = [Attendee(f"person{i}@example.org", f"Person {i}") for i in (11, 222, 3333, 4444, 9999)]
    return [Meeting(uid="bench-meeting", title="Quarterly review", start=START, end=START + timedelta(hours=1),
                    attendees=[Attendee("me@example.com", "Me"), *people], source="bench")]
'''


def build_store(home: Path, n_people: int, n_memories: int, seed: int = 7) -> float:
    """Fill a fresh store; return the seconds it took.

    One transaction and ``executemany`` over generators (rows are never all in memory at once);
    the FTS triggers index every memory, and the people search index and normalised names are
    filled as the store itself would fill them, so searches and lookups find people.
    """
    from rapport_plugins.store import SQLiteStore, name_norm, normalise

    rng = random.Random(seed)
    t0 = time.perf_counter()
    store = SQLiteStore(home / "rapport.db")
    db = store.db
    base = datetime(2026, 4, 2, tzinfo=UTC)
    created = base.isoformat()
    with store.transaction():
        db.execute("INSERT INTO people (id, name, name_norm, created_at, is_me) VALUES (0, 'Me', 'me', ?, 1)", (created,))
        db.execute("INSERT INTO person_keys (person_id, kind, value, norm) VALUES (0, 'email', 'me@example.com', "
                   "'me@example.com')")
        db.executemany(
            "INSERT INTO people (id, name, name_norm, created_at) VALUES (?, ?, ?, ?)",
            ((i, f"Person {i}", name_norm(f"Person {i}"), created) for i in range(1, n_people + 1)),
        )
        db.executemany(
            "INSERT INTO person_keys (person_id, kind, value, norm) VALUES (?, 'email', ?, ?)",
            ((i, f"person{i}@example.org", f"person{i}@example.org") for i in range(1, n_people + 1)),
        )
        db.execute("INSERT INTO people_fts (rowid, name, keys) SELECT p.id, p.name, "
                   "coalesce((SELECT group_concat(value, ' ') FROM person_keys k WHERE k.person_id = p.id), '') "
                   "FROM people p")
        sources: list[tuple[int, str, str, str]] = []

        def memories():
            for mid in range(1, n_memories + 1):
                pid = rng.randint(1, n_people)
                text = " ".join(rng.sample(WORDS, 4)) + f" {mid}"
                captured = (base - timedelta(days=rng.randint(0, 900))).isoformat()
                event = (base + timedelta(days=rng.randint(-60, 60))).date().isoformat() if rng.random() < 0.2 else None
                sens = rng.choices(["light", "personal", "sensitive"], [6, 3, 1])[0]
                sources.append((mid, "notes", f"notes/{mid}.md:1", captured))
                yield (mid, pid, text, normalise(text), rng.choice(CATEGORIES), sens, "notes", captured, event,
                       "open" if event else None)

        rows = memories()
        while True:  # in slices, so the sources of a slice follow it and nothing big is held
            batch = list(itertools.islice(rows, 50_000))
            if not batch:
                break
            db.executemany(
                "INSERT INTO memories (id, person_id, text, norm, category, sensitivity, source, captured_at, "
                "event_date, follow_up) VALUES (?,?,?,?,?,?,?,?,?,?)", batch)
            db.executemany("INSERT INTO memory_sources (memory_id, source, source_ref, added_at) VALUES (?,?,?,?)",
                           sources)
            sources.clear()

        def meetings():
            for k in range(n_people * 3):
                start = (base - timedelta(days=rng.randint(1, 700), hours=rng.randint(0, 8))).isoformat()
                key = f"m{k}@{start}"
                yield key, f"m{k}", "Catch-up", start, start, "bench", start, [rng.randint(1, n_people)
                                                                            for _ in range(rng.randint(1, 3))]

        planned = meetings()
        for chunk in iter(lambda: list(itertools.islice(planned, 50_000)), []):
            db.executemany("INSERT INTO meetings (key, uid, title, start, end, source, seen_at) VALUES (?,?,?,?,?,?,?)",
                           [m[:7] for m in chunk])
            db.executemany("INSERT OR IGNORE INTO meeting_people (meeting_key, person_id) VALUES (?,?)",
                           [(m[0], pid) for m in chunk for pid in m[7]])
    db.execute("ANALYZE")
    plans = {
        "memories of 5 people": ("SELECT * FROM memories WHERE person_id IN (?,?,?,?,?) AND review IN (?)",
                                 (11, 222, 3333, 4444, 9999, "kept")),
        "their sources": ("SELECT * FROM memory_sources WHERE memory_id IN (?,?)", (1, 2)),
        "attendee by email": ("SELECT person_id FROM person_keys WHERE kind='email' AND norm=?", ("x@y",)),
        "meetings with a person": ("SELECT m.key FROM meetings m JOIN meeting_people mp ON mp.meeting_key = m.key "
                                   "WHERE mp.person_id=? ORDER BY m.start DESC", (11,)),
        "rotation state": ("SELECT value FROM state WHERE key=?", ("person:1:last_question",)),
    }
    for name, (sql, args) in plans.items():
        plan = "; ".join(r[3] for r in db.execute("EXPLAIN QUERY PLAN " + sql, args))
        print(f"  plan, {name}: {plan}")
    store.close()
    return time.perf_counter() - t0


def in_process_build(home: Path, runs: int) -> float:
    """Median time of build_briefing itself, store already open (what start-up does not explain)."""
    from rapport_plugins.briefing import build_briefing
    from rapport_plugins.calendar import find_meeting
    from rapport_plugins.cli_common import App

    app = App(home=str(home))
    try:
        now = datetime.fromisoformat(NOW)
        meeting = find_meeting(app, at=now)
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            build_briefing(app, meeting, now=now)
            times.append(time.perf_counter() - t0)
    finally:
        app.close()
    return statistics.median(times)


def median_seconds(cmd: list[str], env: dict[str, str], runs: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - t0)
    return statistics.median(times), times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--memories", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    rapport = shutil.which("rapport", path=str(Path(sys.executable).parent)) or "rapport"
    home = Path(tempfile.mkdtemp(prefix="rapport-bench-"))
    try:
        (home / "hooks").mkdir()
        (home / "hooks" / "benchcal.py").write_text(CALENDAR_PLUGIN, encoding="utf-8")
        (home / "config.toml").write_text(
            '[me]\nname = "Me"\nemails = ["me@example.com"]\ninterests = ["jazz", "climbing"]\n\n'
            '[plugins]\nhooks_dir = "hooks"\n', encoding="utf-8")
        print(f"building a store of {args.people:,} people and {args.memories:,} memories ...")
        took = build_store(home, args.people, args.memories)
        size = (home / "rapport.db").stat().st_size / 1e6
        print(f"  built in {took:.1f} s ({size:.0f} MB)")
        env = {**os.environ, "RAPPORT_HOME": str(home), "RAPPORT_NOW": NOW}
        env.pop("RAPPORT_HOOKS_DIR", None)
        probe = subprocess.run([rapport, "brief", "--json"], env=env, capture_output=True, text=True, check=True)
        people = probe.stdout.count('"new_face"')
        print(f"  briefing covers {people} people, {len(probe.stdout):,} bytes of JSON")
        subprocess.run([rapport, "--help"], env=env, check=True, stdout=subprocess.DEVNULL)  # warm the OS cache
        engine = in_process_build(home, args.runs)
        print(f"build_briefing in-process  median {engine * 1000:7.1f} ms (the engine alone, no start-up)")
        bare, bare_all = median_seconds([rapport, "--help"], env, args.runs)
        brief, brief_all = median_seconds([rapport, "brief", "--json"], env, args.runs)
        print(f"rapport --help        median {bare * 1000:7.1f} ms  (runs: {', '.join(f'{t*1000:.0f}' for t in bare_all)})")
        print(f"rapport brief --json  median {brief * 1000:7.1f} ms  (runs: {', '.join(f'{t*1000:.0f}' for t in brief_all)})")
        ratio = brief / bare
        print(f"ratio brief / bare start-up: {ratio:.2f}x (target <= 2x) -> {'OK' if ratio <= 2 else 'OVER'}")
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
