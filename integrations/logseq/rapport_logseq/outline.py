"""Logseq pages as outlines: page properties, ``- `` blocks with indentation, block properties.

Every block keeps the 0-based index of each of its lines, so markers point at a file line and
the owned briefing subtree can be replaced without touching any other line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_BLOCK = re.compile(r"^(?P<indent>[\t ]*)- ?(?P<text>.*)$")
_PROPERTY = re.compile(r"^\s*(?P<key>[A-Za-z0-9_][\w\-/?!.*+]*)::\s?(?P<value>.*)$")
TAB_WIDTH = 2  # Logseq indents children with a tab; files edited elsewhere may use 2 spaces


@dataclass
class Block:
    """One bullet: its depth, its text lines (first line without ``- ``) and properties."""

    depth: int
    lines: list[int]  # 0-based file line indexes of this block (bullet line first)
    text: list[str]  # the block's content lines (properties included), dedented
    properties: dict[str, str] = field(default_factory=dict)
    children: list[Block] = field(default_factory=list)
    parent: Block | None = None

    @property
    def title(self) -> str:
        return self.text[0] if self.text else ""

    def subtree_lines(self) -> list[int]:
        out = list(self.lines)
        for child in self.children:
            out.extend(child.subtree_lines())
        return sorted(out)


@dataclass
class Page:
    properties: dict[str, str] = field(default_factory=dict)
    property_lines: list[int] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)  # top level

    def walk(self):
        stack = list(reversed(self.blocks))
        while stack:
            block = stack.pop()
            yield block
            stack.extend(reversed(block.children))


def _width(indent: str) -> int:
    return sum(TAB_WIDTH if ch == "\t" else 1 for ch in indent)


def parse_page(text: str) -> Page:
    """Parse a Logseq page; lines before the first bullet are page properties (or plain text)."""
    page = Page()
    lines = text.split("\n")
    stack: list[tuple[int, Block]] = []  # (indent width, block)
    current: Block | None = None
    in_fence = False
    for i, raw in enumerate(lines):
        line = raw.rstrip("\r")
        m = _BLOCK.match(line) if not in_fence else None
        if m and (line.lstrip().startswith("- ") or line.strip() == "-"):
            width = _width(m["indent"])
            while stack and stack[-1][0] >= width:
                stack.pop()
            parent = stack[-1][1] if stack else None
            current = Block(depth=len(stack), lines=[i], text=[m["text"]], parent=parent)
            (parent.children if parent else page.blocks).append(current)
            stack.append((width, current))
            if m["text"].strip().startswith("```"):
                in_fence = m["text"].strip().count("```") == 1
            _add_property(current, m["text"])
            continue
        if current is None:
            prop = _PROPERTY.match(line)
            if prop:
                page.properties[prop["key"].lower()] = prop["value"].strip()
                page.property_lines.append(i)
            continue
        if not line.strip():
            current.lines.append(i)
            current.text.append("")
            continue
        content = line.strip()
        if content.startswith("```"):
            in_fence = not in_fence
        current.lines.append(i)
        current.text.append(content)
        if not in_fence:
            _add_property(current, content)
    return page


def _add_property(block: Block, content: str) -> None:
    prop = _PROPERTY.match(content)
    if prop:
        block.properties.setdefault(prop["key"].lower(), prop["value"].strip())


def property_list(value: str | None) -> list[str]:
    """``[[Annie]], Ann, "A, B"`` -> ``["Annie", "Ann", "A, B"]`` (links unwrapped)."""
    if not value:
        return []
    parts = re.findall(r'\[\[[^\]]*\]\]|"[^"]*"|[^,]+', value)
    out = []
    for part in parts:
        part = part.strip().strip('"').strip()
        if part.startswith("[[") and part.endswith("]]"):
            part = part[2:-2]
        if part.startswith("#"):
            part = part[1:]
        if part:
            out.append(part)
    return out
