"""The briefing as a private note in the Google Calendar event's description (``describe_briefings``).

Written only into the user's own copy: an event they attend and someone else organises, or one
with no other guests (rapport_plugins.event_notes.organiser_rule). Every write is an
``events.patch`` of the description alone with ``sendUpdates=none`` and ``If-Match`` on the
event's etag: an edit made meanwhile (412) is re-read and tried once more, then left alone and
reported. Google may answer an attendee's patch without keeping it; the answer is checked, and a
note Google did not keep is said, not claimed as delivered.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from rapport_plugins import RapportError, event_notes, oauth, say

from .settings import ACL_SCOPE, SECTION, WRITE_SCOPE, GoogleSettings
from .settings import load_settings as load_settings  # what event_notes.deliver asks

HTML = re.compile(r"<(br|p|div|b|i|u|a|ul|ol|li|span|strong|em)\b[^>]*>", re.IGNORECASE)


def event_ref(meeting: Any) -> list[str] | None:
    """The event's calendar and id (what event_notes.deliver remembers for a correction)."""
    event_id = meeting.extra.get("google_id")
    return [str(meeting.source)[len(SECTION) + 1:], str(event_id)] if event_id else None


def _format(text: str) -> tuple[str, Callable[[str], str]]:
    """Google descriptions may hold HTML (its editor writes it): then lines are escaped and joined by
    <br>. A plain one stays plain, its angle brackets shown as ‹ › so a line cannot become markup."""
    if HTML.search(text):
        return "<br>", lambda line: html.escape(line, quote=False)
    return "\n", lambda line: line.replace("<", "‹").replace(">", "›")


def write(settings: GoogleSettings, ref: list[str], title: str,
          edit: Callable[[str, str, Callable[[str], str], bool], str]) -> str | None:
    """Write the event's note through ``edit`` (see event_notes.deliver); where it went, or None."""
    from .api import GoogleCalendarApi

    calendar, event_id = ref
    api = GoogleCalendarApi(settings)
    shared = _shared(api, settings, calendar)
    mode = settings.describe_shared
    if shared:
        say(event_notes.shared_warning(SECTION, calendar, mode, shared))
        if mode == "off":
            return None
    url = f"{api.events_url(calendar)}/{quote(event_id, safe='')}"

    def read() -> event_notes.EventCopy | None:
        got = api.send("GET", url, passthrough=(404, 410))
        if got.status_code in (404, 410):
            return None  # the event is gone: nothing to write into
        event = oauth.json_object(got, f"GET {url}", SECTION)
        return event_notes.EventCopy(event.get("description") or "", *_roles(event), handle=event.get("etag"))

    def save(copy: event_notes.EventCopy, new: str) -> str:
        answer = api.send("PATCH", url, params={"sendUpdates": "none"}, json={"description": new},
                          headers={"If-Match": str(copy.handle or "*")}, passthrough=(403, 412))
        if answer.status_code == 412:
            return event_notes.CONFLICT
        if answer.status_code == 403:
            raise RapportError(_refused(answer))
        if (oauth.json_object(answer, f"PATCH {url}", SECTION).get("description") or "") != new:
            raise NotKept()
        return event_notes.WRITTEN

    try:
        written = event_notes.write(SECTION, title, read,
                                    lambda copy: edit(copy.text, *_format(copy.text), bool(shared) and mode != "full"), save)
    except NotKept:
        say(f"{SECTION}: Google did not keep the note in {title!r} (it keeps only some changes to an event "
            "someone else organises)")
        return None
    return f"{SECTION}:{calendar} (event description)" if written else None


class NotKept(Exception):
    """Google answered the patch of an attendee's copy without keeping it."""


def _refused(answer: Any) -> str:
    """A 403 in one line: a sign-in without the write scope says which scope to add."""
    try:
        error = answer.json().get("error") or {}
    except ValueError:
        error = {}
    reasons = {e.get("reason") for e in error.get("errors") or [] if isinstance(e, dict)}
    if "insufficientPermissions" in reasons or "insufficient" in str(error.get("message", "")).lower():
        return (f"{SECTION}: writing briefings into events needs the scope {WRITE_SCOPE}: "
                "run `rapport auth google` again")
    return f"{SECTION}: Google refused to change the event (403 {error.get('status') or 'forbidden'})"


def _roles(event: dict[str, Any]) -> tuple[bool | None, bool, int]:
    """(the user organises it, the user is an attendee, how many others are on the guest list, rooms included)."""
    organizer = event.get("organizer") if isinstance(event.get("organizer"), dict) else {}
    people = [a for a in event.get("attendees") or [] if isinstance(a, dict)]
    others = [a for a in people if not a.get("self")]
    if organizer and not organizer.get("self") and organizer.get("email") not in {a.get("email") for a in others}:
        others.append(organizer)
    return bool(organizer.get("self")), any(a.get("self") for a in people), len(others)


def _shared(api: Any, settings: GoogleSettings, calendar: str) -> str | None:
    """Why others can read this calendar (calendarList accessRole, then its ACL), or None."""
    base = settings.base_url
    entry = api.get_json(f"{base}/users/me/calendarList/{quote(calendar, safe='')}")
    if entry.get("accessRole") != "owner":
        return "it belongs to another account"
    answer = api.send("GET", f"{base}/calendars/{quote(calendar, safe='')}/acl", passthrough=(403,))
    if answer.status_code == 403:
        return f"rapport cannot read who else sees it without the scope {ACL_SCOPE}: run `rapport auth google` again"
    own = {f"user:{entry.get('id')}", f"user:{calendar}"}
    for rule in oauth.json_object(answer, "GET acl", SECTION).get("items") or []:
        scope = rule.get("scope") or {}
        who = f"{scope.get('type')}:{scope.get('value')}"
        if rule.get("role") in ("reader", "writer", "owner") and who not in own:
            return f"{scope.get('value') or 'anyone'} can read it" if scope.get("type") != "default" else "it is public"
    return None
