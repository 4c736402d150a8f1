"""The briefing as a private note in the CalDAV event's description (``describe_briefings``).

Written only where the user's copy is theirs alone (see rapport_plugins.event_notes.organiser_rule):
on a server with implicit scheduling (RFC 6638) a change to the organiser's copy is sent to every
attendee, and a calendar app sends the whole event, description included, with its next update.
The object is re-read from the server, edited in place (only the owned block of one DESCRIPTION)
and written back with If-Match on its ETag: an edit made meanwhile (412) is re-read and tried
once more, then left alone and reported, so the user's change is never overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urljoin

from rapport_plugins import RapportError, event_notes, say, url_label

from .dav import (
    CALDAV,
    CALSERVER,
    DAV,
    DavClient,
    DavError,
    client_from_section,
    dav_section,
    parse_multistatus,
    q,
    same_resource,
    xml_body,
    xml_escape,
)
from .eventedit import (
    add_override,
    components,
    description,
    escape_text,
    find_instance,
    join_lines,
    prop_value,
    set_description,
    split_lines,
    uid_of,
)
from .source import LABEL

OWNCLOUD = "http://owncloud.org/ns"


def deliver(meeting: Any, briefing: Any, config: Any) -> str | None:
    """Put the briefing into ``meeting``'s event; None when not enabled or not written (said why)."""
    return _write(meeting, config, lambda text, shared: event_notes.merge(
        text, event_notes.block(event_notes.body_lines(briefing, config, shared), _escape, NEWLINE), NEWLINE))


def correct(meeting: Any, correction: Any, config: Any) -> str | None:
    """Put a correction's line at the top of the note in the event (the event still exists)."""
    return _write(meeting, config, lambda text, shared: event_notes.corrected(text, correction.text, _escape, NEWLINE),
                  correction=True)


NEWLINE = "\\n"  # a line break inside an ICS TEXT value


def _escape(line: str) -> str:
    return escape_text(line)


def _write(meeting: Any, config: Any, edit: Callable[[str, bool], str], correction: bool = False) -> str | None:
    section = dav_section(config, LABEL, "calendars")
    if section is None:
        return None
    enabled, mode = event_notes.settings(section, f"{config.path or 'config.toml'}: [caldav]")
    if not enabled or not str(meeting.source).startswith(f"{LABEL}:"):
        return None
    collection = str(meeting.source)[len(LABEL) + 1:]
    client = client_from_section(section, LABEL)
    try:
        shared = _shared(client, collection)
        name = url_label(collection)
        if shared:
            say(event_notes.shared_warning(LABEL, name, mode, shared))
            if mode == "off":
                return None
        for attempt in (1, 2):
            found = _find(client, collection, meeting.uid)
            if found is None:
                return None  # the event is gone: nothing to write into
            href, etag, text = found
            new = _edited(text, meeting, config, lambda t: edit(t, bool(shared) and mode != "full"), correction)
            if isinstance(new, _Skip):
                say(f"{LABEL}: not written into {meeting.title!r}: {new.reason}")
                return None
            if new == text:
                return f"{LABEL}:{name} (event description)"
            headers = {"Content-Type": "text/calendar; charset=utf-8"}
            if etag:
                headers["If-Match"] = etag
            try:
                client.request("PUT", href, body=new.encode("utf-8"), headers=headers, ok=(200, 201, 204))
            except DavError as exc:
                if exc.status == 412 and attempt == 1:
                    continue  # changed meanwhile: read it again and apply the note to what is there now
                if exc.status == 412:
                    raise RapportError(f"{LABEL}: {meeting.title!r} changed twice while rapport wrote its note; "
                                       "left as it is, tried again on the next run") from None
                if exc.status == 403:
                    raise RapportError(f"{exc} (the server does not let you change this event's description)") from None
                raise
            return f"{LABEL}:{name} (event description)"
        return None
    finally:
        client.close()


class _Skip:
    def __init__(self, reason: str):
        self.reason = reason


