"""Teams transcripts through Microsoft Graph, against the local Graph: the event's onlineMeeting
joinUrl finds the online meeting, this occurrence's transcript is read as WebVTT and captured once;
missing permissions, hostile content and transcripts not made yet are handled."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from cloud_services import MICROSOFT

from rapport_microsoft import rapport_meeting_notes
from rapport_microsoft.settings import load_settings
from rapport_plugins import Context, MeetingNotes, RapportError

JOIN = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc"
TEAMS_VTT = """WEBVTT

0c3a2f4e-1/12-0
00:00:01.000 --> 00:00:04.000
<v Ada Lovelace>Morning Grace, how was the weekend?</v>

0c3a2f4e-1/18-0
00:00:04.500 --> 00:00:10.000
<v Grace Hopper>Lovely. We adopted a puppy called Churro last week.</v>
"""
ONE_ON_ONE = "1:1 Ada / Grace"


@pytest.fixture
def graph():
    yield from MICROSOFT.serve()


def test_the_transcript_of_this_occurrence_is_read_as_webvtt(tmp_path, graph):
    online = graph.add_online_meeting(JOIN)
    graph.add_transcript(online, "2026-03-26T08:01:00Z", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Grace Hopper>Last week.</v>\n")
    graph.add_transcript(online, "2026-04-02T08:01:10Z", TEAMS_VTT)
    config = MICROSOFT.transcribing(tmp_path, graph)
    [notes] = rapport_meeting_notes(meeting=MICROSOFT.meeting_titled(config, ONE_ON_ONE), config=config)
    assert isinstance(notes, MeetingNotes) and notes.final and notes.kind == "transcript"
    assert [(u.speaker, u.text) for u in notes.utterances][1] == ("Grace Hopper", "Lovely. We adopted a puppy called Churro last week.")
    assert "Last week." not in notes.text  # the other occurrence's transcript is not this meeting's
    [lookup] = [r for r in graph.requests if r["path"] == "/v1.0/me/onlineMeetings"]
    assert lookup["params"]["$filter"] == f"JoinWebUrl eq '{JOIN}'"
    [content] = [r for r in graph.requests if r["path"].endswith("/content")]
    assert content["params"] == {"$format": "text/vtt"}
    refresh = [f for f in graph.token_requests if f.get("grant_type") == "refresh_token"][0]
    assert "OnlineMeetingTranscript.Read.All" in refresh["scope"] and "OnlineMeetings.Read" in refresh["scope"]


# Pending transcripts and transcripts off: test_cloud_transcripts_shared.py (Meet and Teams alike)
NOT_YET = [
    (lambda g: None, "no online meeting of yours with this join link yet"),
    (lambda g: g.add_online_meeting(JOIN), "no transcript of this occurrence yet"),
]


def test_the_transcript_permissions_are_asked_only_with_transcripts(tmp_path, graph):
    assert "OnlineMeetingTranscript" not in load_settings(MICROSOFT.transcribing(tmp_path, graph, transcripts=False)).scope
    assert "OnlineMeetingTranscript" in load_settings(MICROSOFT.transcribing(tmp_path, graph)).scope


def test_a_sign_in_without_the_transcript_permission_says_what_to_do(tmp_path, graph):
    config = MICROSOFT.transcribing(tmp_path, graph, scope="offline_access https://graph.microsoft.com/Calendars.Read")
    with pytest.raises(RapportError) as caught:
        rapport_meeting_notes(meeting=MICROSOFT.meeting_titled(config, ONE_ON_ONE), config=config)
    message = str(caught.value)
    assert "403" in message and "OnlineMeetingTranscript.Read.All" in message and "rapport auth microsoft" in message
    assert "\n" not in message and "SECRET" not in message and "access-" not in message


def test_hostile_transcripts_are_one_line_errors_naming_them(tmp_path, graph):
    online = graph.add_online_meeting(JOIN)
    graph.add_transcript(online, "2026-04-02T08:01:10Z", "WEBVTT\n\n" + "00:00:01.000 --> 00:00:02.000\n<v G>x</v>\n\n" * 400)
    config = MICROSOFT.transcribing(tmp_path, graph, max_transcript_bytes=1000)
    with pytest.raises(RapportError) as huge:
        rapport_meeting_notes(meeting=MICROSOFT.meeting_titled(config, ONE_ON_ONE), config=config)
    assert "/content" in str(huge.value) and "1000 bytes" in str(huge.value) and "\n" not in str(huge.value)
    graph.transcripts[online].clear()
    graph.add_transcript(online, "2026-04-02T08:01:10Z", "WEBVTT\n\n00:00:01.000 --> 00:0x:02.000\n<v Grace Hopper>x</v>\n")
    with pytest.raises(RapportError, match=r"^microsoft:onlineMeetings/.+\.vtt:3: malformed cue timing"):
        rapport_meeting_notes(meeting=MICROSOFT.meeting_titled(config, ONE_ON_ONE), config=config)


def test_rapport_run_captures_the_teams_transcript_once(tmp_path, graph):
    from rapport_plugins.capture import capture_recent

    online = graph.add_online_meeting(JOIN)
    graph.add_transcript(online, "2026-04-02T08:01:10Z", TEAMS_VTT)
    config = MICROSOFT.transcribing(tmp_path, graph)
    now = datetime(2026, 4, 2, 9, 0, tzinfo=UTC)  # the 1:1 ended at 08:30
    app = Context(config=config, clock=lambda: now)
    try:
        [item] = [i for i in capture_recent(app, now, timedelta(hours=24)) if i["title"] == "1:1 Ada / Grace"]
        assert item["proposed"] == 1 and item["notes"][0].startswith("microsoft:onlineMeetings/")
        [proposal] = app.store.proposed()
        assert "Churro" in proposal.text
        asked = len([r for r in graph.requests if "onlineMeetings" in r["path"]])
        capture_recent(app, now + timedelta(minutes=5), timedelta(hours=24))
        assert len([r for r in graph.requests if "onlineMeetings" in r["path"]]) == asked  # not fetched again
        assert len(app.store.proposed()) == 1
    finally:
        app.close()
