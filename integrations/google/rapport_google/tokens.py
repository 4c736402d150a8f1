"""The refresh token on disk (mode 0600) and short-lived access tokens derived from it.

Tokens never appear in reprs, logs or error messages: errors say what to do
(`rapport auth google`), not what the token was.
"""

from __future__ import annotations

from typing import Any

from rapport_plugins import oauth

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


class GoogleAuth(oauth.RefreshingAuth):
    """Hands out a valid access token, refreshing it with the stored refresh token."""

    service, sign_in, token_store = "google", SIGN_IN, TokenStore

    def refresh_fields(self) -> dict[str, str]:
        return {"client_secret": self.settings.client_secret} if self.settings.client_secret else {}

    def refused_hint(self, error: str) -> str:
        return f" {TESTING_HINT}" if error == "invalid_grant" else ""
