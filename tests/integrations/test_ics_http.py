"""rapport-ics feeds over HTTP, against a real http.server on 127.0.0.1 (no mocks)."""

from __future__ import annotations

import stat
from datetime import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from rapport_ics import rapport_calendar_events
from rapport_ics.fetch import fetch_url, read_calendar
from rapport_plugins.config import Config
from rapport_plugins.errors import RapportError
from rapport_plugins.http import without_credentials as safe_url
from rapport_plugins.models import Window
from rapport_plugins.testing import JsonHandler, serve

FEED = (
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:feed-1\r\nDTSTART:20260302T100000Z\r\n"
    "SUMMARY:Coffee with J\u00fcrgen\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
).encode()
ETAG = '"v1"'
LAST_MODIFIED = "Mon, 02 Mar 2026 08:00:00 GMT"
WINDOW = Window(datetime(2026, 3, 1, tzinfo=ZoneInfo("UTC")), datetime(2026, 3, 31, tzinfo=ZoneInfo("UTC")))


class Handler(JsonHandler):
    log: list[tuple[str, dict[str, str]]] = []

    def do_GET(self):
        self.log.append((self.path, dict(self.headers)))
        if self.path == "/cal.ics" and self.headers.get("If-None-Match") == ETAG:
            self.send_json(304, {}, None)
        elif self.path == "/cal.ics":
            self.send_json(200, {"Content-Type": "text/calendar; charset=utf-8", "ETag": ETAG,
                                 "Last-Modified": LAST_MODIFIED}, FEED)
        elif self.path == "/busy.ics":
            self.send_json(429, {"Retry-After": "120"}, None)
        elif self.path == "/private.ics":
            self.send_json(401 if "Authorization" not in self.headers else 403, {}, None)
        elif self.path == "/broken.ics":
            self.send_json(503, {}, None)
        elif self.path == "/slow.ics":
            self.rfile.read(1)  # never answers (waits until the client hangs up): only the timeout ends it
        else:
            self.send_json(404, {}, None)


@pytest.fixture(scope="module")
def _httpd():
    yield from (fake.base_url for fake in serve(Handler, SimpleNamespace()))  # the kit's server, its URL


@pytest.fixture
def server(_httpd):
    Handler.log = []
    return _httpd


def test_etag_and_last_modified_then_304_from_the_private_cache(server, tmp_path):
    folder = tmp_path / "cache"
    assert fetch_url(f"{server}/cal.ics", folder) == FEED
    assert "If-None-Match" not in Handler.log[0][1]
    assert fetch_url(f"{server}/cal.ics", folder) == FEED
    second = Handler.log[1][1]
    assert second["If-None-Match"] == ETAG and second["If-Modified-Since"] == LAST_MODIFIED
    files = sorted(folder.iterdir())
    assert len(files) == 2 and all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)


def test_hook_reads_a_feed_through_the_cache_folder_under_home(server, tmp_path):
    cfg = Config(tmp_path, {"ics": {"calendars": [f"{server}/cal.ics"], "timezone": "UTC"}})
    [meeting] = rapport_calendar_events(window=WINDOW, config=cfg)
    assert meeting.title == "Coffee with J\u00fcrgen" and meeting.source == f"ics:{server}/cal.ics"
    assert len(list((tmp_path / "cache" / "ics").iterdir())) == 2


@pytest.mark.parametrize("path, message", [
    ("/missing.ics", "HTTP 404 Not Found"),
    ("/busy.ics", "HTTP 429 Too Many Requests (rate limited; retry after 120 s)"),
    ("/broken.ics", "HTTP 503 Service Unavailable"),
    ("/private.ics", "HTTP 403 Forbidden (check the credentials)"),
])
def test_http_errors_are_one_line_and_never_show_credentials(server, tmp_path, path, message):
    url = server.replace("http://", "http://alice:s3cret-pw@") + path
    with pytest.raises(RapportError) as info:
        read_calendar(url, Config(tmp_path), timeout=5)
    text = str(info.value)
    assert text == f"{server}{path}: {message}"
    assert "s3cret" not in text and "\n" not in text


def test_timeout_names_the_url(server, tmp_path):
    with pytest.raises(RapportError, match=r"/slow\.ics: timed out after 0\.2 s$"):
        fetch_url(f"{server}/slow.ics", tmp_path, timeout=0.2)


def test_connection_refused_is_one_line(tmp_path):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(RapportError, match=rf"^http://127\.0\.0\.1:{port}/x\.ics: cannot connect"):
        fetch_url(f"http://127.0.0.1:{port}/x.ics", tmp_path, timeout=2)


def test_one_failing_feed_does_not_stop_a_good_one(server, tmp_path, capsys):
    cfg = Config(tmp_path, {"ics": {"calendars": [f"{server}/missing.ics", f"{server}/cal.ics"], "timezone": "UTC"}})
    assert [m.uid for m in rapport_calendar_events(window=WINDOW, config=cfg)] == ["feed-1"]
    assert capsys.readouterr().err.strip() == f"rapport: {server}/missing.ics: HTTP 404 Not Found"


def test_safe_url_and_webcal():
    assert safe_url("https://u:p@host.example:8443/a?b=1") == "https://host.example:8443/a?b=1"
    assert safe_url("https://host.example/a") == "https://host.example/a"
    from rapport_ics.fetch import _https

    assert _https("webcal://cal.example.com/x.ics") == "https://cal.example.com/x.ics"
    assert _https("WEBCALS://cal.example.com/x.ics") == "https://cal.example.com/x.ics"
