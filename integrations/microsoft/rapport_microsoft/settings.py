"""The ``[microsoft]`` configuration section, validated once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rapport_plugins import ConfigError, SectionReader, cloudsync, event_notes, windows_for_iana

SECTION = "microsoft"
SCOPE = "offline_access https://graph.microsoft.com/Calendars.Read"
# `transcripts = true`: find a Teams meeting by its join link, and read its transcripts
TRANSCRIPT_SCOPES = "https://graph.microsoft.com/OnlineMeetings.Read https://graph.microsoft.com/OnlineMeetingTranscript.Read.All"
WRITE_SCOPE = "https://graph.microsoft.com/Calendars.ReadWrite"  # `describe_briefings = true`: write the note
DEFAULT_BASE_URL = "https://graph.microsoft.com/v1.0"
DEFAULT_AUTHORITY = "https://login.microsoftonline.com"


@dataclass
class MicrosoftSettings(cloudsync.CloudSettings):
    tenant: str = "common"
    authority: str = DEFAULT_AUTHORITY
    timezone: str = "UTC"  # sent as Prefer: outlook.timezone; Graph answers times in it
    transcripts: bool = False  # fetch Teams transcripts after meetings (needs TRANSCRIPT_SCOPES)
    give_up_after_hours: float = 12.0
    max_transcript_bytes: int = 20 * 1024 * 1024
    describe_briefings: bool = False  # put each briefing into the event's body (needs WRITE_SCOPE)
    describe_shared: str = "shared-copy"

    @property
    def token_url(self) -> str:
        return f"{self.authority}/{self.tenant}/oauth2/v2.0/token"

    @property
    def device_code_url(self) -> str:
        return f"{self.authority}/{self.tenant}/oauth2/v2.0/devicecode"

    @property
    def prefer(self) -> str:
        """Graph takes Windows zone names here (IANA names only from a short list): the Windows
        zone that keeps the same time as ``timezone``, else UTC (times stay right, only the label differs)."""
        windows = "UTC" if self.timezone == "UTC" else windows_for_iana(self.timezone) or "UTC"
        return f'outlook.timezone="{windows}"'


def load_settings(config: Any) -> MicrosoftSettings | None:
    """Read ``[microsoft]``; ``None`` when the section is absent (the integration is not configured)."""
    read = SectionReader.of(config, SECTION)
    if read is None:
        return None
    tz = read.text("timezone", "UTC") or "UTC"
    if tz != "UTC":
        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigError(f"{read.where} timezone {tz!r} is not an IANA time zone (e.g. \"Europe/Berlin\")") from None
    transcripts = read.flag("transcripts", False)
    describe, shared = event_notes.settings(read.section, read.where)
    scopes = [SCOPE] + ([TRANSCRIPT_SCOPES] if transcripts else []) + ([WRITE_SCOPE] if describe else [])
    return MicrosoftSettings(
        **cloudsync.read_cloud_settings(read, base_url=DEFAULT_BASE_URL, scope=" ".join(scopes), page_size=100,
                                        most_per_page=1000, help_page="integrations/microsoft/README.md"),
        tenant=read.text("tenant", "common") or "common",
        authority=read.text("authority", DEFAULT_AUTHORITY).rstrip("/"),
        timezone=tz,
        transcripts=transcripts,
        give_up_after_hours=read.number("give_up_after_hours", 12.0),
        max_transcript_bytes=read.number("max_transcript_bytes", 20 * 1024 * 1024, int),
        describe_briefings=describe,
        describe_shared=shared,
    )
