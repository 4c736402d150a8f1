"""After a Teams meeting: its transcript, through Microsoft Graph's online meeting APIs.

``GET /me/onlineMeetings?$filter=JoinWebUrl eq '…'`` finds the online meeting of the event's
``onlineMeeting.joinUrl``; ``/me/onlineMeetings/{id}/transcripts`` lists its transcripts (one per
occurrence that was transcribed) and ``/transcripts/{id}/content?$format=text/vtt`` is the WebVTT,
read by rapport-transcripts. Needs the ``OnlineMeetings.Read`` and ``OnlineMeetingTranscript.Read.All``
scopes (``[microsoft] transcripts = true``, then ``rapport auth microsoft`` again).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

from rapport_plugins import MeetingNotes, NotesPending, RapportError

from .api import GraphApi, NotFound
from .settings import load_settings

JOIN_LINK = re.compile(r"https://teams\.microsoft(?:\.us)?\.com/l/meetup-join/[^\s\"'<>]+", re.I)
SLACK = timedelta(minutes=30)  # a transcript of this occurrence starts within its time (plus this)


def join_url(meeting: Any) -> str | None:
    """The Teams join link of ``meeting``: Graph's ``onlineMeeting.joinUrl``, else one in its text."""
    link = (meeting.extra or {}).get("video_link")
    if isinstance(link, str) and JOIN_LINK.match(link):
        return link
    for text in (meeting.location or "", meeting.description or ""):
        found = JOIN_LINK.search(text)
        if found:
            return found.group(0)
    return None


def meeting_transcripts(meeting: Any, config: Any) -> list[MeetingNotes | NotesPending] | None:
    settings = load_settings(config)
    if settings is None or not settings.transcripts:
        return None
    link = join_url(meeting)
    if link is None:
        return []

    def pending(reason: str) -> list[MeetingNotes | NotesPending]:
        return [NotesPending(source="microsoft", reason=f"Teams meeting {meeting.title!r}: {reason}",
                             give_up_after=settings.give_up_after_hours)]

    api = GraphApi(settings)
    try:
        return _fetch(api, settings, meeting, link, pending)
    except NotFound:
        return pending("no transcript yet")
    except RapportError as exc:
        if " 403 " not in str(exc):
            raise
        raise RapportError(f"{exc} - Teams transcripts need the OnlineMeetings.Read and OnlineMeetingTranscript.Read.All "
                           "permissions: set [microsoft] transcripts = true and run `rapport auth microsoft` again "
                           "(your organisation may also have turned transcript access off)") from None


def _fetch(api: GraphApi, settings: Any, meeting: Any, link: str, pending: Any) -> list[MeetingNotes | NotesPending]:
    base = settings.base_url
    quoted = link.replace("'", "''")  # OData string literal
    found = api.get_json(f"{base}/me/onlineMeetings", {"$filter": f"JoinWebUrl eq '{quoted}'"})
    online = [m for m in found.get("value") or [] if isinstance(m, dict) and m.get("id")]
    if not online:
        return pending("Teams lists no online meeting of yours with this join link yet")
    meeting_id = quote(str(online[0]["id"]), safe="")
    listed = api.get_json(f"{base}/me/onlineMeetings/{meeting_id}/transcripts")
    transcripts = [t for t in listed.get("value") or [] if isinstance(t, dict) and t.get("id") and _this_occurrence(t, meeting)]
    if not transcripts:
        return pending("no transcript of this occurrence yet")
    from rapport_transcripts import parse_transcript

    notes: list[MeetingNotes | NotesPending] = []
    for transcript in sorted(transcripts, key=lambda t: str(t.get("createdDateTime"))):
        label = f"microsoft:onlineMeetings/{online[0]['id']}/transcripts/{transcript['id']}.vtt"
        text = api.get_text(f"{base}/me/onlineMeetings/{meeting_id}/transcripts/{quote(str(transcript['id']), safe='')}/content",
                            {"$format": "text/vtt"}, label)
        read = parse_transcript(text, source=label, fmt="vtt")
        read.final = True  # a finished meeting's transcript does not change
        notes.append(read)
    return notes


def _this_occurrence(transcript: dict[str, Any], meeting: Any) -> bool:
    """A recurring Teams meeting has one online meeting: keep the transcripts made during this occurrence."""
    created = transcript.get("createdDateTime")
    if not isinstance(created, str) or not isinstance(meeting.start, datetime):
        return True
    try:
        when = datetime.fromisoformat(created.replace("Z", "+00:00"))
    except ValueError:
        return False
    when = when if when.tzinfo else when.replace(tzinfo=UTC)
    start = meeting.start if meeting.start.tzinfo else meeting.start.astimezone()
    end = meeting.end if isinstance(meeting.end, datetime) and meeting.end.tzinfo else start
    return start - SLACK <= when <= end + SLACK

