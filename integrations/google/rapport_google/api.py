"""Calendar API v3 ``events.list``: authorised GETs, pageToken paging, 401 -> one refresh."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

from rapport_plugins import HttpClient, RapportError, oauth

from .settings import GoogleSettings
from .tokens import SIGN_IN, GoogleAuth


class SyncTokenGone(Exception):
    """410 GONE: the sync token expired; the cache must be cleared and rebuilt."""


class GoogleCalendarApi:
    def __init__(self, settings: GoogleSettings, http: HttpClient | None = None):
        self.settings = settings
        self.http = http or HttpClient(
            "google", timeout=settings.timeout, max_retries=settings.max_retries, max_wait=settings.max_wait
        )
        self.auth = GoogleAuth(settings, self.http)

    def events_url(self, calendar_id: str) -> str:
        return f"{self.settings.base_url}/calendars/{quote(calendar_id, safe='')}/events"

    def get_json(self, url: str, params: dict[str, Any]) -> dict[str, Any]:
        """GET with a bearer token; on 401 refresh once and retry, then tell the user to sign in."""
        for attempt in (0, 1):
            token = self.auth.access_token(force_refresh=attempt == 1)
            response = self.http.request(
                "GET", url, params=params, headers={"Authorization": f"Bearer {token}"}, passthrough=(401, 410)
            )
            if response.status_code == 410:
                raise SyncTokenGone()
            if response.status_code != 401:
                return oauth.json_object(response, f"GET {url}", "google")
        raise RapportError(f"google: GET {url} answered 401 (not authorised) after a token refresh: {SIGN_IN}")

    def list_pages(self, calendar_id: str, params: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """Every page of events.list, following nextPageToken."""
        url = self.events_url(calendar_id)
        page_token: str | None = None
        while True:
            query = dict(params)
            if page_token:
                query["pageToken"] = page_token
            page = self.get_json(url, query)
            yield page
            page_token = page.get("nextPageToken")
            if not page_token:
                return
