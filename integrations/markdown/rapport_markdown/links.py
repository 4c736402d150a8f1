"""Wiki links: ``[[Note|alias]]`` / ``[[Note#Heading]]`` name the note ``Note``."""

from __future__ import annotations

import re

_WIKILINK = re.compile(r"\[\[(?P<target>[^\[\]|#]+)(?:#[^\[\]|]*)?(?:\|(?P<alias>[^\[\]]*))?\]\]")


def link_target(text: str) -> str | None:
    """``[[Note|alias]]`` / ``[[Note#Heading]]`` -> ``Note`` (the file name a link resolves by)."""
    m = _WIKILINK.search(text)
    return m["target"].strip() if m else None
