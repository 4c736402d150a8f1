"""Safe, readable note file names from meeting titles (titles come from other people's invites)."""

from __future__ import annotations

import re
import unicodedata

MAX_NAME_BYTES = 120
_RESERVED = {
    "CON", "PRN", "AUX", "NUL",
    *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10)),
    "COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³",
}
_UNSAFE = re.compile(r'[\\/:*?"<>|#^\[\]]')  # path separators, Windows-reserved, Obsidian link syntax


def sanitize_title(title: str, max_bytes: int = MAX_NAME_BYTES) -> str:
    """Turn any title into one path component: no separators, ``..``, control chars or reserved names.

    The result keeps the title's meaning (``"Q3: plan/review"`` -> ``"Q3 - plan-review"``,
    ``"weekly 1:1 at 10:30"`` -> ``"weekly 1-1 at 10.30"``) and is at most ``max_bytes`` bytes of
    UTF-8, cut on a character boundary.
    """
    text = unicodedata.normalize("NFC", title or "")
    text = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") and ch != "\u200d" else ch for ch in text
    )
    text = _colons(text)
    text = _UNSAFE.sub("-", text)
    text = re.sub(r"\.{2,}", ".", text)
    text = re.sub(r"\s+", " ", text).strip(" .-")
    text = _cut_utf8(text, max_bytes).rstrip(" .")
    if not text:
        text = "Untitled"
    stem = text.split(".")[0].strip().upper()
    if stem in _RESERVED:
        head, dot, rest = text.partition(".")
        text = f"{head.rstrip()} (meeting){dot}{rest}"
    return text


def _colons(text: str) -> str:
    """Colons are not allowed in file names; replace each the way a person would write it: a
    time's as a dot (10:30 -> 10.30), a ratio's as a dash (1:1 -> 1-1), a separator's as " - "."""
    text = re.sub(r"(?<!\d)(\d{1,2}):(\d{2})(?!\d)", r"\1.\2", text)
    text = re.sub(r"(?<=\d):(?=\d)", "-", text)
    text = re.sub(r"\s*:(\s+|$)", r" - ", text)
    return text.replace(":", "-")


def _cut_utf8(text: str, max_bytes: int) -> str:
    data = text.encode("utf-8")
    if len(data) <= max_bytes:
        return text
    return data[:max_bytes].decode("utf-8", errors="ignore")


def normalise_name(name: str) -> str:
    """Compare file names and titles loosely: sanitised, case-folded, and without spaces or
    punctuation, so "weekly 1:1", "weekly 1-1" and an older "weekly 1 -1" file name all agree."""
    return re.sub(r"[\W_]+", "", sanitize_title(name).casefold())
