"""`rapport run` putting the briefing into the Google Calendar event's description
(``[google] describe_briefings``), against the local server speaking Calendar API v3
(events.get / events.patch with If-Match and sendUpdates, calendarList.get, acl.list)."""

from __future__ import annotations

import pytest
from cloud_services import GOOGLE, edited_meanwhile

from rapport_google.settings import ACL_SCOPE, WRITE_SCOPE, load_settings
from rapport_plugins import event_notes

google_server = pytest.fixture(GOOGLE.serve)
ME = {"email": "ada@example.com", "displayName": "Ada Lovelace", "self": True, "responseStatus": "accepted"}
ANNA = {"email": "anna.berg@example.org", "displayName": "Anna Berg", "responseStatus": "accepted"}


def anna_event(description: str | None = "Agenda: budget & Q3 <draft>", **changes) -> dict:
    event = {"kind": "calendar#event", "etag": '"3431000000000099"', "id": "anna1", "status": "confirmed",
             "iCalUID": "anna1@google.com", "summary": "Weekly 1-1: Anna",
             "start": {"dateTime": "2026-04-02T10:05:00+02:00", "timeZone": "Europe/Berlin"},
             "end": {"dateTime": "2026-04-02T10:30:00+02:00", "timeZone": "Europe/Berlin"},
             "organizer": {"email": ANNA["email"], "displayName": "Anna Berg"},
             "attendees": [ME, ANNA]}
    if description is not None:
        event["description"] = description
    return event | changes


def setup_home(rapport, fake, event: dict | None = None, dog: str = "Her dog Biscuit learned to open the fridge",
               **extra) -> None:
    fake.put(event or anna_event())
    GOOGLE.signed_in(rapport.home, fake, describe_briefings=True, **extra)
    config = rapport.home / "config.toml"
    config.write_text('[me]\nname = "Ada Lovelace"\ntimezone = "Europe/Berlin"\n\n' + config.read_text(encoding="utf-8"),
                      encoding="utf-8")
    rapport("people", "add", "Anna Berg", "--email", ANNA["email"])
    rapport("remember", dog, "--who", "Anna Berg")
    rapport("remember", "Her father died last autumn", "--who", "Anna Berg", "--sensitive")


def patched(fake, event_id: str = "anna1") -> list[dict]:
    return [r for r in fake.patches() if r["path"].endswith(f"/events/{event_id}")]


def stored(fake, event_id: str = "anna1") -> str:
    return fake.calendars["primary"][event_id].get("description", "")


def test_the_note_is_patched_once_without_notifying_anyone(rapport, google_server):
    setup_home(rapport, google_server)
    out = rapport("run")
    assert "google:primary (event description)" in out.stdout
    (patch,) = patched(google_server)
    assert patch["params"]["sendUpdates"] == "none"  # said explicitly: no email to the guests
    assert patch["if_match"] == '"3431000000000099"' and set(patch["body"]) == {"description"}
    text = stored(google_server)
    assert text.startswith("Agenda: budget & Q3 <draft>\n\n" + event_notes.START + "\n")  # the user's text, as it was
    assert text.endswith("\n" + event_notes.END) and "Biscuit" in text and "father" in text
    rapport("run")
    assert len(patched(google_server)) == 1  # claimed: never written twice


def test_an_event_the_user_organises_is_not_written(rapport, google_server):
    setup_home(rapport, google_server)  # the fixture's 1:1 Ada / Grace at 10:00 is Ada's own
    out = rapport("run")
    assert "google: not written into '1:1 Ada / Grace': you organise it and others are invited" in out.stderr
    assert patched(google_server, "m1onetoone") == []


def test_an_html_description_gets_an_html_block(rapport, google_server):
    setup_home(rapport, google_server, anna_event("<b>Agenda</b><br>budget"))
    rapport("run")
    text = stored(google_server)
    assert text.startswith("<b>Agenda</b><br>budget<br><br>" + event_notes.START + "<br>")
    assert "\n" not in text and "Her dog Biscuit" in text


def test_a_moved_meeting_gets_the_correction_in_the_same_note(rapport, google_server, monkeypatch):
    setup_home(rapport, google_server)
    rapport("run")
    briefed = stored(google_server)
    google_server.edit("anna1", start={"dateTime": "2026-04-02T15:00:00+02:00", "timeZone": "Europe/Berlin"},
                       end={"dateTime": "2026-04-02T15:30:00+02:00", "timeZone": "Europe/Berlin"})
    out = rapport("run")
    assert "Moved: Weekly 1-1: Anna" in out.stdout
    text = stored(google_server)
    assert text.startswith("Agenda: budget & Q3 <draft>\n\n" + event_notes.START
                           + "\nrapport update: Moved: Weekly 1-1: Anna, Thu 2 Apr 2026 10:05 → now Thu 2 Apr 2026 15:00\n")
    assert text.endswith(briefed.split(event_notes.START + "\n", 1)[1])
    rapport("run")
    assert len(patched(google_server)) == 2


