"""The ``[zoom]`` configuration section, validated once."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rapport_plugins import SectionReader

SECTION = "zoom"
DEFAULT_BASE_URL = "https://api.zoom.us/v2"
DEFAULT_TOKEN_URL = "https://zoom.us/oauth/token"
HELP = "see integrations/zoom/README.md"


@dataclass
class ZoomSettings:
    account_id: str
    client_id: str
    client_secret: str = field(repr=False)
    base_url: str = DEFAULT_BASE_URL
    token_url: str = DEFAULT_TOKEN_URL
    give_up_after_hours: float = 12.0  # a transcript not made by then is given up, with a note
    max_bytes: int = 20 * 1024 * 1024  # a transcript larger than this is refused
    timeout: float = 30.0
    max_retries: int = 3
    max_wait: float = 60.0


def load_settings(config: Any) -> ZoomSettings | None:
    """Read ``[zoom]``; ``None`` when the section is absent (the integration is not configured)."""
    read = SectionReader.of(config, SECTION)
    if read is None:
        return None
    return ZoomSettings(
        account_id=read.required("account_id", HELP),
        client_id=read.required("client_id", HELP),
        client_secret=read.secret("client_secret", missing="the app's Client Secret, e.g. client_secret_env = "
                                                           "\"ZOOM_CLIENT_SECRET\"") or "",
        base_url=read.text("base_url", DEFAULT_BASE_URL).rstrip("/"),
        token_url=read.text("token_url", DEFAULT_TOKEN_URL),
        give_up_after_hours=read.number("give_up_after_hours", 12.0),
        max_bytes=read.number("max_bytes", 20 * 1024 * 1024, int),
        timeout=read.number("timeout", 30.0),
        max_retries=read.number("max_retries", 3, int),
        max_wait=read.number("max_wait", 60.0),
    )
