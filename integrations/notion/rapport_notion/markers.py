"""Explicit "remember this" markers in a page's text: ``remember: @Anna: Max the dog has surgery Friday``."""

from __future__ import annotations

import re
from collections.abc import Callable

from rapport_plugins.models import Candidate

_PREFIX = re.compile(r"^\s*(?:>\s*)*(?:(?:[-*+]|\d+[.)])\s+)?(?:\[[ xX]\]\s+)?")
_PERSON = r"@(?P<{0}>[^:@\n]{{1,80}}?)\s*:\s*"
_MARKER = re.compile(
    r"(?:" + _PERSON.format("before") + r")?"
    r"(?:\*\*|__)?remember(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*"
    r"(?:" + _PERSON.format("after") + r")?"
    r"(?P<text>.*)$",
    re.IGNORECASE,
)


def _plain(text: str) -> str:
    """The detail as a sentence: emphasis and code marks dropped, first letter capitalised
    (the same form the core's marker reader stores, so both readings of a line agree)."""
    text = " ".join(re.sub(r"\*\*|__|~~|`", "", text).split()).strip(" *_-")
    return text[:1].upper() + text[1:]


def find_markers(text: str, ref_for: Callable[[int], str]) -> list[Candidate]:
    """One explicit Candidate per ``remember:`` line; ``source_ref`` is ``ref_for(line)`` (1-based).

    A list bullet, checkbox or quote may come first; ``@Name:`` before or after the keyword names
    the person. Lines inside fenced code blocks are ignored.
    """
    found: list[Candidate] = []
    in_fence = False
    for number, line in enumerate(text.split("\n"), start=1):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        rest = line[_PREFIX.match(line).end():]
        match = _MARKER.match(rest)
        if not match:
            continue
        detail = _plain(match.group("text"))
        if not detail:
            continue
        person = (match.group("before") or match.group("after") or "").strip() or None
        found.append(Candidate(text=detail, person=person, explicit=True, source="notes",
                               source_ref=ref_for(number)))
    return found
