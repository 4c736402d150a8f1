"""`rapport run` putting the briefing into the CalDAV event's description (``describe_briefings``),
against a real Radicale. A recording proxy in front of it counts the writes and, where a test asks,
plays the user's other calendar app editing the event between rapport's read and its write.
"""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler

import pytest
import requests
from radicale_server import PASSWORD, USER, VTIMEZONE_BERLIN, running_radicale

from rapport_plugins import event_notes
from rapport_plugins.testing import ics_calendar, ics_event, serve

ANNA = ("Anna Berg", "anna.berg@example.org")
ME = ("Alice Example", "alice@example.com")
USER_TEXT = 'Agenda: budget\\, Q3\\; bring the "draft"\\nRoom 4 \\\\ east wing'  # as stored: ICS TEXT escapes


def event(organizer=ANNA, attendees=((*ME, "ACCEPTED"), (*ANNA, "ACCEPTED")), *lines: str,
          start="20260402T080500Z", end="20260402T083000Z", uid="one-on-one@test.rapport") -> str:
    return ics_calendar(ics_event(uid, start, end, "Weekly 1-1: Anna", *lines, organizer=organizer, attendees=attendees))


class Proxy:
    """Forwards every request to Radicale; records them; ``before_put`` runs before a PUT goes on
    (the user's other app writing meanwhile), ``fail_puts`` answers that many PUTs with 500."""

    base_url = ""

    def __init__(self, target: str) -> None:
        self.target = target
        self.requests: list[tuple[str, str]] = []
        self.before_put = None
        self.fail_puts = 0

    def puts(self) -> int:
        return sum(1 for method, _ in self.requests if method == "PUT")


class Forward(BaseHTTPRequestHandler):
    def _handle(self) -> None:
        fake = self.server.fake
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        fake.requests.append((self.command, self.path))
        if self.command == "PUT":
            if fake.fail_puts:
                fake.fail_puts -= 1
                self._answer(500, {}, b"")
                return
            if fake.before_put is not None:
                fake.before_put()
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")}
        resp = requests.request(self.command, fake.target + self.path, data=body, headers=headers, timeout=10)
        self._answer(resp.status_code, {k: v for k, v in resp.headers.items()
                                        if k.lower() in ("content-type", "etag", "location")}, resp.content)

    def _answer(self, status: int, headers: dict[str, str], content: bytes) -> None:
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    do_GET = do_PUT = do_PROPFIND = do_REPORT = do_DELETE = do_OPTIONS = _handle

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def proxy(radicale):
    yield from serve(Forward, Proxy(radicale.url))


@pytest.fixture
def work(radicale, proxy):
    cal = radicale.make_calendar("work", "Work")
    return radicale, cal


def setup_home(rapport, url: str, ics: str, radicale, cal: str, **extra: str) -> None:
    radicale.put_event(cal, "one.ics", ics)
    options = "".join(f"{k} = {v}\n" for k, v in {"describe_briefings": "true", **extra}.items())
    rapport.config(f'[me]\nname = "Alice Example"\nemails = ["{ME[1]}"]\ntimezone = "Europe/Berlin"\n\n'
                   f'[caldav]\nurl = "{url}"\nusername = "{USER}"\npassword = "{PASSWORD}"\n{options}')
    rapport("people", "add", "Anna Berg", "--email", ANNA[1])
    rapport("remember", "Her dog Biscuit learned to open the fridge", "--who", "Anna Berg")
    rapport("remember", "Her father died last autumn", "--who", "Anna Berg", "--sensitive")


def stored(radicale, cal: str, name: str = "one.ics") -> str:
    return requests.get(f"{cal}{name}", auth=radicale.auth, timeout=10).text


def description(ics: str) -> str:
    """The event's DESCRIPTION value as stored (unfolded, TEXT escapes kept)."""
    unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "")
    lines = [line for line in unfolded.split("\r\n") if line.startswith("DESCRIPTION")]
    assert len(lines) == 1, lines
    return lines[0].split(":", 1)[1]


