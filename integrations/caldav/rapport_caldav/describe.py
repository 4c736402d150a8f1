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
        text, event_notes.block(event_notes.body_lines(briefing, config, shared), escape_text, NEWLINE), NEWLINE))


def deliver_correction(meeting: Any, correction: Any, config: Any) -> str | None:
    """Put a correction's line at the top of the note in the event (the event still exists)."""
    return _write(meeting, config, lambda text, shared: event_notes.corrected(text, correction.text, escape_text, NEWLINE),
                  correction=True)


NEWLINE = "\\n"  # a line break inside an ICS TEXT value


def _write(meeting: Any, config: Any, edit: Callable[[str, bool], str], correction: bool = False) -> str | None:
    section = dav_section(config, LABEL, "calendars")
    if section is None:
        return None
    enabled, mode = event_notes.settings(section, f"{config.path or 'config.toml'}: [caldav]")
    if not enabled or not str(meeting.source).startswith(f"{LABEL}:"):
        return None
    collection = str(meeting.source)[len(LABEL) + 1:]
    me = {e.lower() for e in (config.section("me") or {}).get("emails", []) if isinstance(e, str)}
    client = client_from_section(section, LABEL)
    try:
        shared = _shared(client, collection)
        name = url_label(collection)
        if shared:
            say(event_notes.shared_warning(LABEL, name, mode, shared))
            if mode == "off":
                return None

        def read() -> event_notes.EventCopy | None:
            found = _find(client, collection, meeting.uid)
            if found is None:
                return None  # the event is gone: nothing to write into
            href, etag, text = found
            lines = split_lines(text)
            comp, master = find_instance(lines, meeting.uid, meeting.recurrence_id)
            if master is None and comp is None or comp is None and correction:
                return None  # that occurrence is no longer in the series
            return event_notes.EventCopy(description(comp or master), *_roles(comp or master, me),
                                         handle=(href, etag, lines, comp, master))

        def save(copy: event_notes.EventCopy, new: str) -> str:
            href, etag, lines, comp, master = copy.handle
            if comp is None:  # an occurrence with no override yet: its own, for that day only
                lines, at = add_override(lines, master, meeting.recurrence_id)
                comp = next(c for c in components(lines) if c.begin == at)
            headers = {"Content-Type": "text/calendar; charset=utf-8"} | ({"If-Match": etag} if etag else {})
            body = join_lines(set_description(lines, comp, new)).encode("utf-8")
            try:
                client.request("PUT", href, body=body, headers=headers, ok=(200, 201, 204))
            except DavError as exc:
                if exc.status == 412:
                    return event_notes.CONFLICT
                if exc.status == 403:
                    raise RapportError(f"{exc} (the server does not let you change this event's description)") from None
                raise
            return event_notes.WRITTEN

        written = event_notes.write(LABEL, meeting.title, read,
                                    lambda copy: edit(copy.text, bool(shared) and mode != "full"), save)
        return f"{LABEL}:{name} (event description)" if written else None
    finally:
        client.close()


def _roles(comp: Any, me: set[str]) -> tuple[bool | None, bool, int]:
    """(the user organises it, the user is an attendee, how many others are on the guest list, rooms included)."""

    def address(text: str) -> str:
        value = prop_value(text).strip()
        return (value[7:] if value.lower().startswith("mailto:") else value).lower()

    organiser = comp.all("ORGANIZER")
    attendees = [address(a) for a in comp.all("ATTENDEE")]
    others = set(attendees) - me
    if organiser:
        others |= {address(organiser[0])} - me
    i_organise = (address(organiser[0]) in me) if organiser and me else (None if organiser else False)
    return i_organise, any(a in me for a in attendees), len(others)


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
