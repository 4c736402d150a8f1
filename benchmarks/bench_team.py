"""The team store next to the embedded one, at 10,000 and 100,000 people: the same data in SQLite
and in PostgreSQL, measured side by side in one run as whole ``rapport`` processes.

Data: bench_store.py's SQLite store (N people, 20 N memories, 3 N past meetings; built once and
cached under ~/.cache/rapport-bench) is loaded into PostgreSQL with COPY, each memory written by
one of 20 authors (database roles author0..author19: row-level security is in every query, light
memories shared, the rest private). The cluster is kept under /tmp/rapport-bench-pg (``--pg-cache``)
and only started again on the next run. Both homes use one calendar plugin in a hooks folder.

Measured on each store, as author0 (who sees their own memories and the others' light ones):
- ``rapport brief --json`` for a 1:1 and for an 8-person meeting; ``rapport search jazz``;
  ``rapport people`` (the first page); next to ``rapport --help`` (start-up alone);
- ``rapport import`` of a new member's export (1,000 people, half of them already in the store,
  and 10,000 memories) into the full store (then removed again);
- 8 ``rapport run`` processes at once over a day of 500 meetings (each with 1-8 people):
  deliveries per second and duplicates (must be 0), counted by a sink plugin that logs each one.
Medians of ``--runs`` runs; the growth from the small store to the large one. Asserts nothing.

Run: .venv/bin/python benchmarks/bench_team.py [--sizes 10000,100000] [--runs 5] [--rebuild]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]

from bench_store import cached_store  # noqa: E402

AUTHORS = 20
PG_GENERATOR = 1  # bump when build_postgres changes what it builds
DAY = "2026-04-02T00:00:00+00:00"
NOW = "2026-04-03T09:55:00+00:00"  # the briefed 1:1 and 8-person meeting are the next day
HOOKS = {
    "benchcal.py": '''
"""The benchmark's calendar: a day of 500 meetings, and the next morning a 1:1 and an 8-person meeting."""
import os
import random
from datetime import datetime, timedelta

from rapport_plugins import hookimpl
from rapport_plugins.models import Attendee, Meeting

PEOPLE = int(os.environ["BENCH_PEOPLE"])
DAY = datetime.fromisoformat("2026-04-02T00:00:00+00:00")
ME = Attendee("me@example.com", "Me")


def person(i):
    return Attendee(f"person{i}@example.org", f"Person {i}")


def meeting(uid, title, start, ids):
    return Meeting(uid=uid, title=title, start=start, end=start + timedelta(minutes=30),
                   attendees=[ME, *(person(i) for i in ids)], source="benchday")


