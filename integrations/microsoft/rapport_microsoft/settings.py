"""The ``[microsoft]`` configuration section, validated once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rapport_plugins import ConfigError, SectionReader, windows_for_iana

SECTION = "microsoft"
SCOPE = "offline_access https://graph.microsoft.com/Calendars.Read"
DEFAULT_BASE_URL = "https://graph.microsoft.com/v1.0"
DEFAULT_AUTHORITY = "https://login.microsoftonline.com"


@dataclass
class MicrosoftSettings:
    client_id: str
    tenant: str = "common"
    base_url: str = DEFAULT_BASE_URL
    authority: str = DEFAULT_AUTHORITY
    scope: str = SCOPE
    timezone: str = "UTC"  # sent as Prefer: outlook.timezone; Graph answers times in it
    timeout: float = 30.0
    max_retries: int = 3
    max_wait: float = 60.0  # cap on any single sleep (Retry-After, backoff, device-code polling)
    page_size: int = 100  # Prefer: odata.maxpagesize
    sync: bool = True  # keep a local cache updated with calendarView delta links
    sync_ahead_days: int = 30
    state_dir: Path = field(default=Path("."))

    @property
    def token_path(self) -> Path:
        return self.state_dir / "token.json"

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
    section = config.section(SECTION)
    if not section:
        return None
    read = SectionReader(config, SECTION)
    where, text, number = read.where, read.text, read.number

    client_id = text("client_id")
    if not client_id:
        raise ConfigError(f"{where} client_id is missing (see integrations/microsoft/README.md)")
    tz = text("timezone", "UTC") or "UTC"
    if tz != "UTC":
        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigError(f"{where} timezone {tz!r} is not an IANA time zone (e.g. \"Europe/Berlin\")") from None
    sync = read.flag("sync", True)
    return MicrosoftSettings(
        client_id=client_id,
        tenant=text("tenant", "common") or "common",
        base_url=text("base_url", DEFAULT_BASE_URL).rstrip("/"),
        authority=text("authority", DEFAULT_AUTHORITY).rstrip("/"),
        scope=text("scope", SCOPE),
        timezone=tz,
        timeout=number("timeout", 30.0),
        max_retries=number("max_retries", 3, int),
        max_wait=number("max_wait", 60.0),
        page_size=max(1, min(1000, number("page_size", 100, int))),
        sync=sync,
        sync_ahead_days=number("sync_ahead_days", 30, int),
        state_dir=config.path_of(text("state_dir", "microsoft")),
    )
