"""Zoom's REST API v2 with a server-to-server OAuth app: an account token, a meeting's cloud
recordings, and a recording file's download.

The token (one hour, no refresh token) is kept in memory for the process only; the client secret
travels only in the token request's Basic authorisation, and no message ever holds it, the token
or a download link's query.
"""

from __future__ import annotations

import time
from typing import Any
from urllib.parse import quote, urlsplit

from rapport_plugins import HttpClient, Limits, RapportError, decode_text, endpoint, oauth

from .settings import ZoomSettings

SERVICE = "zoom"
EXPIRY_MARGIN = 60.0
_tokens: dict[tuple[str, str, str], tuple[str, float]] = {}  # (token url, account, client) -> (token, expires at)


class ZoomApi:
    def __init__(self, settings: ZoomSettings, limits: Limits | None = None, http: HttpClient | None = None):
        self.settings = settings
        self.http = http or HttpClient(SERVICE, timeout=settings.timeout, max_retries=settings.max_retries,
                                       max_wait=settings.max_wait)
        self.http.limits = limits
        base = urlsplit(settings.base_url)
        self.origin = (base.scheme, base.netloc)

    def __repr__(self) -> str:
        return f"ZoomApi(account_id={self.settings.account_id!r}, client_id={self.settings.client_id!r})"

    # -- the account token ------------------------------------------------------------------
    def access_token(self, fresh: bool = False) -> str:
        s = self.settings
        key = (s.token_url, s.account_id, s.client_id)
        cached = _tokens.get(key)
        if cached and not fresh and time.time() < cached[1] - EXPIRY_MARGIN:
            return cached[0]
        response = self.http.request(
            "POST", s.token_url, params={"grant_type": "account_credentials", "account_id": s.account_id},
            auth=(s.client_id, s.client_secret), passthrough=(400, 401, 403),
        )
        if response.status_code in (400, 401, 403):
            reason = _oauth_reason(response)
            raise RapportError(f"zoom: {endpoint(s.token_url)} refused the app's credentials ({reason}): check "
                               "[zoom] account_id, client_id and client_secret (a Server-to-Server OAuth app, activated)")
        try:
            body = response.json()
        except ValueError:
            body = None
        token = body.get("access_token") if isinstance(body, dict) else None
        if not isinstance(token, str) or not token:
            raise RapportError(f"zoom: {endpoint(s.token_url)} answered without an access token")
        expires_in = body.get("expires_in", 3600)
        _tokens[key] = (token, time.time() + (float(expires_in) if isinstance(expires_in, int | float) else 3600.0))
        return token

    def _get(self, url: str, passthrough: tuple[int, ...] = ()) -> Any:
        """An authorised GET: a 401 gets one new token, then is an error."""
        for attempt in (0, 1):
            token = self.access_token(fresh=attempt == 1)
            response = self.http.request("GET", url, headers={"Authorization": f"Bearer {token}"},
                                         passthrough=(401, *passthrough))
            if response.status_code != 401:
                return response
        raise RapportError(f"zoom: GET {endpoint(url)} answered 401 (not authorised) with a new token: "
                           "does the app have the cloud_recording:read scope?")

    # -- recordings ---------------------------------------------------------------------------
    def recordings(self, meeting_id: str) -> dict[str, Any] | None:
        """``GET /meetings/{meetingId}/recordings`` (its latest occurrence); None when Zoom has none (404)."""
        url = f"{self.settings.base_url}/meetings/{quote(meeting_id, safe='')}/recordings"
        response = self._get(url, passthrough=(404,))
        if response.status_code == 404:
            return None
        return oauth.json_object(response, f"GET {endpoint(url)}", "zoom")

    def download_text(self, url: str, label: str) -> str:
        """A recording file's text, fetched with the token in a header (never in the URL); only
        from Zoom itself or the configured API's host, so the token never goes elsewhere."""
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        zoom_host = parts.scheme == "https" and (host in ("zoom.us", "zoomgov.com")
                                                  or host.endswith((".zoom.us", ".zoomgov.com")))
        if not zoom_host and (parts.scheme, parts.netloc) != self.origin:
            raise RapportError(f"zoom: {label}: refusing to send the token to {endpoint(url)} (not a Zoom address)")
        response = self._get(url)
        return decode_text(response.content, label, what="transcript")


def _oauth_reason(response: Any) -> str:
    """Zoom's ``reason``/``error`` of a refused token request, short; never a credential."""
    try:
        body = response.json()
    except ValueError:
        return f"HTTP {response.status_code}"
    if not isinstance(body, dict):
        return f"HTTP {response.status_code}"
    reason = str(body.get("reason") or body.get("error") or f"HTTP {response.status_code}")
    return " ".join(reason.split())[:120]
