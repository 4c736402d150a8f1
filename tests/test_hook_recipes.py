"""The recipes in hooks/, loaded through the hooks-folder mechanism as a user would."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from rapport_plugins.cli_common import App
from rapport_plugins.models import Attendee, Meeting, Memory

ROOT = Path(__file__).resolve().parent.parent

START = datetime(2026, 4, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def app(home: Path):
    home.mkdir(parents=True, exist_ok=True)
    app = App(home=str(home), hooks_dir=str(ROOT / "hooks"))
    yield app
    app.close()


def _meeting() -> Meeting:
    return Meeting(uid="kickoff-1", title="Atlas kickoff", start=START, end=START,
                   description="Scope\nOwners", attendees=[Attendee(email="anna@example.org", name="Anna Berg")])


def _briefing(app: App, meeting: Meeting):
    from rapport_plugins.briefing import build_briefing

    anna = app.store.add_person("Anna Berg", ["anna@example.org"])
    app.store.add_memory(Memory(person_id=anna.id, text="Her dog Biscuit opens the fridge", category="pet"))
    app.store.add_memory(Memory(person_id=anna.id, text="Father in hospital after a fall", category="health",
                                sensitivity="sensitive"))
    return build_briefing(app, meeting, now=START)


def test_agenda_section_is_added_before_the_meeting(app: App):
    briefing = _briefing(app, _meeting())  # build_briefing calls rapport_before_meeting
    agenda = [s for s in briefing.to_dict()["sections"] if s["title"] == "Agenda"]
    assert agenda == [{"title": "Agenda", "lines": ["Scope", "Owners"], "source": "agenda_section", "sensitivity": "light"}]


def test_daily_note_appends_once_and_keeps_user_text(app: App, home: Path):
    daily = home / "Daily"
    daily.mkdir()
    note = daily / "2026-04-02.md"
    note.write_text("# Thursday\nMy own plans for today.\n", encoding="utf-8")
    (home / "config.toml").write_text('[daily_note]\nfolder = "Daily"\n', encoding="utf-8")
    meeting = _meeting()
    briefing = _briefing(app, meeting)
    first = app.pm.call("rapport_deliver_briefing", meeting=meeting, briefing=briefing, config=app.config)
    assert f"daily note {note}" in first
    app.pm.call("rapport_deliver_briefing", meeting=meeting, briefing=briefing, config=app.config)
    text = note.read_text(encoding="utf-8")
    assert text.startswith("# Thursday\nMy own plans for today.\n")
    assert text.count("<!-- rapport:daily:kickoff-1@") == 1
    assert "Biscuit" in text


class _Hook(BaseHTTPRequestHandler):
    received: list = []

    def do_POST(self):  # noqa: N802 - http.server's naming
        body = self.rfile.read(int(self.headers["Content-Length"]))
        _Hook.received.append(json.loads(body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_webhook_posts_one_line_without_memories(app: App, home: Path, monkeypatch):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        monkeypatch.setenv("TEST_WEBHOOK", f"http://127.0.0.1:{server.server_port}/hook/s3cr3t")
        (home / "config.toml").write_text('[webhook]\nurl_env = "TEST_WEBHOOK"\n', encoding="utf-8")
        _Hook.received.clear()
        meeting = _meeting()
        delivered = app.pm.call("rapport_deliver_briefing", meeting=meeting, briefing=_briefing(app, meeting),
                                config=app.config)
        assert "webhook" in delivered
        [payload] = _Hook.received
        assert payload["text"].startswith("Atlas kickoff at 10:00 with Anna Berg")
        assert "\n" not in payload["text"]
        assert "Biscuit" not in payload["text"] and "hospital" not in payload["text"]
    finally:
        server.shutdown()


def test_webhook_failure_is_reported_without_the_url(app: App, home: Path, monkeypatch, capsys):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hook)
    port = server.server_port
    server.server_close()  # nothing listens there now
    monkeypatch.setenv("TEST_WEBHOOK", f"http://127.0.0.1:{port}/hook/s3cr3t")
    (home / "config.toml").write_text('[webhook]\nurl_env = "TEST_WEBHOOK"\n', encoding="utf-8")
    meeting = _meeting()
    app.pm.call("rapport_deliver_briefing", meeting=meeting, briefing=_briefing(app, meeting), config=app.config)
    err = capsys.readouterr().err
    assert "plugin 'webhook_reminder' failed in rapport_deliver_briefing: webhook: ConnectionError" in err
    assert "s3cr3t" not in err
