"""A real Radicale CalDAV/CardDAV server for tests: in-process, on a free loopback port.

Also the few raw WebDAV calls a test needs to set a server up the way a user's other apps
would (MKCALENDAR, MKCOL, PUT, DELETE) — plain requests, independent of the code under test.
"""

from __future__ import annotations

import logging
import threading
from contextlib import contextmanager
from pathlib import Path
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import requests

USER, PASSWORD = "alice", "correct horse"
CALDAV_NS, CARDDAV_NS = "urn:ietf:params:xml:ns:caldav", "urn:ietf:params:xml:ns:carddav"


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass


class Radicale:
    """A running server: ``url`` is its root, ``user_url`` the user's home collection."""

    def __init__(self, url: str, folder: Path):
        self.url = url
        self.folder = folder
        self.user_url = f"{url}/{USER}/"
        self.auth = (USER, PASSWORD)

    def _call(self, method: str, url: str, body: str | bytes | None = None, content_type: str | None = None,
              expect: tuple[int, ...] = (200, 201, 204)) -> requests.Response:
        headers = {"Content-Type": content_type} if content_type else {}
        data = body.encode() if isinstance(body, str) else body
        resp = requests.request(method, url, data=data, headers=headers, auth=self.auth, timeout=10)
        assert resp.status_code in expect, f"{method} {url}: {resp.status_code} {resp.text[:300]}"
        return resp

    def make_calendar(self, name: str, display: str | None = None) -> str:
        return self._make("MKCALENDAR", "C:mkcalendar", "C", CALDAV_NS, name, display,
                          '<C:supported-calendar-component-set><C:comp name="VEVENT"/></C:supported-calendar-component-set>')

    def make_addressbook(self, name: str, display: str | None = None) -> str:
        return self._make("MKCOL", "D:mkcol", "CR", CARDDAV_NS, name, display,
                          "<D:resourcetype><D:collection/><CR:addressbook/></D:resourcetype>")

    def _make(self, method: str, root: str, prefix: str, namespace: str, name: str, display: str | None,
              props: str) -> str:
        """A new collection ``name`` under the user (MKCALENDAR or extended MKCOL), with its display name."""
        url = f"{self.user_url}{name}/"
        body = (f'<?xml version="1.0" encoding="utf-8"?><{root} xmlns:D="DAV:" xmlns:{prefix}="{namespace}">'
                f"<D:set><D:prop><D:displayname>{display or name}</D:displayname>{props}</D:prop></D:set></{root}>")
        self._call(method, url, body, "application/xml; charset=utf-8", expect=(201,))
        return url

    def put(self, url: str, text: str, content_type: str) -> str:
        self._call("PUT", url, text.replace("\r\n", "\n").replace("\n", "\r\n"), content_type, expect=(201, 204))
        return url

    def put_event(self, calendar_url: str, name: str, ics: str) -> str:
        return self.put(f"{calendar_url}{name}", ics, "text/calendar; charset=utf-8")

    def put_card(self, book_url: str, name: str, vcf: str) -> str:
        return self.put(f"{book_url}{name}", vcf, "text/vcard; charset=utf-8")

    def delete(self, url: str) -> None:
        self._call("DELETE", url, expect=(200, 204))


