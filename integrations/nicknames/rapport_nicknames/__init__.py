"""rapport-nicknames: the nicknames of a first name from the ``nicknames`` package's curated table.

The core knows a small table of short forms (rapport_plugins/names.py); this plugin adds the
much larger one the ``nicknames`` package curates (English given names, about 2,700 pairs), so a
note's "Peggy's knee operation" goes to the attendee Margaret O'Brien. Capture still gives a
nickname to an attendee only when exactly one attendee fits it.
"""

from __future__ import annotations

from functools import lru_cache

from rapport_plugins import hookimpl

__all__ = ["rapport_name_variants", "variants_of"]


@lru_cache(maxsize=1)
def _namer():
    from nicknames import NickNamer  # imported on first use: `rapport --help` stays instant

    return NickNamer()


@lru_cache(maxsize=4096)
def variants_of(name: str) -> tuple[str, ...]:
    """The nicknames of ``name`` (a first name), lower case, sorted; () for a name the table lacks."""
    first = name.strip().split()[0] if name.strip() else ""
    if not first:
        return ()
    return tuple(sorted(_namer().nicknames_of(first.lower())))


@hookimpl
def rapport_name_variants(name):
    return list(variants_of(name)) or None
