"""`rapport run` putting the briefing into the Outlook event's body (``[microsoft] describe_briefings``),
against the local server speaking Microsoft Graph (GET/PATCH /me/events/{id} with If-Match on
@odata.etag, /me/calendar and its calendarPermissions)."""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from cloud_services import MICROSOFT, edited_meanwhile

from rapport_microsoft.settings import WRITE_SCOPE, load_settings
from rapport_plugins import event_notes

graph = pytest.fixture(MICROSOFT.serve)
ADA = {"type": "required", "status": {"response": "accepted", "time": "2026-03-30T08:00:00Z"},
       "emailAddress": {"name": "Ada Lovelace", "address": "ada@contoso.com"}}
ANNA = {"type": "required", "status": {"response": "none", "time": "0001-01-01T00:00:00Z"},
        "emailAddress": {"name": "Anna Berg", "address": "anna.berg@example.org"}}
PAGE = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body><div>Agenda: budget &amp; Q3</div><div>Join: <a href="https://teams.example/l/meetup-join/19%3a">Teams</a></div>'
        '</body></html>')


def anna_event(body: dict | None = None, **changes) -> dict:
    return {"@odata.etag": 'W/"ZlnW4RIAV06KYYwlrfNZvQAAKGWw99=="', "id": "AAMkAGIAAAoZDOFANNA=",
            "iCalUId": "040000008200E00074C5B7101A82E00800000000ANNA", "subject": "Weekly 1-1: Anna",
            "type": "singleInstance", "isOrganizer": False, "isCancelled": False, "isAllDay": False, "showAs": "busy",
            "responseStatus": {"response": "accepted", "time": "2026-03-30T08:00:00Z"},
            "start": {"dateTime": "2026-04-02T08:05:00.0000000", "timeZone": "UTC"},
            "end": {"dateTime": "2026-04-02T08:30:00.0000000", "timeZone": "UTC"},
            "organizer": {"emailAddress": {"name": "Anna Berg", "address": "anna.berg@example.org"}},
            "attendees": [ADA, ANNA], "body": body or {"contentType": "html", "content": PAGE}} | changes


def setup_home(rapport, fake, event: dict | None = None, **extra) -> None:
    fake.put(event or anna_event())
    MICROSOFT.signed_in(rapport.home, fake, describe_briefings=True, timezone="Europe/Berlin", **extra)
    config = rapport.home / "config.toml"
    config.write_text('[me]\nname = "Ada Lovelace"\ntimezone = "Europe/Berlin"\n\n' + config.read_text(encoding="utf-8"),
                      encoding="utf-8")
    rapport("people", "add", "Anna Berg", "--email", ANNA["emailAddress"]["address"])
    rapport("remember", "Her dog <Biscuit> learned to open the fridge", "--who", "Anna Berg")
    rapport("remember", "Her father died last autumn", "--who", "Anna Berg", "--sensitive")


def patched(fake, event_id: str = "AAMkAGIAAAoZDOFANNA=") -> list[dict]:
    return [r for r in fake.requests if r["method"] == "PATCH" and unquote(r["path"]).endswith(event_id)]


def body(fake, event_id: str = "AAMkAGIAAAoZDOFANNA=") -> str:
    return fake.events[event_id]["body"]["content"]


def test_the_note_goes_inside_the_body_once_keeping_the_teams_blob(rapport, graph):
    setup_home(rapport, graph)
    out = rapport("run")
    assert "microsoft: your calendar (event body)" in out.stdout
    (patch,) = patched(graph)
    assert patch["if_match"] == 'W/"ZlnW4RIAV06KYYwlrfNZvQAAKGWw99=="' and set(patch["body"]) == {"body"}
    content = body(graph)
    head, tail = PAGE.rsplit("</body>", 1)
    assert content.startswith(head + "<br><br>" + event_notes.START + "<br>")  # the user's page and the join link, as they were
    assert content.endswith(event_notes.END + "</body>" + tail)
    assert "Her dog &lt;Biscuit&gt;" in content and "<Biscuit>" not in content and "father" in content
    rapport("run")
    assert len(patched(graph)) == 1  # claimed: never written twice


