"""Keep a local copy of a DAV collection's objects, fetching only what changed (RFC 6578).

The copy lives in one JSON file under the rapport home (mode 0600: it holds calendar entries
and contact cards). A sync token the server no longer accepts (403/409 valid-sync-token) or a
server without sync-collection falls back to listing ETags and fetching the differences.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from rapport_plugins.config import write_private

from .dav import CALDAV, CARDDAV, DAV, DavClient, DavError, q, same_resource, xml_body
from .discovery import Collection

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


class CacheFile:
    """All cached collections of one account, in one private JSON file."""

    def __init__(self, path: Path, account: str):
        self.path = path
        self.account = account
        self.collections: dict[str, CollectionCache] = {}
        self._load()

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return  # no cache yet, or unreadable: a full sync rebuilds it
        if data.get("version") != CACHE_VERSION or data.get("account") != self.account:
            return
        for url, entry in data.get("collections", {}).items():
            self.collections[url] = CollectionCache(entry.get("token"), dict(entry.get("objects", {})))

    def entry(self, url: str) -> CollectionCache:
        return self.collections.setdefault(url, CollectionCache())

    def save(self) -> None:
        data = {
            "version": CACHE_VERSION, "account": self.account,
            "collections": {u: {"token": c.token, "objects": c.objects} for u, c in self.collections.items()},
        }
        write_private(self.path, json.dumps(data, separators=(",", ":")))


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
            f"<d:sync-token>{escape(token or '')}</d:sync-token><d:sync-level>1</d:sync-level>"
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
            etag = resp.text(DAV, "getetag")
            if etag is not None:
                seen[resp.href] = etag
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
        hrefs = "".join(f"<d:href>{escape(h)}</d:href>" for h in batch)
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


def objects_text(cache: CollectionCache) -> list[tuple[str, str]]:
    """(href, data) of every cached object, in href order."""
    return [(h, o["data"]) for h, o in sorted(cache.objects.items())]


def describe(stats: SyncStats) -> dict[str, Any]:
    return {k: getattr(stats, k) for k in ("mode", "fetched", "removed", "unchanged", "requests", "resynced")}
