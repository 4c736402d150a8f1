"""After a meeting: its Zoom cloud recording's transcript (``audio_transcript``, WebVTT), read by
rapport-transcripts into speaker turns; or, while Zoom is still making it, a :class:`NotesPending`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from rapport_plugins import Limits, MeetingNotes, NotesPending, limits_of

from .api import ZoomApi
from .links import spaced, zoom_meeting_id
from .settings import load_settings

SAME_OCCURRENCE = timedelta(hours=2)  # a recording starting further from the event is another occurrence's


def meeting_transcripts(meeting: Any, config: Any) -> list[MeetingNotes | NotesPending] | None:
    """The transcript of ``meeting``'s Zoom cloud recording: [] for a meeting that is not on Zoom,
    ``NotesPending`` while there is none yet, ``None`` when ``[zoom]`` is not configured."""
    settings = load_settings(config)
    if settings is None:
        return None
    zoom_id = zoom_meeting_id(meeting)
    if zoom_id is None:
        return []
    shown = spaced(zoom_id)

    def pending(reason: str) -> list[MeetingNotes | NotesPending]:
        return [NotesPending(source="zoom", reason=f"meeting {shown}: {reason}",
                             give_up_after=settings.give_up_after_hours)]

    limits = limits_of(config)
    api = ZoomApi(settings, Limits(http_bytes=min(limits.http_bytes, settings.max_bytes),
                                   http_seconds=limits.http_seconds, file_bytes=limits.file_bytes,
                                   expand_steps=limits.expand_steps))
    recording = api.recordings(zoom_id)
    if recording is None:
        return pending("no cloud recording yet")
    if not _same_occurrence(recording, meeting):
        return pending("no cloud recording of this occurrence yet")
    files = [f for f in recording.get("recording_files") or [] if isinstance(f, dict)]
    transcript = next((f for f in files if f.get("file_type") == "TRANSCRIPT"
                       or f.get("recording_type") == "audio_transcript"), None)
    if transcript is None:
        busy = any(f.get("status") == "processing" for f in files)
        return pending("the recording is still processing" if busy
                       else "the recording has no transcript (is audio transcript on in Zoom's settings?)")
    if transcript.get("status", "completed") != "completed":
        return pending(f"the transcript is {transcript.get('status')}")
    url = transcript.get("download_url")
    if not isinstance(url, str) or not url:
        return pending("the transcript has no download link yet")
    label = f"zoom:meeting/{zoom_id}/transcript.vtt"
    text = api.download_text(url, label)
    from rapport_transcripts import parse_transcript

    notes = parse_transcript(text, source=label, fmt="vtt")
    notes.source = "transcript"
    notes.final = True  # a finished recording's transcript does not change
    notes.extra.update({"zoom_meeting_id": zoom_id, "recording_start": recording.get("start_time")})
    return [notes]


def _same_occurrence(recording: dict[str, Any], meeting: Any) -> bool:
    """A recurring meeting keeps its ID: the recordings Zoom lists must be of this occurrence."""
    started = recording.get("start_time")
    if not isinstance(started, str) or not isinstance(meeting.start, datetime):
        return True
    try:
        when = datetime.fromisoformat(started.replace("Z", "+00:00"))
    except ValueError:
        return False
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    start = meeting.start if meeting.start.tzinfo else meeting.start.astimezone()
    return abs(when - start) <= SAME_OCCURRENCE
