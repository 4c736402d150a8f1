"""Calendar API v3 ``events.list``: authorised GETs, pageToken paging, 410 -> a new full sync."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

from rapport_plugins import cloudsync

from .tokens import GoogleAuth


class SyncTokenGone(Exception):
    """410 GONE: the sync token expired; the cache must be cleared and rebuilt."""


class GoogleCalendarApi(cloudsync.BearerApi):
    service, auth_class, passthrough = "google", GoogleAuth, (410,)

    def events_url(self, calendar_id: str) -> str:
        return f"{self.settings.base_url}/calendars/{quote(calendar_id, safe='')}/events"

    def answer(self, response: Any, where: str) -> dict[str, Any]:
        if response.status_code == 410:
            raise SyncTokenGone()
        return super().answer(response, where)

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
