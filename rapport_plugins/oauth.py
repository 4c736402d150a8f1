"""OAuth 2.0 tokens for integrations: the refresh token on disk, access tokens derived from it.

Shared by every integration that signs in to a cloud service (Google, Microsoft, ...). The token
file is written atomically with mode 0600; tokens never appear in reprs, logs or error messages:
errors say what to do (``run `rapport auth google` to sign in``), not what the token was.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .config import write_private
from .errors import RapportError

EXPIRY_MARGIN = 60.0  # refresh a minute early so a request never carries a just-expired token


@dataclass
class Tokens:
    refresh_token: str = field(repr=False)
    access_token: str = field(default="", repr=False)
    expires_at: float = 0.0
    scope: str = ""

    def fresh(self, now: float) -> bool:
        return bool(self.access_token) and now < self.expires_at - EXPIRY_MARGIN


class TokenStore:
    """One JSON file per service, written atomically with mode 0600."""

    service = "oauth"  # subclasses name their service and how to sign in again
    sign_in = "sign in again"

    def __init__(self, path: Path):
        self.path = path

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.path)!r})"

    def load(self) -> Tokens | None:
        if not self.path.exists():
            return None
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return Tokens(
                refresh_token=str(data["refresh_token"]),
                access_token=str(data.get("access_token", "")),
                expires_at=float(data.get("expires_at", 0.0)),
                scope=str(data.get("scope", "")),
            )
        except (OSError, ValueError, KeyError, TypeError):
            raise RapportError(f"{self.service}: token file {self.path} is unreadable: {self.sign_in}") from None

    def save(self, tokens: Tokens) -> None:
        write_private(self.path, json.dumps(asdict(tokens), indent=2))


def tokens_from_response(body: dict[str, Any], previous_refresh: str = "", *, service: str = "oauth",
                         hint: str = "") -> Tokens:
    """Tokens from a token-endpoint answer; the old refresh token is kept if none came back
    (services that rotate refresh tokens send a new one each time, and it must be kept)."""
    access = body.get("access_token")
    refresh = body.get("refresh_token") or previous_refresh
    if not access or not refresh:
        raise RapportError(f"{service}: the token endpoint answered without the expected tokens{hint}")
    return Tokens(
        refresh_token=str(refresh),
        access_token=str(access),
        expires_at=time.time() + float(body.get("expires_in", 3600)),
        scope=str(body.get("scope", "")),
    )


def json_object(response: Any, url: str, service: str) -> dict[str, Any]:
    """The JSON object an endpoint answered, or a one-line error naming the endpoint."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise RapportError(f"{service}: {url} answered with something that is not a JSON object")
    return body


def oauth_error(response: Any) -> str:
    """The ``error`` code of an OAuth error answer (``invalid_grant``), never its token values."""
    try:
        return str(response.json().get("error", response.status_code))
    except (ValueError, AttributeError):
        return str(response.status_code)
