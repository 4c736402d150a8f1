"""Fixtures for integration tests that need a real CalDAV/CardDAV server (see radicale_server.py)."""

import pytest
from radicale_server import running_radicale


@pytest.fixture
def radicale(tmp_path):
    """A fresh Radicale on a free loopback port, with user alice (htpasswd Basic auth)."""
    with running_radicale(tmp_path / "radicale") as server:
        yield server


@pytest.fixture
def notes_service_env(monkeypatch):
    """For the notes services' tests (Joplin, Notion): no plugin allow/block list or hooks folder
    from the caller's shell (they would change which plugins load), and "now" the week after the
    fixture meetings."""
    for var in ("RAPPORT_HOOKS_DIR", "RAPPORT_PLUGINS_ALLOW", "RAPPORT_PLUGINS_BLOCK"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("RAPPORT_NOW", "2026-04-08T12:00:00+02:00")