@contextmanager
def running_radicale(folder: Path, rights: str | None = None):
    """Start Radicale with htpasswd Basic auth (user ``alice``) on 127.0.0.1, port chosen by the OS;
    ``rights``, the text of a Radicale rights file, replaces "each user sees only their own"."""
    from radicale import Application, config

    folder.mkdir(parents=True, exist_ok=True)
    htpasswd = folder / "users"
    htpasswd.write_text(f"{USER}:{PASSWORD}\n")
    configuration = config.load()
    configuration.update({
        "auth": {"type": "htpasswd", "htpasswd_filename": str(htpasswd), "htpasswd_encryption": "plain",
                 "delay": "0"},
        "storage": {"filesystem_folder": str(folder / "collections"), "_filesystem_fsync": "False"},
        "rights": {"type": "owner_only"} if rights is None else {"type": "from_file", "file": str(_rights_file(folder, rights))},
        "logging": {"level": "error", "mask_passwords": "True"},
    }, "test", privileged=True)
    logging.getLogger("radicale").setLevel(logging.ERROR)
    server = make_server("127.0.0.1", 0, Application(configuration), server_class=_ThreadingServer,
                         handler_class=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield Radicale(f"http://127.0.0.1:{server.server_port}", folder)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _rights_file(folder: Path, text: str) -> Path:
    path = folder / "rights"
    path.write_text(text)
    return path


VTIMEZONE_BERLIN = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:STANDARD
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
END:DAYLIGHT
END:VTIMEZONE
"""

# Weekly 1:1, six times from 2 Nov 2026; 16 Nov cancelled (EXDATE); 9 Nov moved to Tue 10 Nov 15:00
# with Alan joining (RECURRENCE-ID override).
WEEKLY_1ON1 = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rapport tests//EN
{VTIMEZONE_BERLIN}BEGIN:VEVENT
UID:weekly-1on1@example.com
DTSTAMP:20261101T000000Z
DTSTART;TZID=Europe/Berlin:20261102T100000
DTEND;TZID=Europe/Berlin:20261102T103000
RRULE:FREQ=WEEKLY;COUNT=6
EXDATE;TZID=Europe/Berlin:20261116T100000
SUMMARY:1:1 Ada / Alice
LOCATION:Room 1
ORGANIZER;CN=Alice Example:mailto:alice@example.com
ATTENDEE;CN=Ada Lovelace;PARTSTAT=ACCEPTED:mailto:ada@example.org
ATTENDEE;CN=Alice Example;PARTSTAT=ACCEPTED:mailto:alice@example.com
ATTENDEE;CUTYPE=ROOM;CN=Room 1;PARTSTAT=ACCEPTED:mailto:room1@example.com
END:VEVENT
BEGIN:VEVENT
UID:weekly-1on1@example.com
DTSTAMP:20261101T000000Z
RECURRENCE-ID;TZID=Europe/Berlin:20261109T100000
DTSTART;TZID=Europe/Berlin:20261110T150000
DTEND;TZID=Europe/Berlin:20261110T153000
SUMMARY:1:1 Ada / Alice (moved)
ORGANIZER;CN=Alice Example:mailto:alice@example.com
ATTENDEE;CN=Ada Lovelace;PARTSTAT=ACCEPTED:mailto:ada@example.org
ATTENDEE;CN=Alan Turing;PARTSTAT=TENTATIVE:mailto:alan@example.net
END:VEVENT
END:VCALENDAR
"""


def single_event(uid: str, start: str, end: str, summary: str, attendees: tuple[tuple[str, str], ...] = ()) -> str:
    """A one-off UTC event; ``start``/``end`` like ``20261201T100000Z``."""
    lines = "".join(f"ATTENDEE;CN={name};PARTSTAT=ACCEPTED:mailto:{email}\n" for name, email in attendees)
    return (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//rapport tests//EN\nBEGIN:VEVENT\n"
        f"UID:{uid}\nDTSTAMP:20261101T000000Z\nDTSTART:{start}\nDTEND:{end}\nSUMMARY:{summary}\n"
        f"{lines}END:VEVENT\nEND:VCALENDAR\n"
    )


# Address book cards the CardDAV tests PUT (an Apple 3.0 card and two 4.0 cards).
ADA = """BEGIN:VCARD
VERSION:3.0
UID:ada-0001
N:Lovelace;Ada;;;
FN:Ada Lovelace
NICKNAME:Countess
item1.EMAIL;type=INTERNET;type=pref:ada@example.org
BDAY;X-APPLE-OMIT-YEAR=1604:1604-12-10
item2.X-ABDATE:2015-07-08
item2.X-ABLabel:_$!<Anniversary>!$_
NOTE:Has a cat called Puff.
END:VCARD
"""
ALAN = """BEGIN:VCARD
VERSION:4.0
UID:alan-0002
FN:Alan Turing
EMAIL:alan@example.net
BDAY:--0623
ORG:Bletchley Park
END:VCARD
"""
GRACE = """BEGIN:VCARD
VERSION:4.0
UID:grace-0003
FN:Grace Hopper
EMAIL:grace@navy.example
BDAY:19061209
END:VCARD
"""
