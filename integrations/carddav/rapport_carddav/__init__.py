"""rapport-carddav: people, birthdays and anniversaries from a CardDAV address book.

Configure ``[carddav] url, username, password | password_env | password_command``. Address books
are discovered from the URL and kept in a private local cache updated with sync tokens.
"""

from __future__ import annotations

from typing import Any

from rapport_plugins import Contact, hookimpl

from .source import carddav_contacts, fetch_cards

__all__ = ["carddav_contacts", "fetch_cards", "rapport_contacts"]


@hookimpl
def rapport_contacts(config: Any) -> list[Contact] | None:
    section = config.section("carddav")
    if not section:
        return None
    return carddav_contacts(config, section)


@hookimpl
def rapport_config_sections() -> dict[str, Any]:
    """The [carddav] section this plugin reads (checked by rapport; the example goes into `rapport init`)."""
    return {"carddav": {
        "about": "contacts from CardDAV address books",
        "keys": {"url": str, "username": str, "password": "secret", "addressbooks": (str, list), "sync": bool, "cache": str,
                   "timeout": float, "verify": (bool, str)},
        "example": """\
url = "https://dav.example.com/"
username = "alice"
password_env = "RAPPORT_CARDDAV_PASSWORD"
# addressbooks = ["Contacts"]              # default: all
""",
    }}
