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


class RefreshingAuth:
    """Hands out a valid access token, refreshing it with the stored refresh token; a refreshed
    answer is saved before it is used (services that rotate refresh tokens retire the old one).

    A service subclasses it with ``service`` and ``sign_in`` and, where it differs, the extra form
    fields of a refresh (:meth:`refresh_fields`) and a hint for a refused sign-in (:meth:`refused_hint`).
    ``settings`` needs ``client_id``, ``token_url`` and ``token_path``.
    """

    service = "oauth"
    sign_in = "sign in again"
    token_store: type[TokenStore] = TokenStore

    def __init__(self, settings: Any, http: Any):
        self.settings = settings
        self.http = http
        self.store = self.token_store(settings.token_path)
        self._tokens: Tokens | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(client_id={self.settings.client_id!r})"

    def refresh_fields(self) -> dict[str, str]:
        """Form fields a refresh sends besides the grant, the refresh token and the client id."""
        return {}

    def refused_hint(self, error: str) -> str:
        """Words added when the token endpoint refuses the stored sign-in with ``error``."""
        return ""

    def access_token(self, force_refresh: bool = False) -> str:
        tokens = self._tokens or self.store.load()
        if tokens is None:
            raise RapportError(f"{self.service}: not signed in: {self.sign_in}")
        if force_refresh or not tokens.fresh(time.time()):
            tokens = self.refresh(tokens)
        self._tokens = tokens
        return tokens.access_token

    def refresh(self, tokens: Tokens) -> Tokens:
        url = self.settings.token_url
        data = {"grant_type": "refresh_token", "refresh_token": tokens.refresh_token,
                "client_id": self.settings.client_id, **self.refresh_fields()}
        response = self.http.request("POST", url, data=data, passthrough=(400, 401))
        if response.status_code in (400, 401):
            error = oauth_error(response)
            raise RapportError(f"{self.service}: the stored sign-in was refused by {url} ({error}): "
                               f"{self.sign_in}.{self.refused_hint(error)}".rstrip("."))
        fresh = self.tokens_from(json_object(response, url, self.service), tokens.refresh_token)
        self.store.save(fresh)  # before anything else: the old refresh token may be dead now
        return fresh

    def tokens_from(self, body: dict[str, Any], previous_refresh: str = "") -> Tokens:
        return tokens_from_response(body, previous_refresh, service=self.service)
