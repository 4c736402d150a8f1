"""A small client for the Joplin Data API (the Web Clipper service), over requests.

The token travels as the ``token`` query parameter, as Joplin requires; it is stripped from every
URL this module puts in an error message, and never appears in a repr.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from rapport_plugins import RapportError

NOTE_FIELDS = "id,title,body,updated_time,parent_id,deleted_time"
LIST_FIELDS = "id,title,updated_time,parent_id"
PAGE_LIMIT = 100  # the Data API's maximum page size


class JoplinNotFound(RapportError):
    """The note, folder or tag asked for does not exist (any more)."""


def in_trash(note: dict[str, Any]) -> bool:
    """A note the user deleted in Joplin 2.14 and later: still answered by ``GET /notes/:id`` (with
    ``deleted_time`` set, ms since the epoch) but left out of every list; for rapport it is gone."""
    return bool(note.get("deleted_time"))


class JoplinClient:
    """Joplin Data API calls used by the integration: ping, folders, notes, tags and the events feed."""

    def __init__(self, url: str, token: str, timeout: float = 10.0):
        self.url = url.rstrip("/")
        self._token = token
        self.timeout = timeout
        self._session: Any = None

    def __repr__(self) -> str:
        return f"JoplinClient(url={self.url!r})"

    # --- transport -------------------------------------------------------------------------
    def redact(self, text: str) -> str:
        """Remove the token from ``text`` (URLs in exception messages carry it)."""
        text = re.sub(r"token=[^&\s'\")]*", "token=***", text)
        return text.replace(self._token, "***") if self._token else text

    def request(self, method: str, path: str, *, params: dict[str, Any] | None = None,
                json: Any = None) -> Any:
        """One API call; a non-2xx answer or a transport failure becomes a one-line RapportError."""
        import requests

        from rapport_plugins import bounded_request

        if self._session is None:
            self._session = requests.Session()
        query = dict(params or {})
        query["token"] = self._token
        where = f"joplin {method} {self.url}{path}"
        try:
            resp = bounded_request(self._session, method, self.url + path, label=where, params=query,
                                   json=json, timeout=self.timeout)  # a note body is bounded too
        except requests.RequestException as exc:
            reason = self.redact(" ".join(str(exc).split()))
            raise RapportError(f"{where}: cannot reach Joplin ({type(exc).__name__}: {reason}); "
                               "is Joplin running with the Web Clipper service enabled?") from None
        if resp.status_code == 404:
            raise JoplinNotFound(f"{where}: HTTP 404: {self._error_text(resp)}")
        if resp.status_code >= 400:
            raise RapportError(f"{where}: HTTP {resp.status_code}: {self._error_text(resp)}")
        if not resp.content:
            return None
        try:
            return resp.json()
        except ValueError:
            if path == "/ping":
                return resp.text
            raise RapportError(f"{where}: answer is not JSON") from None

    def _error_text(self, resp: Any) -> str:
        try:
            message = str(resp.json().get("error", ""))
        except (ValueError, AttributeError):
            message = resp.text
        # Joplin appends a stack trace after a blank line; the first line is the message.
        message = message.split("\n\n", 1)[0].strip().rstrip(":")
        return self.redact(" ".join(message.split()))[:300] or resp.reason

    def paged(self, path: str, params: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        """Every item of a list endpoint, following ``page`` while ``has_more`` is true."""
        page = 1
        while True:
            query = {**(params or {}), "page": page, "limit": PAGE_LIMIT}
            data = self.request("GET", path, params=query) or {}
            yield from data.get("items", [])
            if not data.get("has_more"):
                return
            page += 1

    # --- endpoints -------------------------------------------------------------------------
    def ping(self) -> bool:
        return self.request("GET", "/ping") == "JoplinClipperServer"

    def folders(self) -> list[dict[str, Any]]:
        return list(self.paged("/folders", {"fields": "id,title,parent_id"}))

    def create_folder(self, title: str) -> dict[str, Any]:
        return self.request("POST", "/folders", json={"title": title})

    def notes(self, fields: str = LIST_FIELDS) -> Iterator[dict[str, Any]]:
        return self.paged("/notes", {"fields": fields})

    def folder_notes(self, folder_id: str, fields: str = LIST_FIELDS) -> Iterator[dict[str, Any]]:
        return self.paged(f"/folders/{folder_id}/notes", {"fields": fields})

    def get_note(self, note_id: str, fields: str = NOTE_FIELDS) -> dict[str, Any]:
        return self.request("GET", f"/notes/{note_id}", params={"fields": fields})

    def create_note(self, title: str, body: str, parent_id: str) -> dict[str, Any]:
        return self.request("POST", "/notes", json={"title": title, "body": body, "parent_id": parent_id})

    def update_note(self, note_id: str, **fields: Any) -> dict[str, Any]:
        return self.request("PUT", f"/notes/{note_id}", json=fields)

    def tags(self) -> list[dict[str, Any]]:
        return list(self.paged("/tags", {"fields": "id,title"}))

    def create_tag(self, title: str) -> dict[str, Any]:
        return self.request("POST", "/tags", json={"title": title})

    def tag_notes(self, tag_id: str, fields: str = LIST_FIELDS) -> Iterator[dict[str, Any]]:
        return self.paged(f"/tags/{tag_id}/notes", {"fields": fields})

    def note_tags(self, note_id: str) -> list[dict[str, Any]]:
        return list(self.paged(f"/notes/{note_id}/tags", {"fields": "id,title"}))

    def tag_note(self, tag_id: str, note_id: str) -> None:
        self.request("POST", f"/tags/{tag_id}/notes", json={"id": note_id})

    def latest_cursor(self) -> str:
        """The events feed's current position (asking without a cursor returns only that)."""
        return str((self.request("GET", "/events") or {}).get("cursor", "0"))

    def events_since(self, cursor: str) -> tuple[list[dict[str, Any]], str]:
        """Every note change after ``cursor`` (all pages) and the cursor to resume from."""
        items: list[dict[str, Any]] = []
        while True:
            data = self.request("GET", "/events", params={"cursor": cursor}) or {}
            page = data.get("items", [])
            items.extend(page)
            cursor = str(data.get("cursor", cursor))
            if not data.get("has_more") or not page:
                return items, cursor
