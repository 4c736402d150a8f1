"""CardDAV as a rapport contacts source: discover address books, sync cards, parse them as vCards."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urljoin

from rapport_caldav import (
    CARDDAV,
    Collection,
    DavClient,
    SyncStats,
    client_from_section,
    discover,
    safe_url,
    select,
    synced_objects,
    xml_body,
)
from rapport_plugins import Contact, RapportError
from rapport_vcard import parse_vcards

LABEL = "carddav"
DEFAULT_CACHE = "cache/carddav.json"


def addressbook_query(client: DavClient, book: Collection) -> list[tuple[str, str]]:
    """Every card in ``book`` in one REPORT (used when ``sync = false``)."""
    body = xml_body("card:addressbook-query", "<d:prop><d:getetag/><card:address-data/></d:prop>")
    result = client.report(book.url, body, depth="1")
    return sorted((r.href, data) for r in result.responses if (data := r.text(CARDDAV, "address-data")))


def fetch_cards(config: Any, section: dict[str, Any], warn: Callable[[str], Any] | None = None,
                ) -> tuple[list[tuple[Collection, str, str]], dict[str, SyncStats]]:
    """(address book, href, vCard text) for every card in the configured address books."""
    say = warn or _stderr
    client = client_from_section(section, LABEL)
    try:
        if section.get("sync", True):
            return synced_objects(config, section, client, "addressbook", DEFAULT_CACHE,
                                  section.get("addressbooks"), say)
        books = select(discover(client, "addressbook"), section.get("addressbooks"), LABEL)
        return [(b, href, text) for b in books for href, text in addressbook_query(client, b)], {}
    finally:
        client.close()


def _stderr(message: str) -> None:
    from rapport_plugins import say

    say(message)


def carddav_contacts(config: Any, section: dict[str, Any], warn: Callable[[str], Any] | None = None) -> list[Contact]:
    """Contacts from every configured address book; a malformed card is reported and skipped."""
    say = warn or _stderr
    contacts: list[Contact] = []
    cards, _ = fetch_cards(config, section, say)
    for book, href, text in cards:
        url = safe_url(urljoin(book.url, href))
        try:
            found = parse_vcards(text, url, lambda message: say(f"{LABEL}: {message}"))
        except RapportError as exc:
            say(f"{LABEL}: {exc}")
            continue
        for contact in found:
            contact.source = f"{LABEL}:{url}"
            contacts.append(contact)
    return contacts
