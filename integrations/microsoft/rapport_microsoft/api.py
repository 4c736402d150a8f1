"""Microsoft Graph calendarView and its delta: authorised GETs that follow @odata.nextLink."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, urlsplit

from rapport_plugins import HttpClient, Limits, RapportError, cloudsync, decode_text, endpoint

from .settings import MicrosoftSettings
from .tokens import MicrosoftAuth

# Graph's codes for a delta token it no longer knows (documented as 400/404/410 answers, not
# only 410 Gone): the sync must start over with a full delta.
RESYNC_CODES = {"syncstatenotfound", "syncstateinvalid", "resyncrequired"}


class DeltaGone(RapportError):
    """The delta token expired (410 Gone, or a 4xx with syncStateNotFound / resyncRequired)."""


class NotFound(RapportError):
    """404 for a single resource (a series master deleted since its occurrences were listed)."""


def error_code(response: Any) -> str:
    """Graph's ``error.code`` ("syncStateNotFound"), lower-cased; "" when there is none."""
    try:
        err = response.json().get("error")
    except (ValueError, AttributeError):
        return ""
    return str(err.get("code", "")).lower() if isinstance(err, dict) else ""


class GraphApi(cloudsync.BearerApi):
    service, auth_class, passthrough = "microsoft", MicrosoftAuth, (400, 404, 410)

    def __init__(self, settings: MicrosoftSettings, http: HttpClient | None = None):
        super().__init__(settings, http)
        base = urlsplit(settings.base_url)
        self.origin = (base.scheme, base.netloc)

    def headers(self, token: str) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {token}",
            "Prefer": f"{self.settings.prefer}, odata.maxpagesize={self.settings.page_size}",
            "Accept": "application/json",
        }

    def get_json(self, url: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        parts = urlsplit(url)
        if (parts.scheme, parts.netloc) != self.origin:  # never send the token to another host
            raise RapportError(f"microsoft: refusing to follow a link to {endpoint(url)} (not under {self.settings.base_url})")
        return super().get_json(url, params)

    def answer(self, response: Any, where: str) -> dict[str, Any]:
        status = response.status_code
        if status == 410 or (status in (400, 404) and error_code(response) in RESYNC_CODES):
            raise DeltaGone(f"microsoft: {where} answered {status}: the sync state expired")
        if status == 404:
            raise NotFound(self.http.describe(status, where, response))
        if status == 400:
            raise RapportError(self.http.describe(status, where, response))
        return super().answer(response, where)

    def get_text(self, url: str, params: dict[str, Any], label: str) -> str:
        """A text body (a transcript's WebVTT), at most ``max_transcript_bytes``; errors name ``label``."""
        parts = urlsplit(url)
        if (parts.scheme, parts.netloc) != self.origin:
            raise RapportError(f"microsoft: refusing to follow a link to {endpoint(url)} (not under {self.settings.base_url})")
        before = self.http.limits
        base = before or Limits()
        self.http.limits = Limits(http_bytes=min(base.http_bytes, self.settings.max_transcript_bytes),
                                  http_seconds=base.http_seconds, file_bytes=base.file_bytes, expand_steps=base.expand_steps)
        try:
            response = self.get(url, params)
        finally:
            self.http.limits = before
        if response.status_code >= 300:
            self.answer(response, f"GET {endpoint(url)}")  # raises the one-line error
        return decode_text(response.content, label, what="transcript")

    def event(self, event_id: str) -> dict[str, Any]:
        """One event by id (a series master, to fill in its bare occurrences)."""
        return self.get_json(f"{self.settings.base_url}/me/events/{quote(event_id, safe='')}")

    def calendar_owner(self) -> dict[str, Any]:
        """The owner of the signed-in user's default calendar: the user (``name``, ``address``).

        Why not ``GET /me``: it needs the User.Read scope, and asking a sign-in made without it for
        more on refresh fails; ``/me/calendar`` needs only Calendars.Read, which every sign-in has."""
        answer = self.get_json(f"{self.settings.base_url}/me/calendar", {"$select": "owner"})
        return answer.get("owner") if isinstance(answer.get("owner"), dict) else {}

    def pages(self, url: str, params: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        """Every page, following @odata.nextLink verbatim (it already carries the query)."""
        page = self.get_json(url, params)
        yield page
        while page.get("@odata.nextLink"):
            page = self.get_json(page["@odata.nextLink"])
            yield page
