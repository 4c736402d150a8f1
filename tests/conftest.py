"""Shared fixtures: an isolated rapport home, a pinned clock, and a CLI runner.

No test depends on the time of day: RAPPORT_NOW pins "now" for everything the CLI does.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import settings

# Property tests generate the same examples on every run (CI must not pass or fail by chance);
# a failure found once is kept as an explicit @example next to its test.
settings.register_profile("rapport", derandomize=True, deadline=None, print_blob=True)
settings.load_profile("rapport")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PINNED_NOW = "2026-04-02T09:55:00+02:00"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh RAPPORT_HOME with the clock pinned and no stray plugin settings from the caller's shell."""
    h = tmp_path / "home"
    h.mkdir(mode=0o700)  # as `rapport init` leaves it; a missing home is an error (tested on its own)
    monkeypatch.setenv("RAPPORT_HOME", str(h))
    monkeypatch.setenv("RAPPORT_NOW", PINNED_NOW)
    for var in ("RAPPORT_HOOKS_DIR", "RAPPORT_PLUGINS_ALLOW", "RAPPORT_PLUGINS_BLOCK"):
        monkeypatch.delenv(var, raising=False)
    return h


class Rapport:
    """Run `rapport` in-process through click's CliRunner."""

    def __init__(self, home: Path):
        self.home = home
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None, code: int = 0, env: dict[str, str] | None = None):
        from rapport_plugins.cli import cli

        result = self.runner.invoke(cli, list(args), input=input, env=env, catch_exceptions=False)
        assert result.exit_code == code, (
            f"rapport {' '.join(args)} exited {result.exit_code}, wanted {code}\n"
            f"stdout: {result.stdout}\nstderr: {result.stderr}"
        )
        return result

    def json(self, *args: str, **kw):
        result = self(*args, "--json", **kw)
        return json.loads(result.stdout)

    def config(self, text: str) -> Path:
        self.home.mkdir(parents=True, exist_ok=True)
        path = self.home / "config.toml"
        path.write_text(text, encoding="utf-8")
        os.chmod(path, 0o600)
        return path


@pytest.fixture
def rapport(home: Path) -> Rapport:
    return Rapport(home)


@pytest.fixture
def capture_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Capture a note, dry run, from a 1:1 of Noor Haddad (the user) with Tom Reyes on 26 March 2026."""
    from datetime import date

    from rapport_plugins.capture import capture_notes
    from rapport_plugins.context import Context
    from rapport_plugins.models import Attendee, Meeting, MeetingNotes

    monkeypatch.setenv("RAPPORT_NOW", "2026-03-26T18:00:00+01:00")
    (tmp_path / "config.toml").write_text('[me]\nname = "Noor Haddad"\n', encoding="utf-8")
    app = Context(home=str(tmp_path))
    meeting = Meeting(uid="m", title="Call", start=date(2026, 3, 26), end=date(2026, 3, 26),
                      attendees=[Attendee(name="Noor Haddad", is_self=True), Attendee(name="Tom Reyes")])

    def capture(note: str):
        return capture_notes(app, meeting, MeetingNotes(text=note, source="notes", kind="notes", ref="n.md"), dry_run=True)

    return capture


@pytest.fixture(scope="session")
def postgres_cluster():
    """A real PostgreSQL cluster for the whole session (tests/pg_server.py); skipped only outside CI."""
    from pg_server import started_cluster

    cluster = started_cluster()
    yield cluster
    cluster.stop()


_pg_databases = iter(range(1, 1_000_000))


@pytest.fixture
def pg_database(postgres_cluster) -> str:
    """A fresh, empty database in the session's cluster; its DSN (as the cluster's superuser)."""
    name = f"t{next(_pg_databases)}"
    postgres_cluster.sql(f"CREATE DATABASE {name}")
    return postgres_cluster.dsn(dbname=name)


@pytest.fixture
def sqlite_store(tmp_path: Path):
    """A fresh built-in store in a temporary folder, closed after the test."""
    from rapport_plugins.store import SQLiteStore

    store = SQLiteStore(tmp_path / "rapport.db")
    yield store
    store.close()
