"""Markdown to Notion blocks (for the briefing) and Notion blocks to text lines (for capture).

Only what a briefing uses: headings, paragraphs, bulleted and numbered items, to-dos, quotes,
callouts (``> [!warning] ...``), dividers, with **bold**, *italic* / _italic_, `code` and
[links](url). Notion caps one rich-text content at 2000 characters and one rich-text array at
100 items, so long text is split, never cut. Notion counts those characters as JavaScript does
(its error reads ``text.content.length should be ≤ `2000` ``): in UTF-16 code units, so an
emoji or any character beyond the Basic Multilingual Plane counts twice. Splits are made by
that count, and never inside a character.
"""

from __future__ import annotations

import re
from typing import Any

MAX_TEXT = 2000
MAX_RICH_TEXT_ITEMS = 100
TEXT_TYPES = ("paragraph", "heading_1", "heading_2", "heading_3", "bulleted_list_item",
              "numbered_list_item", "to_do", "toggle", "quote", "callout")

_INLINE = re.compile(
    r"<(?P<autolink>[Hh][Tt][Tt][Pp][Ss]?://[^\s<>]+)>"  # a URL in calendar text (rapport_plugins.md_inline)
    r"|\*\*(?P<bold>.+?)\*\*"
    r"|(?<![\w*])\*(?P<italic>[^*\s](?:[^*]*[^*\s])?)\*(?!\w)"
    r"|(?<![\w_])_(?P<underscored>[^_\s](?:[^_]*[^_\s])?)_(?!\w)"
    r"|`(?P<code>[^`]+)`"
    r"|\[(?P<label>[^\]]+)\]\((?P<url>https?://[^)\s]+)\)"
)


_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_HIDDEN = re.compile("[\ue000-\ue07f]")


def _hide_escapes(text: str) -> str:
    """``\\*`` -> a private-use stand-in, so escaped punctuation (calendar text is escaped by the
    core) never opens bold, links or code, and shows as the character itself in Notion."""
    return _ESCAPE.sub(lambda m: chr(0xE000 + ord(m.group(1))), text) if "\\" in text else text


def _shown(text: str) -> str:
    return _HIDDEN.sub(lambda m: chr(ord(m.group(0)) - 0xE000), text)


def rich_text(text: str) -> list[dict[str, Any]]:
    """Rich-text items for one line of Markdown, each content at most 2000 characters."""
    text = _hide_escapes(text)
    items: list[dict[str, Any]] = []
    pos = 0
    for match in _INLINE.finditer(text):
        if match.start() > pos:
            items += _text_items(text[pos:match.start()])
        if match.group("autolink") is not None:
            items += _text_items(match.group("autolink"), link=match.group("autolink"))
        elif match.group("bold") is not None:
            items += _text_items(match.group("bold"), bold=True)
        elif match.group("italic") is not None or match.group("underscored") is not None:
            items += _text_items(match.group("italic") or match.group("underscored"), italic=True)
        elif match.group("code") is not None:
            items += _text_items(match.group("code"), code=True)
        else:
            items += _text_items(match.group("label"), link=match.group("url"))
        pos = match.end()
    if pos < len(text):
        items += _text_items(text[pos:])
    return items


def _text_items(text: str, *, link: str | None = None, **annotations: bool) -> list[dict[str, Any]]:
    text = _shown(text)
    items = []
    for chunk in utf16_chunks(text, MAX_TEXT):
        item: dict[str, Any] = {"type": "text", "text": {"content": chunk}}
        if link:
            item["text"]["link"] = {"url": link}
        if annotations:
            item["annotations"] = annotations
        items.append(item)
    return items


