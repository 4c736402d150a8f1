"""The hooks every cloud calendar integration has (Google Calendar, Microsoft 365), written once.

A cloud calendar gives the meetings in a window, may fetch the transcripts of meetings held on its
meeting tool, may write each briefing as a private note into the event (``describe_briefings``)
and reads one config section. The integration writes what its service does differently, in
modules imported on first use, so loading the plugin costs nothing::

    (rapport_calendar_events, rapport_meeting_notes, rapport_deliver_briefing,
     rapport_deliver_correction, rapport_config_sections) = CloudCalendarPlugin(
        "mycal", "rapport_mycal", about="My calendar (then `rapport auth mycal`)",
        keys={"calendars": (str, list)}, example='client_id = "..."\\n').hooks()

``rapport_mycal.sync`` answers ``meetings_in(window, config)``; ``rapport_mycal.describe``
answers what :func:`event_notes.deliver` asks; ``transcripts`` names the module a
:class:`meetingtools.MeetingTool` asks (None: the service has no transcripts).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any

from . import event_notes
from .hookspecs import hookimpl
from .meetingtools import MeetingTool
from .models import Correction, Meeting, MeetingNotes, NotesPending, Window

# What cloudsync.read_cloud_settings reads, declared for `rapport config check`
CLOUD_KEYS: dict[str, Any] = {
    "client_id": str, "base_url": str, "scope": str, "timeout": float, "max_retries": int, "max_wait": float,
    "page_size": int, "sync": bool, "sync_ahead_days": int, "state_dir": str,
}
TRANSCRIPT_KEYS: dict[str, Any] = {"transcripts": bool, "give_up_after_hours": float}


class CloudCalendarPlugin:
    """The hooks of the cloud calendar in ``package``, configured in ``[section]``."""

    def __init__(self, section: str, package: str, *, about: str, keys: dict[str, Any], example: str,
                 transcripts: str | None = None):
        self.section = section
        self.package = package
        self.about = about
        self.keys = keys
        self.example = example
        self.transcripts = MeetingTool(section, transcripts) if transcripts else None

    def hooks(self) -> tuple[Callable[..., Any], ...]:
        """``rapport_calendar_events``, ``rapport_meeting_notes``, ``rapport_deliver_briefing``,
        ``rapport_deliver_correction`` and ``rapport_config_sections``, in that order."""
        return (self.rapport_calendar_events, self.rapport_meeting_notes, self.rapport_deliver_briefing,
                self.rapport_deliver_correction, self.rapport_config_sections)

    @hookimpl
    def rapport_calendar_events(self, window: Window, config: Any) -> list[Meeting] | None:
        """Meetings from the configured calendars in ``window``; None when the section is absent."""
        return import_module(f"{self.package}.sync").meetings_in(window, config)

    @hookimpl
    def rapport_meeting_notes(self, meeting: Meeting, config: Any) -> list[MeetingNotes | NotesPending] | None:
        """After a meeting held on the service's meeting tool, its transcripts (``transcripts = true``)."""
        return None if self.transcripts is None else self.transcripts.rapport_meeting_notes(meeting, config)

    @hookimpl
    def rapport_deliver_briefing(self, meeting: Meeting, briefing: Any, config: Any) -> str | None:
        """With ``describe_briefings = true``: the briefing as a private note in the meeting's event."""
        return event_notes.deliver(import_module(f"{self.package}.describe"), meeting, briefing, config)

    @hookimpl
    def rapport_deliver_correction(self, meeting: Meeting, correction: Correction, config: Any) -> str | None:
        """A briefed meeting moved or was cancelled: a line at the top of the note in its event."""
        return event_notes.deliver_correction(import_module(f"{self.package}.describe"), meeting, correction, config)

    @hookimpl
    def rapport_config_sections(self) -> dict[str, Any]:
        """The section this plugin reads (checked by rapport; the example goes into `rapport init`)."""
        extra = TRANSCRIPT_KEYS if self.transcripts is not None else {}
        return {self.section: {
            "about": self.about,
            "keys": {**CLOUD_KEYS, **self.keys, **extra, **event_notes.CONFIG_KEYS},
            "example": self.example + event_notes.EXAMPLE,
        }}