def test_a_meeting_the_user_organises_is_not_written(rapport, graph):
    graph.load_fixture()  # its 1:1 Ada / Grace at 10:00 is Ada's own meeting
    setup_home(rapport, graph)
    out = rapport("run")
    assert "microsoft: not written into '1:1 Ada / Grace': you organise it and others are invited" in out.stderr
    assert patched(graph, "AAMkAGIAAAoZDOFAAA=") == []


def test_a_plain_text_body_gets_plain_lines(rapport, graph):
    setup_home(rapport, graph, anna_event({"contentType": "text", "content": "bring the <draft>"}))
    rapport("run")
    content = body(graph)
    assert content.startswith("bring the <draft>\n\n" + event_notes.START + "\n") and "Her dog <Biscuit>" in content


def test_a_cancelled_meeting_gets_the_correction_in_the_same_note(rapport, graph):
    setup_home(rapport, graph)
    rapport("run")
    graph.edit("AAMkAGIAAAoZDOFANNA=", isCancelled=True, subject="Canceled: Weekly 1-1: Anna")
    out = rapport("run")
    assert "Cancelled: Weekly 1-1: Anna" in out.stdout
    assert body(graph).count(event_notes.START) == 1
    assert (event_notes.START + "<br>rapport update: Cancelled: Weekly 1-1: Anna") in body(graph)
    rapport("run")
    assert len(patched(graph)) == 2


def test_an_edit_made_meanwhile_is_kept(rapport, graph):
    setup_home(rapport, graph)  # then Outlook on the phone changes the agenda
    edited_meanwhile(graph, lambda: graph.edit("AAMkAGIAAAoZDOFANNA=",
                                               body={"contentType": "html", "content": PAGE.replace("Q3", "Q4")}))
    rapport("run")
    assert "budget &amp; Q4" in body(graph) and event_notes.START in body(graph)
    assert len(patched(graph)) == 2


def test_without_the_write_permission_one_line_names_it_and_the_next_run_writes(rapport, graph):
    graph.grant_write = False
    setup_home(rapport, graph)
    out = rapport("run", code=1)  # a delivery left for the next run: cron and systemd see a failure
    assert f"microsoft: writing briefings into events needs the permission {WRITE_SCOPE}: run `rapport auth microsoft` again" in out.stderr
    assert "failed: microsoft (will retry)" in out.stdout
    graph.grant_write = True
    graph.access_tokens.clear()  # a new sign-in: the next token carries the permission
    rapport("run")
    assert event_notes.START in body(graph)


def test_signing_in_asks_for_write_access_only_when_enabled(home, graph):
    assert WRITE_SCOPE in load_settings(MICROSOFT.signed_in(home, graph, describe_briefings=True)).scope.split()
    assert WRITE_SCOPE not in load_settings(MICROSOFT.signed_in(home, graph)).scope.split()


def test_a_calendar_a_delegate_can_read_gets_the_shared_copy(rapport, graph):
    graph.permissions.append({"id": "RGVmYXVsdA==", "isRemovable": True, "isInsideOrganization": True, "role": "read",
                              "allowedRoles": ["none", "freeBusyRead", "limitedRead", "read", "write"],
                              "emailAddress": {"name": "Sam Assistant", "address": "sam@contoso.com"}})
    setup_home(rapport, graph)
    out = rapport("run")
    assert "microsoft: warning: calendar 'your calendar' is shared (Sam Assistant can read it (read))" in out.stderr
    assert "Biscuit" in body(graph) and "father" not in body(graph)  # never a sensitive memory on a shared calendar


def test_someone_elses_calendar_set_off_gets_nothing(rapport, graph):
    graph.can_share = False
    setup_home(rapport, graph, describe_shared="off")
    out = rapport("run")
    assert "is shared (it belongs to another account): nothing is written into it" in out.stderr
    assert patched(graph) == []
