"""rapport-zoom: after a meeting on Zoom, its cloud recording's transcript is fetched and captured.

Hook implementations only; requests and the API client are imported when a hook runs.
"""

from __future__ import annotations

from typing import Any

from rapport_plugins import hookimpl, meetingtools

__version__ = "0.1.0"
__all__ = ["rapport_meeting_notes", "rapport_config_sections"]


# The Zoom cloud recording transcript of a meeting whose event holds a Zoom join link
rapport_meeting_notes = meetingtools.MeetingTool("zoom", "rapport_zoom.fetch").rapport_meeting_notes


@hookimpl
def rapport_config_sections() -> dict[str, Any]:
    """The [zoom] section this plugin reads (checked by rapport; the example goes into `rapport init`)."""
    return {"zoom": {
        "about": "Zoom cloud recording transcripts, fetched after each meeting (a Server-to-Server OAuth app)",
        "keys": {"account_id": str, "client_id": str, "client_secret": "secret", "base_url": str, "token_url": str,
                 "give_up_after_hours": float, "max_bytes": int, "timeout": float, "max_retries": int,
                 "max_wait": float},
        "example": """\
account_id = "AbCdEfGhIjKlMnOpQrStUv"
client_id = "aBcDeFgHiJkLmNoPqRsT"
client_secret_env = "ZOOM_CLIENT_SECRET"
# give_up_after_hours = 12   # a transcript Zoom has not made by then is given up, with a note
""",
    }}
