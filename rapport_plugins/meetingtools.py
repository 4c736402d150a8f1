"""What every meeting tool's transcripts share (a video call service that transcribes: Meet, Teams, Zoom).

After a meeting, ``rapport_meeting_notes`` answers ``None`` when the tool is not configured, ``[]``
for a meeting not held on it, its transcripts once made, and a :class:`NotesPending` while the tool
is still making them (``rapport run`` asks again later). A recurring meeting keeps one link, so only
what happened during this occurrence counts (:func:`during`). The integration writes what its
service does differently, in a module imported on first use::

    rapport_meeting_notes = meetingtools.MeetingTool("mytool", "rapport_mytool.fetch").rapport_meeting_notes
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from importlib import import_module
from typing import Any

from .errors import RapportError
from .hookspecs import hookimpl
from .models import Meeting, MeetingNotes, NotesPending


class MeetingTool:
    """``rapport_meeting_notes`` for one meeting tool. ``module`` answers:

    - ``load_settings(config)``: its settings (with ``give_up_after_hours``; a false
      ``transcripts`` turns them off), or None when the tool is not configured;
    - ``meeting_key(meeting)``: the meeting's id or link on the tool, or None when it is not held there;
    - ``label(meeting, key)``: how a waiting note names the meeting (``Meet abc-mnop-xyz``);
    - ``fetch(settings, meeting, key, pending, config)``: the transcripts, or ``pending(reason)``;
    - optionally ``DENIED`` (what to grant when the service answers 403) and ``NOT_YET`` (the
      exceptions that mean "no transcript yet").
    """

    def __init__(self, source: str, module: str):
        self.source = source
        self.module = module

    @hookimpl
    def rapport_meeting_notes(self, meeting: Meeting, config: Any) -> list[MeetingNotes | NotesPending] | None:
        """After a meeting held on this tool, its transcripts; a NotesPending while they are being made."""
        tool = import_module(self.module)
        settings = tool.load_settings(config)
        if settings is None or not getattr(settings, "transcripts", True):
            return None
        key = tool.meeting_key(meeting)
        if key is None:
            return []

        def pending(reason: str) -> list[MeetingNotes | NotesPending]:
            return [NotesPending(source=self.source, reason=f"{tool.label(meeting, key)}: {reason}",
                                 give_up_after=settings.give_up_after_hours)]

        try:
            return tool.fetch(settings, meeting, key, pending, config)
        except getattr(tool, "NOT_YET", ()):
            return pending("no transcript yet")
        except RapportError as exc:
            denied = getattr(tool, "DENIED", None)
            if denied is None or " 403 " not in str(exc):
                raise
            raise RapportError(f"{exc} - {denied}") from None


def stamp(value: Any) -> datetime | None:
    """A service's ISO 8601 time stamp (``Z`` or an offset; none is UTC) as an aware datetime, else None."""
    if not isinstance(value, str):
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def during(value: Any, meeting: Meeting, slack: timedelta, *, to_end: bool = True, unknown: bool = False) -> bool:
    """Whether the time stamp ``value`` falls in this occurrence of ``meeting``: from ``slack``
    before its start to ``slack`` after its end (``to_end=False``: after its start). ``unknown``
    when there is no stamp or the meeting has no time of day; a stamp that does not parse is never
    this occurrence's."""
    if not isinstance(value, str) or not isinstance(meeting.start, datetime):
        return unknown
    when = stamp(value)
    if when is None:
        return False
    start = meeting.start if meeting.start.tzinfo else meeting.start.astimezone()
    end = meeting.end if to_end and isinstance(meeting.end, datetime) and meeting.end.tzinfo else start
    return start - slack <= when <= end + slack
