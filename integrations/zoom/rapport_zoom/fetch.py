"""After a meeting: its Zoom cloud recording's transcript (``audio_transcript``, WebVTT), read by
rapport-transcripts into speaker turns; or, while Zoom is still making it, a :class:`NotesPending`.
``meetingtools.MeetingTool`` calls this module (rapport_zoom's ``rapport_meeting_notes``)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from rapport_plugins import Limits, MeetingNotes, NotesPending, limits_of, meetingtools

from .api import ZoomApi
from .links import spaced, zoom_meeting_id
from .settings import load_settings as load_settings  # what meetingtools.MeetingTool calls, with the rest

SAME_OCCURRENCE = timedelta(hours=2)  # a recording starting further from the event is another occurrence's

meeting_key = zoom_meeting_id


def label(meeting: Any, zoom_id: str) -> str:
    return f"meeting {spaced(zoom_id)}"


def fetch(settings: Any, meeting: Any, zoom_id: str, pending: Any, config: Any) -> list[MeetingNotes | NotesPending]:
    """The transcript of ``meeting``'s Zoom cloud recording, or ``pending(reason)`` while there is none yet."""
    limits = limits_of(config)
    api = ZoomApi(settings, Limits(http_bytes=min(limits.http_bytes, settings.max_bytes),
                                   http_seconds=limits.http_seconds, file_bytes=limits.file_bytes,
                                   expand_steps=limits.expand_steps))
    recording = api.recordings(zoom_id)
    if recording is None:
        return pending("no cloud recording yet")
    if not meetingtools.during(recording.get("start_time"), meeting, SAME_OCCURRENCE, to_end=False, unknown=True):
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
