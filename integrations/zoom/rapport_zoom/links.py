"""Which Zoom meeting a calendar event is: the meeting ID in its join link (or its invitation text)."""

from __future__ import annotations

import re
from typing import Any

# https://zoom.us/j/81234567890?pwd=..., https://us02web.zoom.us/j/..., /s/ (start), /w/ (webinar),
# /wc/join/<id> and /wc/<id>/join (web client), zoomgov.com
JOIN_LINK = re.compile(r"https?://(?:[\w-]+\.)*zoom(?:gov)?\.(?:us|com)/(?:j|s|w|wc/join|wc)/(\d{9,12})(?!\d)", re.I)
# "Meeting ID: 812 3456 7890" in Zoom's invitation text
MEETING_ID = re.compile(r"meeting\s+id\s*[:：]?\s*(\d{3}[ \u00a0]?\d{3,4}[ \u00a0]?\d{3,5})(?!\d)", re.I)


def zoom_meeting_id(meeting: Any) -> str | None:
    """The Zoom meeting ID of ``meeting`` (digits only), from a join link anywhere in the event
    (location, description, the calendar's video link), else from Zoom's "Meeting ID:" line."""
    texts = [meeting.location or "", meeting.description or ""]
    texts += [v for v in (meeting.extra or {}).values() if isinstance(v, str)]
    for text in texts:
        found = JOIN_LINK.search(text)
        if found:
            return found.group(1)
    for text in texts:
        if "zoom" in text.lower():
            found = MEETING_ID.search(text)
            if found:
                return re.sub(r"\D", "", found.group(1))
    return None


def spaced(meeting_id: str) -> str:
    """``81234567890`` as Zoom shows it: ``812 3456 7890``."""
    if len(meeting_id) == 11:
        return f"{meeting_id[:3]} {meeting_id[3:7]} {meeting_id[7:]}"
    if len(meeting_id) == 10:
        return f"{meeting_id[:3]} {meeting_id[3:6]} {meeting_id[6:]}"
    return meeting_id
