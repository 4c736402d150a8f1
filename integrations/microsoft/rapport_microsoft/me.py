"""Who the signed-in user is: their addresses, read from Graph's /me once and kept (mode 0600).

Why: Graph attendees carry no "self" flag, so without ``[me] emails`` the user would be among
the people to brief, and their declined meetings would not be known as theirs. `rapport auth
microsoft` forgets the file (a new sign-in may be another account).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rapport_plugins.config import write_private
from rapport_plugins.errors import RapportError

from .settings import MicrosoftSettings


def me_path(settings: MicrosoftSettings) -> Path:
    return settings.state_dir / "me.json"


def my_addresses(api: Any, settings: MicrosoftSettings) -> frozenset[str]:
    """The user's addresses in lower case (``mail`` and ``userPrincipalName``); empty if /me is refused."""
    path = me_path(settings)
    try:
        known = json.loads(path.read_text(encoding="utf-8"))
        return frozenset(a.lower() for a in known["addresses"] if isinstance(a, str))
    except (OSError, ValueError, KeyError, TypeError):
        pass
    try:
        user = api.me()
    except RapportError:
        return frozenset()  # e.g. a sign-in made without User.Read: `[me] emails` still works
    addresses = sorted({str(user[k]).lower() for k in ("mail", "userPrincipalName") if user.get(k)})
    if addresses:
        write_private(path, json.dumps({"addresses": addresses}))
    return frozenset(addresses)
