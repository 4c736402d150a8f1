"""The email itself: a plain-text part and an HTML part built from the briefing's Markdown, every
piece of text escaped (a meeting title or a memory is data, never markup)."""

from __future__ import annotations

import html
import re
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr

from rapport_plugins import one_line

# Read left to right: a Markdown backslash escape (\* is a literal *) or an autolink <https://...>.
_LITERAL = re.compile(r"\\([!-/:-@\[-`{-~])|<([Hh][Tt][Tt][Pp][Ss]?://[^\s<>\"']*)>")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![\w])_(.+?)_(?![\w])")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_ITEM = re.compile(r"^\s*[-*]\s+(.*)$")


def build(sender: str, to: list[str], subject: str, text: str, markdown: str) -> EmailMessage:
    """A multipart/alternative message with a fresh Message-ID (a mail service drops a second
    message with the same id: a briefing sent again on purpose must arrive)."""
    message = EmailMessage()
    message["Subject"] = one_line(subject)  # a title with a line break must not forge a header
    message["From"] = sender
    message["To"] = ", ".join(to)
    message["Date"] = formatdate(localtime=True)
    domain = parseaddr(sender)[1].rpartition("@")[2] or "rapport.invalid"
    message["Message-ID"] = make_msgid("rapport", domain=domain)
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies to a briefing
    message["X-Auto-Response-Suppress"] = "All"
    message.set_content(text)
    message.add_alternative(to_html(markdown, subject), subtype="html")
    return message


def to_html(markdown: str, title: str) -> str:
    """A small HTML page from briefing Markdown: headings, bullets, bold and italics; all text escaped."""
    out: list[str] = []
    in_list = False
    for line in markdown.splitlines():
        item = _ITEM.match(line)
        if item:
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{inline(item.group(1))}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        heading = _HEADING.match(line)
        if heading:
            level = min(len(heading.group(1)) + 1, 6)
            out.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
        elif line.strip():
            out.append(f"<p>{inline(line)}</p>")
    if in_list:
        out.append("</ul>")
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
            f"<title>{html.escape(one_line(title))}</title></head>\n<body>\n" + "\n".join(out) + "\n</body></html>\n")


def inline(text: str) -> str:
    """One line of Markdown as escaped HTML; escaped punctuation stays literal, never markup, and an
    autolink is a link to exactly its URL."""
    literals: list[str] = []

    def keep(match: re.Match[str]) -> str:
        if match[2] is not None:
            url = html.escape(match[2], quote=True)
            literals.append(f'<a href="{url}">{url}</a>')
        else:
            literals.append(html.escape(match[1], quote=True))
        return f"\x00{len(literals) - 1}\x00"

    protected = _LITERAL.sub(keep, text)
    escaped = html.escape(protected, quote=True)
    escaped = _BOLD.sub(r"<strong>\1</strong>", escaped)
    escaped = _ITALIC.sub(r"<em>\1</em>", escaped)
    return re.sub("\x00(\\d+)\x00", lambda m: literals[int(m.group(1))], escaped)
