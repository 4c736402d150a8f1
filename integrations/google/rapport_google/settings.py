"""The ``[google]`` configuration section, validated once, with the client secret kept out of reprs."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapport_plugins import ConfigError, SectionReader, secret

SECTION = "google"
SCOPE = "https://www.googleapis.com/auth/calendar.readonly"
DEFAULT_BASE_URL = "https://www.googleapis.com/calendar/v3"
DEFAULT_TOKEN_URL = "https://oauth2.googleapis.com/token"
DEFAULT_AUTH_URL = "https://accounts.google.com/o/oauth2/v2/auth"


@dataclass
class GoogleSettings:
    client_id: str
    client_secret: str = field(default="", repr=False)
    calendars: list[str] = field(default_factory=lambda: ["primary"])
    base_url: str = DEFAULT_BASE_URL
    token_url: str = DEFAULT_TOKEN_URL
    auth_url: str = DEFAULT_AUTH_URL
    scope: str = SCOPE
    timeout: float = 30.0
    max_retries: int = 3
    max_wait: float = 60.0  # cap on any single Retry-After sleep
    page_size: int = 250
    sync: bool = True  # keep a local cache updated with sync tokens
    birthdays: bool = True  # the primary calendar's birthday events fill in birthdays no contact gives
    sync_ahead_days: int = 30  # a full sync covers this much beyond the asked window
    redirect_port: int = 0  # 0: any free loopback port
    auth_timeout: float = 300.0
    state_dir: Path = Path(".")

    @property
    def token_path(self) -> Path:
        return self.state_dir / "token.json"


def load_settings(config: Any) -> GoogleSettings | None:
    """Read ``[google]``; ``None`` when the section is absent (the integration is not configured)."""
    section = config.section(SECTION)
    if not section:
        return None
    read = SectionReader(config, SECTION)
    where, text, number = read.where, read.text, read.number

    client_id = text("client_id")
    if not client_id:
        raise ConfigError(f"{where} client_id is missing (see integrations/google/README.md)")
    client_secret = secret(section, "client_secret", where) or ""
    calendars = section.get("calendars", ["primary"])
    if isinstance(calendars, str):
        calendars = [calendars]
    if not isinstance(calendars, list) or not calendars or not all(isinstance(c, str) and c for c in calendars):
        raise ConfigError(f"{where} calendars must be a list of calendar ids, e.g. [\"primary\"]")
    sync = read.flag("sync", True)
    return GoogleSettings(
        client_id=client_id,
        client_secret=client_secret,
        calendars=list(calendars),
        base_url=text("base_url", DEFAULT_BASE_URL).rstrip("/"),
        token_url=text("token_url", DEFAULT_TOKEN_URL),
        auth_url=text("auth_url", DEFAULT_AUTH_URL),
        scope=text("scope", SCOPE),
        timeout=number("timeout", 30.0),
        max_retries=number("max_retries", 3, int),
        max_wait=number("max_wait", 60.0),
        page_size=max(1, min(2500, number("page_size", 250, int))),
        sync=sync,
        birthdays=read.flag("birthdays", True),
        sync_ahead_days=number("sync_ahead_days", 30, int),
        redirect_port=number("redirect_port", 0, int),
        auth_timeout=number("auth_timeout", 300.0),
        state_dir=config.path_of(text("state_dir", "google")),
    )
