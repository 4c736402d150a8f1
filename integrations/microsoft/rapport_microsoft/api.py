"""Microsoft Graph calendarView and its delta: authorised GETs that follow @odata.nextLink."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from rapport_plugins.errors import RapportError
from rapport_plugins.http import HttpClient, endpoint
from rapport_plugins.oauth import json_object

from .settings import MicrosoftSettings
from .tokens import SIGN_IN, MicrosoftAuth


class DeltaGone(Exception):
    """410 Gone (SyncStateNotFound / resyncRequired): start the delta over."""


class GraphApi:
    def __init__(self, settings: MicrosoftSettings, http: HttpClient | None = None):
        self.settings = settings
        self.http = http or HttpClient(
            "microsoft", timeout=settings.timeout, max_retries=settings.max_retries, max_wait=settings.max_wait
        )
        self.auth = MicrosoftAuth(settings, self.http)
        base = urlsplit(settings.base_url)
        self.origin = (base.scheme, base.netloc)

    def headers(self, token: str) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {token}",
            "Prefer": f"{self.settings.prefer}, odata.maxpagesize={self.settings.page_size}",
            "Accept": "application/json",
        }

    def get_json(self, url: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """GET with a bearer token; on 401 refresh once and retry, then tell the user to sign in."""
        parts = urlsplit(url)
        if (parts.scheme, parts.netloc) != self.origin:  # never send the token to another host
            raise RapportError(f"microsoft: refusing to follow a link to {endpoint(url)} (not under {self.settings.base_url})")
        for attempt in (0, 1):
            token = self.auth.access_token(force_refresh=attempt == 1)
            response = self.http.request("GET", url, params=params, headers=self.headers(token), passthrough=(401, 410))
            if response.status_code == 410:
                raise DeltaGone()
            if response.status_code != 401:
                return json_object(response, f"GET {endpoint(url)}", "microsoft")
        raise RapportError(f"microsoft: GET {endpoint(url)} answered 401 (not authorised) after a token refresh: {SIGN_IN}")

    def pages(self, url: str, params: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        """Every page, following @odata.nextLink verbatim (it already carries the query)."""
        page = self.get_json(url, params)
        yield page
        while page.get("@odata.nextLink"):
            page = self.get_json(page["@odata.nextLink"])
            yield page
