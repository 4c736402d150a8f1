"""Who is who: calendar attendees matched to people in the store."""

from __future__ import annotations

from typing import Any

from .models import Attendee, Meeting, Person


def is_me(attendee: Attendee, me_emails: set[str], me_names: set[str]) -> bool:
    if attendee.is_self:
        return True
    if attendee.email and attendee.email.lower() in me_emails:
        return True
    return bool(attendee.name and attendee.name.lower() in me_names)


def user_response(meeting: Meeting, me_emails: set[str], me_names: set[str]) -> str | None:
    """The user's answer to ``meeting``'s invitation: the calendar's event-level answer, else the
    PARTSTAT / responseStatus on the user's own attendee line; None when the calendar does not say."""
    if meeting.my_response:
        return meeting.my_response
    for attendee in meeting.attendees:
        if attendee.response and is_me(attendee, me_emails, me_names):
            return attendee.response
    return None


def mark_me(meeting: Meeting, me_emails: set[str], me_names: set[str]) -> None:
    """Mark the user's own attendee line and organiser as ``is_self`` (calendars that do not say)."""
    for attendee in [*meeting.attendees, *([meeting.organizer] if meeting.organizer else [])]:
        if not attendee.is_self and is_me(attendee, me_emails, me_names):
            attendee.is_self = True


def me_keys(store: Any, config: Any) -> tuple[set[str], set[str]]:
    """The user's own emails and names, from the ``[me]`` config and the store's "me" person."""
    me_cfg = config.section("me") if config is not None else {}
    emails = {e.lower() for e in me_cfg.get("emails", []) if isinstance(e, str)}
    names = {n.lower() for n in [me_cfg.get("name"), *me_cfg.get("aliases", [])] if isinstance(n, str) and n}
    me = store.me() if store is not None else None
    if me:
        emails |= {e.lower() for e in me.emails}
        names |= {me.name.lower(), *(a.lower() for a in me.aliases)}
    return emails, names


def match_attendees(store: Any, meeting: Meeting, config: Any = None) -> list[tuple[Attendee, Person | None]]:
    """Each attendee who is a person (rooms and the user excluded), with the Person it matches.

    Matching is by any email (case-insensitive), then by name and aliases.
    """
    emails, names = me_keys(store, config)
    out: list[tuple[Attendee, Person | None]] = []
    seen: set[int] = set()
    for attendee in meeting.people():
        if is_me(attendee, emails, names):
            continue
        person = store.match_attendee(attendee.email, attendee.name)
        if person is not None:
            if person.is_me or person.id in seen:
                continue
            seen.add(person.id)
        out.append((attendee, person))
    return out
