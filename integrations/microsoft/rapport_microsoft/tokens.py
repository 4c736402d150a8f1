"""Refresh tokens on disk (mode 0600), rotated on every use, and access tokens derived from them.

Microsoft identity platform may hand out a new refresh token with every refresh and retire the
old one, so each answer's refresh_token is written back before it is used. Tokens never appear
in reprs, logs or error messages.
"""

from __future__ import annotations

import time
from typing import Any

from rapport_plugins import HttpClient, RapportError, oauth

from .settings import MicrosoftSettings

Tokens = oauth.Tokens

SIGN_IN = "run `rapport auth microsoft` to sign in"


class TokenStore(oauth.TokenStore):
    service, sign_in = "microsoft", SIGN_IN


def tokens_from_response(body: dict[str, Any], previous_refresh: str = "") -> Tokens:
    return oauth.tokens_from_response(body, previous_refresh, service="microsoft",
                                      hint=" (is offline_access in the scope?)")


def json_object(response: Any, url: str) -> dict[str, Any]:
    return oauth.json_object(response, url, "microsoft")


oauth_error = oauth.oauth_error


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
