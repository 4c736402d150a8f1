"""Outages: a capture cut off half-way stores all or nothing, on PostgreSQL and on SQLite; a
stopped server is one line and a retry; the connection pool outlives a server restart.

The cut is real: a plugin registered for the test (``rapport_resolve_date``, asked once per
captured item, after the first item is already written inside the capture's transaction)
ends the capturing process's database connection with ``pg_terminate_backend`` from a second
connection, stops the whole server, or kills the process itself with SIGKILL.

These tests stop and start a server, so they use a cluster of their own, not the session's.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from rapport_postgres.store import PostgresStore

NOTES = """# Check-in with Rosa

- Remember: Rosa's puppy is called Churro
- Remember: Rosa sings in a choir
- Remember: Rosa prefers oat milk
"""
CUT = '''"""Test plugin: on the second captured item, cut the capture off (RAPPORT_TEST_CUT says how)."""
import json
import os
import signal
import subprocess

from rapport_plugins import hookimpl

calls = 0


@hookimpl(tryfirst=True)
def rapport_resolve_date(text, reference, config):
    global calls
    calls += 1
    if calls != 2:  # the first item is written by now, in the capture's open transaction
        return None
    how = os.environ["RAPPORT_TEST_CUT"]
    if how == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    if how == "stop":
        subprocess.run(json.loads(os.environ["RAPPORT_TEST_STOP"]), check=True, capture_output=True)
    if how == "terminate":
        import psycopg

        with psycopg.connect(os.environ["RAPPORT_TEST_ADMIN_DSN"], autocommit=True) as conn:
            ended = conn.execute(
                "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                "AND state LIKE 'idle in transaction%'").fetchone()[0]
        with open(os.environ["RAPPORT_TEST_LOG"], "a") as log:
            log.write(f"terminated {ended}\\n")
    return None
'''
CAPTURED = ["Rosa prefers oat milk", "Rosa sings in a choir", "Rosa's puppy is called Churro"]


@pytest.fixture(scope="module")
def cluster():
    """A cluster of this module's own: these tests stop and restart it."""
    from pg_server import started_cluster

    running = started_cluster()
    running.sql("CREATE ROLE sam LOGIN")
    yield running
    running.stop()


_databases = iter(range(1, 1_000_000))


@pytest.fixture
def team_db(cluster) -> dict[str, str]:
    """A fresh team database migrated by the admin; DSNs for the admin and for member sam."""
    name = f"outage{next(_databases)}"
    cluster.sql(f"CREATE DATABASE {name}")
    admin = cluster.dsn(dbname=name)
    PostgresStore(admin).close()
    return {"admin": admin, "sam": cluster.dsn("sam", name)}


def make_home(tmp_path: Path, backend: str, team_db: dict[str, str] | None, retries: int = 2) -> Path:
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    config = '[me]\nname = "Sam Lee"\n'
    if backend == "postgres":
        config += f'[postgres]\ndsn = "{team_db["sam"]} connect_timeout=60"\nretries = {retries}\n'
    (home / "config.toml").write_text(config, encoding="utf-8")
    (home / "config.toml").chmod(0o600)
    (tmp_path / "checkin.md").write_text(NOTES, encoding="utf-8")
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "cut.py").write_text(CUT, encoding="utf-8")
    return home


def capture(home: Path, cut: str | None = None, **env: str) -> subprocess.CompletedProcess:
    """`rapport capture` of the notes in a real process, the cutting plugin loaded when ``cut``."""
    full = {**os.environ, "RAPPORT_HOME": str(home), "RAPPORT_NOW": "2026-04-02T09:55:00+02:00", **env}
    full.pop("RAPPORT_HOOKS_DIR", None)
    if cut:
        full.update(RAPPORT_HOOKS_DIR=str(home.parent / "hooks"), RAPPORT_TEST_CUT=cut,
                    RAPPORT_TEST_LOG=str(home.parent / "cut.log"))
    return subprocess.run([sys.executable, "-m", "rapport_plugins", "capture", str(home.parent / "checkin.md"),
                           "--date", "2026-04-01", "--with", "Rosa Diaz"],
                          env=full, capture_output=True, text=True, timeout=120)


def stored(backend: str, home: Path, team_db: dict[str, str] | None) -> dict[str, object]:
    """Everything in the store, read as its administrator (PostgreSQL: past row-level security)."""
    if backend == "sqlite":
        import sqlite3

        db = sqlite3.connect(home / "rapport.db")
        try:
            run = lambda sql: db.execute(sql).fetchall()  # noqa: E731
            return _snapshot(run)
        finally:
            db.close()
    import psycopg

    with psycopg.connect(team_db["admin"]) as conn:
        return _snapshot(lambda sql: conn.execute(sql).fetchall())


