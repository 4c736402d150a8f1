"""Explicit "remember this" markers in Markdown, and who each one is about.

Recognised on a line (list bullets, task boxes and quotes are stripped first):

- ``remember: text``                 a plain marker
- ``remember:: text``                a Dataview field (also Logseq's block property)
- ``... [remember:: text] ...``      a Dataview inline field (``(remember:: text)`` too)
- ``text #remember``                 a tag anywhere on the line

Attribution, first match wins: ``@Name:`` or ``[[Person]]:`` before or right after the marker
keyword, else the context the caller passes (the heading or parent block naming a person), else
None (the core then uses the only other attendee).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_BULLET = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\[[ xX/-]\]\s+)?(?:>\s*)*")
_KEYWORD = re.compile(r"^(?:\*\*|__)?remember(?:\*\*|__)?\s*(?P<colons>::?)\s*(?P<text>.*)$", re.IGNORECASE)
_INLINE = re.compile(r"[\[(]\s*remember\s*::\s*(?P<text>[^\])]*?)\s*[\])]", re.IGNORECASE)
_TAG = re.compile(r"(?<![\w/#])#remember\b(?![\w/-])", re.IGNORECASE)
_AT = re.compile(r"^@(?P<name>[^:@\n]{1,80}?)\s*:\s*(?P<rest>.*)$")
_LINK = re.compile(r"^\[\[(?P<target>[^\[\]|#]+)(?:#[^\[\]|]*)?(?:\|(?P<alias>[^\[\]]*))?\]\]\s*:\s*(?P<rest>.*)$")
_WIKILINK = re.compile(r"\[\[(?P<target>[^\[\]|#]+)(?:#[^\[\]|]*)?(?:\|(?P<alias>[^\[\]]*))?\]\]")
_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.+?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass
class Marker:
    """One explicit marker: its text, the person as written (or None), and its 1-based line."""

    text: str
    person: str | None
    line: int


def link_target(text: str) -> str | None:
    """``[[Note|alias]]`` / ``[[Note#Heading]]`` -> ``Note`` (the file name a link resolves by)."""
    m = _WIKILINK.search(text)
    return m["target"].strip() if m else None


def split_attribution(text: str) -> tuple[str | None, str]:
    """Strip a leading ``@Name:`` or ``[[Person]]:`` from ``text``; return (person, rest)."""
    text = text.strip()
    m = _AT.match(text)
    if m:
        return m["name"].strip(), m["rest"].strip()
    m = _LINK.match(text)
    if m:
        return m["target"].strip(), m["rest"].strip()
    return None, text


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip()


def parse_marker_line(content: str) -> list[tuple[str, str | None]]:
    """All markers on one line of content: a list of (text, person-as-written or None)."""
    body = _BULLET.sub("", content, count=1).strip()
    if not body:
        return []
    lead_person, after_lead = split_attribution(body)
    km = _KEYWORD.match(after_lead)
    if km:
        person2, text = split_attribution(km["text"])
        text = _clean(_TAG.sub("", text))
        return [(text, lead_person or person2)] if text else []
    found: list[tuple[str, str | None]] = []
    for m in _INLINE.finditer(body):
        person2, text = split_attribution(m["text"])
        text = _clean(text)
        if text:
            found.append((text, person2 or lead_person))
    if found:
        return found
    if _TAG.search(body):
        text = _clean(_TAG.sub("", after_lead))
        if text:
            return [(text, lead_person)]
    return []


def heading_person(heading: str, is_person: Callable[[str], bool]) -> str | None:
    """The person a heading names: its one ``[[link]]`` to a person, or its whole text if that is a person."""
    linked = {m["target"].strip() for m in _WIKILINK.finditer(heading)}
    people = [t for t in linked if is_person(t)]
    if len(people) == 1:  # "[[Weekly]] with [[Anna]]" names Anna; two people name nobody in particular
        return people[0]
    plain = _clean(_WIKILINK.sub(lambda m: m["alias"] or m["target"], heading)).strip("*_ ")
    for candidate in (plain, re.split(r"\s[-–—(:|]\s?", plain)[0].strip()):
        if candidate and is_person(candidate):
            return candidate
    return None


def find_markers(
    text: str, is_person: Callable[[str], bool] = lambda _name: False, first_line: int = 1
) -> list[Marker]:
    """Markers in a Markdown body; headings naming a person attribute the markers under them.

    Fenced code blocks are skipped. ``first_line`` is the file line of ``text``'s first line.
    """
    out: list[Marker] = []
    if "remember" not in text.lower():
        return out  # most notes have no marker: skip the line-by-line walk
    headings: list[tuple[int, str | None]] = []  # (level, person)
    in_fence = ""
    for offset, line in enumerate(text.split("\n")):
        fence = _FENCE.match(line)
        if fence:
            if not in_fence:
                in_fence = fence.group(1)
            elif fence.group(1) == in_fence:
                in_fence = ""
            continue
        if in_fence:
            continue
        h = _HEADING.match(line) if line.startswith("#") else None
        if h:
            level = len(h["hashes"])
            while headings and headings[-1][0] >= level:
                headings.pop()
            headings.append((level, heading_person(h["text"], is_person)))
            continue
        if "remember" not in line.lower():
            continue
        for marker_text, person in parse_marker_line(line):
            if person is None:
                person = next((p for _lvl, p in reversed(headings) if p), None)
            out.append(Marker(marker_text, person, first_line + offset))
    return out
