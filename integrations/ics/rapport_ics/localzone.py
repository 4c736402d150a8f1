"""The zone floating times are read in: ``[ics] timezone``, else the machine's own zone."""

from __future__ import annotations

import os
from datetime import datetime, tzinfo
from pathlib import Path

from rapport_plugins.errors import ConfigError

from .tz import iana_zone


def configured_zone(name: str | None) -> tzinfo:
    """``name`` (IANA or Windows) if given, else the local zone (TZ, /etc/localtime, fixed offset)."""
    if name:
        zone = iana_zone(str(name))
        if zone is None:
            raise ConfigError(f"[ics] timezone: unknown time zone {name!r}")
        return zone
    return local_zone()


def local_zone() -> tzinfo:
    env = os.environ.get("TZ", "").lstrip(":")
    if env:
        zone = iana_zone(env)
        if zone is not None:
            return zone
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            zone = iana_zone(target.split("zoneinfo/", 1)[1])
            if zone is not None:
                return zone
    except OSError:
        pass
    fixed = datetime.now().astimezone().tzinfo
    assert fixed is not None
    return fixed
