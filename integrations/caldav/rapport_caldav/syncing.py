"""Keep a local copy of a DAV collection's objects, fetching only what changed (RFC 6578).

The copy lives in one JSON file under the rapport home (mode 0600: it holds calendar entries
and contact cards). A sync token the server no longer accepts (403/409 valid-sync-token) or a
server without sync-collection falls back to listing ETags and fetching the differences.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from rapport_plugins import write_private

from .dav import CALDAV, CARDDAV, DAV, DavClient, DavError, q, safe_url, same_resource, xml_body, xml_escape
from .discovery import Collection, discover, select

CACHE_VERSION = 1
MULTIGET_BATCH = 100
DATA_PROP = {
    "calendar": ("c:calendar-multiget", "c:calendar-data", CALDAV, "calendar-data"),
    "addressbook": ("card:addressbook-multiget", "card:address-data", CARDDAV, "address-data"),
}


@dataclass
class SyncStats:
    """What one sync did, for tests, benchmarks and progress lines."""

    mode: str = ""  # incremental / full / listing
    fetched: int = 0
    removed: int = 0
    unchanged: int = 0
    requests: int = 0
    resynced: bool = False  # the server refused our token


@dataclass
class CollectionCache:
    token: str | None = None
    objects: dict[str, dict[str, str]] = field(default_factory=dict)  # href -> {"etag", "data"}
    name: str = ""


class CacheFile:
    """All cached collections of one account, in one private JSON file."""

    def __init__(self, path: Path, account: str):
        self.path = path
        self.account = account
        self.collections: dict[str, CollectionCache] = {}
        self._saved = ""
        self._load()

    def _load(self) -> None:
        try:
            text = self.path.read_text(encoding="utf-8")
            data = json.loads(text)
        except (OSError, ValueError):
            return  # no cache yet, or unreadable: a full sync rebuilds it
        if data.get("version") != CACHE_VERSION or data.get("account") != self.account:
            return
        self._saved = text
        for url, entry in data.get("collections", {}).items():
            self.collections[url] = CollectionCache(entry.get("token"), dict(entry.get("objects", {})),
                                                    entry.get("name", ""))

    def entry(self, url: str) -> CollectionCache:
        return self.collections.setdefault(url, CollectionCache())

    def save(self) -> None:
        """Write the cache (0600) if anything changed."""
        data = {
            "version": CACHE_VERSION, "account": self.account,
            "collections": {u: {"name": c.name, "token": c.token, "objects": c.objects}
                            for u, c in self.collections.items()},
        }
        text = json.dumps(data, separators=(",", ":"))
        if text != self._saved:
            write_private(self.path, text)
            self._saved = text


def sync_collection(client: DavClient, coll: Collection, cache: CollectionCache, kind: str) -> SyncStats:
    """Bring ``cache`` up to date with the server's copy of ``coll``."""
    stats = SyncStats()
    if coll.supports_sync:
        try:
            _sync_report(client, coll, cache, kind, stats)
            return stats
        except DavError as exc:
            if exc.status in (403, 409) and cache.token:
                # RFC 6578 3.2: the token is no longer valid -> start again from an empty token.
                stats.resynced = True
                cache.token = None
                try:
                    _sync_report(client, coll, cache, kind, stats)
                    return stats
                except DavError as again:
                    if again.status not in (403, 405, 409, 412, 501):
                        raise
            elif exc.status not in (403, 405, 412, 501):
                raise
    _full_listing(client, coll, cache, kind, stats)
    return stats


def _sync_report(client: DavClient, coll: Collection, cache: CollectionCache, kind: str, stats: SyncStats) -> None:
    full = not cache.token
    stats.mode = "full" if full else "incremental"
    seen: dict[str, str] = {}
    removed: list[str] = []
    token = cache.token
    for _ in range(100):  # servers may truncate (507 on the collection): ask again from the new token
        body = xml_body(
            "d:sync-collection",
            f"<d:sync-token>{xml_escape(token or '')}</d:sync-token><d:sync-level>1</d:sync-level>"
            "<d:prop><d:getetag/></d:prop>",
        )
        stats.requests += 1
        result = client.report(coll.url, body, depth="0")  # RFC 6578: Depth 0, sync-level in the body
        truncated = False
        for resp in result.responses:
            if same_resource(resp.url, coll.url):
                truncated = truncated or resp.status == 507
                continue
            if resp.status == 404:
                removed.append(resp.href)
                continue
            seen[resp.href] = resp.text(DAV, "getetag") or ""  # no ETag given: fetch it to be sure
        token = result.sync_token or token
        if not truncated or not result.sync_token:
            break
    if full:
        gone = [h for h in cache.objects if h not in seen]
        removed.extend(gone)
    _apply(client, coll, cache, kind, seen, removed, stats)
    cache.token = token


