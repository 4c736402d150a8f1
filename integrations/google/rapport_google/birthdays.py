"""Birthdays from Google Calendar's birthday events, as a second-hand contacts source.

Google Contacts birthdays appear in the primary calendar as yearly ``birthday`` events. They
carry a name (the summary) and a date, no address, and their year is not the year of birth, so
each becomes a ``Contact`` with ``dates_only``: the core adds the date only to a person it
already knows by that exact name, and only where no contact source (a vCard) gives one.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from rapport_plugins import Contact

KINDS = {"birthday": "birthday", "anniversary": "anniversary"}  # "self" is the user's own; "other"/"custom" vary
_POSSESSIVE = re.compile(r"['’]s (birthday|anniversary)$", re.IGNORECASE)


def birthday_contacts(api: Any) -> list[Contact]:
    """One ``dates_only`` contact per birthday or anniversary series in the primary calendar."""
    params = {"eventTypes": "birthday", "singleEvents": "false", "maxResults": 250}
    out: list[Contact] = []
    for page in api.list_pages("primary", params):
        for event in page.get("items", []):
            contact = _contact(event)
            if contact is not None:
                out.append(contact)
    return out


def _contact(event: dict[str, Any]) -> Contact | None:
    props = event.get("birthdayProperties") or {}
    kind = KINDS.get(props.get("type", ""))
    name = _POSSESSIVE.sub("", (event.get("summary") or "").strip()).strip()
    start = (event.get("start") or {}).get("date")
    if event.get("status") == "cancelled" or kind is None or not name or not start:
        return None
    try:
        day = date.fromisoformat(start)
    except ValueError:
        return None
    return Contact(name=name, dates=[{"kind": kind, "month": day.month, "day": day.day, "year": None}],
                   source="google:birthdays", dates_only=True)
