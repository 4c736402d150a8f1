"""The zone floating times are read in: ``[ics] timezone``, else the user's (``[me] timezone``,
else the machine's own zone)."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from rapport_plugins import ConfigError, local_zone, user_zone

from .tz import iana_zone

__all__ = ["configured_zone", "local_zone"]


def configured_zone(name: str | None, config: Any = None) -> tzinfo:
    """``name`` (IANA or Windows) if given, else the user's zone."""
    if name:
        zone = iana_zone(str(name))
        if zone is None:
            raise ConfigError(f"[ics] timezone: unknown time zone {name!r}")
        return zone
    return user_zone(config) if config is not None else local_zone()
