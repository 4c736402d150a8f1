"""Read a configured calendar: a local file, or an http(s)/webcal URL with an ETag/Last-Modified cache.

The cache lives in ``<rapport home>/cache/ics`` (files mode 0600: calendars are personal data).
Errors are one line naming the file or the URL, never a secret inside the URL (user info,
query values and secret path segments are masked). Every read is bounded by ``[limits]``:
file size, body size after decompression, and the whole response's time.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from rapport_plugins import (
    Limits,
    RapportError,
    bounded_request,
    read_bounded,
    source_id,
    url_label,
    write_private,
)


def is_url(entry: str) -> bool:
    return entry.lower().startswith(("http://", "https://", "webcal://", "webcals://"))


def read_calendar(entry: str, config: Any, *, timeout: float = 30.0,
                  limits: Limits | None = None) -> tuple[bytes, str]:
    """Return the calendar's bytes and the label to name it by (path, or masked URL plus hash)."""
    limits = limits or Limits()
    if is_url(entry):
        data = fetch_url(entry, cache_dir(config), timeout=timeout, limits=limits)
        return data, source_id(_https(entry))
    path = config.path_of(entry)
    return read_bounded(path, limits.file_bytes, what="calendar file"), str(path)


def cache_dir(config: Any) -> Path:
    return Path(config.home) / "cache" / "ics"


def _https(url: str) -> str:
    lower = url.lower()
    if lower.startswith("webcals://"):
        return "https://" + url[len("webcals://"):]
    if lower.startswith("webcal://"):
        return "https://" + url[len("webcal://"):]
    return url


def fetch_url(url: str, folder: Path, *, timeout: float = 30.0, limits: Limits | None = None) -> bytes:
    """GET ``url`` (webcal -> https) with conditional headers; a 304 answers from the cache."""
    import requests

    limits = limits or Limits()
    url = _https(url)
    label = url_label(url)
    key = hashlib.sha256(url.encode()).hexdigest()[:32]
    body_path, meta_path = folder / f"{key}.ics", folder / f"{key}.json"
    headers = {"User-Agent": "rapport-ics/0.1", "Accept": "text/calendar, */*;q=0.5"}
    meta: dict[str, Any] = {}
    if body_path.exists() and meta_path.exists():
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            meta = {}
        if meta.get("etag"):
            headers["If-None-Match"] = meta["etag"]
        if meta.get("last_modified"):
            headers["If-Modified-Since"] = meta["last_modified"]
    try:
        response = bounded_request(requests, "GET", url, label=label, limits=limits, timeout=timeout,
                                   headers=headers)
    except requests.Timeout:
        raise RapportError(f"{label}: timed out after {timeout:g} s") from None
    except requests.RequestException as exc:
        raise RapportError(f"{label}: cannot connect ({type(exc).__name__})") from None
    status = response.status_code
    if status == 304 and body_path.exists():
        return read_bounded(body_path, limits.http_bytes, what="cached calendar", setting="[limits] http_mb")
    if status == 429:
        retry = response.headers.get("Retry-After")
        hint = f"; retry after {retry} s" if retry and retry.isdigit() else (f"; retry after {retry}" if retry else "")
        raise RapportError(f"{label}: HTTP 429 Too Many Requests (rate limited{hint})")
    if status in (401, 403):
        raise RapportError(f"{label}: HTTP {status} {response.reason or ''} (check the credentials)".replace("  ", " "))
    if status >= 400:
        raise RapportError(f"{label}: HTTP {status} {response.reason or ''}".strip())
    if status != 200:
        raise RapportError(f"{label}: unexpected HTTP {status}")
    data = response.content
    write_private(body_path, data)
    meta = {"url": label, "etag": response.headers.get("ETag"),
            "last_modified": response.headers.get("Last-Modified")}
    write_private(meta_path, json.dumps(meta).encode())
    return data
