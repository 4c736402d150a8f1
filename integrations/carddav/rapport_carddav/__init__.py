"""rapport-carddav: people, birthdays and anniversaries from a CardDAV address book.

Configure ``[carddav] url, username, password | password_env | password_command``. Address books
are discovered from the URL and kept in a private local cache updated with sync tokens.
"""

from __future__ import annotations

from typing import Any

from rapport_caldav import dav_config_section, dav_section
from rapport_plugins import Contact, hookimpl

from .source import carddav_contacts, fetch_cards

__all__ = ["carddav_contacts", "fetch_cards", "rapport_contacts"]


@hookimpl
def rapport_contacts(config: Any) -> list[Contact] | None:
    section = dav_section(config, "carddav", "addressbooks")
    return None if section is None else carddav_contacts(config, section)


@hookimpl
def rapport_config_sections() -> dict[str, Any]:
    """The [carddav] section this plugin reads (checked by rapport; the example goes into `rapport init`)."""
    return dav_config_section("carddav", "contacts from CardDAV address books", "addressbooks", """\
url = "https://dav.example.com/"
username = "alice"
password_env = "RAPPORT_CARDDAV_PASSWORD"
# addressbooks = ["Contacts"]              # default: all
""")
