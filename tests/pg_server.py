"""A real, throw-away PostgreSQL cluster for the team-store tests: ``initdb`` into a temporary
folder, ``pg_ctl start`` on a free loopback port, stopped at the end of the session.

Run as root (CI containers), the cluster folder belongs to the ``postgres`` system user and the
server tools run as that user (initdb refuses root). The superuser of the cluster is ``rapport``
and local connections are trusted (only the test's own loopback port, nothing else listens).
Under ``CI=true`` a missing PostgreSQL fails the tests instead of skipping them.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

ADMIN = "rapport"


def find_bin() -> Path | None:
    """The newest /usr/lib/postgresql/*/bin holding initdb (Debian's layout), else one on PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parent.parent.name))
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresCluster:
    """One running cluster; ``dsn(user, dbname)`` connects to it."""

    def __init__(self, bindir: Path, directory: Path | None = None):
        """A cluster in a new temporary folder, or in ``directory`` (kept by ``stop``: the
        benchmarks start a cluster they built once again)."""
        self.bindir = bindir
        self.keep = directory is not None
        if directory is not None:
            directory.mkdir(parents=True, exist_ok=True)
        self.dir = directory or Path(tempfile.mkdtemp(prefix="rapport-pg-"))
        self.data = self.dir / "data"
        self.port = _free_port()
        self._as: list[str] = []
        if os.geteuid() == 0:
            self._as = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.dir, "postgres", "postgres")
        self.dir.chmod(0o700)

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self._as, *args], capture_output=True, text=True, timeout=120, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{Path(args[0]).name} failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}")

    def start(self) -> PostgresCluster:
        if (self.data / "PG_VERSION").exists():
            return self.resume()
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-A", "trust", "-U", ADMIN, "-E", "UTF8",
                  "--locale=C.UTF-8" if _has_c_utf8() else "--locale=C", "--no-sync")
        return self.resume()

    def resume(self) -> PostgresCluster:
        """Start the server (again, after ``pause``) on the cluster's port and wait until it listens."""
        opts = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100"
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", opts, "-l", str(self.dir / "log"), "-w",
                  "-t", "60", "start")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return self
            time.sleep(0.1)
        raise RuntimeError(f"postgres did not listen on {self.port}: {(self.dir / 'log').read_text()[-2000:]}")

    def pause(self) -> None:
        """Stop the server at once, keeping its data (an outage: ``resume`` starts it again)."""
        self._run(*self.stop_command()[len(self._as):])

    def stop_command(self) -> list[str]:
        """The command that stops the server at once (for a test's plugin to run mid-way)."""
        return [*self._as, str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"]

    def stop(self) -> None:
        try:
            self.pause()
        finally:
            if not self.keep:
                shutil.rmtree(self.dir, ignore_errors=True)

    def dsn(self, user: str = ADMIN, dbname: str = "postgres", password: str | None = None) -> str:
        pw = f" password={password}" if password else ""
        return f"host=127.0.0.1 port={self.port} user={user} dbname={dbname}{pw}"

    def sql(self, statement: str, dbname: str = "postgres", user: str = ADMIN) -> list[tuple]:
        """Run one statement as ``user`` (autocommit) and return its rows (empty if none)."""
        import psycopg

        with psycopg.connect(self.dsn(user, dbname), autocommit=True) as conn:
            cur = conn.execute(statement)
            return cur.fetchall() if cur.description else []


def _has_c_utf8() -> bool:
    return os.path.isdir("/usr/lib/locale/C.utf8") or os.path.isdir("/usr/lib/locale/C.UTF-8")


def started_cluster() -> PostgresCluster:
    """A running cluster, for a fixture; PostgreSQL missing skips the test, except in CI where it fails."""
    import pytest

    bindir = find_bin()
    if bindir is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("PostgreSQL is not installed (tests/setup.d/postgres.sh installs it); CI never skips it")
        pytest.skip("PostgreSQL is not installed: run tests/setup.d/postgres.sh")
    return PostgresCluster(bindir).start()
