"""The briefing as a private note in the Outlook event's body (``describe_briefings``), through Graph.

Written only into the user's own copy: a meeting they attend and someone else organises
(``isOrganizer`` false), or one with no other attendees (rapport_plugins.event_notes). Updating a
meeting the user organises sends the attendees an update, so those are never written. The body is
read, the owned block edited in place (everything else kept: the Teams meeting blob included, as
Graph asks) and written back with ``PATCH /me/events/{id}`` and ``If-Match`` on the event's
``@odata.etag``: an edit made meanwhile (412) is re-read and tried once more, then left alone
and reported.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from rapport_plugins import RapportError, event_notes, oauth, say

from .settings import SECTION, WRITE_SCOPE, MicrosoftSettings
from .settings import load_settings as load_settings  # what event_notes.deliver asks

CONFLICT_STATUSES = (409, 412)  # 412 Precondition Failed on If-Match; 409 ErrorIrresolvableConflict on a stale changeKey
FIELDS = "subject,body,isOrganizer,organizer,attendees,isCancelled"


def event_ref(meeting: Any) -> list[str] | None:
    """The event's id (what event_notes.deliver remembers for a correction)."""
    event_id = meeting.extra.get("graph_id")
    return [str(event_id)] if event_id else None


def write(settings: MicrosoftSettings, ref: list[str], title: str,
          edit: Callable[[str, str, Callable[[str], str], bool], str]) -> str | None:
    """Write the event's note through ``edit`` (see event_notes.deliver); where it went, or None."""
    from .api import GraphApi

    event_id = ref[0]
    api = GraphApi(settings)
    shared = _shared(api, settings)
    mode = settings.describe_shared
    if shared:
        say(event_notes.shared_warning(SECTION, "your calendar", mode, shared))
        if mode == "off":
            return None
    url = f"{settings.base_url}/me/events/{quote(event_id, safe='')}"

    def read() -> event_notes.EventCopy | None:
        got = api.send("GET", url, params={"$select": FIELDS}, passthrough=(404,))
        if got.status_code == 404:
            return None  # the event is gone: nothing to write into
        event = oauth.json_object(got, f"GET {url}", SECTION)
        body = event.get("body") if isinstance(event.get("body"), dict) else {}
        others = [a for a in event.get("attendees") or [] if isinstance(a, dict) and a.get("type") != "resource"]
        return event_notes.EventCopy(str(body.get("content") or ""), bool(event.get("isOrganizer")),
                                     not event.get("isOrganizer"), len(others) - (0 if event.get("isOrganizer") else 1),
                                     (event.get("@odata.etag"), str(body.get("contentType") or "text").lower()))

    def save(copy: event_notes.EventCopy, new: str) -> str:
        etag, kind = copy.handle
        answer = api.send("PATCH", url, json={"body": {"contentType": kind, "content": new}},
                          headers={"If-Match": str(etag or "*")}, passthrough=(403, *CONFLICT_STATUSES))
        if answer.status_code in CONFLICT_STATUSES:
            return event_notes.CONFLICT
        if answer.status_code == 403:
            raise RapportError(f"{SECTION}: writing briefings into events needs the permission {WRITE_SCOPE}: "
                               "run `rapport auth microsoft` again")
        return event_notes.WRITTEN

    def edited(copy: event_notes.EventCopy) -> str:
        text, kind = copy.text, copy.handle[1]
        newline, escape = ("<br>", _html_escape) if kind == "html" else ("\n", lambda line: line)
        if kind != "html":
            return edit(text, newline, escape, bool(shared) and mode != "full")
        head, tail = _inside_body(text)  # the block goes inside <body>, before its end
        return edit(head, newline, escape, bool(shared) and mode != "full") + tail

    if event_notes.write(SECTION, title, read, edited, save):
        return f"{SECTION}: your calendar (event body)"
    return None


def _html_escape(line: str) -> str:
    return html.escape(line, quote=False)


def _inside_body(text: str) -> tuple[str, str]:
    """An HTML document split before its ``</body>`` (everything from there kept as it is)."""
    cut = text.lower().rfind("</body>")
    return (text[:cut], text[cut:]) if cut >= 0 else (text, "")


def _shared(api: Any, settings: MicrosoftSettings) -> str | None:
    """Why others can read the user's calendar (its owner is someone else, or it has read permissions), or None."""
    base = settings.base_url
    calendar = api.get_json(f"{base}/me/calendar", {"$select": "owner,canShare,isDefaultCalendar"})
    if calendar.get("canShare") is False:
        return "it belongs to another account"
    permissions = api.get_json(f"{base}/me/calendar/calendarPermissions")
    owner = str((calendar.get("owner") or {}).get("address") or "").lower()
    for permission in permissions.get("value") or []:
        who = str((permission.get("emailAddress") or {}).get("address") or "").lower()
        name = (permission.get("emailAddress") or {}).get("name") or who or "someone"
        if who and who == owner:
            continue
        if permission.get("role") not in (None, "none", "freeBusyRead"):
            return f"{name} can read it ({permission.get('role')})"
    return None
