"""What a cloud calendar integration needs besides its wire format: the settings every OAuth
calendar API reads, authorised JSON GETs that refresh the token once on 401, and a local cache
of a time window kept current with the service's sync (or delta) token.

Shared by rapport-google and rapport-microsoft, and there for any other cloud calendar: a plugin
subclasses :class:`BearerApi` and :class:`WindowCache` and keeps only what its service does
differently. Imported as a namespace: ``from rapport_plugins import cloudsync``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from .config import SectionReader, write_private
from .errors import RapportError
from .http import HttpClient, endpoint
from .models import Window
from .oauth import RefreshingAuth, json_object


@dataclass
class CloudSettings:
    """The settings every OAuth calendar integration reads; a service's dataclass adds its own."""

    client_id: str
    base_url: str = ""
    scope: str = ""
    timeout: float = 30.0
    max_retries: int = 3
    max_wait: float = 60.0  # cap on any single sleep (Retry-After, backoff, polling)
    page_size: int = 100
    sync: bool = True  # keep a local cache updated with sync tokens
    sync_ahead_days: int = 30  # a full sync covers this much beyond the asked window
    state_dir: Path = field(default=Path("."))

    @property
    def token_path(self) -> Path:
        return self.state_dir / "token.json"


def read_cloud_settings(read: SectionReader, *, base_url: str, scope: str, page_size: int, most_per_page: int,
                        help_page: str) -> dict[str, Any]:
    """The :class:`CloudSettings` fields from a section, checked (``help_page`` says where to
    find a client id), as keyword arguments for the service's settings class."""
    return {
        "client_id": read.required("client_id", f"see {help_page}"),
        "base_url": read.text("base_url", base_url).rstrip("/"),
        "scope": read.text("scope", scope),
        "timeout": read.number("timeout", 30.0),
        "max_retries": read.number("max_retries", 3, int),
        "max_wait": read.number("max_wait", 60.0),
        "page_size": max(1, read.number("page_size", page_size, int, most=most_per_page)),
        "sync": read.flag("sync", True),
        "sync_ahead_days": read.number("sync_ahead_days", 30, int),
        "state_dir": read.path("state_dir", read.name),
    }


def utc_stamp(dt: datetime) -> str:
    """``2026-04-02T08:00:00Z``: the instant as the calendar APIs take it (a naive time is local)."""
    if dt.tzinfo is None:
        dt = dt.astimezone()
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class BearerApi:
    """Authorised GETs of JSON objects: a bearer token from ``auth_class``, refreshed once when the
    service answers 401, then a one-line error telling the user to sign in again.

    A subclass names ``service`` and ``auth_class``, lists in ``passthrough`` the statuses it
    handles itself in :meth:`answer`, and may add headers (:meth:`headers`)."""

    service = "oauth"
    auth_class: type[RefreshingAuth] = RefreshingAuth
    passthrough: tuple[int, ...] = ()

    def __init__(self, settings: Any, http: HttpClient | None = None):
        self.settings = settings
        self.http = http or HttpClient(
            self.service, timeout=settings.timeout, max_retries=settings.max_retries, max_wait=settings.max_wait
        )
        self.auth = self.auth_class(settings, self.http)

    def headers(self, token: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}"}

    def answer(self, response: Any, where: str) -> dict[str, Any]:
        """The JSON object of a response that is not a 401 (statuses in ``passthrough`` land here too)."""
        return json_object(response, where, self.service)

    def get_json(self, url: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.answer(self.get(url, params), f"GET {endpoint(url)}")

    def get(self, url: str, params: dict[str, Any] | None = None) -> Any:
        """An authorised GET's response (any body: a transcript's text, say) that is not a 401."""
        return self.send("GET", url, params=params)

    def send(self, method: str, url: str, *, params: dict[str, Any] | None = None, json: Any = None,
             headers: dict[str, str] | None = None, passthrough: tuple[int, ...] = ()) -> Any:
        """An authorised request's response that is not a 401 (a PATCH with If-Match, say);
        ``passthrough`` statuses (a 412) come back too, others raise one line."""
        where = f"{method} {endpoint(url)}"
        for attempt in (0, 1):
            token = self.auth.access_token(force_refresh=attempt == 1)
            response = self.http.request(method, url, params=params, json=json,
                                         headers={**self.headers(token), **(headers or {})},
                                         passthrough=(401, *self.passthrough, *passthrough))
            if response.status_code != 401:
                return response
        raise RapportError(f"{self.service}: {where} answered 401 (not authorised) after a token refresh: "
                           f"{self.auth.sign_in}")


def coverage(window: Window, old: tuple[datetime, datetime] | None, ahead_days: int) -> tuple[datetime, datetime]:
    """The range a full sync lists: the window plus ``ahead_days``, widened to the old range when
    they overlap (so moving on a day does not throw away what was covered)."""
    start, end = window.start, window.end + timedelta(days=ahead_days)
    if old and old[0] <= end and start <= old[1]:
        start, end = min(start, old[0]), max(end, old[1])
    return start, end


class WindowCache:
    """A covered time range of one remote calendar, its events by id and the token that asks the
    service for what changed since, in a 0600 JSON file. A missing, damaged or older-version file
    only costs a full sync.

    A subclass sets ``version`` and ``kept`` (the names of its other attributes saved with the
    events, each a dict or a str/None) and :meth:`apply` (one changed item)."""

    version = 1
    kept: tuple[str, ...] = ()

    def __init__(self, path: Path):
        self.path = path
        self.token: str | None = None
        self.covered: tuple[datetime, datetime] | None = None
        self.events: dict[str, dict[str, Any]] = {}
        self.reset()

    def reset(self) -> None:
        self.token, self.covered, self.events = None, None, {}

    def load(self) -> WindowCache:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("version") != self.version:
                return self
            self.token = data["token"]
            self.covered = (datetime.fromisoformat(data["covered"][0]), datetime.fromisoformat(data["covered"][1]))
            self.events = dict(data["events"])
            for name in self.kept:
                setattr(self, name, data[name])
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            self.clear()
        return self

    def save(self) -> None:
        assert self.covered is not None
        write_private(self.path, json.dumps({
            "version": self.version,
            "token": self.token,
            "covered": [self.covered[0].isoformat(), self.covered[1].isoformat()],
            "events": self.events,
            **{name: getattr(self, name) for name in self.kept},
        }, sort_keys=True))

    def clear(self) -> None:
        self.reset()
        self.path.unlink(missing_ok=True)

    def covers(self, window: Window) -> bool:
        return bool(self.token and self.covered) and self.covered[0] <= window.start and window.end <= self.covered[1]

    def apply(self, item: dict[str, Any]) -> None:  # pragma: no cover - each service has its own
        raise NotImplementedError
