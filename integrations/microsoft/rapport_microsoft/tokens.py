"""Refresh tokens on disk (mode 0600), rotated on every use, and access tokens derived from them.

Microsoft identity platform may hand out a new refresh token with every refresh and retire the
old one, so each answer's refresh_token is written back before it is used. Tokens never appear
in reprs, logs or error messages.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rapport_plugins.config import write_private
from rapport_plugins.errors import RapportError
from rapport_plugins.http import HttpClient

from .settings import MicrosoftSettings

SIGN_IN = "run `rapport auth microsoft` to sign in"
EXPIRY_MARGIN = 60.0


@dataclass
class Tokens:
    refresh_token: str = field(repr=False)
    access_token: str = field(default="", repr=False)
    expires_at: float = 0.0
    scope: str = ""

    def fresh(self, now: float) -> bool:
        return bool(self.access_token) and now < self.expires_at - EXPIRY_MARGIN


class TokenStore:
    """One JSON file, written atomically with mode 0600."""

    def __init__(self, path: Path):
        self.path = path

    def __repr__(self) -> str:
        return f"TokenStore({str(self.path)!r})"

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
            raise RapportError(f"microsoft: token file {self.path} is unreadable: {SIGN_IN}") from None

    def save(self, tokens: Tokens) -> None:
        write_private(self.path, json.dumps(asdict(tokens), indent=2))


def tokens_from_response(body: dict[str, Any], previous_refresh: str = "") -> Tokens:
    access = body.get("access_token")
    refresh = body.get("refresh_token") or previous_refresh
    if not access or not refresh:
        raise RapportError("microsoft: the token endpoint answered without the expected tokens (is offline_access in the scope?)")
    return Tokens(
        refresh_token=str(refresh),
        access_token=str(access),
        expires_at=time.time() + float(body.get("expires_in", 3600)),
        scope=str(body.get("scope", "")),
    )


def json_object(response: Any, url: str) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise RapportError(f"microsoft: {url} answered with something that is not a JSON object")
    return body


def oauth_error(response: Any) -> str:
    try:
        return str(response.json().get("error", response.status_code))
    except (ValueError, AttributeError):
        return str(response.status_code)


class MicrosoftAuth:
    """Hands out a valid access token; every refresh stores the rotated refresh token."""

    def __init__(self, settings: MicrosoftSettings, http: HttpClient):
        self.settings = settings
        self.http = http
        self.store = TokenStore(settings.token_path)
        self._tokens: Tokens | None = None

    def __repr__(self) -> str:
        return f"MicrosoftAuth(client_id={self.settings.client_id!r}, tenant={self.settings.tenant!r})"

    def access_token(self, force_refresh: bool = False) -> str:
        tokens = self._tokens or self.store.load()
        if tokens is None:
            raise RapportError(f"microsoft: not signed in: {SIGN_IN}")
        if force_refresh or not tokens.fresh(time.time()):
            tokens = self.refresh(tokens)
        self._tokens = tokens
        return tokens.access_token

    def refresh(self, tokens: Tokens) -> Tokens:
        url = self.settings.token_url
        data = {
            "grant_type": "refresh_token",
            "refresh_token": tokens.refresh_token,
            "client_id": self.settings.client_id,
            "scope": self.settings.scope,
        }
        response = self.http.request("POST", url, data=data, passthrough=(400, 401))
        if response.status_code in (400, 401):
            raise RapportError(f"microsoft: the stored sign-in was refused by {url} ({oauth_error(response)}): {SIGN_IN}")
        fresh = tokens_from_response(json_object(response, url), tokens.refresh_token)
        self.store.save(fresh)  # before anything else: the old refresh token may be dead now
        return fresh
