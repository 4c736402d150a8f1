"""rapport-dateparser: date phrases in the languages rapport's own rules do not know, via dateparser.

The built-in ``date-rules`` (English, German, Spanish) answer ``rapport_resolve_date`` first and
pass only on a text in which they find no date phrase at all; this plugin then asks dateparser to
find one ("la semaine prochaine", "dopodomani", "на следующей неделе"). It keeps the core's rule
that a wrong date is worse than none: bare numbers, times of day and "now" are not dates; a text
whose phrases name two different days, or whose tense points both ways, gets no date; a past-tense
sentence is read backwards.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any

from rapport_plugins import hookimpl

__all__ = ["rapport_config_sections", "rapport_resolve_date", "resolve"]

# Phrases dateparser reads as a date that are not one for a memory.
_NOT_A_DATE = re.compile(
    r"^(?:\d{1,4}|now|today|heute|hoy|aujourd'hui|oggi|maintenant|ora|jetzt|ahora|\d{1,2}(?::\d{2})?\s*(?:am|pm|h|uhr)?|"
    r"\d{1,2}:\d{2}|a|an|one|sec|second|min|minute|hour|week|month|year)$",
    re.IGNORECASE,
)


# "since", "last", "ago" in the languages the core's tense rules do not read: the phrase points back.
_PAST = re.compile(
    r"\b(?:depuis|dernier|dernière|il y a|hier|scors[oa]|fa|ieri|sinds|vorige|geleden|gisteren|passad[oa]|há|ontem|"
    r"desde|pasad[oa]|hace|seit|letzte[nmrs]?|vor|since|last|ago)\b", re.IGNORECASE)


def _languages(config: Any) -> list[str] | None:
    from rapport_plugins import SectionReader

    read = SectionReader.of(config, "dateparser")
    return (read.strings("languages") or None) if read is not None else None


def resolve(text: str, reference: date, languages: list[str] | None = None):
    """A :class:`~rapport_plugins.dates.DateMatch` for ``text`` or None when dateparser finds no date phrase."""
    from dateparser.search import search_dates  # imported on first use: it loads language data

    from rapport_plugins import DateMatch, tense

    how = tense(text)
    if how is None and _PAST.search(text):
        how = "past"
    settings = {
        "RELATIVE_BASE": datetime.combine(reference, time(12)),
        "PREFER_DATES_FROM": "past" if how == "past" else "future",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
    }
    found = search_dates(text, languages=languages, settings=settings) or []
    hits = [(phrase.strip(), when.date()) for phrase, when in found
            if len(phrase.strip()) >= 3 and not _NOT_A_DATE.match(phrase.strip())]
    if not hits:
        return None
    phrase, when = hits[0]
    if how == "mixed" or len({d for _, d in hits}) > 1:
        return DateMatch(None, phrase)
    return DateMatch(when, phrase)


@hookimpl
def rapport_config_sections() -> dict[str, Any]:
    """The [dateparser] section (checked by rapport; the example goes into `rapport init`)."""
    return {"dateparser": {
        "about": "date phrases in other languages (rapport-dateparser)",
        "keys": {"languages": (str, list)},
        "optional": True,  # reads every language dateparser knows without any setting
        "example": """\
# languages = ["fr", "it"]   # the languages your notes are in (faster, fewer false finds); default: all
""",
    }}


@hookimpl
def rapport_resolve_date(text, reference, config):
    return resolve(text, reference, _languages(config))