rng = random.Random(11)
MEETINGS = [meeting(f"day-{k}", f"Meeting {k}", DAY + timedelta(seconds=k * 86400 // 500),
                    rng.sample(range(1, PEOPLE + 1), rng.randint(1, 8))) for k in range(500)]
MEETINGS.append(meeting("one-on-one", "1:1", DAY + timedelta(days=1, hours=10), [PEOPLE // 3]))
MEETINGS.append(meeting("eight", "Planning", DAY + timedelta(days=1, hours=11),
                        [PEOPLE // 9 * k + 7 for k in range(1, 9)]))


@hookimpl
def rapport_calendar_events(window, config):
    return [m for m in MEETINGS if window.start <= m.start < window.end]
''',
    "benchsink.py": '''
"""The benchmark's sink: one line per delivered briefing (O_APPEND: lines never interleave)."""
import os

from rapport_plugins import hookimpl


@hookimpl
def rapport_deliver_briefing(meeting, briefing, config):
    fd = os.open(os.environ["BENCH_SINK_LOG"], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, f"{meeting.key}\\n".encode())
    finally:
        os.close(fd)
    return "bench log"
''',
}


# -- building the stores ---------------------------------------------------------------------------
def pg_cluster(cache: Path, people: int, memories: int, sqlite_db: Path, rebuild: bool):
    """The cached PostgreSQL cluster holding the team database ``team`` for this size, started."""
    from pg_server import PostgresCluster, find_bin

    bindir = find_bin()
    if bindir is None:
        sys.exit("bench_team: PostgreSQL is not installed (tests/setup.d/postgres.sh installs it)")
    from rapport_postgres.store import SCHEMA_VERSION

    folder = cache / f"team-{people}-{memories}-schema{SCHEMA_VERSION}-gen{PG_GENERATOR}"
    built = folder / "built.json"
    if rebuild or not built.exists():
        shutil.rmtree(folder, ignore_errors=True)
    cluster = PostgresCluster(bindir, directory=folder).start()
    if built.exists():
        return cluster, json.loads(built.read_text(encoding="utf-8"))
    try:
        print(f"  loading {people:,} people / {memories:,} memories into PostgreSQL (COPY; kept in {folder}) ...",
              flush=True)
        took = build_postgres(cluster, sqlite_db)
        size = int(cluster.sql("SELECT pg_database_size('team')", dbname="team")[0][0])
    except BaseException:
        cluster.stop()
        raise
    built.write_text(json.dumps({"seconds": took, "bytes": size}), encoding="utf-8")
    print(f"  loaded in {took:.0f} s ({size / 1e6:.0f} MB)", flush=True)
    return cluster, {"seconds": took, "bytes": size}


def build_postgres(cluster, sqlite_db: Path) -> float:
    """Copy the SQLite store into a fresh team database with COPY; every memory gets one of
    AUTHORS authors (its id modulo AUTHORS) and is shared when light, as the store would."""
    import psycopg

    from rapport_plugins import storekit
    from rapport_postgres.store import PostgresStore

    t0 = time.perf_counter()
    cluster.sql("CREATE DATABASE team")
    for role in [f"author{i}" for i in range(AUTHORS)] + ["newcomer"]:
        cluster.sql(f"CREATE ROLE {role} LOGIN")
    admin = cluster.dsn(dbname="team")
    PostgresStore(admin).close()  # the schema, as the team's admin creates it
    src = sqlite3.connect(f"file:{sqlite_db}?mode=ro", uri=True)
    with psycopg.connect(admin) as conn:
        # Secondary indexes are built once at the end rather than kept up row by row.
        indexes = conn.execute("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' "
                               "AND indexdef NOT LIKE 'CREATE UNIQUE%'").fetchall()
        for name, _ in indexes:
            conn.execute(f"DROP INDEX {name}")

        def copy(table: str, columns: str, rows) -> None:
            with conn.cursor().copy(f"COPY {table} ({columns}) FROM STDIN") as out:
                for row in rows:
                    out.write_row(row)

        # The generator's user is person 0; ids start at 1 in PostgreSQL: the user moves to the end.
        me = src.execute("SELECT max(id) + 1 FROM people").fetchone()[0]
        pid = f"CASE WHEN id = 0 THEN {me} ELSE id END"
        copy("people", "id, name, name_norm, created_at, card_uid, note_ref, org, title, me_role",
             src.execute(f"SELECT {pid}, name, name_norm, created_at, card_uid, note_ref, org, title, "
                         "CASE WHEN is_me THEN 'author0' END FROM people"))
        copy("person_keys", "person_id, kind, value, norm",
             src.execute(f"SELECT {pid.replace('id', 'person_id')}, kind, value, norm FROM person_keys"))
        conn.execute("CREATE TEMP TABLE people_docs (id BIGINT PRIMARY KEY, doc TEXT)")
        copy("people_docs", "id, doc", ((i, storekit.normalise(f"{name} {keys or ''}")) for i, name, keys in src.execute(
            f"SELECT {pid.replace('id', 'p.id')}, p.name, (SELECT group_concat(value, ' ') FROM person_keys k "
            "WHERE k.person_id = p.id) FROM people p")))
        conn.execute("UPDATE people SET tsv = to_tsvector('simple', d.doc) FROM people_docs d WHERE d.id = people.id")
        fields = ("id, person_id, text, norm, category, sensitivity, source, source_ref, captured_at, event_date, "
                  "event_text, recurrence, follow_up, review, pinned, confirmed_at, meeting_key")
        conn.execute(f"CREATE TEMP TABLE load_memories AS SELECT {fields}, author, shared FROM memories WITH NO DATA")
        copy("load_memories", f"{fields}, author, shared", (
            (*row[:14], bool(row[14]), *row[15:], f"author{row[0] % AUTHORS}", row[5] == "light")
            for row in src.execute(f"SELECT {fields} FROM memories")))
        conn.execute(f"INSERT INTO memories ({fields}, author, shared, tsv) "
                     f"SELECT {fields}, author, shared, to_tsvector('simple', norm) FROM load_memories")
        copy("memory_sources", "memory_id, source, source_ref, meeting_key, added_at",
             src.execute("SELECT memory_id, source, source_ref, meeting_key, added_at FROM memory_sources"))
        copy("meetings", 'key, uid, title, start, "end", source, seen_at, response',
             src.execute("SELECT key, uid, title, start, end, source, seen_at, response FROM meetings"))
        copy("meeting_people", "meeting_key, person_id",
             src.execute("SELECT meeting_key, person_id FROM meeting_people"))
        copy("members", "role, user_name", ((f"author{i}", f"author{i}@team.example") for i in range(AUTHORS)))
        for table in ("people", "person_keys", "memories", "memory_sources"):
            conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
        for _, definition in indexes:
            conn.execute(definition)
    src.close()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    return time.perf_counter() - t0


def clean_postgres(cluster, people_before: int) -> None:
    """Take back what a benchmark wrote into the cached team database (an import, a day's deliveries)."""
    cluster.sql("DELETE FROM memories WHERE author = 'newcomer'", dbname="team")
    cluster.sql(f"DELETE FROM people WHERE id > {people_before}", dbname="team")
    cluster.sql("DELETE FROM meetings WHERE source = 'benchday'", dbname="team")
    cluster.sql("DELETE FROM state", dbname="team")
    cluster.sql("DELETE FROM brought_up", dbname="team")


# -- measuring ------------------------------------------------------------------------------------
def seconds(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    took = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return took


def median(cmd: list[str], env: dict[str, str], runs: int) -> float:
    return statistics.median(seconds(cmd, env) for _ in range(runs))


def member_export(path: Path, people: int, seed: int = 5) -> None:
    """A new member's export (version 1): 1,000 people, every other one already in the team, 10,000 memories."""
    rnd = random.Random(seed)
    out = {"format": "rapport-export", "version": 1, "people": [], "meetings": [], "state": {}}
    for k in range(1000):
        known = k % 2 == 0
        email = f"person{rnd.randint(1, people)}@example.org" if known else f"newcomer-contact{k}@example.net"
        out["people"].append({"id": k + 1, "name": f"Contact {k}", "emails": [email], "aliases": [], "memories": [
            {"text": f"Mentioned the {rnd.choice(['cello', 'marathon', 'garden', 'puppy'])} again, note {k}-{j}",
             "category": "hobby", "sensitivity": rnd.choice(["light", "light", "personal"]), "source": "notes"}
            for j in range(10)]})
    path.write_text(json.dumps(out), encoding="utf-8")


def make_home(parent: Path, name: str, config: str) -> Path:
    home = parent / name
    home.mkdir(mode=0o700)
    (home / "config.toml").write_text('[me]\nname = "Me"\nemails = ["me@example.com"]\n\n'
                                      f'[plugins]\nhooks_dir = "{parent / "hooks"}"\n\n{config}', encoding="utf-8")
    (home / "config.toml").chmod(0o600)
    return home


def bench_stores(rapport: str, base: Path, homes: dict[str, Path], env: dict[str, str], runs: int,
                 resets: dict[str, object]) -> dict[str, dict[str, float]]:
    """{store: {row: figure}}. The read commands alternate between the stores run by run, so a
    moment of load from elsewhere on the machine falls on both columns alike."""
    rows: dict[str, dict[str, float]] = {kind: {} for kind in homes}
    envs = {kind: {**env, "RAPPORT_HOME": str(home), "RAPPORT_NOW": NOW} for kind, home in homes.items()}
    for kind in homes:
        seconds([rapport, "people"], envs[kind])  # warm: plugin index, OS cache
    commands = {
        "rapport --help (start-up)": ["--help"],
        "brief --json, 1:1": ["brief", "--meeting", "one-on-one", "--json"],
        "brief --json, 8 people": ["brief", "--meeting", "eight", "--json"],
        "search jazz": ["search", "jazz"],
        "people (first page)": ["people"],
    }
    for row, args in commands.items():
        times: dict[str, list[float]] = {kind: [] for kind in homes}
        for _ in range(runs):
            for kind in homes:
                times[kind].append(seconds([rapport, *args], envs[kind]))
        for kind in homes:
            rows[kind][row] = statistics.median(times[kind])
    for kind in homes:
        shown = json.loads(subprocess.run([rapport, "brief", "--meeting", "eight", "--json"], env=envs[kind],
                                          capture_output=True, text=True, check=True).stdout)
        rows[kind]["  memories the 8-person briefing shows"] = sum(len(e.get("memories") or [])
                                                                  for e in shown["people"])

    for kind, home in homes.items():
        importing = envs[kind] if kind == "sqlite" else {**envs[kind], "RAPPORT_HOME": f"{home}-newcomer"}
        rows[kind]["import 1,000 people, 10,000 memories"] = seconds([rapport, "import", str(base / "member.json")],
                                                                   importing)
        resets[kind]()

    for kind in homes:
        log = base / f"deliveries-{kind}.log"
        day = {**envs[kind], "BENCH_SINK_LOG": str(log)}
        cmd = [rapport, "run", "--at", DAY, "--within", "1440", "--no-capture"]
        t0 = time.perf_counter()
        procs = [subprocess.Popen(cmd, env=day, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                 for _ in range(8)]
        for p in procs:
            _, err = p.communicate()
            if p.returncode != 0:
                raise SystemExit(f"rapport run failed ({p.returncode}): {err.strip()[-500:]}")
        wall = time.perf_counter() - t0
        keys = log.read_text(encoding="utf-8").splitlines()
        rows[kind]["8 x rapport run, 500 meetings (wall)"] = wall
        rows[kind]["  deliveries"] = len(set(keys))
        rows[kind]["  deliveries per second"] = len(set(keys)) / wall
        rows[kind]["  duplicates (must be 0)"] = len(keys) - len(set(keys))
        resets[kind]()
    return rows


def bench_size(rapport: str, tmp: Path, people: int, runs: int, pg_cache: Path, rebuild: bool) -> dict:
    memories = 20 * people
    print(f"{people:,} people / {memories:,} memories", flush=True)
    db = cached_store(people, memories, rebuild)
    cluster, built = pg_cluster(pg_cache, people, memories, db, rebuild)
    try:
        base = tmp / f"s{people}"
        base.mkdir()
        (base / "hooks").mkdir()
        for name, text in HOOKS.items():
            (base / "hooks" / name).write_text(text, encoding="utf-8")
        member_export(base / "member.json", people)
        env = {**os.environ, "BENCH_PEOPLE": str(people)}
        for var in ("RAPPORT_HOOKS_DIR", "PYTHONDONTWRITEBYTECODE"):
            env.pop(var, None)

        sqlite_home = make_home(base, "sqlite", "")

        def fresh_sqlite() -> None:
            shutil.copyfile(db, sqlite_home / "rapport.db")
            for extra in ("rapport.db-wal", "rapport.db-shm"):
                (sqlite_home / extra).unlink(missing_ok=True)

        fresh_sqlite()
        pg_home = make_home(base, "postgres", f'[postgres]\ndsn = "{cluster.dsn("author0", "team")}"\n'
                                              'user = "me@example.com"\n')
        make_home(base, "postgres-newcomer", f'[postgres]\ndsn = "{cluster.dsn("newcomer", "team")}"\n')
        people_before = int(cluster.sql("SELECT max(id) FROM people", dbname="team")[0][0])
        clean_postgres(cluster, people_before)
        results = bench_stores(rapport, base, {"sqlite": sqlite_home, "postgres": pg_home}, env, runs,
                               {"sqlite": fresh_sqlite, "postgres": lambda: clean_postgres(cluster, people_before)})
        results["sqlite"]["store size (MB)"] = db.stat().st_size / 1e6
        results["postgres"]["store size (MB)"] = built["bytes"] / 1e6
        results["postgres"]["bulk load with COPY (s, once)"] = built["seconds"]
        return results
    finally:
        cluster.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="people, comma-separated (memories: 20 each)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pg-cache", type=Path, default=Path(tempfile.gettempdir()) / "rapport-bench-pg")
    parser.add_argument("--rebuild", action="store_true", help="Build the stores again instead of using the cache.")
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    rapport = shutil.which("rapport", path=str(Path(sys.executable).parent)) or "rapport"
    tmp = Path(tempfile.mkdtemp(prefix="rapport-bench-team-"))
    try:
        results = {n: bench_size(rapport, tmp, n, args.runs, args.pg_cache, args.rebuild) for n in sizes}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"\nseconds unless said; medians of {args.runs} runs; {os.cpu_count()} CPUs (shared with other "
          "work: compare the columns of one run, not runs)")
    rows = list(dict.fromkeys(r for n in sizes for kind in results[n] for r in results[n][kind]))
    header = f"{'':40}" + "".join(f"{f'{n:,} people':>24}" for n in sizes)
    if len(sizes) > 1:
        header += f"{'growth':>20}"
    print(header)
    print(f"{'':40}" + f"{'SQLite':>12}{'PostgreSQL':>12}" * len(sizes)
          + (f"{'SQLite':>10}{'PostgreSQL':>10}" if len(sizes) > 1 else ""))

    def cell(value: float | None, width: int = 12) -> str:
        if value is None:
            return f"{'-':>{width}}"
        return f"{value:>{width},.0f}" if value >= 100 else f"{value:>{width}.3f}" if value < 10 else f"{value:>{width}.1f}"

    for row in rows:
        line = f"{row:40}"
        for n in sizes:
            line += "".join(cell(results[n][kind].get(row)) for kind in ("sqlite", "postgres"))
        if len(sizes) > 1:
            for kind in ("sqlite", "postgres"):
                a, b = results[sizes[0]][kind].get(row), results[sizes[-1]][kind].get(row)
                line += f"{b / a:>9.1f}x" if a and b is not None else f"{'-':>10}"
        print(line)


if __name__ == "__main__":
    main()
