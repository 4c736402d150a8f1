"""The ``rapport_calendar_events`` hook: every calendar in ``[ics] calendars``, one bad one reported."""

from __future__ import annotations

from typing import Any

from rapport_plugins import RapportError, SectionReader, describe, hookimpl, say, source_failed, url_label


@hookimpl
def rapport_calendar_events(window: Any, config: Any) -> list[Any] | None:
    """Meetings from the configured ICS files and feeds, or None when ``[ics]`` is not configured.

    A calendar that cannot be read or parsed is reported on stderr in one line (file or URL and
    line) and skipped; the meetings of the other calendars are still returned. Whatever one
    calendar raises, it costs that calendar only.
    """
    read = SectionReader.of(config, "ics", needs="calendars")
    if read is None:
        return None
    from rapport_plugins import limits_of

    from .localzone import configured_zone

    floating_tz = configured_zone(read.section.get("timezone"), config)
    # Cancelled instances come too, marked status="cancelled": the core leaves them out of briefings,
    # and corrections can say "Cancelled" rather than "no longer in your calendar".
    options = {"max_instances": read.number("max_instances", 10000, int), "floating_tz": floating_tz,
               "include_cancelled": True}
    timeout = read.number("timeout", 30.0)
    limits = limits_of(config)
    meetings: list[Any] = []
    for entry in read.strings("calendars"):
        meetings.extend(_one_calendar(entry, window, config, timeout, limits, options))
    return meetings


def _one_calendar(entry: str, window: Any, config: Any, timeout: float, limits: Any, options: dict[str, Any]) -> list[Any]:
    """One calendar's meetings; [] (and the calendar named on stderr, counted) when it fails."""
    from . import meetings_from_ics
    from .fetch import read_calendar

    try:
        data, source = read_calendar(entry, config, timeout=timeout, limits=limits)
        return meetings_from_ics(data, window, source, warn=say, strict=False, max_steps=limits.expand_steps,
                                 **options)
    except RapportError as exc:
        source_failed(str(exc))
    except Exception as exc:  # noqa: BLE001 - the other calendars' meetings must still arrive
        source_failed(f"{url_label(entry)}: calendar skipped: {describe(exc)}")
    return []


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