def _full_listing(client: DavClient, coll: Collection, cache: CollectionCache, kind: str, stats: SyncStats) -> None:
    stats.mode = "listing"
    stats.requests += 1
    listing = client.propfind(coll.url, ["d:getetag", "d:resourcetype"], "1")
    seen: dict[str, str] = {}
    for r in listing.responses:
        rtype = r.props.get(q(DAV, "resourcetype"))
        is_collection = rtype is not None and rtype.find(q(DAV, "collection")) is not None
        if not same_resource(r.url, coll.url) and not is_collection:
            seen[r.href] = r.text(DAV, "getetag") or ""
    removed = [h for h in cache.objects if h not in seen]
    _apply(client, coll, cache, kind, seen, removed, stats)
    cache.token = None


def _apply(client: DavClient, coll: Collection, cache: CollectionCache, kind: str,
           seen: dict[str, str], removed: list[str], stats: SyncStats) -> None:
    for href in removed:
        if cache.objects.pop(href, None) is not None:
            stats.removed += 1
    wanted = [h for h, etag in seen.items() if not etag or cache.objects.get(h, {}).get("etag") != etag]
    stats.unchanged += len(seen) - len(wanted)
    report, data_prop, ns, name = DATA_PROP[kind]
    for i in range(0, len(wanted), MULTIGET_BATCH):
        batch = wanted[i:i + MULTIGET_BATCH]
        hrefs = "".join(f"<d:href>{xml_escape(h)}</d:href>" for h in batch)
        stats.requests += 1
        result = client.report(coll.url, xml_body(report, f"<d:prop><d:getetag/><{data_prop}/></d:prop>{hrefs}"))
        for resp in result.responses:
            data = resp.text(ns, name)
            if resp.status == 404 or data is None:
                cache.objects.pop(resp.href, None)
                continue
            key = resp.href if resp.href in seen else _match_href(resp.href, batch) or resp.href
            cache.objects[key] = {"etag": resp.text(DAV, "getetag") or seen.get(key, ""), "data": data}
            stats.fetched += 1


def _match_href(href: str, batch: list[str]) -> str | None:
    """Servers may answer with a differently quoted href than we asked for."""
    return next((h for h in batch if same_resource(h, href)), None)


def synced_objects(config: Any, section: dict[str, Any], client: DavClient, kind: str, default_cache: str,
                   names: list[str] | None, warn: Callable[[str], Any]) -> tuple[list[tuple[Collection, str, str]], dict[str, SyncStats]]:
    """Discover, sync every wanted collection into the cache, and return (collection, href, text).

    When the server cannot be reached at all (network error, timeout) the copy cached on this
    machine is used, with a one-line warning: a briefing offline still knows the calendar.
    """
    account = f"{safe_url(client.url)}|{section.get('username') or ''}"
    cache = CacheFile(config.path_of(section.get("cache", default_cache)), account)
    stats: dict[str, SyncStats] = {}
    try:
        try:
            collections = select(discover(client, kind), names, client.label)
            for coll in collections:
                entry = cache.entry(coll.url)
                entry.name = coll.name
                stats[coll.url] = sync_collection(client, coll, entry, kind)
            # Calendars deleted on the server (or no longer wanted) leave this machine too.
            cache.collections = {c.url: cache.collections[c.url] for c in collections}
        except DavError as exc:
            cached = [
                Collection(url=url, href=urlsplit(url).path, name=entry.name or url, supports_sync=True)
                for url, entry in cache.collections.items()
            ]
            if exc.status is not None or not cached:
                raise
            collections = select(cached, names, client.label)
            warn(f"{exc} (using the copy cached on this machine)")
    finally:
        cache.save()  # whatever was fetched before a failure is kept
    out = [(c, href, text) for c in collections for href, text in objects_text(cache.entry(c.url))]
    return out, stats


def objects_text(cache: CollectionCache) -> list[tuple[str, str]]:
    """(href, data) of every cached object, in href order."""
    return [(h, o["data"]) for h, o in sorted(cache.objects.items())]


def describe(stats: SyncStats) -> dict[str, Any]:
    return {k: getattr(stats, k) for k in ("mode", "fetched", "removed", "unchanged", "requests", "resynced")}