def _snapshot(run) -> dict[str, object]:
    return {
        "people": [r[0] for r in run("SELECT name FROM people ORDER BY name")],
        "memories": [r[0] for r in run("SELECT text FROM memories ORDER BY text")],
        "sources": run("SELECT count(*) FROM memory_sources")[0][0],
        "ledger": run("SELECT count(*) FROM state WHERE key LIKE 'captured:%'")[0][0],
        "meetings": run("SELECT count(*) FROM meetings")[0][0],
    }


NOTHING = {"people": [], "memories": [], "sources": 0, "ledger": 0, "meetings": 0}


def assert_rerun_captures_once(backend: str, home: Path, team_db: dict[str, str] | None) -> None:
    first = capture(home)
    assert first.returncode == 0, first.stderr
    assert "3 memories stored" in first.stdout
    after = stored(backend, home, team_db)
    assert after["people"] == ["Rosa Diaz"] and after["memories"] == CAPTURED and after["ledger"] == 3
    second = capture(home)
    assert second.returncode == 0 and "0 memories stored" in second.stdout, second.stdout + second.stderr
    assert stored(backend, home, team_db) == after


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_a_capture_killed_half_way_stores_nothing_and_a_rerun_captures_it_once(backend, tmp_path, request):
    team_db = request.getfixturevalue("team_db") if backend == "postgres" else None
    home = make_home(tmp_path, backend, team_db)
    cut = capture(home, "kill")
    assert cut.returncode == -signal.SIGKILL, cut.stderr
    assert stored(backend, home, team_db) == NOTHING
    assert_rerun_captures_once(backend, home, team_db)


def test_a_connection_ended_mid_capture_is_one_line_and_saves_nothing(team_db, tmp_path):
    home = make_home(tmp_path, "postgres", team_db)
    cut = capture(home, "terminate", RAPPORT_TEST_ADMIN_DSN=team_db["admin"])
    assert (tmp_path / "cut.log").read_text() == "terminated 1\n"  # the capture's connection, mid-transaction
    assert cut.returncode == 1
    assert len(cut.stderr.strip().splitlines()) == 1 and "Traceback" not in cut.stderr, cut.stderr
    assert "terminating connection" in cut.stderr and "nothing of this change was saved" in cut.stderr
    assert stored("postgres", home, team_db) == NOTHING
    assert_rerun_captures_once("postgres", home, team_db)


def test_the_server_stopped_mid_capture_then_down_then_back(cluster, team_db, tmp_path):
    home = make_home(tmp_path, "postgres", team_db, retries=1)
    try:
        cut = capture(home, "stop", RAPPORT_TEST_STOP=json.dumps(cluster.stop_command()))
        assert cut.returncode == 1
        assert len(cut.stderr.strip().splitlines()) == 1 and "Traceback" not in cut.stderr, cut.stderr
        assert "nothing of this change was saved" in cut.stderr

        down = capture(home)  # the server is still down: one line, after a retry
        assert down.returncode == 1 and "Traceback" not in down.stderr
        lines = down.stderr.strip().splitlines()
        assert len(lines) == 1 and "cannot connect (tried 2 times)" in lines[0], down.stderr
        assert "sam@127.0.0.1" in lines[0]
    finally:
        cluster.resume()
    assert stored("postgres", home, team_db) == NOTHING
    assert_rerun_captures_once("postgres", home, team_db)


def test_a_long_running_store_outlives_a_server_restart(cluster, team_db):
    store = PostgresStore(team_db["sam"], retries=3)
    try:
        rosa = store.add_person("Rosa Diaz", ["rosa@example.org"])
        assert store.pool.opened == 1
        cluster.pause()
        cluster.resume()
        # The pooled connection died with the server: the next read and the next change each
        # find that out and go on with a fresh one, without an error.
        assert store.find_person("rosa@example.org").id == rosa.id
        with store.transaction():
            store.add_person("Ben Okafor")
        assert [p.name for p, _ in store.people_page()] == ["Ben Okafor", "Rosa Diaz"]
        assert store.pool.opened == 2
    finally:
        store.close()


def test_the_pool_is_bounded_and_serves_threads(cluster, team_db):
    store = PostgresStore(team_db["sam"], pool_size=2)
    rosa = store.add_person("Rosa Diaz")
    from rapport_plugins import Memory

    def write(n: int) -> None:
        for i in range(5):
            with store.transaction():  # each thread's transaction on its own connection
                store.add_memory(Memory(person_id=rosa.id, text=f"Fact {n}-{i}"))

    threads = [threading.Thread(target=write, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert len(store.memories_for(rosa.id)) == 30
        assert store.pool.opened <= 2  # six threads, never more than pool_size connections
        dbname = team_db["sam"].rsplit("dbname=", 1)[1]
        assert cluster.sql(f"SELECT count(*) FROM pg_stat_activity WHERE datname = '{dbname}' "
                           "AND usename = 'sam'")[0][0] <= 2
    finally:
        store.close()


def test_a_pool_size_of_zero_is_a_config_error(team_db):
    from rapport_plugins import StoreError

    with pytest.raises(StoreError, match="pool_size must be at least 1"):
        PostgresStore(team_db["sam"], pool_size=0)
