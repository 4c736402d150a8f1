"""A small client for the Notion API over requests: auth and version headers, paging, retries.

Requests are paced to Notion's documented average of three per second (a bucket of three lets a
short burst through; reading a busy page makes one request per block with children), so a
rate limit is rarely hit. Rate limits (429) are retried after ``Retry-After`` (capped, bounded in
number); 409 ``conflict_error`` (the transaction was not applied: "try again") and 502/503/504
are retried with a short back-off, and so is a 500 when repeating the request cannot write twice
(GET, DELETE, a query). Any other error becomes one line naming the method, the URL and Notion's
error code, never the token.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

from rapport_plugins import RapportError

RETRY_STATUSES = {409, 429, 502, 503, 504}
RETRY_IF_IDEMPOTENT = {500}  # the request may have been applied: repeat only what cannot write twice
REQUESTS_PER_SECOND = 3.0  # Notion's documented average rate per integration
PAGE_SIZE = 100  # Notion's maximum
POSITION_VERSION = "2026-03-11"  # from this API version, append takes `position` instead of `after`


class NotionNotFound(RapportError):
    """The page or block asked for does not exist (any more), or is not shared with the integration."""


class Pacer:
    """A token bucket: ``rate`` requests a second on average, bursts of up to ``rate`` requests.
    ``rate`` 0 turns pacing off. The clock and sleep are injectable so tests need not wait."""

    def __init__(self, rate: float, clock: Callable[[], float], sleep: Callable[[float], None]):
        self.rate = rate
        self.clock = clock
        self.sleep = sleep
        self.capacity = max(1.0, rate)
        self.tokens = self.capacity
        self.updated: float | None = None
        self.waits: list[float] = []  # seconds slept for pacing, for diagnostics

    def wait(self) -> None:
        if self.rate <= 0:
            return
        now = self.clock()
        if self.updated is not None:
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens < 1.0:
            pause = (1.0 - self.tokens) / self.rate
            self.waits.append(pause)
            self.sleep(pause)
            self.updated = now + pause
            self.tokens = 1.0
        self.tokens -= 1.0


class NotionClient:
    def __init__(self, base_url: str, token: str, version: str, *, timeout: float = 30.0,
                 max_retries: int = 3, max_retry_wait: float = 30.0,
                 sleep: Callable[[float], None] = time.sleep, requests_per_second: float = REQUESTS_PER_SECOND,
                 clock: Callable[[], float] = time.monotonic):
        self.base_url = base_url.rstrip("/")
        self._token = token
        self.version = version
        self.timeout = timeout
        self.max_retries = max_retries
        self.max_retry_wait = max_retry_wait
        self.sleep = sleep
        self._session: Any = None
        self.pacer = Pacer(requests_per_second, clock, sleep)

    def __repr__(self) -> str:
        return f"NotionClient(base_url={self.base_url!r}, version={self.version!r})"

    def request(self, method: str, path: str, *, json: Any = None, params: dict[str, Any] | None = None) -> Any:
        import requests

        if self._session is None:
            self._session = requests.Session()
            self._session.headers.update({
                "Authorization": f"Bearer {self._token}",
                "Notion-Version": self.version,
                "Content-Type": "application/json",
            })
        url = self.base_url + path
        where = f"notion {method} {url}"
        attempt = 0
        retry = RETRY_STATUSES | (RETRY_IF_IDEMPOTENT if method in ("GET", "DELETE") or path.endswith("/query") else set())
        while True:
            self.pacer.wait()
            try:
                resp = self._session.request(method, url, json=json, params=params, timeout=self.timeout)
            except requests.RequestException as exc:
                reason = " ".join(str(exc).split()).replace(self._token, "***")
                raise RapportError(f"{where}: cannot reach Notion ({type(exc).__name__}: {reason})") from None
            if resp.status_code in retry and attempt < self.max_retries:
                self.sleep(self._wait(resp, attempt))
                attempt += 1
                continue
            if resp.status_code == 404:
                raise NotionNotFound(f"{where}: {self._error_text(resp, attempt)}")
            if resp.status_code >= 400:
                raise RapportError(f"{where}: {self._error_text(resp, attempt)}")
            try:
                return resp.json() if resp.content else {}
            except ValueError:
                raise RapportError(f"{where}: answer is not JSON") from None

    def _wait(self, resp: Any, attempt: int) -> float:
        """Seconds to wait before retrying: Retry-After when given, else a doubling back-off."""
        try:
            wait = float(resp.headers.get("Retry-After", ""))
        except ValueError:
            wait = 0.5 * 2 ** attempt
        return max(0.0, min(wait, self.max_retry_wait))

    def _error_text(self, resp: Any, retries: int) -> str:
        try:
            body = resp.json()
        except ValueError:
            body = {}
        code = body.get("code") if isinstance(body, dict) else None
        message = body.get("message") if isinstance(body, dict) else None
        text = f"HTTP {resp.status_code}"
        if code:
            text += f" {code}"
        if message:
            text += f": {' '.join(str(message).split())[:300]}"
        if retries:
            text += f" (gave up after {retries} retries)"
        if resp.status_code == 401:
            text += " (check [notion] token)"
        elif resp.status_code in (403, 404):
            text += " (is the page or database shared with the integration?)"
        return text.replace(self._token, "***")

    # --- paging ----------------------------------------------------------------------------
    def paged_get(self, path: str) -> Iterator[dict[str, Any]]:
        """Every result of a GET list endpoint (``start_cursor`` / ``has_more`` / ``next_cursor``)."""
        return self._pages(lambda page: self.request("GET", path, params=page))

    def paged_post(self, path: str, body: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """Every result of a POST query endpoint; the cursor goes in the body."""
        return self._pages(lambda page: self.request("POST", path, json={**body, **page}))

    def _pages(self, fetch: Callable[[dict[str, Any]], dict[str, Any]]) -> Iterator[dict[str, Any]]:
        cursor = None
        while True:
            data = fetch({"page_size": PAGE_SIZE} | ({"start_cursor": cursor} if cursor else {}))
            yield from data.get("results", [])
            cursor = data.get("next_cursor")
            if not data.get("has_more") or not cursor:
                return

    # --- endpoints -------------------------------------------------------------------------
    def database(self, database_id: str) -> dict[str, Any]:
        return self.request("GET", f"/databases/{database_id}")

    def data_source(self, data_source_id: str) -> dict[str, Any]:
        return self.request("GET", f"/data_sources/{data_source_id}")

    def query(self, data_source_id: str, filter_: dict[str, Any]) -> Iterator[dict[str, Any]]:
        return self.paged_post(f"/data_sources/{data_source_id}/query", {"filter": filter_})

    def children(self, block_id: str) -> Iterator[dict[str, Any]]:
        return self.paged_get(f"/blocks/{block_id}/children")

    def append_children(self, block_id: str, children: list[dict[str, Any]],
                        after: str | None = None) -> list[dict[str, Any]]:
        body: dict[str, Any] = {"children": children}
        if after and self.version >= POSITION_VERSION:
            body["position"] = {"type": "after_block", "after_block": {"id": after}}
        elif after:
            body["after"] = after  # the 2025-09-03 form; later versions replaced it with position
        return self.request("PATCH", f"/blocks/{block_id}/children", json=body).get("results", [])

    def update_block(self, block_id: str, body: dict[str, Any]) -> dict[str, Any]:
        """Change a block's content (``{"to_do": {...}}``): Notion's "Update a block"."""
        return self.request("PATCH", f"/blocks/{block_id}", json=body)

    def delete_block(self, block_id: str) -> None:
        self.request("DELETE", f"/blocks/{block_id}")

    def create_page(self, body: dict[str, Any]) -> dict[str, Any]:
        return self.request("POST", "/pages", json=body)
