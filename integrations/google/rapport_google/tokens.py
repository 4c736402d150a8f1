"""The refresh token on disk (mode 0600) and short-lived access tokens derived from it.

Tokens never appear in reprs, logs or error messages: errors say what to do
(`rapport auth google`), not what the token was.
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

from .settings import GoogleSettings

SIGN_IN = "run `rapport auth google` to sign in"
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
            raise RapportError(f"google: token file {self.path} is unreadable: {SIGN_IN}") from None

    def save(self, tokens: Tokens) -> None:
        write_private(self.path, json.dumps(asdict(tokens), indent=2))


def tokens_from_response(body: dict[str, Any], previous_refresh: str = "") -> Tokens:
    """Build Tokens from a token-endpoint answer; keep the old refresh token if none came back."""
    access = body.get("access_token")
    refresh = body.get("refresh_token") or previous_refresh
    if not access or not refresh:
        raise RapportError("google: the token endpoint answered without the expected tokens")
    return Tokens(
        refresh_token=str(refresh),
        access_token=str(access),
        expires_at=time.time() + float(body.get("expires_in", 3600)),
        scope=str(body.get("scope", "")),
    )


class GoogleAuth:
    """Hands out a valid access token, refreshing it with the stored refresh token."""

    def __init__(self, settings: GoogleSettings, http: HttpClient):
        self.settings = settings
        self.http = http
        self.store = TokenStore(settings.token_path)
        self._tokens: Tokens | None = None

    def __repr__(self) -> str:
        return f"GoogleAuth(client_id={self.settings.client_id!r})"

    def access_token(self, force_refresh: bool = False) -> str:
        tokens = self._tokens or self.store.load()
        if tokens is None:
            raise RapportError(f"google: not signed in: {SIGN_IN}")
        if force_refresh or not tokens.fresh(time.time()):
            tokens = self.refresh(tokens)
        self._tokens = tokens
        return tokens.access_token

    def refresh(self, tokens: Tokens) -> Tokens:
        data = {
            "grant_type": "refresh_token",
            "refresh_token": tokens.refresh_token,
            "client_id": self.settings.client_id,
        }
        if self.settings.client_secret:
            data["client_secret"] = self.settings.client_secret
        response = self.http.request("POST", self.settings.token_url, data=data, passthrough=(400, 401))
        if response.status_code in (400, 401):
            raise RapportError(
                f"google: the stored sign-in was refused by {self.settings.token_url} "
                f"({_oauth_error(response)}): {SIGN_IN}"
            )
        fresh = tokens_from_response(_json(response, self.settings.token_url), tokens.refresh_token)
        self.store.save(fresh)
        return fresh


def _oauth_error(response: Any) -> str:
    try:
        return str(response.json().get("error", response.status_code))
    except ValueError:
        return str(response.status_code)


def _json(response: Any, url: str) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise RapportError(f"google: {url} answered with something that is not a JSON object")
    return body
