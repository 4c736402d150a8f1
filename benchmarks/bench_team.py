"""The team store next to the embedded one: the same data in SQLite and in PostgreSQL, side by side.

Builds an export of N people and M memories written by 20 authors (in PostgreSQL each author is a
database role, so row-level security is in every query), imports it into both stores (timed),
then times what a briefing and the CLI ask of a store: memories of 1 and of 8 people, a search,
the first page of ``rapport people``; and 8 processes claiming the deliveries of a day of 500
meetings at once (claims per second, duplicates - must be 0). PostgreSQL is a throw-away cluster
started like the tests' (tests/pg_server.py). Figures are medians of several runs.

Run: .venv/bin/python benchmarks/bench_team.py [--people 10000] [--memories 200000] [--runs 7]
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

AUTHORS = 20
WORDS = ("dog cat marathon cello jazz garden sourdough climbing Lisbon daughter school promotion move flat "
         "bakery chess novel pottery piano choir bike trail surgery wedding exam puppy balcony").split()
CATEGORIES = ["pet", "family", "hobby", "work", "travel", "milestone", "preference", "home", "other"]


def build_export(people: int, memories: int, seed: int = 7) -> list[dict]:
    """One export per author: author i writes every memory whose number is i modulo 20."""
    rnd = random.Random(seed)
    per_author: list[dict] = [{"format": "rapport-export", "version": 1, "people": [], "meetings": [], "state": {}}
                              for _ in range(AUTHORS)]
    for pid in range(1, people + 1):
        for export in per_author:
            export["people"].append({"id": pid, "name": f"Person {pid:06d} {rnd.choice(WORDS).title()}",
                                     "emails": [f"p{pid}@example.org"], "aliases": [], "memories": []})
    for n in range(memories):
        pid = rnd.randrange(1, people + 1)
        text = f"{' '.join(rnd.sample(WORDS, 4))} {n}"
        sensitivity = rnd.choice(["light", "light", "light", "personal", "sensitive"])
        per_author[n % AUTHORS]["people"][pid - 1]["memories"].append(
            {"text": text, "category": rnd.choice(CATEGORIES), "sensitivity": sensitivity, "source": "import"})
    return per_author


def timed(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def _claimer(kind: str, target: str, meetings: int, out) -> None:
    store = open_store(kind, target, "author0")
    won = 0
    start = time.perf_counter()
    for n in range(meetings):
        if store.claim(f"delivered:meeting-{n}@2026-04-02:notes"):
            won += 1
    out.put((won, time.perf_counter() - start))
    store.close()


def open_store(kind: str, target: str, role: str | None = None):
    if kind == "sqlite":
        from rapport_plugins.store import SQLiteStore

        return SQLiteStore(target)
    from rapport_postgres.store import PostgresStore

    return PostgresStore(target.replace("user=rapport", f"user={role}") if role else target)


def time_queries(store, runs: int) -> dict[str, float]:
    """What a briefing and the CLI ask of a store, in milliseconds (medians)."""
    eight = list(range(100, 108))
    try:
        return {
            "memories of 1 person (ms)": timed(lambda: store.memories_for_many([1]), runs),
            "memories of 8 people (ms)": timed(lambda: store.memories_for_many(eight), runs),
            "search 'cello jazz' (ms)": timed(lambda: store.search("cello jazz", limit=50), runs),
            "people, first page (ms)": timed(lambda: list(store.people_page(50)), runs),
            "find person by email (ms)": timed(lambda: store.find_person("p77@example.org"), runs),
        }
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--memories", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--meetings", type=int, default=500)
    args = parser.parse_args()
    from pg_server import PostgresCluster, find_bin

    bindir = find_bin()
    if bindir is None:
        sys.exit("bench_team: PostgreSQL is not installed (tests/setup.d/postgres.sh installs it)")
    cluster = PostgresCluster(bindir).start()
    try:
        cluster.sql("CREATE DATABASE team")
        for i in range(AUTHORS):
            cluster.sql(f"CREATE ROLE author{i} LOGIN")
        targets = {"sqlite": str(Path(tempfile.mkdtemp()) / "rapport.db"), "postgres": cluster.dsn(dbname="team")}
        open_store("postgres", targets["postgres"]).close()  # the admin creates the schema
        exports = build_export(args.people, args.memories)
        rows: dict[str, dict[str, float]] = {"sqlite": {}, "postgres": {}}
        for kind, target in targets.items():
            start = time.perf_counter()
            if kind == "sqlite":
                store = open_store(kind, target)
                for export in exports:
                    store.import_data(export)
                store.close()
            else:
                for i, export in enumerate(exports):
                    s = open_store(kind, target, f"author{i}")
                    s.import_data(export)
                    s.close()
            rows[kind]["import (s)"] = time.perf_counter() - start
            rows[kind].update(time_queries(open_store(kind, target, "author0"), args.runs))
            ctx = multiprocessing.get_context("spawn")
            out = ctx.Queue()
            procs = [ctx.Process(target=_claimer, args=(kind, target, args.meetings, out)) for _ in range(8)]
            start = time.perf_counter()
            for p in procs:
                p.start()
            results = [out.get(timeout=600) for _ in procs]
            for p in procs:
                p.join()
            wall = time.perf_counter() - start
            won = sum(r[0] for r in results)
            rows[kind]["8 runs: claims/s"] = 8 * args.meetings / wall
            rows[kind]["8 runs: deliveries won"] = won
            rows[kind]["8 runs: duplicates"] = won - args.meetings
        print(f"{args.people:,} people, {args.memories:,} memories by {AUTHORS} authors; medians of {args.runs} runs")
        print(f"{'':32} {'SQLite':>12} {'PostgreSQL':>12}")
        for name in rows["sqlite"]:
            print(f"{name:32} {rows['sqlite'][name]:>12.1f} {rows['postgres'][name]:>12.1f}")
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
