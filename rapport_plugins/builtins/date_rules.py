"""Built-in plugin ``date-rules``: date phrases in English, German and Spanish (rapport_plugins/dates.py).

Answers first; passes (returns None) only when it finds no date phrase at all, so a plugin such as
rapport-dateparser resolves what these rules do not know without overriding what they do.
"""

from __future__ import annotations

from rapport_plugins import hookimpl


@hookimpl(tryfirst=True)
def rapport_resolve_date(text, reference):
    from rapport_plugins.dates import find_date

    found = find_date(text, reference)
    return found if found.phrase else None
