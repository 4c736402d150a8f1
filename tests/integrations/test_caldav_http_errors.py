"""HTTP failures a CalDAV/CardDAV server can answer, from a scripted local server on 127.0.0.1:0.

Radicale cannot be made to answer 429/5xx, hang, or serve a broken calendar object, so these
come from a tiny http.server speaking the WebDAV wire format; the client code is unchanged.
"""

from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler

import pytest
from radicale_server import single_event

from rapport_caldav import rapport_calendar_events
from rapport_caldav.dav import DavClient, DavError
from rapport_plugins.config import Config
from rapport_plugins.models import Window
from rapport_plugins.testing import serve

WINDOW = Window(datetime(2026, 11, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
SECRET = "s3cret-pw-123"
NEVER = "never"


class Script:
    """Answers per (method, path): a list of (status, headers, body, delay); the last one repeats.
    The delay is 0 or NEVER (no answer at all), so a timeout test never races the server."""

    def __init__(self):
        self.routes = {}
        self.seen = []

    def add(self, method, path, *answers):
        self.routes[(method, path)] = list(answers)

    def next(self, method, path):
        self.seen.append((method, path))
        answers = self.routes.get((method, path)) or [(404, {}, b"", 0)]
        return answers.pop(0) if len(answers) > 1 else answers[0]


@pytest.fixture
def scripted():
    script = Script()

    class Handler(BaseHTTPRequestHandler):
        def _answer(self):
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            status, headers, body, delay = script.next(self.command, self.path)
            if delay == NEVER:
                self.rfile.read(1)  # no answer: wait until the client hangs up
                return
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_PROPFIND = do_REPORT = do_GET = _answer

        def log_message(self, *args):
            pass

    for running in serve(Handler, script):
        running.url = running.base_url
        yield running


def client(url, **kw):
    return DavClient(url, "alice", SECRET, label="caldav", **kw)


XML = {"Content-Type": "application/xml; charset=utf-8"}
CALENDAR_PROPS = (
    b'<?xml version="1.0"?><x:multistatus xmlns:x="DAV:" xmlns:cal="urn:ietf:params:xml:ns:caldav">'
    b"<x:response><x:href>/cal/</x:href><x:propstat><x:prop>"
    b"<x:resourcetype><x:collection/><cal:calendar/></x:resourcetype><x:displayname>Team</x:displayname>"
    b"<x:supported-report-set><x:supported-report><x:report><cal:calendar-multiget/></x:report>"
    b"</x:supported-report></x:supported-report-set>"
    b"</x:prop><x:status>HTTP/1.1 200 OK</x:status></x:propstat></x:response></x:multistatus>"
)


def test_retry_after_short_wait_then_success(scripted):
    scripted.add("PROPFIND", "/cal/", (429, {"Retry-After": "0"}, b"", 0), (207, XML, CALENDAR_PROPS, 0))
    result = client(f"{scripted.url}/cal/").propfind(f"{scripted.url}/cal/", ["d:displayname"])
    assert result.responses[0].text("DAV:", "displayname") == "Team"
    assert scripted.seen == [("PROPFIND", "/cal/"), ("PROPFIND", "/cal/")]


@pytest.mark.parametrize(
    "status, headers, expected",
    [
        (429, {"Retry-After": "3600"}, "HTTP 429 Too Many Requests (server busy, retry after 3600s)"),
        (503, {}, "HTTP 503 Service Unavailable (server error)"),
        (500, {}, "HTTP 500 Internal Server Error (server error)"),
        (404, {}, "HTTP 404 Not Found (not found: check the url)"),
        (403, {}, "HTTP 403 Forbidden (access denied)"),
    ],
)
def test_http_errors_are_one_line_with_the_url(scripted, status, headers, expected, tmp_path):
    scripted.add("PROPFIND", "/dav/", (status, headers, b"<html>oops</html>", 0))
    url = f"{scripted.url}/dav/"
    config = Config(tmp_path, {"caldav": {"url": url, "username": "alice", "password": SECRET}})
    with pytest.raises(DavError) as err:
        rapport_calendar_events(WINDOW, config)
    assert str(err.value) == f"caldav: PROPFIND {url}: {expected}"
    assert err.value.status == status


def test_timeout(scripted):
    scripted.add("PROPFIND", "/slow/", (207, XML, CALENDAR_PROPS, NEVER))  # only the timeout can end the wait
    url = f"{scripted.url}/slow/"
    with pytest.raises(DavError, match=r"^caldav: PROPFIND .*/slow/: timed out after 0.2s$"):
        client(url, timeout=0.2).propfind(url, ["d:displayname"])


def test_cannot_connect_and_credentials_in_url_are_hidden(scripted):
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens here now
    url = f"http://alice:{SECRET}@127.0.0.1:{port}/dav/"
    with pytest.raises(DavError) as err:
        client(url).propfind(url, ["d:displayname"])
    assert str(err.value) == f"caldav: PROPFIND http://127.0.0.1:{port}/dav/: cannot connect"
    assert SECRET not in repr(client(url)) and SECRET not in str(err.value)


def test_invalid_xml_names_the_url(scripted):
    scripted.add("PROPFIND", "/bad/", (207, XML, b"<multistatus><unclosed>", 0))
    url = f"{scripted.url}/bad/"
    with pytest.raises(DavError, match=r"^.*/bad/: server sent invalid XML"):
        client(url).propfind(url, ["d:displayname"])


def test_server_without_sync_and_a_broken_object(scripted, tmp_path, capsys):
    """No sync-collection advertised: list ETags, multiget; a broken object is reported, others kept."""
    good = single_event("good-1", "20261201T100000Z", "20261201T110000Z", "Good one")
    broken = good.replace("UID:good-1", "UID:bad-1").replace("DTSTART:20261201T100000Z", "DTSTART:nonsense")
    listing = (
        '<?xml version="1.0"?><multistatus xmlns="DAV:">'
        "<response><href>/cal/</href><propstat><prop><resourcetype><collection/></resourcetype></prop>"
        "<status>HTTP/1.1 200 OK</status></propstat></response>"
        + "".join(
            f'<response><href>/cal/{n}.ics</href><propstat><prop><getetag>"{n}"</getetag><resourcetype/>'
            "</prop><status>HTTP/1.1 200 OK</status></propstat></response>" for n in ("a", "b"))
        + "</multistatus>"
    ).encode()
    multiget = (
        '<?xml version="1.0"?><D:multistatus xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
        + "".join(
            f'<D:response><D:href>/cal/{n}.ics</D:href><D:propstat><D:prop><D:getetag>"{n}"</D:getetag>'
            f"<C:calendar-data>{text}</C:calendar-data></D:prop><D:status>HTTP/1.1 200 OK</D:status>"
            "</D:propstat></D:response>" for n, text in (("a", good), ("b", broken)))
        + "</D:multistatus>"
    ).encode()
    scripted.add("PROPFIND", "/cal/", (207, XML, CALENDAR_PROPS, 0), (207, XML, listing, 0))
    scripted.add("REPORT", "/cal/", (207, XML, multiget, 0))
    url = f"{scripted.url}/cal/"
    config = Config(tmp_path, {"caldav": {"url": url, "username": "alice", "password": SECRET}})
    meetings = rapport_calendar_events(WINDOW, config)
    assert [m.title for m in meetings] == ["Good one"]
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"rapport: caldav: {url}b.ics:")
    assert ("REPORT", "/cal/") in scripted.seen
    # A second run finds the same ETags: nothing is downloaded again.
    scripted.seen.clear()
    scripted.add("PROPFIND", "/cal/", (207, XML, CALENDAR_PROPS, 0), (207, XML, listing, 0))
    rapport_calendar_events(WINDOW, config)
    assert ("REPORT", "/cal/") not in scripted.seen


def test_redirect_keeps_the_method(scripted):
    scripted.add("PROPFIND", "/old/", (301, {"Location": "/cal/"}, b"", 0))
    scripted.add("PROPFIND", "/cal/", (207, XML, CALENDAR_PROPS, 0))
    result = client(f"{scripted.url}/old/").propfind(f"{scripted.url}/old/", ["d:displayname"])
    assert scripted.seen == [("PROPFIND", "/old/"), ("PROPFIND", "/cal/")]
    assert result.responses[0].url == f"{scripted.url}/cal/"


def test_redirect_to_another_host_over_http_is_refused(scripted):
    scripted.add("PROPFIND", "/old/", (302, {"Location": "http://198.51.100.7/steal/"}, b"", 0))
    url = f"{scripted.url}/old/"
    with pytest.raises(DavError, match=r"redirected to http://198.51.100.7/steal/, not following"):
        client(url).propfind(url, ["d:displayname"])
    assert scripted.seen == [("PROPFIND", "/old/")]


def test_well_known_discovery_from_a_bare_host(scripted):
    """RFC 6764: the root is not DAV, /.well-known/caldav redirects to the principal."""
    principal = (
        b'<?xml version="1.0"?><d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">'
        b"<d:response><d:href>/dav/principals/alice/</d:href><d:propstat><d:prop>"
        b"<c:calendar-home-set><d:href>/dav/calendars/alice/</d:href></c:calendar-home-set>"
        b"</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>"
    )
    home = (
        b'<?xml version="1.0"?><multistatus xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
        b"<response><href>/dav/calendars/alice/</href><propstat><prop><resourcetype><collection/>"
        b"</resourcetype></prop><status>HTTP/1.1 200 OK</status></propstat></response>"
        b"<response><href>/dav/calendars/alice/team/</href><propstat><prop><resourcetype><collection/>"
        b"<C:calendar/></resourcetype><displayname>Team</displayname></prop><status>HTTP/1.1 200 OK</status>"
        b"</propstat></response></multistatus>"
    )
    scripted.add("PROPFIND", "/", (404, {}, b"", 0))
    scripted.add("PROPFIND", "/.well-known/caldav", (301, {"Location": "/dav/principals/alice/"}, b"", 0))
    scripted.add("PROPFIND", "/dav/principals/alice/", (207, XML, principal, 0))
    scripted.add("PROPFIND", "/dav/calendars/alice/", (207, XML, home, 0))
    from rapport_caldav.discovery import discover

    found = discover(client(scripted.url), "calendar")
    assert [(c.name, c.url) for c in found] == [("Team", f"{scripted.url}/dav/calendars/alice/team/")]
    assert [p for _, p in scripted.seen] == ["/", "/.well-known/caldav", "/dav/principals/alice/", "/dav/calendars/alice/"]
