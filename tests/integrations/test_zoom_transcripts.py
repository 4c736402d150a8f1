"""rapport-zoom against a local server speaking Zoom's API: after a meeting with a Zoom join link,
`rapport run` fetches its cloud recording's transcript and captures it once; a transcript Zoom has
not made yet is asked for again, then given up with a note; secrets never show."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_zoom_support import CLIENT_SECRET, VTT, serve, zoom_section

from rapport_plugins import Meeting, MeetingNotes, NotesPending
from rapport_plugins.config import Config
from rapport_plugins.testing import ics_calendar, ics_event
from rapport_zoom import rapport_meeting_notes
from rapport_zoom.links import zoom_meeting_id

ZOOM_ID = "81234567890"
SAM_ADDRESS = ("Sam Lee", "sam@example.com")
ICS = ics_calendar(
    ics_event("one-on-one", "20260402T060000Z", "20260402T063000Z", "1-1 Anna",
              "LOCATION:https://us02web.zoom.us/j/81234567890?pwd=Zm9vYmFy",
              attendees=(SAM_ADDRESS, ("Anna Berg", "anna@example.org"))),
    ics_event("in-person", "20260402T064500Z", "20260402T071500Z", "Coffee Ben", "LOCATION:Cafe Lisboa",
              attendees=(SAM_ADDRESS, ("Ben Ortiz", "ben@example.org"))),
)


@pytest.fixture
def zoom(monkeypatch):
    monkeypatch.setenv("ZOOM_TEST_SECRET", CLIENT_SECRET)
    yield from serve()


def _meeting(**kw) -> Meeting:
    values = {"uid": "one-on-one", "title": "1-1 Anna", "start": datetime(2026, 4, 2, 6, 0, tzinfo=UTC),
              "end": datetime(2026, 4, 2, 6, 30, tzinfo=UTC),
              "location": f"https://zoom.us/j/{ZOOM_ID}?pwd=abc"} | kw
    return Meeting(**values)


def _config(tmp_path: Path, zoom, **extra) -> Config:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    (home / "config.toml").write_text(zoom_section(zoom, **extra), encoding="utf-8")
    return Config.load(home)


# -- the hook -----------------------------------------------------------------------------------

def test_the_transcript_is_fetched_with_the_account_token_and_read_into_speaker_turns(tmp_path, zoom):
    zoom.add_recording(ZOOM_ID, "2026-04-02T06:00:41Z")
    [notes] = rapport_meeting_notes(meeting=_meeting(), config=_config(tmp_path, zoom))
    assert isinstance(notes, MeetingNotes) and notes.kind == "transcript" and notes.final
    assert [u.speaker for u in notes.utterances] == ["Sam Lee", "Anna Berg"]
    assert "kitten" in notes.utterances[1].text and notes.ref == f"zoom:meeting/{ZOOM_ID}/transcript.vtt"
    [token] = zoom.api_requests("/oauth/token")
    assert token["method"] == "POST" and "grant_type=account_credentials" in token["query"]
    assert "account_id=AbCdEfGhIjKlMnOpQrStUv" in token["query"] and token["authorization"].startswith("Basic ")
    [listing] = zoom.api_requests("/recordings")
    assert listing["path"] == f"/v2/meetings/{ZOOM_ID}/recordings"
    [download] = zoom.api_requests("/rec/download/")
    assert download["authorization"].startswith("Bearer ") and "token" not in download["query"]


@pytest.mark.parametrize("where, text, expected", [
    ("location", "https://zoom.us/j/81234567890?pwd=x", "81234567890"),
    ("location", "https://acme.zoom.us/j/9876543210", "9876543210"),
    ("description", "Join: https://zoom.us/wc/join/81234567890 (web)", "81234567890"),
    ("description", "Join Zoom Meeting\nMeeting ID: 812 3456 7890\nPasscode: 1234", "81234567890"),
    ("description", "Meeting ID: 812 3456 7890 (Teams)", None),  # no Zoom in sight: not a Zoom meeting
    ("location", "https://meet.google.com/abc-defg-hij", None),
    ("location", "https://zoom.us.evil.example/j/81234567890", None),
])
def test_the_zoom_meeting_is_found_by_its_join_link_or_meeting_id(where, text, expected):
    assert zoom_meeting_id(_meeting(**({"location": ""} | {where: text}))) == expected


def test_a_meeting_not_on_zoom_or_an_unconfigured_zoom_asks_nothing(tmp_path, zoom):
    assert rapport_meeting_notes(meeting=_meeting(location="Room 4"), config=_config(tmp_path, zoom)) == []
    assert rapport_meeting_notes(meeting=_meeting(), config=Config(tmp_path, {})) is None
    assert zoom.requests == []


@pytest.mark.parametrize("setup, reason", [
    (lambda z: None, "no cloud recording yet"),
    (lambda z: z.add_recording(ZOOM_ID, "2026-04-02T06:00:41Z", status="processing"), "the transcript is processing"),
    (lambda z: z.add_recording(ZOOM_ID, "2026-04-02T06:00:41Z", transcript=None), "has no transcript"),
    (lambda z: z.add_recording(ZOOM_ID, "2026-03-26T06:00:12Z"), "no cloud recording of this occurrence yet"),
])
def test_a_transcript_not_made_yet_is_pending(tmp_path, zoom, setup, reason):
    setup(zoom)
    [pending] = rapport_meeting_notes(meeting=_meeting(), config=_config(tmp_path, zoom, give_up_after_hours=6))
    assert isinstance(pending, NotesPending) and reason in pending.reason
    assert pending.reason.startswith("meeting 812 3456 7890:") and pending.give_up_after == 6
    assert zoom.api_requests("/rec/download/") == []  # last week's transcript is never taken for today's


def test_refused_credentials_are_one_line_without_the_secret(tmp_path, zoom, monkeypatch):
    from rapport_plugins import RapportError

    monkeypatch.setenv("ZOOM_TEST_SECRET", "wrong-SECRET-value")
    with pytest.raises(RapportError) as caught:
        rapport_meeting_notes(meeting=_meeting(), config=_config(tmp_path, zoom, token_url=f"{zoom.base_url}/oauth/token?x=1"))
    message = str(caught.value)
    assert "invalid_client" in message or "Invalid client_id" in message
    assert "\n" not in message and "SECRET" not in message and "AbCdEf" not in message


def test_a_download_link_to_another_host_never_gets_the_token(tmp_path, zoom):
    from rapport_plugins import RapportError

    zoom.add_recording(ZOOM_ID, "2026-04-02T06:00:41Z", download_url="https://files.example.org/rec/download/x")
    with pytest.raises(RapportError, match="refusing to send the token"):
        rapport_meeting_notes(meeting=_meeting(), config=_config(tmp_path, zoom))


# -- `rapport run` ---------------------------------------------------------------------------------

def _home(rapport, home: Path, zoom, **extra) -> None:
    (home / "cal.ics").write_text(ICS, encoding="utf-8")
    rapport.config('[me]\nname = "Sam Lee"\nemails = ["sam@example.com"]\ntimezone = "Europe/Berlin"\n'
                   '[ics]\ncalendars = ["cal.ics"]\n' + zoom_section(zoom, **extra))
    rapport("people", "add", "Anna Berg", "--email", "anna@example.org")


def test_rapport_run_captures_the_zoom_transcript_once_after_the_meeting(rapport, home, zoom):
    """The meeting ended (06:30 UTC; the pinned clock is 07:55 UTC): its transcript arrives by itself."""
    _home(rapport, home, zoom)
    zoom.add_recording(ZOOM_ID, "2026-04-02T06:00:41Z", status="processing")
    first = rapport("run", "-v")
    assert "waiting for zoom: meeting 812 3456 7890: the transcript is processing" in first.stdout
    assert rapport.json("review")["proposals"] == []
    zoom.add_recording(ZOOM_ID, "2026-04-02T06:00:41Z")  # Zoom finished it
    out = rapport("run", "--at", "2026-04-02T10:10:00+02:00").stdout
    assert "1-1 Anna (after): 0 memories remembered, 1 proposal for `rapport review`" in out
    [proposal] = rapport.json("review")["proposals"]
    assert proposal["person"] == "Anna Berg" and "kitten" in proposal["text"] and "Miso" in proposal["text"]
    assert proposal["source_ref"].startswith(f"zoom:meeting/{ZOOM_ID}/transcript.vtt:")
    asked = len(zoom.api_requests("/recordings"))
    assert rapport("run", "--at", "2026-04-02T10:20:00+02:00").stdout == ""
    assert len(zoom.api_requests("/recordings")) == asked  # done with this meeting: Zoom is not asked again
    assert len(rapport.json("review")["proposals"]) == 1
    assert rapport.json("schedule", "status")["last_run"]["captured"] == 0
    assert all("Coffee" not in r["path"] for r in zoom.requests)  # the in-person meeting asked nothing


def test_a_transcript_that_never_comes_is_given_up_with_a_note(rapport, home, zoom):
    _home(rapport, home, zoom, give_up_after_hours=2)
    assert rapport("run").stdout == ""  # 07:55 UTC: no recording yet, waiting quietly
    assert rapport("run", "--at", "2026-04-02T11:00:00+02:00").stdout == ""  # 1 h 5 min later: still waiting
    out = rapport("run", "--at", "2026-04-02T12:00:00+02:00").stdout
    assert "1-1 Anna (after): zoom: gave up waiting for the transcript (meeting 812 3456 7890: no cloud recording yet)" in out
    review = rapport("review").stdout
    assert "not captured: 1-1 Anna" in review and "gave up waiting" in review
    assert rapport.json("review")["notices"][0]["title"] == "1-1 Anna"
    asked = len(zoom.requests)
    assert rapport("run", "--at", "2026-04-02T12:10:00+02:00").stdout == ""  # said once, then left alone
    assert len(zoom.requests) == asked


def test_a_hostile_transcript_is_one_line_naming_it_and_stores_nothing(rapport, home, zoom):
    _home(rapport, home, zoom, max_bytes=2000)
    zoom.add_recording(ZOOM_ID, "2026-04-02T06:00:41Z", transcript="WEBVTT\n\n" + "00:00:01.000 --> 00:00:02.000\n"
                       "Anna Berg: my dog is called Rex\n\n" * 200)
    result = rapport("run", code=1)
    [line] = [ln for ln in result.stderr.splitlines() if "zoom" in ln]
    assert "plugin 'zoom' failed" in line and "/rec/download/" in line and "2000 bytes" in line
    assert CLIENT_SECRET not in result.stderr and "zoom-token" not in result.stderr
    zoom.add_recording(ZOOM_ID, "2026-04-02T06:00:41Z",
                       transcript="WEBVTT\n\n00:00:01.000 --> 00:0x:02.000\nAnna Berg: my cat is called Tom\n")
    result = rapport("run", code=1)
    [line] = [ln for ln in result.stderr.splitlines() if "zoom" in ln]
    assert f"zoom:meeting/{ZOOM_ID}/transcript.vtt:3: malformed cue timing" in line
    assert rapport.json("review")["proposals"] == []
    assert rapport.json("people", "show", "anna")["memories"] == []
    zoom.add_recording(ZOOM_ID, "2026-04-02T06:00:41Z", transcript=VTT)  # fixed: the next run captures it
    assert "1 proposal" in rapport("run").stdout
