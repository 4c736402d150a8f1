"""After a Teams meeting: its transcript, through Microsoft Graph's online meeting APIs.

``GET /me/onlineMeetings?$filter=JoinWebUrl eq '…'`` finds the online meeting of the event's
``onlineMeeting.joinUrl``; ``/me/onlineMeetings/{id}/transcripts`` lists its transcripts (one per
occurrence that was transcribed) and ``/transcripts/{id}/content?$format=text/vtt`` is the WebVTT,
read by rapport-transcripts. Needs the ``OnlineMeetings.Read`` and ``OnlineMeetingTranscript.Read.All``
scopes (``[microsoft] transcripts = true``, then ``rapport auth microsoft`` again).
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any
from urllib.parse import quote

from rapport_plugins import MeetingNotes, NotesPending, meetingtools

from .api import GraphApi, NotFound
from .settings import load_settings as load_settings  # what meetingtools.MeetingTool calls, with the rest

JOIN_LINK = re.compile(r"https://teams\.microsoft(?:\.us)?\.com/l/meetup-join/[^\s\"'<>]+", re.I)
SLACK = timedelta(minutes=30)  # a transcript of this occurrence starts within its time (plus this)
NOT_YET = (NotFound,)
DENIED = ("Teams transcripts need the OnlineMeetings.Read and OnlineMeetingTranscript.Read.All permissions: set "
          "[microsoft] transcripts = true and run `rapport auth microsoft` again (your organisation may also have "
          "turned transcript access off)")


def meeting_key(meeting: Any) -> str | None:
    """The Teams join link of ``meeting``: Graph's ``onlineMeeting.joinUrl``, else one in its text."""
    link = (meeting.extra or {}).get("video_link")
    if isinstance(link, str) and JOIN_LINK.match(link):
        return link
    for text in (meeting.location or "", meeting.description or ""):
        found = JOIN_LINK.search(text)
        if found:
            return found.group(0)
    return None


def label(meeting: Any, link: str) -> str:
    return f"Teams meeting {meeting.title!r}"


def fetch(settings: Any, meeting: Any, link: str, pending: Any, config: Any) -> list[MeetingNotes | NotesPending]:
    api = GraphApi(settings)
    base = settings.base_url
    quoted = link.replace("'", "''")  # OData string literal
    found = api.get_json(f"{base}/me/onlineMeetings", {"$filter": f"JoinWebUrl eq '{quoted}'"})
    online = [m for m in found.get("value") or [] if isinstance(m, dict) and m.get("id")]
    if not online:
        return pending("Teams lists no online meeting of yours with this join link yet")
    meeting_id = quote(str(online[0]["id"]), safe="")
    listed = api.get_json(f"{base}/me/onlineMeetings/{meeting_id}/transcripts")
    transcripts = [t for t in listed.get("value") or [] if isinstance(t, dict) and t.get("id")
                   and meetingtools.during(t.get("createdDateTime"), meeting, SLACK, unknown=True)]
    if not transcripts:
        return pending("no transcript of this occurrence yet")
    from rapport_transcripts import parse_transcript

    notes: list[MeetingNotes | NotesPending] = []
    for transcript in sorted(transcripts, key=lambda t: str(t.get("createdDateTime"))):
        ref = f"microsoft:onlineMeetings/{online[0]['id']}/transcripts/{transcript['id']}.vtt"
        text = api.get_text(f"{base}/me/onlineMeetings/{meeting_id}/transcripts/{quote(str(transcript['id']), safe='')}/content",
                            {"$format": "text/vtt"}, ref)
        read = parse_transcript(text, source=ref, fmt="vtt")
        read.final = True  # a finished meeting's transcript does not change
        notes.append(read)
    return notes