def everything(result) -> str:
    return result.stdout + result.stderr


def test_off_by_default_nothing_is_written(rapport, work, proxy):
    radicale, cal = work
    setup_home(rapport, proxy.base_url + f"/{USER}/", event(), radicale, cal, describe_briefings="false")
    rapport("run")
    assert proxy.puts() == 0 and "DESCRIPTION" not in stored(radicale, cal)


def test_the_briefing_goes_into_the_event_once_and_the_users_text_survives(rapport, work, proxy):
    radicale, cal = work
    setup_home(rapport, proxy.base_url + f"/{USER}/", event(ANNA, ((*ME, "ACCEPTED"), (*ANNA, "ACCEPTED")),
                                                             f"DESCRIPTION:{USER_TEXT}", "LOCATION:Room 4"), radicale, cal)
    before = stored(radicale, cal)
    first = rapport("run")
    assert "caldav:" in first.stdout and "(event description)" in first.stdout
    after = stored(radicale, cal)
    value = description(after)
    assert value.startswith(USER_TEXT + "\\n\\n" + event_notes.START)  # the user's text, byte for byte, first
    assert value.endswith(event_notes.END)
    assert "Biscuit" in value and "father" in value  # the user's own calendar: the whole briefing
    untouched = [line for line in before.split("\r\n") if not line.startswith(("DESCRIPTION", " "))]
    assert all(line in after.split("\r\n") for line in untouched)  # every other line as it was
    assert proxy.puts() == 1
    rapport("run")
    assert proxy.puts() == 1  # claimed: never written twice


def test_a_moved_meeting_gets_the_correction_in_the_same_section(rapport, work, proxy):
    radicale, cal = work
    setup_home(rapport, proxy.base_url + f"/{USER}/", event(ANNA, ((*ME, "ACCEPTED"), (*ANNA, "ACCEPTED")),
                                                             f"DESCRIPTION:{USER_TEXT}"), radicale, cal)
    rapport("run")
    briefed = description(stored(radicale, cal))
    moved = stored(radicale, cal).replace("DTSTART:20260402T080500Z", "DTSTART:20260402T130000Z").replace(
        "DTEND:20260402T083000Z", "DTEND:20260402T133000Z")
    radicale.put_event(cal, "one.ics", moved)  # the organiser moved it: the user's copy, note included
    out = rapport("run")
    assert "Moved: Weekly 1-1: Anna" in out.stdout
    value = description(stored(radicale, cal))
    assert value.startswith(USER_TEXT + "\\n\\n" + event_notes.START + "\\nrapport update: Moved: Weekly 1-1: Anna\\, ")
    assert value.count(event_notes.START) == 1 and value.endswith(briefed.split(event_notes.START + "\\n", 1)[1])
    writes = proxy.puts()
    rapport("run")
    assert proxy.puts() == writes


def test_a_cancelled_meeting_is_said_at_the_top_of_the_note(rapport, work, proxy):
    radicale, cal = work
    setup_home(rapport, proxy.base_url + f"/{USER}/", event(), radicale, cal)
    rapport("run")
    radicale.put_event(cal, "one.ics", stored(radicale, cal).replace("SUMMARY:", "STATUS:CANCELLED\r\nSUMMARY:"))
    rapport("run")
    value = description(stored(radicale, cal))
    assert value.startswith(event_notes.START + "\\nrapport update: Cancelled: Weekly 1-1: Anna")


def test_an_edit_made_meanwhile_is_kept_and_the_note_added_to_it(rapport, work, proxy):
    radicale, cal = work
    setup_home(rapport, proxy.base_url + f"/{USER}/", event(), radicale, cal)

    def users_app_edits() -> None:
        proxy.before_put = None
        radicale.put_event(cal, "one.ics", event(ANNA, ((*ME, "ACCEPTED"), (*ANNA, "ACCEPTED")),
                                                 "DESCRIPTION:typed on my phone"))

    proxy.before_put = users_app_edits
    rapport("run")
    value = description(stored(radicale, cal))
    assert value.startswith("typed on my phone\\n\\n" + event_notes.START)  # the edit is kept, the note added
    assert proxy.puts() == 2  # refused once (412), read again, written