def utf16_length(text: str) -> int:
    """The length Notion (JavaScript) sees: characters beyond U+FFFF are two UTF-16 code units."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def utf16_chunks(text: str, limit: int) -> list[str]:
    """``text`` in pieces of at most ``limit`` UTF-16 code units, never splitting a character."""
    if len(text) * 2 <= limit:
        return [text] if text else []
    chunks, start, units = [], 0, 0
    for index, ch in enumerate(text):
        width = 2 if ord(ch) > 0xFFFF else 1
        if units + width > limit:
            chunks.append(text[start:index])
            start, units = index, 0
        units += width
    chunks.append(text[start:])
    return chunks


def _block(kind: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One block, or several of the same kind when the rich text has more than 100 items."""
    chunks = [items[i:i + MAX_RICH_TEXT_ITEMS] for i in range(0, len(items), MAX_RICH_TEXT_ITEMS)] or [[]]
    return [{"object": "block", "type": kind, kind: {"rich_text": chunk}} for chunk in chunks]


_LINE_KINDS = [
    (re.compile(r"^(#{1,6})\s+(.*)$"), None),
    (re.compile(r"^\s*[-*+]\s+\[[ xX]\]\s+(.*)$"), "to_do"),
    (re.compile(r"^\s*[-*+]\s+(.*)$"), "bulleted_list_item"),
    (re.compile(r"^\s*\d+[.)]\s+(.*)$"), "numbered_list_item"),
    (re.compile(r"^\s*>\s?(.*)$"), "quote"),
]


_CALLOUT = re.compile(r"^\[!(\w+)\][+-]?\s*(.*)$")
CALLOUT_ICONS = {"warning": "⚠️", "caution": "⚠️", "danger": "⚠️", "note": "📝", "info": "ℹ️", "tip": "💡"}


def markdown_to_blocks(markdown: str) -> list[dict[str, Any]]:
    """Notion block objects for a Markdown briefing, one per non-blank line (lists flattened)."""
    blocks: list[dict[str, Any]] = []
    for line in markdown.splitlines():
        if not line.strip():
            continue
        if re.fullmatch(r"\s*(-{3,}|\*{3,}|_{3,})\s*", line):
            blocks.append({"object": "block", "type": "divider", "divider": {}})
            continue
        for pattern, kind in _LINE_KINDS:
            match = pattern.match(line)
            if not match:
                continue
            if kind is None:  # heading: Notion has three levels
                level = min(len(match.group(1)), 3)
                blocks += _block(f"heading_{level}", rich_text(match.group(2).strip()))
            elif kind == "to_do":
                done = "[ ]" not in line
                for block in _block("to_do", rich_text(match.group(1).strip())):
                    block["to_do"]["checked"] = done
                    blocks.append(block)
            elif kind == "quote" and (callout := _CALLOUT.match(match.group(1))):
                # An Obsidian-style callout ("> [!warning] Pacing") is a Notion callout.
                for block in _block("callout", rich_text(callout.group(2).strip())):
                    block["callout"]["icon"] = {"type": "emoji", "emoji": CALLOUT_ICONS.get(callout.group(1).lower(), "💡")}
                    blocks.append(block)
            else:
                blocks += _block(kind, rich_text(match.group(1).strip()))
            break
        else:
            blocks += _block("paragraph", rich_text(line.strip()))
    return blocks


def plain_text(block: dict[str, Any]) -> str:
    """A block's text as the user sees it; mentions become ``@Name`` so ``@Name:`` prefixes work."""
    kind = block.get("type", "")
    parts = []
    for item in (block.get(kind) or {}).get("rich_text", []):
        text = item.get("plain_text")
        if text is None:
            text = (item.get("text") or {}).get("content", "")
        if item.get("type") == "mention" and not text.startswith("@"):
            text = "@" + text
        parts.append(text)
    return "".join(parts)


def block_line(block: dict[str, Any], depth: int = 0) -> str | None:
    """One Markdown-like line for a text block (None for blocks without text)."""
    kind = block.get("type", "")
    if kind not in TEXT_TYPES:
        return None
    text = plain_text(block).replace("\n", " ")
    prefix = {
        "heading_1": "# ", "heading_2": "## ", "heading_3": "### ", "bulleted_list_item": "- ",
        "numbered_list_item": "1. ", "quote": "> ", "toggle": "- ",
    }.get(kind, "")
    if kind == "to_do":
        prefix = "- [x] " if (block.get("to_do") or {}).get("checked") else "- [ ] "
    return "  " * depth + prefix + text
