"""The ``rapport_calendar_events`` hook: every calendar in ``[ics] calendars``, one bad one reported."""

from __future__ import annotations

from typing import Any

from rapport_plugins import RapportError, describe, hookimpl


def _warn(message: str) -> None:
    from rapport_plugins import say

    say(message)


def _failed(message: str) -> None:
    from rapport_plugins import source_failed

    source_failed(message)


@hookimpl
def rapport_calendar_events(window: Any, config: Any) -> list[Any] | None:
    """Meetings from the configured ICS files and feeds, or None when ``[ics]`` is not configured.

    A calendar that cannot be read or parsed is reported on stderr in one line (file or URL and
    line) and skipped; the meetings of the other calendars are still returned. Whatever one
    calendar raises, it costs that calendar only.
    """
    section = config.section("ics")
    calendars = section.get("calendars")
    if not section or not calendars:
        return None
    if isinstance(calendars, str):
        calendars = [calendars]
    from rapport_plugins import limits_of, url_label

    from . import meetings_from_ics
    from .fetch import read_calendar
    from .localzone import configured_zone

    floating_tz = configured_zone(section.get("timezone"), config)
    max_instances = int(section.get("max_instances", 10000))
    timeout = float(section.get("timeout", 30))
    limits = limits_of(config)
    meetings: list[Any] = []
    for entry in calendars:
        try:
            data, source = read_calendar(str(entry), config, timeout=timeout, limits=limits)
            meetings.extend(meetings_from_ics(
                data, window, source, max_instances=max_instances, warn=_warn,
                floating_tz=floating_tz, strict=False, max_steps=limits.expand_steps,
            ))
        except RapportError as exc:
            _failed(str(exc))
        except Exception as exc:  # noqa: BLE001 - the other calendars' meetings must still arrive
            _failed(f"{url_label(str(entry))}: calendar skipped: {describe(exc)}")
    return meetings


@hookimpl
def rapport_config_sections() -> dict[str, Any]:
    """The [ics] section this plugin reads (checked by rapport; the example goes into `rapport init`)."""
    return {"ics": {
        "about": "calendars from .ics files and http(s)/webcal feeds",
        "keys": {"calendars": (str, list), "max_instances": int, "timeout": float, "timezone": str},
        "example": """\
calendars = ["~/Calendars/work.ics", "https://example.org/team.ics"]   # files or feed URLs
# timezone = "Europe/Berlin"   # for times written without a zone
""",
    }}
