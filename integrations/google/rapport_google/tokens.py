"""The refresh token on disk (mode 0600) and short-lived access tokens derived from it.

Tokens never appear in reprs, logs or error messages: errors say what to do
(`rapport auth google`), not what the token was.
"""

from __future__ import annotations

import time
from typing import Any

from rapport_plugins import HttpClient, RapportError, oauth

from .settings import GoogleSettings

Tokens = oauth.Tokens

SIGN_IN = "run `rapport auth google` to sign in"
# Google expires the refresh tokens of an OAuth app left in the "Testing" publishing state after
# 7 days: the most common reason a working sign-in stops with invalid_grant.
TESTING_HINT = ("If this happens every week, your OAuth app is in the \"Testing\" publishing state, whose "
                "refresh tokens expire after 7 days: publish it (OAuth consent screen: Publish app) and sign in again")


class TokenStore(oauth.TokenStore):
    service, sign_in = "google", SIGN_IN


def tokens_from_response(body: dict[str, Any], previous_refresh: str = "") -> Tokens:
    return oauth.tokens_from_response(body, previous_refresh, service="google")


def _json(response: Any, url: str) -> dict[str, Any]:
    return oauth.json_object(response, url, "google")


_oauth_error = oauth.oauth_error


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
            error = _oauth_error(response)
            hint = f" {TESTING_HINT}" if error == "invalid_grant" else ""
            raise RapportError(
                f"google: the stored sign-in was refused by {self.settings.token_url} ({error}): {SIGN_IN}.{hint}"
            )
        fresh = tokens_from_response(_json(response, self.settings.token_url), tokens.refresh_token)
        self.store.save(fresh)
        return fresh

