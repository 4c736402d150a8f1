"""Add the meeting's description to the briefing as an "Agenda" section.

Shows the smallest ``rapport_before_meeting`` hook: plugins add sections in place.
"""

from __future__ import annotations

from rapport_plugins import hookimpl


@hookimpl
def rapport_before_meeting(meeting, briefing):
    lines = [line.strip() for line in (meeting.description or "").splitlines() if line.strip()]
    if lines:
        briefing.add_section("Agenda", lines[:10], source="agenda_section")
