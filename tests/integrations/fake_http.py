"""Plumbing for the local fake servers that speak a cloud API's wire format in tests."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TypeVar

Fake = TypeVar("Fake")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: Any


def serve(handler: type[BaseHTTPRequestHandler], fake: Fake) -> Iterator[Fake]:
    """Run ``handler`` on 127.0.0.1:<free port> with ``fake`` (its state) as ``server.fake``;
    sets ``fake.base_url`` and yields ``fake`` (use in a fixture)."""
    server = _Server(("127.0.0.1", 0), handler)
    server.fake = fake
    fake.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield fake
    server.shutdown()
    server.server_close()


def write_section(home: Path, name: str, values: dict[str, Any]) -> Path:
    """A rapport home whose config.toml has one ``[name]`` section with ``values``."""
    home.mkdir(parents=True, exist_ok=True)
    path = home / "config.toml"
    path.write_text(f"[{name}]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in values.items()), encoding="utf-8")
    return path
