"""The request body each chat service's incoming webhook documents, built from briefing Markdown."""

from __future__ import annotations

import re
from typing import Any

DISCORD_LIMIT = 2000  # Discord rejects a message whose content is longer
SLACK_LIMIT = 39000  # Slack truncates text past 40,000 characters
FORMATS = ("slack", "teams", "discord", "mattermost", "matrix")


def fit(text: str, limit: int) -> str:
    """``text`` cut at a line boundary to at most ``limit`` characters, saying that it was cut."""
    if len(text) <= limit:
        return text
    note = "\n… (cut to fit; `rapport brief` shows the whole briefing)"
    head = text[: limit - len(note)]
    if "\n" in head:
        head = head[: head.rfind("\n")]
    return head + note


def slack_mrkdwn(markdown: str) -> str:
    """Slack's mrkdwn has no headings, bolds with single asterisks, and has no backslash escapes:
    the briefing's escapes are undone (a join link's ``pwd\\=`` is ``pwd=`` again) and ``&``, ``<``,
    ``>`` written as the entities Slack asks for, so no text becomes a link or an @channel."""
    from rapport_plugins import unescape_md

    out = []
    for line in markdown.splitlines():
        heading = re.match(r"^#{1,6}\s+(.*)$", line)
        if heading:
            line = f"*{heading.group(1).strip()}*"
        else:
            line = re.sub(r"\*\*(.+?)\*\*", r"*\1*", line)
        line = unescape_md(line).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append(line)
    return "\n".join(out)


def plain_text(markdown: str) -> str:
    """The briefing's text as written, for Matrix (its plain body and, HTML-escaped, its formatted
    body show Markdown escapes literally): ``\\#`` is ``#`` again, a ``<https://…>`` autolink its
    bare URL. (A Teams card keeps the escapes: its TextBlock would turn ``[x](url)`` into a link.)"""
    from rapport_plugins import unescape_md

    return unescape_md(markdown)


def body(fmt: str, title: str, markdown: str) -> dict[str, Any]:
    """The JSON body for ``fmt`` (one of FORMATS) carrying the briefing titled ``title``."""
    if fmt == "slack":
        return {"text": fit(slack_mrkdwn(markdown), SLACK_LIMIT), "mrkdwn": True}
    if fmt == "mattermost":
        return {"text": fit(markdown, SLACK_LIMIT)}
    if fmt == "discord":
        return {"content": fit(markdown, DISCORD_LIMIT), "allowed_mentions": {"parse": []}}
    if fmt == "teams":  # Workflows ("Post to a channel when a webhook request is received") take an Adaptive Card
        card = {"$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "type": "AdaptiveCard",
                "version": "1.4", "body": [
                    {"type": "TextBlock", "text": title, "weight": "Bolder", "size": "Medium", "wrap": True},
                    {"type": "TextBlock", "text": markdown, "wrap": True}]}
        return {"type": "message", "attachments": [
            {"contentType": "application/vnd.microsoft.card.adaptive", "contentUrl": None, "content": card}]}
    if fmt == "matrix":
        return {"msgtype": "m.notice", "body": plain_text(markdown), "format": "org.matrix.custom.html",
                "formatted_body": matrix_html(markdown)}
    raise ValueError(f"unknown format {fmt!r}")


def matrix_html(markdown: str) -> str:
    """A small, safe HTML rendering for Matrix clients: escaped text, headings bold, line breaks kept."""
    import html

    lines = []
    for line in markdown.splitlines():
        heading = re.match(r"^#{1,6}\s+(.*)$", line)
        text = html.escape(plain_text(heading.group(1).strip() if heading else line))
        text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
        lines.append(f"<strong>{text}</strong>" if heading else text)
    return "<br>".join(lines)
