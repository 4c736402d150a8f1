"""The block subtree the tool owns in a Logseq page, and the briefing rendered as blocks.

    - Rapport briefing: Weekly 1-1
      rapport-briefing:: 1a2b3c4d5e
      rapport-sha:: 0f1e2d3c4b5a
        - ## Anna Example          (children are indented with tabs, as Logseq writes them)
            - Ask how the move went

Both properties read natively in Logseq. A re-run replaces the subtree; if the user edited a
line under it (the hash no longer matches), the subtree is *released*: the two properties are
removed, so it is an ordinary block of theirs, and a fresh subtree is appended after it.
"""

from __future__ import annotations

import re
from typing import Any

from rapport_markdown import SectionResult, body_hash

from .outline import parse_page

ID_PROP = "rapport-briefing"
SHA_PROP = "rapport-sha"
REVIEW_PROP = "rapport-review"  # the review checklist's root block (review.py)
_LIST = re.compile(r"^(?P<indent>\s*)(?:[-*+]|\d+[.)])\s+(?P<text>.*)$")
_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+")


def markdown_to_blocks(markdown: str) -> list[str]:
    """Markdown -> child block lines (depth 1 and deeper, tab-indented): headings hold what follows."""
    lines = [ln.rstrip() for ln in markdown.replace("\r\n", "\n").split("\n")]
    levels = [len(m["hashes"]) for ln in lines if (m := _HEADING.match(ln))]
    top = min(levels) if levels else 1
    out: list[str] = []
    under = 0  # depth of the current heading block (0 = none)
    for line in lines:
        if not line.strip():
            continue
        h = _HEADING.match(line)
        if h:
            depth = 1 + len(h["hashes"]) - top
            out.append("\t" * depth + "- " + line.strip())
            under = depth
            continue
        m = _LIST.match(line)
        if m:
            indent = len(m["indent"].expandtabs(2)) // 2
            out.append("\t" * (under + 1 + indent) + "- " + m["text"].strip())
        else:
            out.append("\t" * (under + 1) + "- " + line.strip())
    return out


def find_owned(lines: list[str], section_id: str):
    """(root block, subtree line indexes) of the owned subtree ``section_id``, or (None, [])."""
    page = parse_page("\n".join(lines))
    for block in page.blocks:
        if block.properties.get(ID_PROP) == section_id:
            return block, block.subtree_lines()
    return None, []


def blank_owned(text: str) -> str:
    """Blank every owned subtree (line numbers kept): the briefing and the review checklist are not
    the user's notes."""
    lines = text.split("\n")
    page = parse_page(text)
    for block in page.blocks:
        if ID_PROP in block.properties or REVIEW_PROP in block.properties:
            for i in block.subtree_lines():
                lines[i] = ""
    return "\n".join(lines)


def upsert_subtree(text: str, section_id: str, title: str, markdown: str) -> SectionResult:
    """Write the briefing as the owned subtree ``section_id`` of a page (appended when new)."""
    had_final_newline = text.endswith("\n") or not text
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    children = markdown_to_blocks(markdown)
    sha = body_hash(children)
    title = " ".join(title.split()) or "Rapport briefing"
    block = [f"- {title}", f"  {ID_PROP}:: {section_id}", f"  {SHA_PROP}:: {sha}", *children]
    root, subtree = find_owned(lines, section_id)
    released = False
    if root is not None:
        child_lines = [i for i in subtree if i not in root.lines]
        current = [lines[i] for i in child_lines]
        start, end = subtree[0], subtree[-1]
        while end > start and not lines[end].strip():
            end -= 1  # trailing blank lines are not part of what we own
        if body_hash(current) == root.properties.get(SHA_PROP):
            if lines[start:end + 1] == block:
                return SectionResult(text, False, False)
            lines[start:end + 1] = block
        else:
            released = True
            prop_lines = {i for i in root.lines if re.match(rf"^\s*({ID_PROP}|{SHA_PROP})::", lines[i])}
            kept = [lines[i] for i in range(start, end + 1) if i not in prop_lines]
            lines[start:end + 1] = [*kept, *block]
    else:
        lines.extend(block)
    out = "\n".join(lines)
    if had_final_newline:
        out += "\n"
    return SectionResult(out, released, True)


def correct_subtree(text: str, section_id: str, correction: Any) -> str | None:
    """``text`` with ``correction`` as the first child block of the owned subtree ``section_id``
    (replacing an earlier update), or None when the page has no such subtree. An intact subtree
    gets a new hash; one the user edited keeps its old one, so it stays theirs."""
    lines = text.split("\n")
    root, subtree = find_owned(lines, section_id)
    if root is None:
        return None
    children = [i for i in subtree if i not in root.lines and lines[i].strip()]
    current = [lines[i] for i in children]
    body = correction.in_note(current, bullet="\t- ", gap=False)
    at = children[0] if children else max(root.lines) + 1
    end = children[-1] + 1 if children else at
    intact = body_hash(current) == root.properties.get(SHA_PROP)
    lines[at:end] = body
    if intact:
        for i in root.lines:
            if re.match(rf"^\s*{SHA_PROP}::", lines[i]):
                lines[i] = f"  {SHA_PROP}:: {body_hash(body)}"
    return "\n".join(lines)
