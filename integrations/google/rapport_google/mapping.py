"""Google Calendar v3 Event resources -> rapport Meetings."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rapport_plugins import Attendee, Meeting, ParseError

# Event types that are blocks in the user's day, not meetings with people to brief. Google lists
# them all unless events.list is given eventTypes; they are left out here (birthdays feed contacts).
NOT_MEETINGS = {"workingLocation", "focusTime", "outOfOffice", "birthday", "fromGmail"}

RESPONSES = {
    "needsAction": "needs-action",
    "accepted": "accepted",
    "declined": "declined",
    "tentative": "tentative",
}


def parse_when(value: dict[str, Any] | None, default_tz: str | None, source: str) -> tuple[datetime | date, str | None]:
    """An EventDateTime: ``date`` (all-day) or RFC3339 ``dateTime``, shown in its ``timeZone``."""
    if not isinstance(value, dict):
        raise ParseError("event without start/end", source=source)
    tz_name = value.get("timeZone") or default_tz
    try:
        if value.get("date"):
            return date.fromisoformat(value["date"]), tz_name
        raw = value.get("dateTime")
        if not raw:
            raise ParseError("start/end has neither date nor dateTime", source=source)
        dt = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ParseError(f"bad date in event: {exc}", source=source) from None
    zone = _zone(tz_name)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=zone or UTC)
    elif zone is not None:
        dt = dt.astimezone(zone)
    return dt, tz_name


def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def is_meeting(event: dict[str, Any]) -> bool:
    return event.get("eventType", "default") not in NOT_MEETINGS


def attendee(raw: dict[str, Any]) -> Attendee:
    return Attendee(
        email=(raw.get("email") or None),
        name=(raw.get("displayName") or None),
        response=RESPONSES.get(raw.get("responseStatus", ""), raw.get("responseStatus")),
        is_self=bool(raw.get("self")),
        is_resource=bool(raw.get("resource")),
        organizer=bool(raw.get("organizer")),
    )


def to_meeting(event: dict[str, Any], calendar_id: str, calendar_tz: str | None = None) -> Meeting:
    """Map one (expanded, singleEvents=true) event; the iCalUID is the uid shared with ICS/CalDAV."""
    source = f"google:{calendar_id}"
    where = f"{source} event {event.get('id', '?')}"
    start, tz_name = parse_when(event.get("start"), calendar_tz, where)
    end, _ = parse_when(event.get("end") or event.get("start"), calendar_tz, where)
    attendees = [attendee(a) for a in event.get("attendees", []) if isinstance(a, dict)]
    organizer = None
    org = event.get("organizer")
    if isinstance(org, dict) and (org.get("email") or org.get("displayName")):
        organizer = Attendee(
            email=org.get("email") or None,
            name=org.get("displayName") or None,
            is_self=bool(org.get("self")),
            organizer=True,
        )
    recurrence_id = None
    original = event.get("originalStartTime")
    if event.get("recurringEventId") and isinstance(original, dict):
        recurrence_id = original.get("dateTime") or original.get("date")
    extra: dict[str, Any] = {"google_id": event.get("id"), "calendar": calendar_id}
    if event.get("recurringEventId"):
        extra["recurring_event_id"] = event["recurringEventId"]
    if event.get("attendeesOmitted"):
        extra["attendees_omitted"] = True  # the guest list was cut short by the API
    optional = [a.get("email") for a in event.get("attendees", []) if isinstance(a, dict) and a.get("optional")]
    if optional:
        extra["optional_attendees"] = [e for e in optional if e]
    for key, name in (("htmlLink", "link"), ("hangoutLink", "video_link")):
        if event.get(key):
            extra[name] = event[key]
    conference = event.get("conferenceData") if isinstance(event.get("conferenceData"), dict) else {}
    if isinstance(conference.get("conferenceId"), str):
        extra["conference_id"] = conference["conferenceId"]  # a Meet meeting code, for its transcript
    return Meeting(
        uid=event.get("iCalUID") or event.get("id") or "", title=event.get("summary") or "", start=start, end=end,
        attendees=attendees, organizer=organizer, location=event.get("location") or "",
        description=event.get("description") or "", source=source,
        all_day=isinstance(start, date) and not isinstance(start, datetime), status=event.get("status") or "confirmed",
        recurrence_id=recurrence_id, timezone=tz_name, extra=extra,
    )
