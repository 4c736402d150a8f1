"""Built-in plugin ``name-variants``: the short forms of a first name from a small built-in table.

Install rapport-nicknames for a much larger curated table (the ``nicknames`` package).
"""

from __future__ import annotations

from rapport_plugins import hookimpl


@hookimpl
def rapport_name_variants(name):
    from rapport_plugins.names import nicknames

    return sorted(nicknames(name)) or None
