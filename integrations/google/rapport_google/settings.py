"""The ``[google]`` configuration section, validated once, with the client secret kept out of reprs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rapport_plugins import ConfigError, SectionReader, cloudsync, event_notes

SECTION = "google"
SCOPE = "https://www.googleapis.com/auth/calendar.readonly"
DEFAULT_BASE_URL = "https://www.googleapis.com/calendar/v3"
DEFAULT_TOKEN_URL = "https://oauth2.googleapis.com/token"
DEFAULT_AUTH_URL = "https://accounts.google.com/o/oauth2/v2/auth"
DEFAULT_MEET_URL = "https://meet.googleapis.com/v2"
MEET_SCOPE = "https://www.googleapis.com/auth/meetings.space.readonly"  # `transcripts = true`: Meet transcripts
WRITE_SCOPE = "https://www.googleapis.com/auth/calendar.events"  # `describe_briefings = true`: write the note
ACL_SCOPE = "https://www.googleapis.com/auth/calendar.acls.readonly"  # ... and see who else reads the calendar


@dataclass
class GoogleSettings(cloudsync.CloudSettings):
    client_secret: str = field(default="", repr=False)
    calendars: list[str] = field(default_factory=lambda: ["primary"])
    token_url: str = DEFAULT_TOKEN_URL
    auth_url: str = DEFAULT_AUTH_URL
    birthdays: bool = True  # the primary calendar's birthday events fill in birthdays no contact gives
    redirect_port: int = 0  # 0: any free loopback port
    auth_timeout: float = 300.0
    transcripts: bool = False  # fetch Google Meet transcripts after meetings (needs MEET_SCOPE)
    meet_url: str = DEFAULT_MEET_URL
    give_up_after_hours: float = 12.0
    describe_briefings: bool = False  # put each briefing into the event's description (needs WRITE_SCOPE, ACL_SCOPE)
    describe_shared: str = "shared-copy"


def load_settings(config: Any) -> GoogleSettings | None:
    """Read ``[google]``; ``None`` when the section is absent (the integration is not configured)."""
    read = SectionReader.of(config, SECTION)
    if read is None:
        return None
    calendars = read.strings("calendars", ["primary"])
    if not calendars:
        raise ConfigError(f"{read.where} calendars must be a list of calendar ids, e.g. [\"primary\"]")
    transcripts = read.flag("transcripts", False)
    describe, shared = event_notes.settings(read.section, read.where)
    scopes = [SCOPE] + ([MEET_SCOPE] if transcripts else []) + ([WRITE_SCOPE, ACL_SCOPE] if describe else [])
    return GoogleSettings(
        **cloudsync.read_cloud_settings(read, base_url=DEFAULT_BASE_URL, scope=" ".join(scopes),
                                        page_size=250,
                                        most_per_page=2500, help_page="integrations/google/README.md"),
        client_secret=read.secret("client_secret") or "",
        calendars=calendars,
        token_url=read.text("token_url", DEFAULT_TOKEN_URL),
        auth_url=read.text("auth_url", DEFAULT_AUTH_URL),
        birthdays=read.flag("birthdays", True),
        redirect_port=read.number("redirect_port", 0, int),
        auth_timeout=read.number("auth_timeout", 300.0),
        transcripts=transcripts,
        meet_url=read.text("meet_url", DEFAULT_MEET_URL).rstrip("/"),
        give_up_after_hours=read.number("give_up_after_hours", 12.0),
        describe_briefings=describe,
        describe_shared=shared,
    )
