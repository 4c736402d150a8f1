"""A small, safe front-matter reader for the YAML subset Obsidian users write.

Why not PyYAML: it is not a core dependency, and full YAML can do surprising things (tags,
anchors, type coercion of ``no`` or ``1:20``). This reads scalars, quoted strings, flow lists
``[a, b]``, block lists ``- a``, block scalars ``|``/``>``, and ``[[wikilinks]]`` kept as text.
Anything else is a :class:`FrontMatterError` naming the line; callers then treat the note as
having no front matter, so nothing in it is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

FENCE = "---"
_KEY = re.compile(r"^([A-Za-z0-9_][\w .\-]*?)\s*:(?:\s+(.*)|\s*)$")
_LIST_ITEM = re.compile(r"^(\s*)-(?:\s+(.*)|\s*)$")


class FrontMatterError(ValueError):
    """Front matter that is not in the supported subset; ``line`` is the 1-based file line."""

    def __init__(self, message: str, line: int):
        super().__init__(message)
        self.line = line


@dataclass
class FrontMatter:
    """Parsed front matter, where the body starts, and the problem if it could not be read."""

    data: dict[str, Any] = field(default_factory=dict)
    body_line: int = 1  # 1-based line where the body starts
    body_offset: int = 0  # character offset of the body in the text
    error: FrontMatterError | None = None
    present: bool = False


def split_front_matter(text: str) -> tuple[list[str] | None, int, int]:
    """Return (front-matter lines, body start line, body offset), or (None, 1, 0) if there is none."""
    if not text.startswith(FENCE):
        return None, 1, 0
    lines = text.splitlines(keepends=True)
    if lines[0].rstrip("\r\n").rstrip() != FENCE:
        return None, 1, 0
    offset = len(lines[0])
    for i in range(1, len(lines)):
        stripped = lines[i].rstrip("\r\n").rstrip()
        if stripped in (FENCE, "..."):
            body_offset = offset + len(lines[i])
            return [ln.rstrip("\r\n") for ln in lines[1:i]], i + 2, body_offset
        offset += len(lines[i])
    raise FrontMatterError("front matter is not closed with '---'", 1)


def read_front_matter(text: str) -> FrontMatter:
    """Parse the front matter of ``text``; errors are returned, not raised (nothing is lost)."""
    try:
        lines, body_line, body_offset = split_front_matter(text)
    except FrontMatterError as exc:
        return FrontMatter(error=exc)
    if lines is None:
        return FrontMatter()
    try:
        data = parse_block(lines, first_line=2)
    except FrontMatterError as exc:
        return FrontMatter(error=exc)
    return FrontMatter(data, body_line, body_offset, None, True)


def parse_block(lines: list[str], first_line: int = 1) -> dict[str, Any]:
    """Parse ``key: value`` lines; ``first_line`` is the file line number of ``lines[0]``."""
    data: dict[str, Any] = {}
    i = 0
    n = len(lines)
    while i < n:
        raw = lines[i]
        lineno = first_line + i
        if not raw.strip() or raw.lstrip().startswith("#"):
            i += 1
            continue
        if raw[0] in " \t":
            raise FrontMatterError("unexpected indentation (nested maps are not supported)", lineno)
        m = _KEY.match(raw.rstrip())
        if not m:
            raise FrontMatterError(f"expected 'key: value', got {raw.strip()[:40]!r}", lineno)
        key, value = m.group(1).strip(), (m.group(2) or "").strip()
        i += 1
        if value in ("|", ">", "|-", ">-", "|+", ">+"):
            block: list[str] = []
            while i < n and (not lines[i].strip() or lines[i][0] in " \t"):
                block.append(lines[i].strip())
                i += 1
            joiner = "\n" if value.startswith("|") else " "
            data[key] = joiner.join(block).strip()
            continue
        if value == "" or value.startswith("#"):
            items: list[Any] = []
            while i < n:
                item = _LIST_ITEM.match(lines[i])
                if item is None:
                    if lines[i].strip() and lines[i][0] in " \t" and not lines[i].lstrip().startswith("#"):
                        raise FrontMatterError("unexpected indentation (nested maps are not supported)",
                                               first_line + i)
                    if lines[i].strip() and not lines[i].lstrip().startswith("#"):
                        break
                    i += 1
                    continue
                items.append(parse_scalar(item.group(2) or "", first_line + i))
                i += 1
            data[key] = items if items else None
            continue
        data[key] = parse_value(value, lineno)
    return data


def parse_value(value: str, lineno: int) -> Any:
    """A flow list ``[a, b]`` or a scalar; ``[[link]]`` is a scalar, not a nested list."""
    if value.startswith("[") and not _is_wikilink(value):
        if not value.endswith("]"):
            raise FrontMatterError("list is not closed with ']'", lineno)
        return [parse_scalar(part, lineno) for part in split_flow(value[1:-1], lineno) if part.strip()]
    if value.startswith("{"):
        raise FrontMatterError("inline maps are not supported", lineno)
    return parse_scalar(value, lineno)


def _is_wikilink(value: str) -> bool:
    return value.startswith("[[") and value.endswith("]]") and value.count("[[") == 1


def split_flow(inner: str, lineno: int) -> list[str]:
    """Split a flow list body on commas outside quotes and ``[[...]]``."""
    parts: list[str] = []
    buf: list[str] = []
    quote = ""
    depth = 0
    for ch in inner:
        if quote:
            buf.append(ch)
            if ch == quote:
                quote = ""
            continue
        if ch in "\"'" and not "".join(buf).strip():
            quote = ch
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append("".join(buf))
            buf = []
            continue
        buf.append(ch)
    if quote:
        raise FrontMatterError("unterminated quoted string", lineno)
    parts.append("".join(buf))
    return parts


def parse_scalar(value: str, lineno: int) -> Any:
    """A quoted or plain scalar. Booleans become bool; numbers and dates stay text (safe)."""
    value = value.strip()
    if not value:
        return None
    if value[0] == '"':
        end = _closing_double_quote(value)
        if end < 0:
            raise FrontMatterError("unterminated quoted string", lineno)
        rest = value[end + 1:].strip()
        if rest and not rest.startswith("#"):
            raise FrontMatterError("text after a quoted string", lineno)
        return _unescape(value[1:end], lineno)
    if value[0] == "'":
        m = re.match(r"'((?:[^']|'')*)'\s*(#.*)?$", value)
        if not m:
            raise FrontMatterError("unterminated quoted string", lineno)
        return m.group(1).replace("''", "'")
    if value[0] in "&*!|>%@`":
        raise FrontMatterError(f"unsupported YAML syntax {value[0]!r}", lineno)
    value = re.sub(r"\s+#.*$", "", value).strip()
    low = value.lower()
    if low in ("true", "yes"):
        return True
    if low in ("false", "no"):
        return False
    if low in ("null", "~"):
        return None
    return value


def _closing_double_quote(value: str) -> int:
    i = 1
    while i < len(value):
        if value[i] == "\\":
            i += 2
            continue
        if value[i] == '"':
            return i
        i += 1
    return -1


_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/", "r": "\r", "0": "\0"}


def _unescape(body: str, lineno: int) -> str:
    out: list[str] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            if nxt in _ESCAPES:
                out.append(_ESCAPES[nxt])
                i += 2
                continue
            if nxt == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", body[i + 2:i + 6] or ""):
                out.append(chr(int(body[i + 2:i + 6], 16)))
                i += 6
                continue
            raise FrontMatterError(f"unknown escape '\\{nxt}'", lineno)
        out.append(ch)
        i += 1
    return "".join(out)


def as_list(value: Any) -> list[str]:
    """A front-matter value as a list of non-empty strings (``a, b`` strings are split)."""
    if value is None or value is False:
        return []
    if isinstance(value, list):
        return [str(v).strip() for v in value if v is not None and str(v).strip()]
    text = str(value).strip()
    if not text:
        return []
    return [part.strip() for part in split_flow(text, 0) if part.strip()]


def yearly_dates(value_of: Callable[[str], Any]) -> list[dict[str, Any]]:
    """``birthday`` / ``anniversary`` written ``1990-05-17``, ``--05-17`` or ``05-17`` as yearly
    dates for a Contact; ``value_of(kind)`` reads the property (front matter, Logseq ``key::``)."""
    out = []
    for kind in ("birthday", "anniversary"):
        m = re.fullmatch(r"(?:(\d{4})|-)?-?(\d{2})-(\d{2})", str(value_of(kind) or "").strip())
        if m:
            year = int(m.group(1)) if m.group(1) else None
            out.append({"kind": kind, "month": int(m.group(2)), "day": int(m.group(3)), "year": year})
    return out
