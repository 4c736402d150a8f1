"""Posting one briefing to every configured chat sink, each at most once per meeting (and a
correction, once per change, to the sinks that had the briefing).

rapport claims a delivery per plugin; this plugin has several sinks, so it also remembers which
of them already have a meeting's briefing (``webhook-sent.json`` in the rapport home, 0600). A
failing sink raises after the others were tried: rapport releases the claim, and the next run
posts to the failed sink only.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from rapport_plugins import RapportError, secret, write_private

from .payloads import body
from .sinks import Sink, read_sinks

SENT_FILE = "webhook-sent.json"
KEEP = 2000  # sent markers kept; older meetings are long past


def deliver(meeting: Any, briefing: Any, config: Any) -> str | None:
    """Post the briefing to every sink that does not have it yet."""
    return _each_sink(config, lambda sink: f"{meeting.key}|{sink.name}",
                      lambda sink: post(sink, meeting, briefing, config))


def deliver_correction(meeting: Any, correction: Any, config: Any) -> str | None:
    """Post a correction's one line to the sinks that had the meeting's briefing, once each."""
    sent = _load(Path(config.home) / SENT_FILE)
    return _each_sink(config, lambda sink: f"{meeting.key}|{correction.key}|{sink.name}",
                      lambda sink: post_text(sink, f"{meeting.key}|{correction.key}", correction.title,
                                             correction.text),
                      only=lambda sink: f"{meeting.key}|{sink.name}" in sent)


def _each_sink(config: Any, mark_of: Any, send: Any, only: Any = None) -> str | None:
    """Call ``send`` for every sink (passing ``only``) whose mark is not in the sent list yet; a
    failing sink raises after the others were tried, so rapport retries it alone next run."""
    sinks = [s for s in read_sinks(config) if only is None or only(s)]
    if not sinks:
        return None
    path = Path(config.home) / SENT_FILE
    sent = _load(path)
    failures, done = [], []
    for sink in sinks:
        mark = mark_of(sink)
        if mark in sent:
            done.append(sink.name)
            continue
        try:
            send(sink)
        except RapportError as exc:
            failures.append(str(exc))
            continue
        sent.append(mark)
        done.append(sink.name)
        write_private(path, json.dumps(sent[-KEEP:], indent=0))
    if failures:
        raise RapportError("; ".join(failures))
    return "webhook:" + ",".join(done)


def post(sink: Sink, meeting: Any, briefing: Any, config: Any) -> None:
    """Send the briefing (the shared copy unless the sink is private) to one sink."""
    copy = briefing if sink.audience == "private" else briefing.for_shared_sink(config)
    post_text(sink, meeting.key, meeting.title, copy.render("markdown"))


def post_text(sink: Sink, what: str, title: str, markdown: str) -> None:
    """Send ``markdown`` titled ``title`` to one sink; ``what`` names it for Matrix's retry id."""
    from rapport_plugins import HttpClient

    payload = body(sink.format, title, markdown)
    url = secret(sink.settings, "url", sink.label) or ""
    headers = {}
    method = "POST"
    if sink.format == "matrix":
        token = secret(sink.settings, "token", sink.label) or ""
        txn = hashlib.sha256(f"{what}|{sink.name}".encode()).hexdigest()[:32]  # a retry is deduplicated
        url = (f"{url.rstrip('/')}/_matrix/client/v3/rooms/{quote(str(sink.settings['room']), safe='')}"
               f"/send/m.room.message/{txn}")
        headers["Authorization"] = f"Bearer {token}"
        method = "PUT"
    client = HttpClient(f"webhook {sink.name}", timeout=sink.timeout)
    try:
        client.request(method, url, json=payload, headers=headers)
    except RapportError as exc:
        raise RapportError(masked(str(exc), url, sink)) from None


def masked(message: str, url: str, sink: Sink) -> str:
    """``message`` with the URL named by its setting instead; its path (where webhook tokens live) never shown."""
    from urllib.parse import urlsplit

    from rapport_plugins import endpoint

    for shown in (url, endpoint(url)):
        message = message.replace(shown, f"{sink.label} url")
    path = urlsplit(url).path
    if len(path) > 1:
        message = message.replace(path, "…")
    return message


def _load(path: Path) -> list[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        raise RapportError(f"{path}: cannot read the sent list ({type(exc).__name__}); delete it to resend") from None
    return [str(x) for x in data] if isinstance(data, list) else []
