"""Who the signed-in user is: their address, read from Graph once and kept (mode 0600).

Why: Graph attendees carry no "self" flag, so without ``[me] emails`` the user would be among
the people to brief. The address is the owner of the user's default calendar
(``GET /me/calendar``, which the Calendars.Read scope allows; ``GET /me`` would need User.Read).
`rapport auth microsoft` forgets the file (a new sign-in may be another account).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rapport_plugins import RapportError, write_private

from .settings import MicrosoftSettings


def me_path(settings: MicrosoftSettings) -> Path:
    return settings.state_dir / "me.json"


def my_addresses(api: Any, settings: MicrosoftSettings) -> frozenset[str]:
    """The user's addresses in lower case; empty if Graph does not say (``[me] emails`` still works)."""
    path = me_path(settings)
    try:
        known = json.loads(path.read_text(encoding="utf-8"))
        return frozenset(a.lower() for a in known["addresses"] if isinstance(a, str))
    except (OSError, ValueError, KeyError, TypeError):
        pass
    try:
        owner = api.calendar_owner()
    except RapportError:
        return frozenset()
    addresses = [str(owner["address"]).lower()] if owner.get("address") else []
    if addresses:
        write_private(path, json.dumps({"addresses": addresses}))
    return frozenset(addresses)
