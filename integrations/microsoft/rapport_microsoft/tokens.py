"""Refresh tokens on disk (mode 0600), rotated on every use, and access tokens derived from them.

Microsoft identity platform may hand out a new refresh token with every refresh and retire the
old one, so each answer's refresh_token is written back before it is used. Tokens never appear
in reprs, logs or error messages.
"""

from __future__ import annotations

from typing import Any

from rapport_plugins import oauth

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


class MicrosoftAuth(oauth.RefreshingAuth):
    """Hands out a valid access token; every refresh stores the rotated refresh token."""

    service, sign_in, token_store = "microsoft", SIGN_IN, TokenStore

    def __repr__(self) -> str:
        return f"MicrosoftAuth(client_id={self.settings.client_id!r}, tenant={self.settings.tenant!r})"

    def refresh_fields(self) -> dict[str, str]:
        return {"scope": self.settings.scope}

    def tokens_from(self, body: dict[str, Any], previous_refresh: str = "") -> Tokens:
        return tokens_from_response(body, previous_refresh)
