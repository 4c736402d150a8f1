"""Fixtures for integration tests that need a real CalDAV/CardDAV server (see radicale_server.py)."""

import pytest
from radicale_server import running_radicale


@pytest.fixture
def radicale(tmp_path):
    """A fresh Radicale on a free loopback port, with user alice (htpasswd Basic auth)."""
    with running_radicale(tmp_path / "radicale") as server:
        yield server