def test_an_edit_made_meanwhile_is_kept(rapport, google_server):
    setup_home(rapport, google_server)
    edited_meanwhile(google_server, lambda: google_server.edit("anna1", description="typed on my phone"))
    rapport("run")
    assert stored(google_server).startswith("typed on my phone\n\n" + event_notes.START)
    first, second = patched(google_server)
    assert first["if_match"] == '"3431000000000099"' and second["if_match"] != first["if_match"]


def test_an_event_that_keeps_changing_is_left_alone_and_retried(rapport, google_server):
    setup_home(rapport, google_server)
    google_server.before_patch = lambda: google_server.edit("anna1", description="edited again")
    out = rapport("run", code=1)  # a delivery left for the next run: cron and systemd see a failure
    assert "changed twice while rapport wrote its note" in out.stderr and "failed: google (will retry)" in out.stdout
    assert stored(google_server) == "edited again"
    google_server.before_patch = None
    rapport("run")
    assert stored(google_server).startswith("edited again\n\n" + event_notes.START)


def test_without_the_write_scope_one_line_names_it_and_the_next_run_writes(rapport, google_server):
    setup_home(rapport, google_server)
    google_server.write_scope_granted = False
    out = rapport("run", code=1)
    assert f"google: writing briefings into events needs the scope {WRITE_SCOPE}: run `rapport auth google` again" in out.stderr
    assert "failed: google (will retry)" in out.stdout and "ya29." not in out.stdout + out.stderr
    google_server.write_scope_granted = True
    rapport("run")
    assert event_notes.START in stored(google_server)


def test_signing_in_asks_for_the_write_and_acl_scopes_only_when_enabled(home, google_server):
    on = load_settings(GOOGLE.signed_in(home, google_server, describe_briefings=True)).scope.split()
    assert WRITE_SCOPE in on and ACL_SCOPE in on
    off = load_settings(GOOGLE.signed_in(home, google_server)).scope.split()
    assert WRITE_SCOPE not in off and ACL_SCOPE not in off


def test_a_calendar_shared_with_someone_gets_the_shared_copy(rapport, google_server):
    google_server.acls["primary"] = [{"kind": "calendar#aclRule", "id": "user:assistant@example.com", "role": "reader",
                                      "scope": {"type": "user", "value": "assistant@example.com"}}]
    setup_home(rapport, google_server)
    out = rapport("run")
    assert "google: warning: calendar 'primary' is shared (assistant@example.com can read it)" in out.stderr
    text = stored(google_server)
    assert "Biscuit" in text and "father" not in text  # never a sensitive memory on a shared calendar


def test_free_busy_sharing_is_not_reading(rapport, google_server):
    google_server.acls["primary"] = [{"kind": "calendar#aclRule", "id": "domain:example.com", "role": "freeBusyReader",
                                      "scope": {"type": "domain", "value": "example.com"}}]
    setup_home(rapport, google_server)
    out = rapport("run")
    assert "warning" not in out.stderr and "father" in stored(google_server)


def test_without_the_acl_scope_the_calendar_counts_as_shared(rapport, google_server):
    google_server.acl_scope_granted = False
    setup_home(rapport, google_server)
    out = rapport("run")
    assert f"rapport cannot read who else sees it without the scope {ACL_SCOPE}" in out.stderr
    assert "father" not in stored(google_server)


def test_someone_elses_calendar_set_off_gets_nothing(rapport, google_server):
    google_server.access_roles["primary"] = "writer"
    setup_home(rapport, google_server, describe_shared="off")
    out = rapport("run")
    assert "is shared (it belongs to another account): nothing is written into it" in out.stderr
    assert patched(google_server) == []


def test_a_note_google_did_not_keep_is_not_claimed(rapport, google_server):
    google_server.keeps_attendee_edits = False
    setup_home(rapport, google_server)
    out = rapport("run")
    assert "google: Google did not keep the note in 'Weekly 1-1: Anna'" in out.stderr
    assert "google:primary (event description)" not in out.stdout and stored(google_server).startswith("Agenda")


def test_a_memory_cannot_become_markup_in_a_plain_description(rapport, google_server):
    setup_home(rapport, google_server, dog="Her dog <Biscuit> & the fridge")
    rapport("run")
    note = stored(google_server).split(event_notes.START)[1]
    assert "<" not in note and "Her dog ‹Biscuit› & the fridge" in note