def _edited(text: str, meeting: Any, config: Any, edit: Callable[[str], str], correction: bool) -> str | _Skip:
    """The object's text with the note edited into this occurrence's DESCRIPTION."""
    lines = split_lines(text)
    comp, master = find_instance(lines, meeting.uid, meeting.recurrence_id)
    if comp is None and master is None:
        return _Skip("the event is no longer in the calendar")
    reason = event_notes.organiser_rule(*_roles(comp or master, config))
    if reason:
        return _Skip(reason)
    if comp is None:
        if correction:
            return _Skip("that occurrence is no longer in the series")
        lines, at = add_override(lines, master, meeting.recurrence_id)
        comp = next(c for c in components(lines) if c.begin == at)
    return join_lines(set_description(lines, comp, edit(description(comp))))


def _roles(comp: Any, config: Any) -> tuple[bool | None, bool, int]:
    """(the user organises it, the user is an attendee, how many other people are invited)."""
    me = {e.lower() for e in (config.section("me") or {}).get("emails", []) if isinstance(e, str)}

    def address(text: str) -> str:
        value = prop_value(text).strip()
        return (value[7:] if value.lower().startswith("mailto:") else value).lower()

    def resource(text: str) -> bool:
        head = text[:len(text) - len(prop_value(text))].upper()
        return "CUTYPE=ROOM" in head or "CUTYPE=RESOURCE" in head

    organiser = comp.all("ORGANIZER")
    attendees = [a for a in comp.all("ATTENDEE") if not resource(a)]
    others = {address(a) for a in attendees} - me
    if organiser:
        others |= {address(organiser[0])} - me
    i_organise = (address(organiser[0]) in me) if organiser and me else (None if organiser else False)
    i_attend = any(address(a) in me for a in attendees)
    return i_organise, i_attend, len(others)


def _find(client: DavClient, collection: str, uid: str) -> tuple[str, str, str] | None:
    """(url, etag, text) of the calendar object holding the event ``uid`` (RFC 4791 9.7.5 text-match on UID)."""
    body = xml_body(
        "c:calendar-query",
        "<d:prop><d:getetag/><c:calendar-data/></d:prop>"
        '<c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">'
        f'<c:prop-filter name="UID"><c:text-match collation="i;octet">{xml_escape(uid)}</c:text-match>'
        "</c:prop-filter></c:comp-filter></c:comp-filter></c:filter>",
    )
    for resp in client.report(collection, body, depth="1").responses:
        data = resp.text(CALDAV, "calendar-data")
        if data and any(uid_of(c) == uid for c in components(split_lines(data))):
            return urljoin(collection, resp.href), resp.text(DAV, "getetag") or "", data
    return None


def _shared(client: DavClient, collection: str) -> str | None:
    """Why others can read this calendar (it belongs to another principal, or it lists sharees), or None."""
    props = ["d:owner", "d:current-user-principal", "d:resourcetype", "cs:invite", "oc:invite"]
    body = xml_body("d:propfind", "<d:prop>" + "".join(f"<{p}/>" for p in props) + "</d:prop>").replace(
        b"<d:propfind ", f'<d:propfind xmlns:oc="{OWNCLOUD}" '.encode(), 1)
    resp = client.request("PROPFIND", collection, body=body, depth="0")
    found = next((r for r in parse_multistatus(resp.content, resp.url).responses if same_resource(r.url, collection)), None)
    if found is None:
        return None
    owner, me = found.hrefs(DAV, "owner"), found.hrefs(DAV, "current-user-principal")
    if owner and me and not same_resource(urljoin(collection, owner[0]), urljoin(collection, me[0])):
        return "it belongs to another account"
    rtype = found.props.get(q(DAV, "resourcetype"))
    if rtype is not None and (rtype.find(q(CALSERVER, "shared")) is not None):
        return "it was shared with you"
    for ns in (CALSERVER, OWNCLOUD):
        invite = found.props.get(q(ns, "invite"))
        if invite is not None and (list(invite.iter(q(ns, "user"))) or list(invite.iter(q(DAV, "sharee")))):
            return "you share it with others"
    return None
