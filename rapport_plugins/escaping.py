"""Text from calendars, contacts and transcripts is data: escaped for where it is written.

Anyone who can invite the user to a meeting writes its title and location; anyone in a meeting
writes the transcript. Written into a note, such text must stay one line of plain text: no line
breaks (a new line could start a heading or forge a rapport marker), no raw HTML or comments, no
embeds (``![[/etc/passwd]]``), wikilinks, tags, block references or Logseq properties. Written to a
terminal, it carries no control sequences.

:func:`md_inline` backslash-escapes Markdown punctuation (CommonMark renders ``\\#`` as ``#``, so
the reader sees the original text); after it, the text can never contain ``<`` unescaped, so the
``<!-- rapport:... -->`` markers that delimit owned sections cannot appear in it, and it never
starts a line. :func:`unescape_md` undoes it for targets that are not Markdown (Notion).
"""

from __future__ import annotations

import re

# Line and paragraph separators, other control characters, and bidirectional overrides
# ("Trojan Source": text that reads differently from what it is).
_BREAKS = re.compile(r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")
# Markdown/Obsidian/Logseq punctuation with a meaning: emphasis, code, links and embeds, HTML,
# headings and tags, tables, math, comments, highlights, block references, macros.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!$%=~^&{}])")
_LOGSEQ = re.compile(r"(?<=:)(:)|(?<=\()(\()")  # key:: value properties, ((block refs))
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")


def one_line(text: object) -> str:
    """``text`` as one line of plain text: breaks become spaces, control characters go."""
    s = str(text)
    if _BREAKS.search(s):
        s = _BREAKS.sub(" ", s)
    if _CONTROLS.search(s):
        s = _CONTROLS.sub("", s)
    return s


def md_inline(text: object) -> str:
    """``text`` safe inside one line of Markdown (Obsidian, Logseq, Joplin): shown as written."""
    s = one_line(text)
    s = _MD_SPECIAL.sub(r"\\\1", s)
    return _LOGSEQ.sub(lambda m: "\\" + (m.group(1) or m.group(2)), s)


def unescape_md(text: str) -> str:
    """Undo backslash escapes (for targets that show text literally, such as Notion rich text)."""
    return _ESCAPED.sub(r"\1", text) if "\\" in text else text
