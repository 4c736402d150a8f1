"""Built-in plugin ``date-rules``: date phrases in English, German and Spanish (rapport_plugins/dates.py).

Answers first. It passes (returns None) only on a text in another language in which it finds no
date phrase, so a plugin such as rapport-dateparser resolves what these rules do not know without
overriding what they decided: an English "on Sunday mornings" is a habit, not a date to guess.
"""

from __future__ import annotations

from rapport_plugins import hookimpl


@hookimpl(tryfirst=True)
def rapport_resolve_date(text, reference):
    from rapport_plugins.dates import find_date, rules_language

    found = find_date(text, reference)
    return found if found.phrase or rules_language(text) else None