def test_an_event_that_keeps_changing_is_left_alone_and_tried_next_run(rapport, work, proxy):
    radicale, cal = work
    setup_home(rapport, proxy.base_url + f"/{USER}/", event(), radicale, cal)
    edits = iter(range(100))

    def users_app_edits() -> None:
        radicale.put_event(cal, "one.ics", event(ANNA, ((*ME, "ACCEPTED"), (*ANNA, "ACCEPTED")),
                                                 f"DESCRIPTION:edit {next(edits)}"))

    proxy.before_put = users_app_edits
    out = rapport("run", code=1)  # a failed delivery: cron and systemd see it
    assert "changed twice while rapport wrote its note" in everything(out) and "failed: caldav (will retry)" in out.stdout
    assert description(stored(radicale, cal)) == "edit 1"  # the user's last edit, untouched
    proxy.before_put = None
    rapport("run")
    assert description(stored(radicale, cal)).startswith("edit 1\\n\\n" + event_notes.START)


def test_a_failing_write_is_retried_without_repeating_the_other_sinks(rapport, work, proxy, tmp_path, monkeypatch):
    radicale, cal = work
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "tally.py").write_text(
        "from rapport_plugins import hookimpl\n\n\n@hookimpl\ndef rapport_deliver_briefing(meeting, config):\n"
        "    with open(config.home / 'tally.txt', 'a') as fh:\n        fh.write(meeting.key + '\\n')\n"
        "    return 'tally'\n", encoding="utf-8")
    monkeypatch.setenv("RAPPORT_HOOKS_DIR", str(hooks))
    setup_home(rapport, proxy.base_url + f"/{USER}/", event(), radicale, cal)
    proxy.fail_puts = 1
    out = rapport("run", code=1)  # a failed delivery: cron and systemd see it
    assert "failed: caldav (will retry)" in out.stdout and "DESCRIPTION" not in stored(radicale, cal)
    rapport("run")
    assert event_notes.START in description(stored(radicale, cal))
    assert len((rapport.home / "tally.txt").read_text().splitlines()) == 1  # the other sink had it once


def test_an_event_the_user_organises_with_guests_is_not_written(rapport, work, proxy):
    radicale, cal = work
    setup_home(rapport, proxy.base_url + f"/{USER}/", event(ME, ((*ME, "ACCEPTED"), (*ANNA, "NEEDS-ACTION"))),
               radicale, cal)
    out = rapport("run")
    assert "not written into 'Weekly 1-1: Anna': you organise it and others are invited" in out.stderr
    assert proxy.puts() == 0 and "DESCRIPTION" not in stored(radicale, cal)
    again = rapport("run")
    assert "not written" not in everything(again) and proxy.puts() == 0  # said once, not every run
    # a scheduled run's stderr is read by nobody: `rapport schedule status` keeps the skip
    assert "caldav: not written into 'Weekly 1-1: Anna': you organise it" in rapport("schedule", "status").stdout


def test_without_knowing_who_the_user_is_nothing_is_written(rapport, work, proxy):
    radicale, cal = work
    setup_home(rapport, proxy.base_url + f"/{USER}/", event(("Sam", "sam@example.com"),
                                                             (("Sam", "sam@example.com"), (*ANNA, "ACCEPTED"))), radicale, cal)
    out = rapport("run")
    assert "rapport cannot tell that you are an attendee" in out.stderr and proxy.puts() == 0


