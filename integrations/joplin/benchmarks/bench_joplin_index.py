"""How much the /events-fed title index saves over listing every note, against a real Joplin.

Run on demand (needs `bash tests/setup.d/joplin.sh`):
    .venv/bin/python integrations/joplin/benchmarks/bench_joplin_index.py [NOTES]
Prints timings; asserts nothing.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

from rapport_joplin.client import LIST_FIELDS, JoplinClient
from rapport_joplin.note_index import NoteIndex

TOKEN = "bench-token"


def settle(client: JoplinClient) -> None:
    """Joplin records changes in the background; wait until its event cursor stops moving."""
    last = None
    while (cursor := client.latest_cursor()) != last:
        last = cursor
        time.sleep(0.5)


def main(count: int) -> None:
    prefix = Path(os.environ.get("RAPPORT_JOPLIN_PREFIX", Path.home() / ".cache/rapport-test-tools/joplin"))
    binary = os.environ.get("RAPPORT_JOPLIN_BIN") or str(prefix / "node_modules/.bin/joplin")
    with tempfile.TemporaryDirectory() as tmp, socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        s.close()
        base = [binary, "--profile", tmp]
        subprocess.run([*base, "config", "api.port", str(port)], check=True, capture_output=True)
        subprocess.run([*base, "config", "api.token", TOKEN], check=True, capture_output=True)
        server = subprocess.Popen([*base, "server", "start"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    requests.get(f"{url}/ping", timeout=1)
                    break
                except requests.RequestException:
                    time.sleep(0.1)
            client = JoplinClient(url, TOKEN)
            folder = client.create_folder("Meetings")
            t0 = time.perf_counter()
            for i in range(count):
                client.create_note(f"2026-{1 + i % 12:02d}-{1 + i % 28:02d} Meeting {i}", "notes " * 50, folder["id"])
            print(f"created {count} notes in {time.perf_counter() - t0:.2f}s")
            settle(client)

            t0 = time.perf_counter()
            titles = [n["title"] for n in client.notes(LIST_FIELDS)]
            print(f"list all note titles ({len(titles)}): {1000 * (time.perf_counter() - t0):.0f} ms")

            index = NoteIndex(client, Path(tmp) / "state.json")
            t0 = time.perf_counter()
            index.refresh()
            print(f"index first refresh (full listing + save): {1000 * (time.perf_counter() - t0):.0f} ms")
            for i in range(5):
                client.create_note(f"2026-06-0{i + 1} New {i}", "x", folder["id"])
            settle(client)
            t0 = time.perf_counter()
            result = index.refresh()
            print(f"index incremental refresh ({len(result.changed)} changes): "
                  f"{1000 * (time.perf_counter() - t0):.0f} ms")
            times = []
            for _ in range(5):
                t0 = time.perf_counter()
                result = index.refresh()
                times.append(time.perf_counter() - t0)
            print(f"index refresh, nothing changed ({len(result.changed)} changes): "
                  f"median {1000 * sorted(times)[2]:.1f} ms")
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
