"""Text from calendars, contacts and transcripts is data: escaped for where it is written.

Anyone who can invite the user to a meeting writes its title and location; anyone in a meeting
writes the transcript. Written into a note, such text must stay one line of plain text: no line
breaks (a new line could start a heading or forge a rapport marker), no raw HTML or comments, no
embeds (``![[/etc/passwd]]``), wikilinks, tags, block references or Logseq properties. Written to a
terminal, it carries no control sequences.

:func:`md_inline` backslash-escapes Markdown punctuation (CommonMark renders ``\\#`` as ``#``, so
the reader sees the original text), except in http(s) URLs: a backslash inside a bare URL becomes
part of the link (a join link's ``pwd\\=`` breaks it), so each URL is written as a CommonMark
autolink ``<https://...>``, inside which nothing is unescaped or parsed, and links exactly. A URL
is taken only from characters RFC 3986 allows and that start nothing in Obsidian or Logseq (no
brackets, braces, ``|``, ``^``, quotes, backslash, ``<``/``>``, whitespace, ``%`` without two hex
digits, ``::`` or ``((``), and ends before trailing punctuation as GFM autolinks do; a trailing
hyphen is written ``%2D`` (the same URL), so the link never ends in ``-->``. The only unescaped
``<`` is therefore the one opening ``<http``: the ``<!-- rapport:... -->`` markers that delimit
owned sections cannot appear in escaped text, and it never starts a line. :func:`unescape_md`
undoes it for targets that are not Markdown (Notion).
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
# An http(s) URL made of characters that need no escaping inside an autolink and start nothing in
# Obsidian or Logseq; GFM's trailing punctuation and unbalanced ")" are cut off after matching.
_URL = re.compile(r"(?<![A-Za-z0-9])[Hh][Tt][Tt][Pp][Ss]?://"
                  r"(?:[A-Za-z0-9._~/?#@!$&*+,;=)-]|%[0-9A-Fa-f]{2}|:(?!:)|\((?!\())+")
_TRAILING = "?!.,:*_~"
_ENTITY_END = re.compile(r"&[A-Za-z0-9]+;$")
# What md_inline writes, read back left to right: a backslash escape or an autolink it wrote.
_WRITTEN = re.compile(r"\\([!-/:-@\[-`{-~])|<([Hh][Tt][Tt][Pp][Ss]?://[^\s<>]*)>")


def one_line(text: object) -> str:
    """``text`` as one line of plain text: breaks become spaces, control characters go."""
    s = str(text)
    if _BREAKS.search(s):
        s = _BREAKS.sub(" ", s)
    if _CONTROLS.search(s):
        s = _CONTROLS.sub("", s)
    return s


def _escape_text(s: str) -> str:
    s = _MD_SPECIAL.sub(r"\\\1", s)
    return _LOGSEQ.sub(lambda m: "\\" + (m.group(1) or m.group(2)), s)


def _url_end(url: str) -> int:
    """Where the URL found in text ends once trailing punctuation is left out, as GFM autolinks do."""
    end = len(url)
    while end:
        tail = url[:end]
        if tail[-1] in _TRAILING:
            end -= 1
        elif tail[-1] == ")" and tail.count(")") > tail.count("("):
            end -= 1
        elif tail[-1] == ";" and (entity := _ENTITY_END.search(tail)):
            end = entity.start()
        else:
            break
    return end


def md_inline(text: object) -> str:
    """``text`` safe inside one line of Markdown (Obsidian, Logseq, Joplin): shown as written,
    its http(s) URLs as autolinks that open exactly the URL written."""
    s = one_line(text)
    if "://" not in s:
        return _escape_text(s)
    out, done = [], 0
    for m in _URL.finditer(s):
        url = m[0][:_url_end(m[0])]
        if url.endswith("://") or "://" not in url:  # no host left
            continue
        out += [_escape_text(s[done:m.start()]), "<", url[:-1] + "%2D" if url.endswith("-") else url, ">"]
        done = m.start() + len(url)
    out.append(_escape_text(s[done:]))
    return "".join(out)


def _unwritten(m: re.Match[str]) -> str:
    if m[1] is not None:
        return m[1]
    url = m[2]
    return url[:-3] + "-" if url.endswith(("%2D", "%2d")) else url


def unescape_md(text: str) -> str:
    """Undo :func:`md_inline` (for targets that show text literally, such as Notion rich text):
    backslash escapes go, autolinks lose their angle brackets."""
    return _WRITTEN.sub(_unwritten, text) if "\\" in text or "<" in text else text
