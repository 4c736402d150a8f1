"""Explicit "remember this" markers in a note: ``remember: @Anna: Max the dog has surgery Friday``.

The syntax is the core's (``rapport_plugins.extract.find_markers``), so a Joplin note and a
Markdown note mean the same thing; this module only says how Joplin places are cited.
"""

from __future__ import annotations

from rapport_plugins import Candidate


def find_markers(text: str, ref: str) -> list[Candidate]:
    """One explicit Candidate per ``remember:`` line; ``source_ref`` is ``ref:line`` (1-based)."""
    from rapport_plugins import find_markers as core_find_markers  # the extractor loads on use

    return core_find_markers(text, ref)
