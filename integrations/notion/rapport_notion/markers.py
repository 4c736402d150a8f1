"""Explicit "remember this" markers in a page's text: ``remember: @Anna: Max the dog has surgery Friday``.

The syntax is the core's (``rapport_plugins.extract.find_markers``); this module only says how a
marker's place in a Notion page is cited (its block).
"""

from __future__ import annotations

from collections.abc import Callable

from rapport_plugins import Candidate


def find_markers(text: str, ref_for: Callable[[int], str]) -> list[Candidate]:
    """One explicit Candidate per ``remember:`` line; ``source_ref`` is ``ref_for(line)`` (1-based)."""
    from rapport_plugins import find_markers as core_find_markers  # the extractor loads on use

    return core_find_markers(text, ref_for=ref_for)
