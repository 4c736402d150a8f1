"""Google Meet transcripts through the Meet REST API v2, against the local Google: the event's Meet
code finds this occurrence's conference, its transcript entries become speaker turns named by the
participants list, and `rapport run` captures them once; pending, permissions and hostile input."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from cloud_services import GOOGLE

from rapport_google import rapport_meeting_notes
from rapport_google.meet import meeting_key
from rapport_google.settings import load_settings
from rapport_plugins import Context, Meeting, MeetingNotes, RapportError

CODE = "abc-defg-hij"
TALK = [("Ada Lovelace", "Morning Grace, how was the weekend?", "2026-04-02T08:01:05Z"),
        ("Grace Hopper", "Lovely. We adopted a puppy called Churro last week.", "2026-04-02T08:01:12Z"),
        ("Ada Lovelace", "How lovely!", "2026-04-02T08:01:20Z")]
ONE_ON_ONE = "1:1 Ada / Grace"  # 08:00-08:30 UTC, hangoutLink https://meet.google.com/abc-defg-hij


@pytest.fixture
def google():
    yield from GOOGLE.serve()


def test_the_transcript_entries_become_named_speaker_turns(tmp_path, google):
    google.add_conference(CODE, "2026-03-26T08:00:10Z", "2026-03-26T08:29:00Z", [("Grace Hopper", "Last week.", "2026-03-26T08:01:00Z")])
    google.add_conference(CODE, "2026-04-02T08:00:40Z", "2026-04-02T08:31:00Z", TALK)
    config = GOOGLE.transcribing(tmp_path, google)
    [notes] = rapport_meeting_notes(meeting=GOOGLE.meeting_titled(config, ONE_ON_ONE), config=config)
    assert isinstance(notes, MeetingNotes) and notes.final and notes.kind == "transcript"
    assert [(u.speaker, u.text) for u in notes.utterances] == [(who, text) for who, text, _ in TALK]
    assert notes.utterances[1].start == 32.0 and notes.utterances[1].line == 2
    assert "Last week." not in notes.text and notes.ref == "google:conferenceRecords/rec-2/transcripts/t1"
    [listing] = [r for r in google.requests if r["path"] == "/v2/conferenceRecords"]
    assert listing["params"]["filter"] == f'space.meeting_code = "{CODE}"'
    assert len([r for r in google.requests if r["path"].endswith("/entries")]) == 2  # followed nextPageToken


@pytest.mark.parametrize("extra, text, code", [
    ({"video_link": "https://meet.google.com/abc-defg-hij"}, "", "abc-defg-hij"),
    ({"conference_id": "xyz-abcd-efg"}, "", "xyz-abcd-efg"),
    ({}, "Join with Google Meet: https://meet.google.com/qrs-tuvw-xyz?authuser=0", "qrs-tuvw-xyz"),
    ({}, "https://zoom.us/j/81234567890", None),
])
def test_the_meet_code_comes_from_the_event(extra, text, code):
    meeting = Meeting(uid="u", title="t", start=datetime(2026, 4, 2, 8, tzinfo=UTC), end=datetime(2026, 4, 2, 9, tzinfo=UTC),
                      description=text, extra=extra)
    assert meeting_key(meeting) == code


# Pending transcripts and transcripts off: test_cloud_transcripts_shared.py (Meet and Teams alike)
NOT_YET = [
    (lambda g: None, "no conference of this occurrence yet"),
    (lambda g: g.add_conference(CODE, "2026-04-02T08:00:40Z", None, TALK), "has not ended"),
    (lambda g: g.add_conference(CODE, "2026-04-02T08:00:40Z", "2026-04-02T08:31:00Z", None), "no transcript yet"),
    (lambda g: g.add_conference(CODE, "2026-04-02T08:00:40Z", "2026-04-02T08:31:00Z", TALK, state="STARTED"), "still being made"),
]


def test_the_scope_is_named(tmp_path, google):
    assert "meetings.space.readonly" not in load_settings(GOOGLE.transcribing(tmp_path, google, transcripts=False)).scope
    assert "meetings.space.readonly" in load_settings(GOOGLE.transcribing(tmp_path, google)).scope
    google.meet_scope_granted = False
    config = GOOGLE.transcribing(tmp_path, google)
    with pytest.raises(RapportError) as caught:
        rapport_meeting_notes(meeting=GOOGLE.meeting_titled(config, ONE_ON_ONE), config=config)
    message = str(caught.value)
    assert "403" in message and "meetings.space.readonly" in message and "rapport auth google" in message
    assert "\n" not in message and "SECRET" not in message


def test_a_malformed_answer_is_one_line_naming_the_transcript(tmp_path, google):
    name = google.add_conference(CODE, "2026-04-02T08:00:40Z", "2026-04-02T08:31:00Z", TALK)
    google.conferences[name]["entries"][1]["text"] = {"not": "text"}
    config = GOOGLE.transcribing(tmp_path, google)
    with pytest.raises(RapportError, match=r"^google:conferenceRecords/rec-1/transcripts/t1: entry 2 has no text$"):
        rapport_meeting_notes(meeting=GOOGLE.meeting_titled(config, ONE_ON_ONE), config=config)


def test_rapport_run_captures_the_meet_transcript_once(tmp_path, google):
    from rapport_plugins.capture import capture_recent

    google.add_conference(CODE, "2026-04-02T08:00:40Z", "2026-04-02T08:31:00Z", TALK)
    config = GOOGLE.transcribing(tmp_path, google)
    now = datetime(2026, 4, 2, 9, 0, tzinfo=UTC)
    app = Context(config=config, clock=lambda: now)
    try:
        [item] = [i for i in capture_recent(app, now, timedelta(hours=24)) if i["title"] == "1:1 Ada / Grace"]
        assert item["proposed"] == 1
        [proposal] = app.store.proposed()
        assert "Churro" in proposal.text and proposal.source_ref.startswith("google:conferenceRecords/rec-1/transcripts/t1")
        asked = len([r for r in google.requests if r["path"].startswith("/v2/")])
        capture_recent(app, now + timedelta(minutes=5), timedelta(hours=24))
        assert len([r for r in google.requests if r["path"].startswith("/v2/")]) == asked
    finally:
        app.close()
