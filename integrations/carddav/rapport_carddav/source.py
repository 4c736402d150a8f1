"""CardDAV as a rapport contacts source: discover address books, sync cards, parse them as vCards."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any
from urllib.parse import urljoin

from rapport_caldav.dav import CARDDAV, DavClient, client_from_section, safe_url, xml_body
from rapport_caldav.discovery import Collection, discover, select
from rapport_caldav.syncing import CacheFile, SyncStats, objects_text, sync_collection
from rapport_vcard import parse_vcards

from rapport_plugins.errors import RapportError
from rapport_plugins.models import Contact

LABEL = "carddav"
DEFAULT_CACHE = "cache/carddav.json"


def addressbook_query(client: DavClient, book: Collection) -> list[tuple[str, str]]:
    """Every card in ``book`` in one REPORT (used when ``sync = false``)."""
    body = xml_body("card:addressbook-query", "<d:prop><d:getetag/><card:address-data/></d:prop>")
    result = client.report(book.url, body, depth="1")
    return sorted((r.href, data) for r in result.responses if (data := r.text(CARDDAV, "address-data")))


def fetch_cards(config: Any, section: dict[str, Any]) -> tuple[list[tuple[Collection, str, str]], dict[str, SyncStats]]:
    """(address book, href, vCard text) for every card in the configured address books."""
    client = client_from_section(section, LABEL)
    try:
        books = select(discover(client, "addressbook"), section.get("addressbooks"), LABEL)
        out: list[tuple[Collection, str, str]] = []
        stats: dict[str, SyncStats] = {}
        if section.get("sync", True):
            account = f"{safe_url(client.url)}|{section.get('username') or ''}"
            cache = CacheFile(config.path_of(section.get("cache", DEFAULT_CACHE)), account)
            try:
                for book in books:
                    entry = cache.entry(book.url)
                    stats[book.url] = sync_collection(client, book, entry, "addressbook")
                    out.extend((book, href, text) for href, text in objects_text(entry))
            finally:
                cache.save()
        else:
            for book in books:
                out.extend((book, href, text) for href, text in addressbook_query(client, book))
        return out, stats
    finally:
        client.close()


def carddav_contacts(config: Any, section: dict[str, Any], warn: Callable[[str], Any] | None = None) -> list[Contact]:
    """Contacts from every configured address book; a malformed card is reported and skipped."""
    say = warn or (lambda msg: print(f"rapport: {msg}", file=sys.stderr))
    contacts: list[Contact] = []
    cards, _ = fetch_cards(config, section)
    for book, href, text in cards:
        url = safe_url(urljoin(book.url, href))
        try:
            found = parse_vcards(text, url)
        except RapportError as exc:
            say(f"{LABEL}: {exc}")
            continue
        for contact in found:
            contact.source = f"{LABEL}:{url}"
            contacts.append(contact)
    return contacts