def test_an_occurrence_of_a_series_gets_its_own_override(rapport, work, proxy):
    radicale, cal = work
    series = ics_calendar(ics_event("series@test.rapport", "20260326T080500Z", "20260326T083000Z", "Weekly 1-1: Anna",
                                    "RRULE:FREQ=WEEKLY;COUNT=4", "DESCRIPTION:standing agenda", organizer=ANNA,
                                    attendees=((*ME, "ACCEPTED"), (*ANNA, "ACCEPTED"))))
    setup_home(rapport, proxy.base_url + f"/{USER}/", series, radicale, cal)
    rapport("run")
    text = stored(radicale, cal).replace("\r\n ", "")
    assert "RECURRENCE-ID:20260402T080500Z" in text and "RRULE:FREQ=WEEKLY;COUNT=4" in text
    master, override = text.split("BEGIN:VEVENT")[1:]
    assert "DESCRIPTION:standing agenda\r\n" in master  # the series' own description untouched
    assert "DESCRIPTION:standing agenda\\n\\n" + event_notes.START in override


SHARED_RIGHTS = """\
[principal]
user: .+
collection: {user}
permissions: RW

[own]
user: .+
collection: {user}/[^/]+
permissions: rw

[team]
user: alice
collection: bob/team(/.*)?
permissions: rwR
"""


@pytest.fixture
def shared(tmp_path):
    with running_radicale(tmp_path / "shared-radicale", rights=SHARED_RIGHTS) as server:
        folder = server.folder / "collections" / "collection-root" / "bob" / "team"
        folder.mkdir(parents=True)
        (folder / ".Radicale.props").write_text('{"tag": "VCALENDAR", "D:displayname": "Team"}')
        yield server, f"{server.url}/bob/team/"


def test_a_shared_calendar_gets_the_shared_copy_and_a_warning(rapport, shared):
    server, cal = shared
    setup_home(rapport, cal, event(), server, cal)
    out = rapport("run")
    assert "caldav: warning: calendar" in out.stderr and "is shared (it belongs to another account)" in out.stderr
    value = description(stored(server, cal))
    assert "Biscuit" in value and "father" not in value  # never a sensitive memory on a shared calendar


def test_a_shared_calendar_set_off_gets_nothing(rapport, shared):
    server, cal = shared
    setup_home(rapport, cal, event(), server, cal, describe_shared='"off"')
    out = rapport("run")
    assert "nothing is written into it" in out.stderr and "DESCRIPTION" not in stored(server, cal)


def test_a_bad_setting_is_one_line(rapport, work, proxy):
    radicale, cal = work
    setup_home(rapport, proxy.base_url + f"/{USER}/", event(), radicale, cal, describe_shared='"everyone"')
    out = rapport("run", code=1)  # a failed delivery: cron and systemd see it
    assert "[caldav] describe_shared: 'everyone' is not one of shared-copy, full, off" in everything(out)


def test_an_occurrence_in_a_time_zone_gets_an_override_in_that_zone(rapport, work, proxy):
    radicale, cal = work
    series = ics_calendar(VTIMEZONE_BERLIN.strip(), ics_event(
        "berlin@test.rapport", "TZID=Europe/Berlin:20260326T100500", "TZID=Europe/Berlin:20260326T103000",
        "Weekly 1-1: Anna", "RRULE:FREQ=WEEKLY;COUNT=4", organizer=ANNA, attendees=((*ME, "ACCEPTED"), (*ANNA, "ACCEPTED"))))
    setup_home(rapport, proxy.base_url + f"/{USER}/", series, radicale, cal)
    rapport("run")  # 2 Apr is after the clocks went forward: 10:05 in Berlin is 08:05 UTC
    text = stored(radicale, cal).replace("\r\n ", "")
    override = text.split("BEGIN:VEVENT")[2]
    assert "RECURRENCE-ID;TZID=Europe/Berlin:20260402T100500" in override
    assert "DTSTART;TZID=Europe/Berlin:20260402T100500" in override and "DTEND;TZID=Europe/Berlin:20260402T103000" in override
    assert "RRULE" not in override and event_notes.START in override
    rapport("run")
    assert proxy.puts() == 1
