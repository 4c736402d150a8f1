"""HTTP for integrations: bounded retries and one-line errors that name the endpoint, never a token.

Every request an integration makes to a cloud API (token endpoints, event lists, deltas) gets
the same treatment: 429/5xx honour Retry-After (capped), timeouts and HTTP errors become a
RapportError that names ``METHOD scheme://host/path`` (the query string is dropped: it may hold
page or sync tokens). ``requests`` is imported only when a client is made.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from rapport_plugins.errors import RapportError
from rapport_plugins.limits import Limits, bounded_request

RETRY_STATUSES = {429, 500, 502, 503, 504}
RATE_LIMIT_REASONS = {"rateLimitExceeded", "userRateLimitExceeded"}  # 403 reasons worth a retry (Google)


def without_credentials(url: str) -> str:
    """``url`` without its ``user:password@`` part (for messages, logs and source labels)."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    host = parts.netloc.rpartition("@")[2]  # the last @: a password may contain one
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def endpoint(url: str) -> str:
    """The URL without credentials, query or fragment: safe to show in an error."""
    parts = urlsplit(without_credentials(url))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def retry_after_seconds(value: str | None, attempt: int, jitter: float = 0.0) -> float:
    """Seconds to wait: the Retry-After header (seconds or HTTP date), else exponential backoff
    plus ``jitter`` seconds (random, so many clients do not retry in lockstep)."""
    if value:
        value = value.strip()
        try:
            return max(0.0, float(value))
        except ValueError:
            from email.utils import parsedate_to_datetime

            try:
                when = parsedate_to_datetime(value)
                return max(0.0, when.timestamp() - time.time())
            except (TypeError, ValueError):
                pass
    return float(2**attempt) + jitter


def error_detail(response: Any) -> str:
    """The API's own error message (Google and Graph both use {"error": {"message": ...}})."""
    try:
        body = response.json()
    except ValueError:
        return ""
    err = body.get("error") if isinstance(body, dict) else None
    if isinstance(err, dict):
        message = err.get("message") or err.get("code") or ""
    elif isinstance(err, str):  # OAuth token endpoints: {"error": "invalid_grant", ...}
        message = body.get("error_description") or err
    else:
        message = ""
    return " ".join(str(message).split())[:200]


def error_reasons(response: Any) -> set[str]:
    try:
        body = response.json()
    except ValueError:
        return set()
    err = body.get("error") if isinstance(body, dict) else None
    if not isinstance(err, dict):
        return set()
    return {e.get("reason", "") for e in err.get("errors", []) if isinstance(e, dict)}


class HttpClient:
    """Sends requests for one service; retries what is worth retrying, explains the rest."""

    def __init__(self, service: str, *, timeout: float = 30.0, max_retries: int = 3, max_wait: float = 60.0,
                 random: Callable[[], float] | None = None, sleep: Callable[[float], Any] = time.sleep):
        """``random`` (a float in [0, 1): up to a second of jitter per back-off, as Google's error
        guide recommends) and ``sleep`` are injectable so tests stay deterministic."""
        import random as random_module

        import requests

        self.random = random or random_module.random
        self.sleep = sleep
        self.service = service
        self.timeout = timeout
        self.max_retries = max_retries
        self.max_wait = max_wait
        self.session = requests.Session()
        self.waits: list[float] = []  # seconds slept for retries, for diagnostics
        self.limits: Limits | None = None  # body size and total time; None: the defaults

    def request(self, method: str, url: str, *, passthrough: Iterable[int] = (), **kwargs: Any) -> Any:
        """Send; return the response for 2xx and ``passthrough`` statuses, else raise RapportError."""
        import requests

        kwargs.setdefault("timeout", self.timeout)
        allowed = set(passthrough)
        where = f"{method} {endpoint(url)}"
        attempt = 0
        while True:
            try:
                response = bounded_request(self.session, method, url, label=f"{self.service}: {where}",
                                           limits=self.limits, **kwargs)
            except requests.Timeout:
                raise RapportError(f"{self.service}: {where} timed out after {kwargs['timeout']}s") from None
            except requests.RequestException as exc:
                reason = type(exc).__name__
                raise RapportError(f"{self.service}: cannot reach {where} ({reason})") from None
            status = response.status_code
            if status < 300 or status in allowed:
                return response
            retryable = status in RETRY_STATUSES or (
                status == 403 and error_reasons(response) & RATE_LIMIT_REASONS
            )
            if retryable and attempt < self.max_retries:
                asked = response.headers.get("Retry-After")
                wait = min(retry_after_seconds(asked, attempt, 0.0 if asked else self.random()), self.max_wait)
                self.waits.append(wait)
                self.sleep(wait)
                attempt += 1
                continue
            raise RapportError(self.describe(status, where, response, retried=attempt))

    def describe(self, status: int, where: str, response: Any, retried: int = 0) -> str:
        detail = error_detail(response)
        what = {
            401: "not authorised",
            403: "permission denied",
            404: "not found",
            410: "gone",
            429: "rate limited",
        }.get(status, "server error" if status >= 500 else "request failed")
        tail = f" after {retried} retries" if retried else ""
        msg = f"{self.service}: {where} answered {status} ({what}){tail}"
        return f"{msg}: {detail}" if detail else msg
